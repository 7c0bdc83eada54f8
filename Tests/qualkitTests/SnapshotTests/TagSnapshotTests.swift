import Testing

/// Golden files of `tag` and `untag`: their messages and the coding file they leave.
@Suite struct TagSnapshotTests {
  @Test("tag codes lines, a range, a turn and a span, with and without a memo")
  func tag() throws {
    let session = try SnapshotSession()
    session.run(
      "tag", "B01", "22", "feeling-safe", "--coder", "anna", "--memo", "worry about pressure")
    session.run("tag", "Transcripts/B01.txt", "22-26", "being-heard", "--coder", "carl")
    session.run(
      "tag", "B02", "readiness", "--turn", "7", "--coder", "carl", "--memo", "clear RTW wish")
    session.run("tag", "B03", "stress", "--span", "100-180", "--coder", "carl")
    session.run("tag", "B04", "14", "single-entry", "--coder", "carl")
    session.run("tag", "B04", "80", "energy", "--coder", "carl")
    session.file("Codings/anna.jsonl")
    session.file("Codings/carl.jsonl")
    session.listing("Codings")
    expectSnapshot(session.text, named: "tag.txt")
  }

  @Test("tag on a span already coded changes nothing, or only the memo")
  func tagAgain() throws {
    let session = try SnapshotSession()
    session.run("tag", "B01", "30", "own-goals", "--coder", "carl")
    session.run("tag", "B01", "30", "own-goals", "--coder", "carl")
    session.run("tag", "B01", "30", "own-goals", "--coder", "carl", "--memo", "first memo")
    session.run("tag", "B01", "30", "own-goals", "--coder", "carl", "--memo", "second memo")
    session.file("Codings/carl.jsonl")
    expectSnapshot(session.text, named: "tag-again.txt")
  }

  @Test("untag removes codings by the address they were tagged with")
  func untag() throws {
    let session = try SnapshotSession()
    session.run("tag", "B01", "22-26", "being-heard", "--coder", "carl")
    session.run("tag", "B02", "readiness", "--turn", "7", "--coder", "carl")
    session.run("tag", "B03", "stress", "--span", "100-180", "--coder", "carl")
    session.run("untag", "B01", "22", "being-heard", "--coder", "carl")
    session.run("untag", "B01", "22-26", "being-heard", "--coder", "carl")
    session.run("untag", "B02", "readiness", "--turn", "7", "--coder", "carl")
    session.run("untag", "B03", "stress", "--span", "100-180", "--coder", "carl")
    session.run("untag", "B03", "stress", "--span", "100-180", "--coder", "carl")
    session.run("untag", "B01", "26", "tripartite-meeting", "--coder", "anna")
    session.file("Codings/carl.jsonl")
    session.file("Codings/anna.jsonl")
    session.listing("Codings")
    expectSnapshot(session.text, named: "untag.txt")
  }

  @Test(
    "tag reports mistakes with the nearest valid choices",
    arguments: [
      ("mistyped-code", ["tag", "B01", "22", "mastry", "--coder", "anna"]),
      ("not-codable", ["tag", "B01", "22", "implementation", "--coder", "anna"]),
      ("unknown-transcript", ["tag", "B9", "22", "stress", "--coder", "anna"]),
      ("line-out-of-range", ["tag", "B01", "900", "stress", "--coder", "anna"]),
      ("blank-line", ["tag", "B01", "23", "stress", "--coder", "anna"]),
      ("front-matter", ["tag", "B01", "2-4", "stress", "--coder", "anna"]),
      ("reversed-lines", ["tag", "B01", "26-22", "stress", "--coder", "anna"]),
      ("bad-span", ["tag", "B01", "stress", "--span", "90-10", "--coder", "anna"]),
      ("turn-out-of-range", ["tag", "B01", "stress", "--turn", "99", "--coder", "anna"]),
      ("no-coder", ["tag", "B01", "22", "stress"]),
      ("bad-coder", ["tag", "B01", "22", "stress", "--coder", "../x"]),
      ("two-addresses", ["tag", "B01", "22", "stress", "--turn", "3", "--coder", "anna"]),
      ("untag-mistyped", ["untag", "B01", "22", "fealing-safe", "--coder", "anna"]),
      ("untag-missing-file", ["untag", "B01", "22", "stress", "--coder", "nobody"]),
    ])
  func errors(name: String, arguments: [String]) throws {
    let session = try SnapshotSession()
    session.run(arguments)
    session.listing("Codings")
    expectSnapshot(session.text, named: "tag-error-\(name).txt")
  }
}
