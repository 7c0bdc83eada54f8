import Testing

/// Golden files of `codings` on the sample coders' files: formats and filters.
@Suite struct CodingsSnapshotTests {
  @Test(
    "codings lists the sample codings in every format and with every filter",
    arguments: [
      ("text", [String]()), ("json", ["--format", "json"]), ("csv", ["--format", "csv"]),
      ("coder", ["--coder", "anna"]), ("coders", ["--coder", "anna,bo", "--format", "csv"]),
      ("code-coherence", ["--code", "coherence"]), ("code-leaf", ["--code", "energy"]),
      ("transcript", ["--transcript", "B01"]),
      ("transcripts", ["--transcript", "B02", "--transcript", "B03"]),
      ("status-accepted", ["--status", "accepted"]), ("status-proposed", ["--status", "proposed"]),
      (
        "combined",
        ["--coder", "anna", "--transcript", "B01", "--code", "coherence", "--format", "json"]
      ),
      ("file", ["Codings/bo.jsonl", "--code", "mastery"]),
    ])
  func list(name: String, arguments: [String]) throws {
    try expectCommandSnapshot(["codings"] + arguments, named: "codings-\(name).txt")
  }

  @Test("codings lists proposed and rejected auto-codings by status")
  func statuses() throws {
    let session = try SnapshotSession()
    session.run(
      "autocode", "Transcripts/B05.txt", "--scope", "sentence", "--out", "Codings/auto.jsonl")
    session.run("review", "--coder", "auto", "--reviewer", "anna", "--reject-code", "stress")
    session.run("codings", "--coder", "anna", "--status", "rejected")
    session.run(
      "codings", "--transcript", "B05", "--status", "proposed,rejected", "--format", "csv")
    session.run("codings", "--status", "proposed")
    expectSnapshot(session.text, named: "codings-statuses.txt")
  }

  @Test("codings warns about codings whose transcript changed, or of unknown codes")
  func warnings() throws {
    let session = try SnapshotSession()
    try session.replace("trepartssamtalen", with: "samtalen", in: "Transcripts/B01.txt")
    try session.write(
      "Codings/dora.jsonl",
      #"{"transcript":"B01","code":"nonsense","coder":"dora","firstLine":22,"lastLine":22,"start":1344,"end":1388,"origin":"manual","status":"accepted","memo":null,"text":"x","hash":"xxh64:0000000000000000"}"#
        + "\n" + #"{"transcript":"B77","code":"stress","coder":"dora"}"# + "\nnot json\n")
    session.run("codings", "--transcript", "B01")
    session.run("codings", "Codings/dora.jsonl")
    expectSnapshot(session.text, named: "codings-warnings.txt")
  }

  @Test(
    "codings reports bad filters",
    arguments: [
      ("unknown-code", ["--code", "coherense"]), ("bad-status", ["--status", "maybe"]),
      ("bad-format", ["--format", "xml"]), ("missing-file", ["Codings/nobody.jsonl"]),
      ("unknown-coder", ["--coder", "zed"]), ("unknown-transcript", ["--transcript", "B9"]),
    ])
  func errors(name: String, arguments: [String]) throws {
    try expectCommandSnapshot(["codings"] + arguments, named: "codings-error-\(name).txt")
  }
}
