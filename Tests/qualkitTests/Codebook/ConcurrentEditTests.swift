import Foundation
import Testing

@testable import qualkit

/// Codebook edits and coding writes running at the same time, as separate
/// processes: the codebook's lock keeps every change.
@Suite struct ConcurrentEditTests {
  /// Starts the built tool with `arguments` in `folder`.
  func start(_ arguments: [String], in folder: URL) throws -> Process {
    let process = Process()
    process.executableURL = Bundle.main.bundleURL.appendingPathComponent("qualkit")
    process.arguments = arguments
    process.currentDirectoryURL = folder
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  @Test("Twelve codebook adds at once in a project without coding files keep all twelve (F29)")
  func concurrentAdds() throws {
    let folder = try makeTemporaryDirectory()
    #expect(run(["init", "p"], in: folder).status == .success)
    let project = folder.appendingPathComponent("p")
    let processes = try (1...12).map { index in
      try start(["codebook", "add", "new\(index)", "--label", "New \(index)"], in: project)
    }
    for process in processes { process.waitUntilExit() }
    #expect(processes.allSatisfy { $0.terminationStatus == 0 })
    let codebook = try String(
      contentsOf: project.appendingPathComponent("Codebooks/codebook.json"), encoding: .utf8)
    for index in 1...12 { #expect(codebook.contains("\"id\": \"new\(index)\""), "new\(index)") }
  }

  @Test("A tag racing a rename of its code never writes the old code (F26)")
  func tagRacingRename() throws {
    for trial in 0..<6 {
      let folder = try makeTemporaryDirectory()
      #expect(run(["init", "p"], in: folder).status == .success)
      let project = folder.appendingPathComponent("p")
      let tag = try start(
        ["tag", "example", "16", "worry", "--coder", "anna", "--memo", "trial \(trial)"],
        in: project)
      let rename = try start(["codebook", "rename", "worry", "concern"], in: project)
      tag.waitUntilExit()
      rename.waitUntilExit()
      #expect(rename.terminationStatus == 0)
      let codings =
        (try? String(
          contentsOf: project.appendingPathComponent("Codings/anna.jsonl"), encoding: .utf8))
        ?? ""
      // Either the tag came first (and was renamed) or it was refused: never 'worry'.
      #expect(!codings.contains("\"code\":\"worry\""), "trial \(trial)")
      if tag.terminationStatus == 0 { #expect(codings.contains("\"code\":\"concern\"")) }
    }
  }
}
