import Foundation
import Testing

@testable import qualkit

/// `autocode --out` never writes a coding file that no command can read
/// back (F36, at a scaled-down limit of 16 KiB instead of 1 GiB).
@Suite struct AutocodeSizeLimitTests {
  /// Runs the tool with a file size limit of `limit` bytes.
  func run(_ arguments: [String], in folder: URL, limit: Int) -> ToolRun {
    let output = Capture()
    let error = Capture()
    var context = ToolContext(
      currentDirectory: folder, standardOutput: output, standardError: error)
    context.maximumFileSize = limit
    let status = runTool(arguments, context: &context)
    return ToolRun(status: status, output: output.text, error: error.text)
  }

  @Test("A coding file over the read limit is refused with the reason, and nothing is written")
  func refusedOverLimit() throws {
    let project = try TestProject()
    let turns = (0..<200).map { "I: Spørgsmål \($0)?\n\nB: Jeg har mere overskud, dag \($0).\n" }
    try project.write("Transcripts/big.txt", turns.joined(separator: "\n"))
    let result = run(
      ["autocode", "--scope", "turn", "--out", "Codings/auto.jsonl"], in: project.root,
      limit: 16 << 10)
    #expect(result.status == .failure)
    #expect(
      result.error.hasPrefix("error: cannot write 'Codings/auto.jsonl': it would be "),
      "\(result.error)")
    #expect(result.error.contains("larger than the 16384 bytes limit for an input file"))
    #expect(
      !FileManager.default.fileExists(
        atPath: project.root.appendingPathComponent("Codings/auto.jsonl").path))
    // Below the limit, what is written reads back.
    try FileManager.default.removeItem(
      at: project.root.appendingPathComponent("Transcripts/big.txt"))
    let small = run(["autocode", "--out", "Codings/auto.jsonl"], in: project.root, limit: 16 << 10)
    #expect(small.status == .success)
    #expect(
      run(["codings", "Codings/auto.jsonl"], in: project.root, limit: 16 << 10).status == .success)
  }
}
