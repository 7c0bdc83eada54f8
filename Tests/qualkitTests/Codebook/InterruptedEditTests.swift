import Foundation
import Testing

@testable import qualkit

#if canImport(Glibc)
  import Glibc
#endif

/// A codebook edit killed while it renames its files into place: the next
/// command puts the project back as it was (F25).
@Suite struct InterruptedEditTests {
  @Test("A rename killed after the codebook's rename leaves no disagreement after the next command")
  func killedRename() throws {
    let folder = try makeTemporaryDirectory()
    #expect(run(["init", "p"], in: folder).status == .success)
    let project = folder.appendingPathComponent("p")
    #expect(
      run(["tag", "example", "11", "energy", "--coder", "c0"], in: project).status == .success)
    let codings = project.appendingPathComponent("Codings")
    let first = try String(contentsOf: codings.appendingPathComponent("c0.jsonl"), encoding: .utf8)
    for index in 1..<1500 {
      try Data(
        first.replacingOccurrences(of: "\"coder\":\"c0\"", with: "\"coder\":\"c\(index)\"").utf8
      )
      .write(to: codings.appendingPathComponent("c\(index).jsonl"))
    }
    let codebook = project.appendingPathComponent("Codebooks/codebook.json")
    var caughtMidway = false
    for _ in 0..<5 where !caughtMidway {
      let before = try inode(codebook)
      let process = Process()
      process.executableURL = Bundle.main.bundleURL.appendingPathComponent("qualkit")
      process.arguments = ["codebook", "rename", "energy", "vitality"]
      process.currentDirectoryURL = project
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      // Kill it as soon as the codebook (the first file) has been renamed.
      while process.isRunning, (try? inode(codebook)) == before {}
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      let renamed = try String(contentsOf: codebook, encoding: .utf8).contains("\"vitality\"")
      let last = try String(
        contentsOf: codings.appendingPathComponent("c1499.jsonl"), encoding: .utf8)
      caughtMidway = renamed && last.contains("\"code\":\"energy\"")
      let next = run(["codings"], in: project)
      let codebookNow = try String(contentsOf: codebook, encoding: .utf8)
      let code = codebookNow.contains("\"vitality\"") ? "vitality" : "energy"
      // Every coding file agrees with the codebook, and nothing is left over.
      var disagreeing = 0
      for index in 0..<1500 {
        let text = try String(
          contentsOf: codings.appendingPathComponent("c\(index).jsonl"), encoding: .utf8)
        if !text.contains("\"code\":\"\(code)\"") { disagreeing += 1 }
      }
      #expect(disagreeing == 0, "\(disagreeing) coding files disagree with the codebook")
      let leftovers = try FileManager.default.contentsOfDirectory(atPath: codings.path).filter {
        $0.contains(".tmp-") || $0.hasPrefix(".qualkit-journal")
      }
      #expect(leftovers.isEmpty, "\(leftovers.count) temporaries left")
      if caughtMidway {
        #expect(next.error.contains("was stopped while it replaced 1501 files"), "\(next.error)")
        #expect(next.status == .success)
      }
      if code == "vitality" {
        #expect(run(["codebook", "rename", "vitality", "energy"], in: project).status == .success)
      }
    }
    #expect(caughtMidway, "no kill landed between the renames")
  }

  /// The inode number of the file at `url`.
  func inode(_ url: URL) throws -> UInt64 {
    var status = stat()
    guard stat(url.path, &status) == 0 else { throw CocoaError(.fileNoSuchFile) }
    return UInt64(status.st_ino)
  }
}
