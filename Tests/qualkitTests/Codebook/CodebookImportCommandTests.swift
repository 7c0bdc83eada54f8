import Foundation
import Testing

@testable import qualkit

/// `codebook export --format csv` and `codebook import` on a copy of the sample project.
@Suite struct CodebookImportCommandTests {
  @Test("The sample codebook exported as CSV imports as the same codebook")
  func sampleRoundTrip() throws {
    let session = try SnapshotSession()
    let export = session.run("codebook", "export", "--format", "csv")
    #expect(export.status == .success)
    #expect(export.error == "")
    try session.write("codebook.csv", export.output)
    let imported = session.run("codebook", "import", "codebook.csv", "--out", "Codebooks/back.json")
    #expect(imported.status == .success)
    #expect(imported.error == "wrote Codebooks/back.json (30 codes)\n")
    let original = session.run("codebook", "show", "--details", "Codebooks/tki2.json")
    let back = session.run("codebook", "show", "--details", "Codebooks/back.json")
    #expect(back.status == .success && back.output == original.output)
    let danish = session.run(
      "codebook", "export", "Codebooks/back.json", "--format", "md", "--language", "da")
    #expect(
      danish.output
        == session.run(
          "codebook", "export", "Codebooks/tki2.json", "--format", "md", "--language", "da"
        ).output)
    #expect(danish.output.contains("## Mestring (`mastery`)"))
    let twice = session.run("codebook", "export", "Codebooks/back.json", "--format", "csv")
    #expect(twice.output == export.output)
  }

  @Test(
    "An id the codebook reader refuses is reported at its row and column, and nothing is written",
    arguments: [
      (
        "path,label\nsupport,Support\nsupport > a b,A\n",
        "bad.csv:3:1: error: the id 'a b' contains a space or comma\n"
      ),
      ("label,path\nA,\"a,b\"\n", "bad.csv:2:3: error: the id 'a,b' contains a space or comma\n"),
    ])
  func invalidIDRefused(csv: String, message: String) throws {
    let session = try SnapshotSession()
    try session.write("bad.csv", csv)
    let run = session.run("codebook", "import", "bad.csv", "--out", "Codebooks/bad.json")
    #expect(run.status == .dataError)
    #expect(run.error == message)
    #expect(run.output == "")
    #expect(
      !FileManager.default.fileExists(
        atPath: session.root.appendingPathComponent("Codebooks/bad.json").path))
  }

  @Test("A path deeper than a codebook file can hold is refused with exit 65")
  func tooDeepRefused() throws {
    let session = try SnapshotSession()
    let paths = (1...128).map { level in (1...level).map { "c\($0)" }.joined(separator: " > ") }
    try session.write("deep.csv", "path\n" + paths.joined(separator: "\n") + "\n")
    let run = session.run("codebook", "import", "deep.csv", "--out", "deep.json")
    #expect(run.status == .dataError)
    #expect(
      run.error == "deep.csv:129:1: error: the path has 128 levels; a codebook holds at most 127\n")
    #expect(
      !FileManager.default.fileExists(atPath: session.root.appendingPathComponent("deep.json").path)
    )
  }

  @Test("Values the CSV cannot carry are named on stderr; the export still succeeds")
  func exportWarnings() throws {
    let session = try SnapshotSession()
    try session.replace(
      "\"definition\": \"The citizen's energy", with: "\"definition\": \"  The citizen's energy",
      in: "Codebooks/tki2.json")
    let run = session.run("codebook", "export", "--format", "csv")
    #expect(run.status == .success)
    #expect(
      run.error
        == "Codebooks/tki2.json: warning: code 'energy': the definition changes in CSV (white space at either end, an empty text and control characters are not kept)\n"
    )
  }
}
