import Testing

/// Golden files of `merge`: each strategy's message and the merged file it writes.
@Suite struct MergeSnapshotTests {
  @Test(
    "merge writes the union, majority and unanimous merges of the sample coders",
    arguments: [
      ("union", [String]()), ("union-named", ["--strategy", "union", "--coder", "team"]),
      ("majority", ["--strategy", "majority", "--coder", "team"]),
      ("unanimous", ["--strategy", "unanimous"]),
    ])
  func strategies(name: String, arguments: [String]) throws {
    let session = try SnapshotSession()
    session.run(
      ["merge", "Codings/anna.jsonl", "Codings/bo.jsonl", "--out", "Merged/team.jsonl"] + arguments)
    session.file("Merged/team.jsonl")
    session.listing("Merged")
    expectSnapshot(session.text, named: "merge-\(name).txt")
  }

  @Test("merge of a merged file with a third coder keeps every source; merging again replaces")
  func mergeMerged() throws {
    let session = try SnapshotSession()
    session.run("tag", "B01", "22", "feeling-safe", "--coder", "carl")
    session.run("merge", "Codings/anna.jsonl", "Codings/bo.jsonl", "--out", "Codings/ab.jsonl")
    session.run(
      "merge", "Codings/ab.jsonl", "Codings/carl.jsonl", "--all-kinds", "--strategy", "majority",
      "--out", "Codings/all.jsonl")
    session.run(
      "merge", "Codings/ab.jsonl", "Codings/carl.jsonl", "--all-kinds", "--strategy", "majority",
      "--out", "Codings/all.jsonl")
    session.file("Codings/all.jsonl")
    session.listing("Codings")
    expectSnapshot(session.text, named: "merge-merged.txt")
  }

  @Test("merge lists conflicts and refuses to drop codings made in the output file (exit 1)")
  func refusals() throws {
    let session = try SnapshotSession()
    let firstLine = try session.read("Codings/anna.jsonl").prefix { $0 != "\n" }
    try session.write("Codings/anna2.jsonl", firstLine + "\n")
    try session.replace(
      #""status":"accepted""#, with: #""status":"rejected""#, in: "Codings/anna2.jsonl")
    session.run("merge", "Codings/anna.jsonl", "Codings/anna2.jsonl", "--out", "Codings/team.jsonl")
    session.run("tag", "B01", "22", "feeling-safe", "--coder", "team")
    session.run(
      "merge", "Codings/anna.jsonl", "Codings/bo.jsonl", "--coder", "team", "--out",
      "Codings/team.jsonl")
    session.file("Codings/team.jsonl")
    session.listing("Codings")
    expectSnapshot(session.text, named: "merge-refusals.txt")
  }

  @Test(
    "merge reports bad arguments",
    arguments: [
      ("no-out", ["Codings/anna.jsonl", "Codings/bo.jsonl"]),
      ("bad-strategy", ["Codings/anna.jsonl", "--out", "m.jsonl", "--strategy", "most"]),
      ("missing-file", ["Codings/anna.jsonl", "Codings/x.jsonl", "--out", "m.jsonl"]),
      ("unknown-coder", ["--coders", "anna,ana", "--out", "m.jsonl"]),
    ])
  func errors(name: String, arguments: [String]) throws {
    try expectCommandSnapshot(
      ["merge"] + arguments, named: "merge-error-\(name).txt", files: ["m.jsonl"])
  }
}
