import Testing

/// Golden files of the survey and mixed-methods commands on the bundled sample project.
@Suite struct MixedMethodsSnapshotTests {
  @Test(
    "survey describe in every format, with and without groups",
    arguments: [
      ("text", ["--by", "arm"]), ("json", ["--by", "arm", "--format", "json"]),
      ("md", ["--by", "arm", "--format", "md"]), ("csv", ["--by", "arm", "--format", "csv"]),
      ("ungrouped", [String]()), ("type6", ["--by", "Køn", "--quantiles", "type6"]),
      ("explicit", ["Surveys/tki2.csv", "--spec", "Surveys/tki2.survey.json", "--by", "arm"]),
    ])
  func surveyDescribe(name: String, arguments: [String]) throws {
    try expectCommandSnapshot(
      ["survey", "describe"] + arguments, named: "survey-describe-\(name).txt")
  }

  @Test("survey infer drafts the sample's spec")
  func surveyInfer() throws {
    try expectCommandSnapshot(["survey", "infer", "Surveys/tki2.csv"], named: "survey-infer.txt")
  }

  @Test(
    "matrix by attribute, segments and participants",
    arguments: [
      ("group", ["--by", "group"]),
      ("role-participants", ["--by", "role", "--count", "participants"]),
      ("md", ["--by", "group", "--format", "md"]), ("csv", ["--by", "group", "--format", "csv"]),
      ("json", ["--format", "json", "--code", "mastery"]),
    ])
  func matrix(name: String, arguments: [String]) throws {
    try expectCommandSnapshot(["matrix"] + arguments, named: "matrix-\(name).txt")
  }

  @Test(
    "cooccurrence by unit",
    arguments: [
      ("turn", [String]()), ("transcript-themes", ["--unit", "transcript", "--depth", "1"]),
      ("overlap", ["--unit", "overlap", "--format", "md"]), ("json", ["--format", "json"]),
    ])
  func cooccurrence(name: String, arguments: [String]) throws {
    try expectCommandSnapshot(["cooccurrence"] + arguments, named: "cooccurrence-\(name).txt")
  }

  @Test(
    "quantitize with and without the survey",
    arguments: [
      ("csv", ["--format", "csv"]), ("count", ["--mode", "count", "--no-survey"]),
    ])
  func quantitize(name: String, arguments: [String]) throws {
    try expectCommandSnapshot(["quantitize"] + arguments, named: "quantitize-\(name).txt")
  }

  @Test("quantitize --out writes the table and its column codebook")
  func quantitizeOut() throws {
    try expectCommandSnapshot(
      ["quantitize", "--format", "csv", "--out", "analysis/tki2.csv"],
      named: "quantitize-out.txt", files: ["analysis/tki2.csv", "analysis/tki2-columns.csv"])
  }

  @Test(
    "joint display in every format",
    arguments: [
      ("text", ["--by", "group"]), ("md", ["--by", "group", "--format", "md"]),
      ("json", ["--format", "json", "--quotes", "1"]), ("csv", ["--format", "csv"]),
      ("depth2", ["--depth", "2", "--quotes", "1", "--no-survey"]),
    ])
  func joint(name: String, arguments: [String]) throws {
    try expectCommandSnapshot(["joint"] + arguments, named: "joint-\(name).txt")
  }

  @Test("An exemplar marked with tag comes first in the joint display")
  func exemplar() throws {
    let session = try SnapshotSession()
    session.run("tag", "B05", "46", "mastery", "--coder", "anna", "--exemplar")
    session.run("joint", "--code", "mastery", "--quotes", "2", "--no-survey")
    expectSnapshot(session.text, named: "joint-exemplar.txt")
  }
}
