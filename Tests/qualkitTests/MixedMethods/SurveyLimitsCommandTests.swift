import Foundation
import Testing

@testable import qualkit

/// Survey scales at the edges, through every command that reads a survey.
@Suite struct SurveyLimitsCommandTests {
  static let commands: [[String]] = [
    [
      "survey", "describe", "Surveys/tki2.csv", "--spec", "Surveys/tki2.survey.json", "--by", "arm",
    ],
    ["quantitize"], ["joint", "--by", "group"], ["report", "--out", "out"],
  ]

  /// The sample spec with its own `da4`: the sample's four labels with `values`, and
  /// `extra` more levels.
  static func sampleWithScale(values: [String], extra: Int = 0) throws -> SnapshotSession {
    let session = try SnapshotSession()
    let labels = ["I meget høj grad", "I nogen grad", "Kun i ringe grad", "Slet ikke"]
    let levels =
      zip(labels, values).map { #"{"label": "\#($0)", "value": \#($1)}"# }
      + (0..<extra).map { #"{"label": "X\#($0)", "value": \#(10 + $0)}"# }
    try session.replace(
      #""respondentId": "Respondent","#,
      with: #""respondentId": "Respondent", "scales": {"da4": {"levels": ["#
        + levels.joined(separator: ", ")
        + #"], "missing": ["Ved ikke", ""], "dontKnow": ["Ved ikke"]}},"#,
      in: "Surveys/tki2.survey.json")
    return session
  }

  @Test("The reported spec with 129 levels is refused at its scale with exit 65, not a crash")
  func reportedReproduction() throws {
    let folder = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let levels = (0..<129).map { #"{"label": "L\#($0)", "value": \#($0)}"# }
    try Data(
      (#"{"respondentId": "id", "scales": {"big": {"levels": ["#
        + levels.joined(separator: ", ") + #"]}}, "items": [{"column": "q", "scale": "big"}]}"#)
        .utf8
    ).write(to: folder.appendingPathComponent("s.survey.json"))
    try Data("id,q\nr1,L1\nr2,L2\n".utf8).write(to: folder.appendingPathComponent("s.csv"))
    let result = run(
      ["survey", "describe", "s.csv", "--spec", "s.survey.json"], in: folder)
    #expect(result.status == .dataError)
    #expect(
      result.error
        == "s.survey.json:1:53: error: scales.big.levels: a scale has at most 128 levels, not 129\n"
    )
    #expect(result.output == "")
  }

  @Test("Every command that reads the survey refuses a scale of 129 levels", arguments: commands)
  func tooManyLevels(arguments: [String]) throws {
    let session = try Self.sampleWithScale(values: ["4", "3", "2", "1"], extra: 125)
    let result = session.run(arguments)
    #expect(result.status == .dataError)
    #expect(
      result.error.hasPrefix("Surveys/tki2.survey.json:")
        && result.error.hasSuffix(
          ": error: scales.da4.levels: a scale has at most 128 levels, not 129\n")
    )
  }

  @Test(
    "Level values near ±1.8e308 never print nan or inf: n/a with the reason",
    arguments: commands)
  func extremeValues(arguments: [String]) throws {
    let session = try Self.sampleWithScale(values: ["1.7e308", "1e308", "-1e308", "-1.7e308"])
    let result = session.run(arguments)
    #expect(result.status == .success, "\(result.error)")
    var texts = [result.output]
    let out = session.root.appendingPathComponent("out")
    if let files = FileManager.default.enumerator(atPath: out.path) {
      for case let file as String in files where !file.hasSuffix(".docx") {
        texts.append(
          (try? String(contentsOf: out.appendingPathComponent(file), encoding: .utf8)) ?? "")
      }
    }
    for text in texts {
      let words = text.split(whereSeparator: { !$0.isLetter })
      #expect(!words.contains { ["nan", "inf", "NaN", "Infinity"].contains(String($0)) })
    }
    let all = texts.joined()
    if arguments[0] != "joint" {
      #expect(all.contains("n/a"))
      #expect(all.contains("too large to compute"))
    }
  }

  @Test("survey describe --format json names the reason of a null too large to compute")
  func extremeValuesJSON() throws {
    let session = try Self.sampleWithScale(values: ["1.7e308", "1e308", "-1e308", "-1.7e308"])
    let result = session.run(
      "survey", "describe", "Surveys/tki2.csv", "--spec", "Surveys/tki2.survey.json", "--format",
      "json")
    #expect(result.status == .success)
    #expect(result.output.contains(#""sd" : null"#) || result.output.contains(#""sd": null"#))
    #expect(result.output.contains("too large to compute"))
  }
}
