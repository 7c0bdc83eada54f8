import Testing

/// Golden files of `survey import` on the sample project's exports.
@Suite struct SurveyImportSnapshotTests {
  @Test("survey import reads the Qualtrics sample export and says what it decided")
  func qualtrics() throws {
    try expectCommandSnapshot(
      [
        "survey", "import", "Surveys/exports/tki2-qualtrics.csv", "--id", "participant", "--out",
        "Surveys/imported/tki2-qualtrics",
      ], named: "survey-import-qualtrics.txt",
      files: ["Surveys/imported/tki2-qualtrics.survey.json"])
  }

  @Test("survey import reads the SurveyXact sample export (Windows-1252, Delvis enig)")
  func surveyXact() throws {
    try expectCommandSnapshot(
      [
        "survey", "import", "Surveys/exports/tki2-surveyxact.csv", "--out",
        "Surveys/imported/tki2-surveyxact",
      ], named: "survey-import-surveyxact.txt",
      files: ["Surveys/imported/tki2-surveyxact.survey.json"])
  }
}
