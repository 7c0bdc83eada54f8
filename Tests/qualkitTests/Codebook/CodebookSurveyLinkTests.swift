import Foundation
import Testing

@testable import qualkit

/// Codebook edits and the survey specs whose items name a code as their
/// construct (F35: a rename silently cut the joint display's link).
@Suite struct CodebookSurveyLinkTests {
  let project: TestProject
  static let spec = """
    {"format": "qualkit-survey", "version": 1, "respondentId": "id",
     "items": [
       {"column": "Q1", "scale": "da4", "construct": "energy"},
       {"column": "Q2", "scale": "da4",   "construct" : "energy", "note": "kept"},
       {"column": "Q3", "scale": "da4", "construct": "readiness"}
     ]}

    """

  init() throws {
    project = try TestProject()
    try project.write("Surveys/s.survey.json", Self.spec)
    try project.write("Surveys/s.csv", "id,Q1,Q2,Q3\nA01,I høj grad,I nogen grad,Slet ikke\n")
  }

  @Test(
    "A rename renames the construct of the survey items in the same step, the rest of the spec as it was"
  )
  func renameUpdatesConstruct() throws {
    let result = project.run("codebook", "rename", "energy", "vitality")
    #expect(result.status == .success, "\(result.error)")
    #expect(result.output.contains("Surveys/s.survey.json: construct of 2 survey items renamed\n"))
    #expect(
      try project.read("Surveys/s.survey.json")
        == Self.spec.replacingOccurrences(of: "\"energy\"", with: "\"vitality\""))
    let dryRun = project.run("codebook", "rename", "readiness", "ready", "--dry-run")
    #expect(dryRun.output.contains("Surveys/s.survey.json: construct of 1 survey item renamed\n"))
    #expect(try project.read("Surveys/s.survey.json").contains("\"readiness\""))
  }

  @Test("A merge leaves the constructs and warns that their link is cut")
  func mergeWarns() throws {
    let result = project.run("codebook", "merge", "energy", "--into", "readiness")
    #expect(result.status == .success, "\(result.error)")
    #expect(
      result.error.contains(
        "Surveys/s.survey.json: warning: the construct 'energy' of 2 survey items (Q1, Q2) names a code merged into 'readiness'"
      ))
    #expect(try project.read("Surveys/s.survey.json") == Self.spec)
  }
}
