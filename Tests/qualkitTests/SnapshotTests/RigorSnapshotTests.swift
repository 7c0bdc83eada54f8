import Foundation
import Testing

/// Golden files of `saturation`, `plan`, `agree --diagnostics` and
/// `reliability --diagnostics` on the sample project, and their bad input.
@Suite struct RigorSnapshotTests {
  @Test(
    "saturation, plan and the diagnostics print the same way",
    arguments: [
      ("saturation-default", ["saturation"]),
      (
        "saturation-small-da",
        ["saturation", "--base", "2", "--run", "1", "--threshold", "10%", "--lang", "da"]
      ),
      ("saturation-file-md", ["saturation", "--order", "file", "--by", "group", "--format", "md"]),
      (
        "saturation-json",
        ["saturation", "--base", "2", "--run", "1", "--format", "json", "--resamples", "100"]
      ),
      ("plan-themes", ["plan", "themes", "--prevalence", "0.1", "--instances", "2"]),
      (
        "plan-themes-json",
        ["plan", "themes", "--prevalence", "20%", "--power", "0.9", "--format", "json"]
      ),
      (
        "plan-kappa-da",
        [
          "plan", "kappa", "--lower", "0.4", "--expected", "0.7", "--prevalence", "0.3", "--lang",
          "da",
        ]
      ),
      ("agree-diagnostics", ["agree", "--diagnostics"]),
      (
        "agree-diagnostics-json",
        [
          "agree", "--diagnostics", "--codes", "being-heard", "--format", "json", "--resamples",
          "200",
        ]
      ),
      (
        "reliability-diagnostics",
        ["reliability", "Codings/reliability/krippendorff2011.csv", "--diagnostics"]
      ),
    ])
  func commands(name: String, arguments: [String]) throws {
    try expectCommandSnapshot(arguments, named: "rigor-\(name).txt")
  }

  @Test(
    "Bad input: the reason and the exit code",
    arguments: [
      ("saturation-unknown-order", ["saturation", "--order", "dato"]),
      ("saturation-missing-order", ["saturation", "--order", "interviewer"]),
      ("saturation-bad-threshold", ["saturation", "--threshold", "1.5"]),
      ("saturation-bad-base", ["saturation", "--base", "0"]),
      ("plan-themes-missing", ["plan", "themes"]),
      ("plan-themes-bad", ["plan", "themes", "--prevalence", "zero"]),
      (
        "plan-kappa-order",
        ["plan", "kappa", "--lower", "0.7", "--expected", "0.4", "--prevalence", "0.3"]
      ),
      (
        "plan-kappa-impossible",
        ["plan", "kappa", "--lower", "-0.9", "--expected", "0.5", "--prevalence", "0.1"]
      ),
      ("report-bad-checklist", ["report", "--checklist", "consort"]),
      ("report-bad-saturation", ["report", "--saturation", "4,2"]),
      ("report-bad-plan", ["report", "--plan-kappa", "0.7,0.4,0.3"]),
    ])
  func badInput(name: String, arguments: [String]) throws {
    try expectCommandSnapshot(arguments, named: "rigor-error-\(name).txt")
  }

  @Test(
    "A date not written YYYY-MM-DD: the default order is file names; --order date names it (exit 65)"
  )
  func dateNotISO() throws {
    let session = try SnapshotSession()
    try session.replace(
      "B02,citizen,TKI2,kræft,,47,mand,2026-03-17,",
      with: "B02,citizen,TKI2,kræft,,47,mand,17.03.2026,", in: "Transcripts/participants.csv")
    let byDefault = session.run("saturation", "--base", "2", "--run", "1")
    #expect(byDefault.status.rawValue == 0)
    // File order is B01, B02, B03, B05, as date order was: the same curve.
    #expect(
      byDefault.output.hasPrefix(
        "New codes per interview and the cumulative curve (order: file name)"))
    #expect(byDefault.output.contains("4  B05           14          1                18"))
    let byDate = session.run("saturation", "--order", "date")
    #expect(byDate.status.rawValue == 65)
    #expect(
      byDate.error
        == "error: 1 coded interview has a 'date' not written YYYY-MM-DD, which cannot be put in"
        + " date order: B02 '17.03.2026' (write it as 2026-03-12, or choose another --order)\n")
    expectSnapshot(session.text, named: "rigor-error-date-not-iso.txt")
  }

  @Test("Bad files: the reader's path:line:column error and exit 65, a missing file exit 66")
  func badFiles() throws {
    let session = try SnapshotSession()
    // bo's 41 codings, then a 42nd cut off after "firstLine":26 (column 64 is its end).
    let codings = try session.read("Codings/bo.jsonl")
    #expect(codings.split(separator: "\n").count == 41)
    try session.write(
      "Codings/bo.jsonl",
      codings + #"{"transcript":"B01","code":"stress","coder":"bo","firstLine":26"# + "\n")
    let error = "Codings/bo.jsonl:42:64: error: invalid JSON: unexpected end of file"
    // The other 41 codings still count: B01 13 codes, B05 adds 1 (18 in all), exit 65.
    let saturation = session.run("saturation", "--base", "2", "--run", "1", "--by", "group")
    #expect(saturation.status.rawValue == 65)
    #expect(saturation.error.hasPrefix(error))
    #expect(saturation.output.contains("4  B05           14          1                18"))
    let agree = session.run("agree", "--diagnostics", "--codes", "stress")
    #expect(agree.status.rawValue == 65)
    #expect(agree.error.hasPrefix(error))
    let report = session.run("report", "--checklist", "coreq", "--format", "md")
    #expect(report.status.rawValue == 65)
    #expect(report.error.hasPrefix(error))
    // A units × coders table with a short row, an unterminated quote, and no file.
    try session.write("short-row.csv", "unit,anna,bo\n1,1,1\n2,0\n3,1,0\n")
    try session.write("open-quote.csv", "unit,anna,bo\n1,1,1\n2,0,\"x\n")
    let short = session.run("reliability", "short-row.csv", "--diagnostics")
    #expect(short.error == "short-row.csv:3:1: error: row has 2 fields, but the header has 3\n")
    #expect(short.status.rawValue == 65)
    let quote = session.run("reliability", "open-quote.csv", "--diagnostics")
    #expect(quote.error == "open-quote.csv:3:5: error: unterminated quoted field\n")
    let missing = session.run("reliability", "missing.csv", "--diagnostics")
    #expect(missing.status.rawValue == 66)
    expectSnapshot(session.text, named: "rigor-error-bad-files.txt")
  }
}
