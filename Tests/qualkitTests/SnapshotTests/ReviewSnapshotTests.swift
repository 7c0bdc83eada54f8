import Testing

/// Golden files of `review` in batch on files made by `autocode --out`.
@Suite struct ReviewSnapshotTests {
  @Test("review --accept-all accepts every proposal of the whole sample")
  func acceptAll() throws {
    let session = try SnapshotSession()
    session.run("autocode", "--speakers", "participant", "--out", "Codings/auto.jsonl")
    session.run("review", "--coder", "auto", "--reviewer", "anna", "--accept-all")
    session.run("review", "--coder", "auto", "--reviewer", "anna", "--accept-all")
    session.file("Codings/auto.jsonl")
    session.listing("Codings")
    expectSnapshot(session.text, named: "review-accept-all.txt")
  }

  @Test(
    "review in batch rejects codes, accepts the rest, and filters by code and transcript",
    arguments: [
      ("reject-code", ["--reject-code", "single-entry"]),
      (
        "reject-and-accept",
        ["--reject-code", "single-entry", "--reject-code", "energy", "--accept-all"]
      ),
      ("reject-parent", ["--reject-code", "coherence", "--accept-all"]),
      ("transcript", ["--transcript", "B02", "--accept-all"]),
      ("code", ["--code", "mastery", "--accept-all"]),
      ("no-terminal", [String]()),
      ("unknown-code", ["--reject-code", "singel-entry"]),
      ("group-and-context", ["--accept-all", "--context", "abc"]),
    ])
  func batch(name: String, arguments: [String]) throws {
    let session = try SnapshotSession()
    session.run(
      "autocode", "Transcripts/B01.txt", "Transcripts/B02.vtt", "--out", "Codings/auto.jsonl")
    session.run(["review", "--coder", "auto", "--reviewer", "anna"] + arguments)
    session.file("Codings/auto.jsonl")
    expectSnapshot(session.text, named: "review-\(name).txt")
  }

  @Test("review without proposals, or of a coder without a file, says so")
  func nothingToReview() throws {
    let session = try SnapshotSession()
    session.run("review", "--coder", "anna", "--accept-all")
    session.run("review", "--coder", "nobody", "--accept-all")
    session.run("review", "--accept-all")
    expectSnapshot(session.text, named: "review-nothing.txt")
  }
}
