import Foundation
import Testing

@testable import qualkit

/// The test project coded by two coders, with a small survey:
/// anna codes A01 turn 1 as mastery and energy, turn 3 as readiness, and
/// A02 turn 1 as energy; bo codes A01 turn 1 as mastery (the same segment)
/// and A02 turn 0 as meeting.
func codedTestProject(survey: Bool = false) throws -> TestProject {
  let project = try TestProject()
  for (transcript, code, turn, coder) in [
    ("A01", "mastery", "1", "anna"), ("A01", "energy", "1", "anna"),
    ("A01", "readiness", "3", "anna"), ("A02", "energy", "1", "anna"),
    ("A01", "mastery", "1", "bo"), ("A02", "meeting", "0", "bo"),
  ] {
    let run = project.run("tag", transcript, code, "--turn", turn, "--coder", coder)
    #expect(run.status == .success, "\(run.error)")
  }
  if survey {
    try project.write(
      "Surveys/s.csv",
      "\u{FEFF}id;arm;Q1;Q2\r\nA01;TKI2;I meget høj grad;I nogen grad\r\nA02;usual;Slet ikke;Kun i ringe grad\r\nR3;usual;Ved ikke;Slet ikke\r\n"
    )
    try project.write(
      "Surveys/s.survey.json",
      #"{"respondentId": "id", "groups": ["arm"], "items": [{"column": "Q1", "scale": "da4", "construct": "mastery"}, {"column": "Q2", "scale": "da4", "construct": "mastery"}]}"#
    )
  }
  return project
}

/// The rows of a table command's JSON output.
func jsonRows(_ run: ToolRun) throws -> [[String: Any]] {
  let object = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
  return object?["rows"] as? [[String: Any]] ?? []
}

@Suite struct MixedMethodsCommandTests {
  @Test("matrix counts each segment once, own and sub-tree totals per group")
  func matrixSegments() throws {
    let project = try codedTestProject()
    let run = project.run("matrix", "--by", "group", "--format", "json")
    #expect(run.status == .success, "\(run.error)")
    let rows = try jsonRows(run)
    let byCode = Dictionary(uniqueKeysWithValues: rows.map { ($0["code"] as? String ?? "", $0) })
    func counts(_ code: String) -> [Int] {
      ["own", "total", "TKI2", "usual"].map { byCode[code]?[$0] as? Int ?? -1 }
    }
    #expect(counts("mastery") == [1, 3, 2, 1])
    #expect(counts("energy") == [2, 2, 1, 1])
    #expect(counts("readiness") == [1, 1, 1, 0])
    #expect(counts("group") == [0, 1, 0, 1])
    #expect(counts("any") == [-1, 5, 3, 2])
  }

  @Test("matrix by participants names each group's N")
  func matrixParticipants() throws {
    let project = try codedTestProject()
    let run = project.run("matrix", "--by", "group", "--count", "participants")
    #expect(run.status == .success)
    #expect(run.output.contains("TKI2 (N=1)  usual (N=1)"))
    let json = try jsonRows(project.run("matrix", "--count", "participants", "--format", "json"))
    #expect(json.first { $0["code"] as? String == "mastery" }?["total"] as? Int == 2)
  }

