import Foundation
import QualKit
import Testing

@testable import qualkit

/// `qualkit export qdc|qdpx` and `qualkit import qdc|qdpx` on the sample
/// project: what they print, their exit codes, and that a failure writes nothing.
@Suite struct InterchangeCommandTests {
  @Test("export qdc writes the codebook once; a second time the file exists (exit 64)")
  func exportQDC() throws {
    let session = try SnapshotSession()
    let first = run(["export", "qdc", "--out", "tki2.qdc"], in: session.root)
    #expect(first.status == .success)
    #expect(first.error == "wrote tki2.qdc (30 codes)\n")
    #expect(
      try session.read("tki2.qdc").hasPrefix(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CodeBook"))
    let again = run(["export", "qdc", "--out", "tki2.qdc"], in: session.root)
    #expect(again.status == .usage)
    #expect(again.error.hasPrefix("error: 'tki2.qdc' exists; remove it or choose another --out\n"))
    let stdout = run(["export", "qdc"], in: session.root)
    #expect(stdout.output == (try session.read("tki2.qdc")))
  }

  @Test("import qdc gives the codebook back; bad XML is exit 65 at its line, a missing file 66")
  func importQDC() throws {
    let session = try SnapshotSession()
    _ = run(["export", "qdc", "--out", "tki2.qdc"], in: session.root)
    let result = run(
      [
        "import", "qdc", "tki2.qdc", "--out", "copy.json", "--name",
        "TKI2 process evaluation (fictional sample)",
      ],
      in: session.root)
    #expect(result.status == .success)
    #expect(result.error == "wrote copy.json (30 codes)\n")
    var diagnostics: [Diagnostic] = []
    let copy = try Codebook(
      parsing: Array(try session.read("copy.json").utf8), diagnostics: &diagnostics)
    let original = try Codebook(
      parsing: Array(try session.read("Codebooks/tki2.json").utf8), diagnostics: &diagnostics)
    #expect(copy.codes == original.codes)
    try session.write("bad.qdc", "<CodeBook>\n  <Codes>\n</CodeBook>\n")
    let bad = run(["import", "qdc", "bad.qdc"], in: session.root)
    #expect(bad.status == .dataError)
    #expect(bad.error.hasPrefix("bad.qdc:3:1: error: end tag 'CodeBook' does not match"))
    let missing = run(["import", "qdc", "none.qdc"], in: session.root)
    #expect(missing.status == .noInput)
  }

  @Test("export qdpx prints what it exported and left out; import qdpx writes a working project")
  func exportAndImportQDPX() throws {
    let session = try SnapshotSession()
    let export = run(["export", "qdpx", "--out", "tki2.qdpx"], in: session.root)
    #expect(export.status == .success)
    #expect(
      export.output == """
        exported: 30 codes, 7 transcripts, 2 coders, 51 coded spans, 82 codings, 3 memos, 9 attributes, 7 cases
        wrote tki2.qdpx

        """)
    let imported = run(["import", "qdpx", "tki2.qdpx", "--into", "copy"], in: session.root)
    #expect(imported.status == .success)
    #expect(imported.error == "")
    #expect(
      imported.output == """
        read: 30 codes, 7 transcripts, 51 selections, 82 codings, 2 coders, 3 coding memos, 0 memo files
        wrote copy/ (10 files); next: qualkit -C copy transcript list

        """)
    let agree = run(
      ["-C", "copy", "agree", "Codings/anna.jsonl", "Codings/bo.jsonl"], in: session.root)
    let original = run(["agree", "Codings/anna.jsonl", "Codings/bo.jsonl"], in: session.root)
    #expect(agree.status == .success)
    #expect(agree.output == original.output)
    // The folder exists now: a second import refuses it and changes nothing.
    let again = run(["import", "qdpx", "tki2.qdpx", "--into", "copy"], in: session.root)
    #expect(again.status == .usage)
    #expect(
      again.error.hasPrefix(
        "error: 'copy' exists and is not empty; name a new folder with --into\n"))
  }

  @Test("A refused archive is exit 65 naming the entry, and no folder is made")
  func failedImportWritesNothing() throws {
    let session = try SnapshotSession()
    var writer = ZipWriter()
    try writer.add(path: "project.qde", data: Array("<Project name=\"x\"/>".utf8))
    try writer.add(path: "../evil.txt", data: Array("x".utf8))
    try Data(writer.finish()).write(to: session.root.appendingPathComponent("evil.qdpx"))
    let result = run(["import", "qdpx", "evil.qdpx", "--into", "out"], in: session.root)
    #expect(result.status == .dataError)
    #expect(
      result.error
        == "evil.qdpx: error: archive entry '../evil.txt' would be written outside the folder it is unpacked into; the archive is refused\n"
    )
    #expect(
      !FileManager.default.fileExists(atPath: session.root.appendingPathComponent("out").path))
    let entries = try FileManager.default.contentsOfDirectory(atPath: session.root.path)
    #expect(!entries.contains { $0.hasPrefix(".out.") })
    try session.write("doctype.qdpx", "<?xml version=\"1.0\"?>\n<!DOCTYPE Project []>\n<Project/>")
    let doctype = run(["import", "qdpx", "doctype.qdpx", "--into", "out"], in: session.root)
    #expect(doctype.status == .dataError)
    #expect(doctype.error.hasPrefix("doctype.qdpx:2:1: error: "))
    #expect(
      !FileManager.default.fileExists(atPath: session.root.appendingPathComponent("out").path))
  }

  @Test("export qdpx refuses unknown coders, unknown options and codings on changed text")
  func exportRefusals() throws {
    let session = try SnapshotSession()
    let coder = run(["export", "qdpx", "--coders", "zed", "--out", "x.qdpx"], in: session.root)
    #expect(coder.status == .dataError)
    #expect(coder.error.contains("zed"))
    let positions = run(
      ["export", "qdpx", "--positions", "bytes", "--out", "x.qdpx"], in: session.root)
    #expect(positions.status == .usage)
    let noOut = run(["export", "qdpx"], in: session.root)
    #expect(noOut.status == .usage)
    // B01's text changes under anna's and bo's codings.
    let text = try session.read("Transcripts/B01.txt")
    try session.write(
      "Transcripts/B01.txt", text.replacingOccurrences(of: "trepartssamtalen", with: "mødet"))
    let stale = run(["export", "qdpx", "--out", "x.qdpx"], in: session.root)
    #expect(stale.status == .dataError)
    #expect(stale.error.contains("qualkit reanchor B01"))
    #expect(
      !FileManager.default.fileExists(atPath: session.root.appendingPathComponent("x.qdpx").path))
  }

  @Test("export qdpx --coders anna with NVivo's conventions exports one coder, CRLF texts")
  func nvivoConventions() throws {
    let session = try SnapshotSession()
    let result = run(
      [
        "export", "qdpx", "--coders", "anna", "--positions", "utf16", "--line-endings", "crlf",
        "--out", "a.qdpx",
      ],
      in: session.root)
    #expect(result.status == .success)
    #expect(
      result.output.hasPrefix(
        "exported: 30 codes, 7 transcripts, 1 coder, 41 coded spans, 41 codings, 2 memos"))
    let archive = try ZipArchive(
      bytes: Array(try Data(contentsOf: session.root.appendingPathComponent("a.qdpx"))))
    let source = try #require(archive.entries.first { $0.path.hasPrefix("sources/") })
    #expect(try archive.data(for: source).contains(0x0D))
  }
}
