import QualKit
import Testing

/// REDCap, Google Forms, SurveyXact and plain exports.
@Suite struct SurveyImportToolTests {
  @Test("REDCap raw export with its data dictionary: codes are values, 9 is don't know")
  func redcapRaw() throws {
    let result = try importFixture(
      "redcap/wellbeing-raw.csv", labels: "redcap/wellbeing-dictionary.csv")
    #expect(result.report.layout.layout == .redcap)
    #expect(result.spec.respondentID == "record_id")
    #expect(result.report.respondents == 7)
    #expect(result.report.leftOut.map(\.id) == ["107"])
    let agree = try #require(result.scaleOfItem["wb1"])
    #expect(result.scaleOfItem["wb3"] == agree)
    #expect(result.spec.scales[agree]?.dontKnow == ["Don't know", "9"])
    #expect(try result.tally("wb1") == ItemTally(counts: [1, 1, 1, 3, 1]))
    #expect(try result.tally("wb2") == ItemTally(counts: [1, 1, 1, 2, 1], dontKnow: 1))
    #expect(try result.tally("wb3") == ItemTally(counts: [0, 1, 2, 1, 1], dontKnow: 2))
    let exercise = try #require(result.scaleOfItem["exercise"])
    #expect(result.spec.scales[exercise]?.levels.map(\.value) == [0, 1, 2, 3, 4])
    #expect(try result.tally("exercise") == ItemTally(counts: [1, 1, 2, 2, 1]))
    #expect(result.report.groups.map(\.column) == ["arm"])
    for column in ["support___1", "support___2", "support___3"] {
      #expect(result.ignoredReasons[column] == "multiple answers (checkboxes)")
    }
    #expect(result.ignoredReasons["wellbeing_complete"] == "metadata")
    // Decimal commas in quotes are numbers, kept as written.
    #expect(result.ignoredReasons["height"] == "numbers, not answers on a scale")
    #expect(result.csvText.contains("\"1,72\""))
  }

