import Foundation
import Testing

@testable import qualkit

/// `qualkit reanchor` on copies of the sample project.
@Suite struct ReanchorCommandTests {
  @Test("After a line is inserted above, the codings move with their text")
  func insertedLineMovesCodings() throws {
    let session = try SnapshotSession()
    try session.replace(
      "I: Hvad var du nervøs for?\n", with: "I: Hvad var du nervøs for?\n\nB: (pause)\n",
      in: "Transcripts/B01.txt")
    #expect(session.run("codings", "--transcript", "B01").error.contains("changed after"))
    let run = session.run("reanchor", "B01")
    #expect(run.status == .success, "\(run.error)")
    #expect(
      run.output.hasPrefix(
        "Codings/anna.jsonl:1: B01 tripartite-meeting (anna) moved from l. 26 to l. 28\n"))
    #expect(run.output.hasSuffix("21 codings re-anchored in 2 files\n"))
    #expect(session.run("codings", "--transcript", "B01").error.isEmpty)
    let shown = session.run("transcript", "show", "Transcripts/B01.txt").output
    #expect(shown.contains(" 28  B | B: Ja, trepartssamtalen."))
    #expect(try session.read("Codings/anna.jsonl").contains("\"firstLine\":28,\"lastLine\":28"))
  }

  @Test("A coding whose text was deleted is listed and left untouched (exit 1)")
  func deletedTextIsListed() throws {
    let project = try TestProject()
    #expect(
      project.run("tag", "A01", "7", "mastery", "--coder", "anna", "--quote", "Jeg mestrer")
        .status == .success)
    let before = try project.read("Codings/anna.jsonl")
    try project.write(
      "Transcripts/A01.txt",
      TestProject.interview.replacingOccurrences(of: "Jeg mestrer den", with: "Den er"))
    let run = project.run("reanchor")
    #expect(run.status == .failure)
    #expect(
      run.error
        == "Codings/anna.jsonl:2: warning: A01 mastery (anna) l. 7: the coded text is no longer in the transcript; left as it is\n"
    )
    #expect(run.output == "0 codings re-anchored in 0 files; 1 left as it was (listed above)\n")
    #expect(try project.read("Codings/anna.jsonl") == before)
  }

  @Test("An unknown transcript is refused with the nearest ids (exit 65)")
  func unknownTranscript() throws {
    let project = try TestProject()
    let run = project.run("reanchor", "A03")
    #expect(run.status == .dataError)
    #expect(run.error.contains("unknown transcript 'A03'"))
  }
}
