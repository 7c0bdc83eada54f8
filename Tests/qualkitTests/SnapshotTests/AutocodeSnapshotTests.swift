import Testing

/// Golden files of `autocode` on the sample project: formats, scopes, speakers and `--out`.
@Suite struct AutocodeSnapshotTests {
  @Test(
    "autocode prints the same proposals in every format, scope and speaker selection",
    arguments: [
      ("jsonl", [String]()), ("tsv", ["--format", "tsv"]),
      ("hit-jsonl", ["--scope", "hit"]), ("hit-tsv", ["--scope", "hit", "--format", "tsv"]),
      ("sentence-tsv", ["--scope", "sentence", "--format", "tsv"]),
      ("participant-tsv", ["--speakers", "participant", "--format", "tsv"]),
      (
        "participant-sentence-tsv",
        ["--speakers", "participant", "--scope", "sentence", "--format", "tsv"]
      ),
      ("interviewer-tsv", ["--speakers", "interviewer", "--format", "tsv"]),
      (
        "paths-coder",
        ["Transcripts/B01.txt", "Transcripts/B04.docx", "--coder", "robot", "--scope", "hit"]
      ),
      (
        "codebook", ["Transcripts/B03.srt", "--codebook", "Codebooks/tki2.json", "--format", "tsv"]
      ),
    ])
  func stdout(name: String, arguments: [String]) throws {
    try expectCommandSnapshot(["autocode"] + arguments, named: "autocode-\(name).txt")
  }

  @Test("autocode --out adds the proposals to a coding file, and again adds nothing")
  func out() throws {
    let session = try SnapshotSession()
    session.run("autocode", "--speakers", "participant", "--out", "Codings/auto.jsonl")
    session.run("autocode", "--speakers", "participant", "--out", "Codings/auto.jsonl")
    session.file("Codings/auto.jsonl")
    session.listing("Codings")
    expectSnapshot(session.text, named: "autocode-out.txt")
  }

  @Test("autocode --out keeps reviewed codings and adds only new proposals")
  func outAfterReview() throws {
    let session = try SnapshotSession()
    session.run(
      "autocode", "Transcripts/B01.txt", "--scope", "sentence", "--out", "Codings/auto.jsonl")
    session.run("review", "--coder", "auto", "--reviewer", "anna", "--reject-code", "coherence")
    session.run(
      "autocode", "Transcripts/B01.txt", "Transcripts/P01.txt", "--scope", "sentence", "--out",
      "Codings/auto.jsonl")
    session.file("Codings/auto.jsonl")
    expectSnapshot(session.text, named: "autocode-out-after-review.txt")
  }

  @Test(
    "autocode reports bad arguments",
    arguments: [
      ("bad-scope", ["--scope", "paragraph"]), ("bad-format", ["--format", "csv"]),
      ("missing-path", ["Transcripts/B09.txt"]),
      ("empty-speakers", ["Transcripts/B01.txt", "--speakers", ""]),
      ("missing-codebook", ["--codebook", "Codebooks/none.json"]),
    ])
  func errors(name: String, arguments: [String]) throws {
    try expectCommandSnapshot(["autocode"] + arguments, named: "autocode-error-\(name).txt")
  }
}
