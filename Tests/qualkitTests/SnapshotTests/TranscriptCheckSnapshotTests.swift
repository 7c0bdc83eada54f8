import Foundation
import Testing

/// Golden files of `transcript check` on the sample project and on every
/// layout fixture (`Tests/QualKitTests/Fixtures/Transcript/Layouts`).
@Suite struct TranscriptCheckSnapshotTests {
  /// A session with the layout fixtures copied into `Batch/`.
  private static func batchSession() throws -> SnapshotSession {
    let session = try SnapshotSession()
    try FileManager.default.copyItem(
      at: repositoryRoot.appendingPathComponent("Tests/QualKitTests/Fixtures/Transcript/Layouts"),
      to: session.root.appendingPathComponent("Batch"))
    try FileManager.default.removeItem(
      at: session.root.appendingPathComponent("Batch/make_docx.py"))
    return session
  }

  @Test("transcript check on the sample project finds nothing to look at (exit 0)")
  func sample() throws {
    try expectCommandSnapshot(["transcript", "check"], named: "transcript-check.txt")
  }

  @Test("transcript check reports the layout, speakers and findings of every layout (exit 1)")
  func layouts() throws {
    let session = try Self.batchSession()
    session.run("transcript", "check", "Batch")
    expectSnapshot(session.text, named: "transcript-check-layouts.txt")
  }

  @Test("transcript check --format json on single files")
  func json() throws {
    let session = try Self.batchSession()
    session.run(
      "transcript", "check", "Batch/otter.txt", "Batch/youtube.vtt", "Transcripts/B01.txt",
      "--format", "json")
    expectSnapshot(session.text, named: "transcript-check-json.txt")
  }

  @Test("transcript check reports an unreadable file with its cause (65), a missing one (66)")
  func unreadable() throws {
    let session = try SnapshotSession()
    try session.write("Batch/X01.srt", "1\nnot a time\nhello\n")
    try session.write("Batch/X02.txt", "I: Hej.\nB: Hej.\n")
    session.run("transcript", "check", "Batch")
    session.run("transcript", "check", "Batch/X02.txt", "Batch/X03.txt")
    session.run("transcript", "check", "Batch/X02.txt", "--format", "xml")
    expectSnapshot(session.text, named: "transcript-check-unreadable.txt")
  }
}
