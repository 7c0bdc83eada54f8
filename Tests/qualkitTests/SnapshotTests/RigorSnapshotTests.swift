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
}