  @Test("REDCap labels export: labels on built-in scales, Complete? marks incomplete records")
  func redcapLabels() throws {
    let result = try importFixture("redcap/wellbeing-labels.csv")
    #expect(result.report.layout.layout == .redcap)
    #expect(result.spec.respondentID == "Record ID")
    #expect(result.report.respondents == 7)
    #expect(result.scaleOfItem["I feel calm"] == "en5-agree")
    #expect(result.scaleOfItem["How often do you exercise?"] == "en5-frequency")
    #expect(try result.tally("I sleep well") == ItemTally(counts: [1, 1, 1, 2, 1], dontKnow: 1))
    #expect(try result.tally("How often do you exercise?") == ItemTally(counts: [1, 1, 2, 2, 1]))
    #expect(
      result.ignoredReasons["Who supports you? (choice=Family)"] == "multiple answers (checkboxes)")
  }

  @Test("REDCapR's real test projects: checkboxes, radio groups, decimal commas, no items")
  func redcapRealProjects() throws {
    // REDCapR's file holds FALSE and TRUE in `sex`, which the dictionary codes 0 and 1.
    let error = #expect(throws: SurveyError.self) {
      try importFixture(
        "redcap/REDCapR-simple-data.csv", labels: "redcap/REDCapR-simple-dictionary.csv")
    }
    #expect(error?.kind == .invalidLabels)
    #expect(error?.diagnostics.count == 5)
    #expect(
      error?.diagnostics.first?.description
        == "redcap/REDCapR-simple-data.csv:3:66: error: column 'sex': 'FALSE' is not one of the label file's codes for sex (0, 1)"
    )
    let simple = try importFixture(
      "redcap/REDCapR-simple-data.csv", labels: "redcap/REDCapR-simple-dictionary.csv",
      options: .init(lenient: true))
    #expect(simple.diagnostics.count == 5)
    #expect(simple.diagnostics.allSatisfy { $0.message.hasSuffix("; kept as it is") })
    #expect(simple.report.respondents == 5)
    #expect(simple.spec.respondentID == "record_id")
    #expect(simple.spec.items.isEmpty)
    #expect(simple.spec.groups == ["sex", "ethnicity"])
    #expect(simple.ignoredReasons["race___1"] == "multiple answers (checkboxes)")
    #expect(simple.ignoredReasons["demographics_complete"] == "metadata")
    let decimals = try importFixture(
      "redcap/REDCapR-decimal-comma-and-dot-data.csv",
      labels: "redcap/REDCapR-decimal-comma-and-dot-dictionary.csv")
    #expect(decimals.report.respondents == 4)
    #expect(decimals.ignoredReasons["height_comma"] == "numbers, not answers on a scale")
    #expect(decimals.ignoredReasons["height_dot"] == "numbers, not answers on a scale")
  }

  @Test("Google Forms: a 1-5 scale with ends from the text, German agreement, checkboxes apart")
  func googleForms() throws {
    let result = try importFixture("googleforms/kurs-bewertung.csv")
    #expect(result.report.layout.layout == .googleForms)
    #expect(result.report.isRespondentIDAdded)
    #expect(result.spec.respondentID == "Respondent")
    #expect(try result.survey().respondents == ["1", "2", "3", "4", "5", "6", "7"])
    let helpful = "Wie hilfreich war der Kurs? (1 = überhaupt nicht … 5 = extrem)"
    let numeric = try #require(result.scaleOfItem[helpful])
    #expect(result.levels(of: numeric) == ["1 = überhaupt nicht", "2", "3", "4", "5 = extrem"])
    #expect(try result.tally(helpful) == ItemTally(counts: [1, 1, 1, 2, 2]))
    let first = "Wie sehr stimmen Sie zu? [Die Übungen waren nützlich]"
    let second = "Wie sehr stimmen Sie zu? [Das Tempo war richtig]"
    let agree = try #require(result.scaleOfItem[first])
    #expect(result.scaleOfItem[second] == agree)
    #expect(result.levels(of: agree).first == "Stimme überhaupt nicht zu")
    #expect(try result.tally(first) == ItemTally(counts: [1, 1, 0, 2, 3]))
    #expect(try result.tally(second) == ItemTally(counts: [0, 2, 2, 2, 1]))
    #expect(
      result.ignoredReasons["Welche Materialien haben Sie genutzt?"]
        == "multiple answers in one cell")
    #expect(result.spec.groups == ["Gruppe"])
    #expect(result.ignoredReasons["Zeitstempel"] == "metadata")
    #expect(result.csvText.hasPrefix("Respondent,Zeitstempel,"))
  }

  @Test("A real Google Forms export: checkbox answers joined with \", \" are never levels")
  func googleFormsReal() throws {
    let result = try importFixture("googleforms/autistica-turing-responses.csv")
    #expect(result.report.respondents == 42)
    #expect(result.spec.items.isEmpty)
    #expect(
      result.ignoredReasons["Q2: Do you have a personal connection to autism?"]
        == "multiple answers in one cell")
    #expect(
      result.ignoredReasons[
        "Q1: What information would you like us to know about your needs, priorities, desires and concerns for the citizen science platform?"
      ] == "free text")
  }

  @Test("SurveyXact in Windows-1252: Delvis enig, I ringe grad, Ønsker ikke at svare")
  func surveyXact() throws {
    let result = try importFixture("surveyxact/tki2-opfoelgning.csv")
    #expect(result.report.layout.layout == .surveyXact)
    #expect(!result.report.layout.isCertain)
    #expect(
      result.diagnostics.map(\.message) == [
        "file is not valid UTF-8; it was read as Windows-1252"
      ])
    #expect(result.spec.respondentID == "respondentid")
    #expect(result.report.respondents == 8)
    #expect(result.scaleOfItem["s_1 Forløbet hang sammen"] == "da5-agree")
    #expect(result.scaleOfItem["s_3 Fik du støtte til at sætte mål?"] == "da5-extent")
    #expect(result.scaleOfItem["s_4 Tilfredshed med jobkonsulenten"] == "da5-satisfaction")
    #expect(result.scaleOfItem["s_5 Blev planen fulgt op?"] == "da5-frequency")
    // Helt uenig, Delvist uenig, Hverken enig eller uenig, Delvist enig, Helt enig.
    #expect(
      try result.tally("s_1 Forløbet hang sammen")
        == ItemTally(counts: [1, 1, 1, 2, 2], dontKnow: 1))
    #expect(
      try result.tally("s_2 Jeg blev inddraget") == ItemTally(counts: [1, 1, 0, 3, 2], dontKnow: 1))
    #expect(
      try result.tally("s_3 Fik du støtte til at sætte mål?")
        == ItemTally(counts: [1, 1, 2, 2, 1], dontKnow: 1))
    #expect(
      try result.tally("s_4 Tilfredshed med jobkonsulenten")
        == ItemTally(counts: [1, 1, 1, 2, 2], dontKnow: 1))
    #expect(try result.tally("s_5 Blev planen fulgt op?") == ItemTally(counts: [1, 1, 2, 2, 2]))
    #expect(result.spec.groups == ["Rolle", "Køn"])
    // UTF-8 with a BOM and semicolons, as Danish Excel opens it.
    #expect(result.csvText.hasPrefix("\u{FEFF}respondentid;Rolle;Køn;"))
  }

  @Test("survey infer reads columns as import does: learned and numeric scales in the spec")
  func inferShares() throws {
    let table = try CSVReader().read(fixture("SurveyImport/googleforms/kurs-bewertung.csv"))
    let spec = try #require(SurveySpec.inferred(from: table))
    #expect(spec.items.count == 3)
    #expect(spec.scales.keys.sorted() == ["1-5", "agree5"])
    #expect(spec.groups == ["Gruppe"])
    // The form has no id column, and infer adds none to a file it does not write.
    #expect(spec.respondentID == "")
  }

  @Test("Every imported spec reads back from its JSON unchanged (scales, aliases, don't know)")
  func specRoundTrip() throws {
    for (path, labels) in [
      ("qualtrics/course-labels.csv", nil),
      ("qualtrics/course-values-2016.csv", "qualtrics/course.qsf"),
      ("surveymonkey/workshop.csv", nil),
      ("limesurvey/results-survey-codes.csv", "limesurvey/survey_582913_R_syntax_file.R"),
      ("limesurvey/survey_417263_R_data_file.csv", "limesurvey/survey_417263_R_syntax_file.R"),
      ("redcap/wellbeing-raw.csv", "redcap/wellbeing-dictionary.csv"),
      ("googleforms/kurs-bewertung.csv", nil), ("surveyxact/tki2-opfoelgning.csv", nil),
    ] as [(String, String?)] {
      let result = try importFixture(path, labels: labels)
      var diagnostics: [Diagnostic] = []
      let parsed = try SurveySpec(
        parsing: Array(result.spec.json.rendered(pretty: true).utf8), diagnostics: &diagnostics)
      #expect(parsed == result.spec, "\(path)")
      #expect(diagnostics.isEmpty, "\(path): \(diagnostics)")
    }
  }

  @Test("Importing twice gives the same bytes")
  func reproducible() throws {
    for (path, labels) in [
      ("qualtrics/course-labels.csv", nil),
      ("redcap/wellbeing-raw.csv", "redcap/wellbeing-dictionary.csv"),
      ("googleforms/kurs-bewertung.csv", nil),
    ] as [(String, String?)] {
      let first = try importFixture(path, labels: labels)
      let second = try importFixture(path, labels: labels)
      #expect(first.csv == second.csv)
      #expect(first.spec.json.rendered(pretty: true) == second.spec.json.rendered(pretty: true))
      #expect(first.report.lines == second.report.lines)
    }
  }

  @Test("--keep-incomplete keeps unfinished responses but never previews or spam")
  func keepIncomplete() throws {
    let result = try importFixture(
      "qualtrics/course-labels.csv", options: .init(keepIncomplete: true))
    #expect(result.report.respondents == 9)
    #expect(result.report.leftOut.map(\.reason) == ["Status 'Survey Preview'", "Status 'Spam'"])
  }
}
