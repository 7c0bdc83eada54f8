import Foundation
import Testing

@testable import qualkit

/// Golden files of the commands that write the project's own files: `init`,
/// the codebook edits, `reanchor` and the git merge driver.
@Suite struct ProjectEditSnapshotTests {
  @Test("init writes the same starter project, file for file")
  func initProject() throws {
    let session = try SnapshotSession()
    session.run("init", "study")
    session.listing("study")
    for path in [
      "Codebooks/codebook.json", "Transcripts/example.txt", "Transcripts/participants.csv",
      "Codings/README.md", "Surveys/README.md", ".gitignore", ".gitattributes",
    ] {
      session.file("study/" + path)
    }
    session.run("-C", "study", "init")
    expectSnapshot(session.text, named: "init.txt")
  }

  @Test("Codebook edits change the codebook and every coding file, in one step")
  func codebookEdits() throws {
    let session = try SnapshotSession()
    session.run("codebook", "rename", "stress", "pressure")
    session.run("codebook", "move", "pressure", "--under", "coherence")
    session.run("codebook", "merge", "plan-adjusted", "--into", "joint-plan")
    session.run("codebook", "add", "hope", "--label", "Hope", "--under", "mastery")
    session.run("codebook", "show")
    session.run("codings", "--code", "pressure", "--code", "joint-plan")
    session.file("Codebooks/tki2.json")
    expectSnapshot(session.text, named: "codebook-edits.txt")
  }

  @Test("reanchor moves codings to where their words now are and lists the rest")
  func reanchor() throws {
    let session = try SnapshotSession()
    try session.replace(
      "Jeg sagde, at jeg gerne ville kunne gå tur med hunden",
      with: "Jeg fortalte, at jeg gerne ville kunne gå tur med hunden", in: "Transcripts/B01.txt")
    session.run("reanchor", "B01", "--dry-run")
    session.run("reanchor", "B01")
    session.run("reanchor", "B01")
    session.file("Codings/anna.jsonl")
    expectSnapshot(session.text, named: "reanchor.txt")
  }

  @Test("The merge driver keeps both branches' new codings and marks a real conflict")
  func mergeDriver() throws {
    let session = try SnapshotSession()
    let base = try session.read("Codings/anna.jsonl")
    var lines = base.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // Ours: a memo on the first coding; theirs: the second coding rejected and
    // the first accepted with another memo (a conflict on the first).
    var ours = lines
    ours[0] = ours[0].replacingOccurrences(of: #""memo":null"#, with: #""memo":"ours""#)
    var theirs = lines
    theirs[0] = theirs[0].replacingOccurrences(of: #""memo":null"#, with: #""memo":"theirs""#)
    theirs[1] = theirs[1].replacingOccurrences(
      of: #""status":"accepted""#, with: #""status":"rejected""#)
    lines = []
    try session.write("base.jsonl", base)
    try session.write("ours.jsonl", ours.joined(separator: "\n"))
    try session.write("theirs.jsonl", theirs.joined(separator: "\n"))
    session.run("merge-driver", "base.jsonl", "ours.jsonl", "theirs.jsonl", "Codings/anna.jsonl")
    session.file("ours.jsonl")
    expectSnapshot(session.text, named: "merge-driver.txt")
  }
}