  @Test("cooccurrence by turn, transcript (rolled up) and overlap")
  func cooccurrence() throws {
    let project = try codedTestProject()
    let turn = try jsonRows(project.run("cooccurrence", "--format", "json"))
    #expect(turn.count == 1)
    #expect(turn.first?["codeA"] as? String == "mastery")
    #expect(turn.first?["codeB"] as? String == "energy")
    #expect(turn.first?["both"] as? Int == 1)
    #expect(turn.first?["jaccard"] as? Double == 0.5)
    let transcript = try jsonRows(
      project.run("cooccurrence", "--unit", "transcript", "--format", "json"))
    #expect(transcript.count == 4)
    let pair = transcript.first {
      $0["codeA"] as? String == "energy" && $0["codeB"] as? String == "meeting"
    }
    #expect(pair?["jaccard"] as? Double == 0.5)
    let themes = try jsonRows(
      project.run("cooccurrence", "--unit", "transcript", "--depth", "1", "--format", "json"))
    #expect(
      themes.map { "\($0["codeA"] ?? "")-\($0["codeB"] ?? "")" } == [
        "mastery-readiness", "mastery-group",
      ])
    let overlap = try jsonRows(project.run("cooccurrence", "--unit", "overlap", "--format", "json"))
    #expect(overlap.first?["both"] as? Int == 1)
    // README's definition: characters coded with both / with either, in the
    // whole project. Both codes cover A01's turn 1 ("Jeg mestrer den bedre
    // nu.\nJeg har mere overskud.", 48 characters); energy alone A02's turn 1
    // ("Den gav mig overskud.", 21): 48 / 69, not 48 / 48 (only where they overlap).
    #expect(overlap.first?["jaccard"] as? Double == 48.0 / 69.0)
  }

  @Test("quantitize: presence per code with sub-codes, survey answers and construct scores")
  func quantitize() throws {
    let project = try codedTestProject(survey: true)
    let run = project.run("quantitize", "--format", "csv")
    #expect(run.status == .success, "\(run.error)")
    let lines = run.output.split(separator: "\r\n").map(String.init)
    #expect(
      lines.first
        == "participant,group,code_mastery,code_energy,code_readiness,code_group,code_meeting,Q1,Q2,score_mastery"
    )
    #expect(lines.dropFirst().first == "A01,TKI2,1,1,1,0,0,4,3,3.5000")
    #expect(lines.dropFirst(2).first == "A02,usual,1,1,0,1,1,1,2,1.5000")
    let out = project.run(
      "quantitize", "--mode", "count", "--out", "export/q.csv", "--format", "csv")
    #expect(out.status == .success)
    #expect(try project.read("export/q-columns.csv").contains("code_mastery,mastery,code,"))
    #expect(try project.read("export/q.csv").contains("A01,TKI2,2,1,1,0,0"))
  }

  @Test("joint: participants per group, quotes with citations, linked items, construct contrast")
  func joint() throws {
    let project = try codedTestProject(survey: true)
    let rows = try jsonRows(project.run("joint", "--by", "group", "--format", "json"))
    #expect(rows.map { $0["code"] as? String } == ["mastery", "readiness", "group"])
    let mastery = rows[0]
    #expect(mastery["participants: TKI2"] as? String == "1/1")
    #expect(mastery["participants"] as? String == "2/2")
    #expect(mastery["segments"] as? Int == 3)
    let quote = mastery["quote1"] as? [String: Any]
    #expect(quote?["transcript"] as? String != nil)
    let items = mastery["surveyItems"] as? String ?? ""
    #expect(items.hasPrefix("Q1: TKI2 Mdn 4.0 (100/0/0/0%, n 1), usual Mdn 1.0 (0/0/0/100%, n 1)."))
    #expect(mastery["constructScore"] as? String == "with 2.50 (n 2); without n/a (n 0)")
    let text = project.run("joint", "--no-survey")
    #expect(text.status == .success)
    #expect(!text.output.contains("Survey items"))
  }

  @Test("Bad options and names: exit 64 for usage, 65 with the nearest names, 66 without a survey")
  func badInput() throws {
    let project = try codedTestProject()
    let attribute = project.run("matrix", "--by", "gruop")
    #expect(attribute.status == .dataError)
    #expect(
      attribute.error.contains("no transcript has the attribute 'gruop' (did you mean 'group'?)"))
    #expect(project.run("joint", "--depth", "3").status == .usage)
    #expect(project.run("matrix", "--format", "xml").status == .usage)
    #expect(project.run("cooccurrence", "--unit", "line").status == .usage)
    #expect(project.run("matrix", "--coder", "ana").status == .dataError)
    let noSurvey = project.run("survey", "describe")
    #expect(noSurvey.status == .noInput)
    #expect(noSurvey.error.contains("no survey given and no *.survey.json spec in 'Surveys/'"))
    try project.write("Surveys/s.csv", "id,Q1\nA,Slet ikke\n")
    let noSpec = project.run("survey", "describe", "Surveys/s.csv")
    #expect(noSpec.status == .noInput)
    #expect(noSpec.error.contains("Surveys/s.survey.json"))
    #expect(
      project.run("survey", "infer", "Surveys/s.csv", "--out", "Surveys/s.csv").status == .usage)
    let inferred = project.run("survey", "infer", "Surveys/s.csv", "--out", "Surveys/s.survey.json")
    #expect(inferred.status == .success)
    let described = project.run("survey", "describe", "Surveys/s.csv", "--format", "json")
    #expect(described.status == .success, "\(described.error)")
    #expect(described.output.contains(#""respondents": 1"#))
  }
}
