import Testing

/// The sample project's two coders' files.
private let sampleCoders = ["Codings/anna.jsonl", "Codings/bo.jsonl"]

/// Golden files of `agree` on the sample coders anna and bo.
@Suite struct AgreeSnapshotTests {
  @Test(
    "agree prints the same figures in every format, unit and selection",
    arguments: [
      ("text", [String]()), ("json", ["--format", "json"]), ("md", ["--format", "md"]),
      ("md-disagreements", ["--format", "md", "--disagreements"]),
      ("json-disagreements", ["--format", "json", "--disagreements", "--codes", "energy,stress"]),
      ("disagreements", ["--disagreements"]),
      ("readme", ["--codes", "own-goals,energy,timing-of-return", "--disagreements"]),
      ("unit-line", ["--unit", "line"]), ("unit-char", ["--unit", "char"]),
      ("unit-line-disagreements", ["--unit", "line", "--codes", "stress", "--disagreements"]),
      ("unit-char-disagreements", ["--unit", "char", "--codes", "energy", "--disagreements"]),
      ("codes", ["--codes", "energy", "--codes", "stress,own-goals"]),
      ("coded-only", ["--coded-only"]),
      ("coded-only-char", ["--coded-only", "--unit", "char", "--format", "json"]),
      ("statistics", ["--statistic", "percent,cohen,scott,fleiss,alpha,bp,ac1"]),
      ("statistics-json", ["--statistic", "scott,bp", "--statistic", "ac1", "--format", "json"]),
      ("statistics-md", ["--statistic", "percent,alpha", "--format", "md"]),
    ])
  func twoCoders(name: String, arguments: [String]) throws {
    try expectCommandSnapshot(["agree"] + sampleCoders + arguments, named: "agree-\(name).txt")
  }

  @Test(
    "agree with a third coder of proposed auto-codings, with and without --include-proposed",
    arguments: [
      ("three-coders", [String]()), ("include-proposed", ["--include-proposed"]),
      (
        "include-proposed-disagreements",
        ["--include-proposed", "--codes", "stress", "--disagreements"]
      ),
      ("include-proposed-json", ["--include-proposed", "--unit", "line", "--format", "json"]),
    ])
  func threeCoders(name: String, arguments: [String]) throws {
    let session = try SnapshotSession()
    session.run(
      "autocode", "Transcripts/B01.txt", "Transcripts/B02.vtt", "Transcripts/B03.srt",
      "Transcripts/B05.txt", "--speakers", "participant", "--out", "Codings/auto.jsonl")
    session.run(["agree"] + sampleCoders + ["Codings/auto.jsonl", "--all-kinds"] + arguments)
    expectSnapshot(session.text, named: "agree-\(name).txt")
  }

  @Test("agree warns about a coder who did not code a transcript, and about changed transcripts")
  func warnings() throws {
    let session = try SnapshotSession()
    session.run("tag", "B04", "14", "single-entry", "--coder", "carl")
    session.run("tag", "B01", "26", "tripartite-meeting", "--coder", "carl")
    try session.replace("optagelsen", with: "båndet", in: "Transcripts/B02.vtt")
    session.run("agree", "Codings/anna.jsonl", "Codings/carl.jsonl")
    session.run("agree", "Codings/anna.jsonl", "Codings/anna.jsonl")
    expectSnapshot(session.text, named: "agree-warnings.txt")
  }

  @Test(
    "agree reports bad arguments",
    arguments: [
      ("one-file", ["Codings/anna.jsonl"]), ("bad-unit", sampleCoders + ["--unit", "word"]),
      ("bad-statistic", sampleCoders + ["--statistic", "kappa"]),
      ("unknown-code", sampleCoders + ["--codes", "enrgy"]),
      ("missing-file", ["Codings/anna.jsonl", "Codings/x.jsonl"]),
      ("bad-format", sampleCoders + ["--format", "html"]),
    ])
  func errors(name: String, arguments: [String]) throws {
    try expectCommandSnapshot(["agree"] + arguments, named: "agree-error-\(name).txt")
  }
}
