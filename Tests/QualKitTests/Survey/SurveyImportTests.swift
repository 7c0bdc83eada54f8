import QualKit
import Testing

/// Qualtrics, SurveyMonkey and LimeSurvey exports (fixtures and their sources:
/// `Fixtures/SurveyImport/SOURCES.md`).
@Suite struct SurveyImportTests {
  @Test("qualtRics' real 3-row sample: metadata ignored, ResponseId the id, one respondent")
  func qualtricsRealSample() throws {
    let result = try importFixture("qualtrics/qualtRics-sample.csv")
    #expect(result.report.layout.layout == .qualtrics)
    #expect(result.report.layout.isCertain)
    #expect(result.report.headerRows == 3)
    #expect(result.spec.respondentID == "ResponseId")
    #expect(try result.survey().respondents == ["R_2YPOQ602ER1jkf1"])
    // One respondent: Q1's single answer "2" is not enough to call it an item.
    #expect(result.spec.items.isEmpty)
    #expect(
      result.report.notes == [
        "no column's answers lie on a scale: with codes or numbers, give the tool's label file with --labels; else define the scales in the spec"
      ])
    #expect(result.spec.groups.isEmpty)
    for column in [
      "StartDate", "Status", "IPAddress", "Progress", "Duration (in seconds)",
      "RecipientEmail", "LocationLatitude", "UserLanguage",
    ] {
      #expect(result.ignoredReasons[column] == "metadata", "\(column)")
    }
    #expect(result.csvText.hasPrefix("StartDate,EndDate,Status,"))
    #expect(result.csvText.split(separator: "\r\n").count == 2)
  }

  @Test("qualtRics' real legacy sample: V1… over ResponseID, the trailing comma dropped")
  func qualtricsRealLegacy() throws {
    let result = try importFixture("qualtrics/qualtRics-sample_legacy.csv")
    #expect(result.report.headerRows == 2)
    #expect(result.spec.respondentID == "ResponseID")
    #expect(
      result.csvText.split(separator: "\r\n").first
        == "ResponseID,ResponseSet,Name,ExternalDataReference,EmailAddress,IPAddress,Status,StartDate,EndDate,Finished,Q1,Q2,LocationLatitude,LocationLongitude,LocationAccuracy"
    )
    #expect(result.ignoredReasons["LocationAccuracy"] == "metadata")
    #expect(try result.survey().respondents == ["R_2YPOQ602ER1jkf1"])
  }

  @Test("Qualtrics choice texts: previews, spam and unfinished left out; matrix on en5-agree")
  func qualtricsLabels() throws {
    let result = try importFixture("qualtrics/course-labels.csv")
    #expect(result.report.respondents == 8)
    #expect(result.report.leftOut.map(\.line) == [12, 13, 14])
    #expect(
      result.report.leftOut.map(\.reason) == [
        "Status 'Survey Preview'", "Status 'Spam'", "unfinished (Finished False, Progress 40%)",
      ])
    #expect(result.scaleOfItem["Q2_1"] == "en5-agree")
    #expect(result.scaleOfItem["Q2_4"] == "en5-agree")
    // "No opinion" is a don't-know answer the built-in scale lacks: the spec adds it.
    #expect(result.spec.scales["en5-agree"]?.dontKnow.contains("No opinion") == true)
    // Strongly disagree … Strongly agree, "Somewhat agree" read as Agree.
    #expect(try result.tally("Q2_1") == ItemTally(counts: [0, 1, 1, 3, 3]))
    #expect(try result.tally("Q2_2") == ItemTally(counts: [1, 0, 1, 3, 2], dontKnow: 1))
    #expect(try result.tally("Q2_3") == ItemTally(counts: [0, 2, 3, 2, 0], dontKnow: 1))
    #expect(try result.tally("Q2_4") == ItemTally(counts: [1, 0, 1, 2, 3], dontKnow: 1))
    // No built-in scale has "Extremely satisfied": known wordings order the four chosen.
    let q1 = try #require(result.scaleOfItem["Q1"])
    #expect(
      result.levels(of: q1) == [
        "Somewhat dissatisfied", "Neither satisfied nor dissatisfied", "Somewhat satisfied",
        "Extremely satisfied",
      ])
    #expect(try result.tally("Q1") == ItemTally(counts: [1, 1, 3, 2], blank: 1))
    let q3 = try #require(result.scaleOfItem["Q3"])
    #expect(
      result.levels(of: q3) == [
        "Never", "Sometimes", "About half the time", "Most of the time", "Always",
      ])
    #expect(result.spec.scales[q3]?.dontKnow == ["Never tried"])
    #expect(try result.tally("Q3") == ItemTally(counts: [1, 1, 1, 2, 2], dontKnow: 1))
    #expect(result.spec.groups == ["Q5"])
    #expect(result.ignoredReasons["Q4"] == "free text")
    #expect(
      result.spec.items.first { $0.column == "Q2_3" }?.text
        == "How much do you agree with the following statements? - The pace was right")
  }

  @Test("Qualtrics recode values with the .qsf: -1 and -2 are don't-know, codes are values")
  func qualtricsValuesWithQSF() throws {
    let result = try importFixture(
      "qualtrics/course-values-2016.csv", labels: "qualtrics/course.qsf")
    #expect(result.report.respondents == 8)
    #expect(result.report.leftOut.count == 3)
    let agree = try #require(result.scaleOfItem["Q2_1"])
    #expect(["Q2_2", "Q2_3", "Q2_4"].allSatisfy { result.scaleOfItem[$0] == agree })
    #expect(result.spec.scales[agree]?.dontKnow == ["No opinion", "-1"])
    #expect(result.spec.scales[agree]?.levels.map(\.value) == [1, 2, 3, 4, 5])
    #expect(try result.tally("Q2_2") == ItemTally(counts: [1, 0, 1, 3, 2], dontKnow: 1))
    #expect(try result.tally("Q2_3") == ItemTally(counts: [0, 2, 3, 2, 0], dontKnow: 1))
    let frequency = try #require(result.scaleOfItem["Q3"])
    #expect(result.spec.scales[frequency]?.dontKnow == ["Never tried", "-2"])
    #expect(try result.tally("Q3") == ItemTally(counts: [1, 1, 1, 2, 2], dontKnow: 1))
    // The label file lists all five levels, also the one nobody chose.
    #expect(try result.tally("Q1") == ItemTally(counts: [0, 1, 1, 3, 2], blank: 1))
    #expect(result.report.groups.first?.values == ["1 = Morning group", "2 = Evening group"])
    // Question texts come from the .qsf, without its HTML.
    #expect(
      result.spec.items.first?.text == "Overall, how satisfied are you with the course?")
    // The answers stay as exported.
    #expect(result.csvText.contains(",EN,4,5,-1,4,4,3,\"More examples, please\",1\r\n"))
  }

  @Test("Qualtrics recode values without the .qsf: negative codes are named, not guessed")
  func qualtricsValuesWithoutQSF() throws {
    let result = try importFixture("qualtrics/course-values-2016.csv")
    #expect(result.scaleOfItem == ["Q1": "1-5", "Q2_1": "1-5"])
    #expect(try result.tally("Q2_1") == ItemTally(counts: [0, 1, 1, 3, 3]))
    #expect(result.ignoredReasons["Q2_2"]?.contains("negative codes (-1)") == true)
    #expect(result.ignoredReasons["Q3"]?.contains("--labels") == true)
    #expect(result.spec.groups == ["Q5"])
  }

  @Test("SurveyMonkey: two header rows, blank cells continue a question, NBSP in labels")
  func surveyMonkey() throws {
    let result = try importFixture("surveymonkey/workshop.csv")
    #expect(result.report.layout.layout == .surveyMonkey)
    #expect(result.report.headerRows == 2)
    #expect(result.spec.respondentID == "Respondent ID")
    #expect(result.report.respondents == 6)
    #expect(
      result.scaleOfItem == [
        "Q1": "en5-satisfaction", "Q2_1": "en5-agree", "Q2_2": "en5-agree", "Q2_3": "en5-agree",
      ])
    #expect(
      result.spec.items[1].text
        == "How much do you agree with the following statements? - The sessions were useful")
    #expect(try result.tally("Q1") == ItemTally(counts: [1, 0, 1, 2, 2]))
    // "Strongly\u{A0}agree" is Strongly agree.
    #expect(try result.tally("Q2_1") == ItemTally(counts: [1, 0, 1, 2, 2]))
    #expect(try result.tally("Q2_2") == ItemTally(counts: [0, 1, 0, 2, 2], dontKnow: 1))
    #expect(try result.tally("Q2_3") == ItemTally(counts: [1, 2, 1, 2, 0]))
    for column in ["Q3_1", "Q3_2", "Q3_3"] {
      #expect(result.ignoredReasons[column] == "multiple answers (checkboxes)")
    }
    #expect(result.ignoredReasons["Custom Data 1"] == "metadata")
    #expect(result.ignoredReasons["Q4"] == "free text")
    #expect(result.csvText.contains("Strongly\u{A0}agree"))
  }

  @Test("LimeSurvey codes with the R syntax file: AO01… ordered by their German wordings")
  func limeSurveyCodes() throws {
    let result = try importFixture(
      "limesurvey/results-survey-codes.csv", labels: "limesurvey/survey_582913_R_syntax_file.R")
    #expect(result.report.layout.layout == .limeSurvey)
    #expect(result.report.respondents == 6)
    #expect(result.report.leftOut.map(\.id) == ["3", "7"])
    #expect(result.report.leftOut.allSatisfy { $0.reason == "incomplete (no submitdate)" })
    let agree = try #require(result.scaleOfItem["G1Q00001[SQ001]"])
    #expect(
      result.levels(of: agree) == [
        "Stimme überhaupt nicht zu", "Stimme eher nicht zu", "Teils/teils", "Stimme eher zu",
        "Stimme voll und ganz zu",
      ])
    #expect(result.spec.scales[agree]?.levels.first?.aliases == ["AO01"])
    #expect(result.spec.scales[agree]?.dontKnow == ["Weiß nicht", "AO99"])
    #expect(try result.tally("G1Q00001[SQ001]") == ItemTally(counts: [1, 1, 0, 2, 2]))
    #expect(try result.tally("G1Q00001[SQ002]") == ItemTally(counts: [0, 1, 1, 2, 1], dontKnow: 1))
    #expect(try result.tally("G1Q00001[SQ003]") == ItemTally(counts: [0, 1, 1, 1, 2], dontKnow: 1))
    let satisfaction = try #require(result.scaleOfItem["G1Q00002"])
    #expect(result.levels(of: satisfaction).last == "Sehr zufrieden")
    #expect(try result.tally("G1Q00002") == ItemTally(counts: [1, 0, 1, 2, 2]))
    #expect(result.spec.groups == ["G1Q00003"])
    // The anonymised placeholder date means "submitted", so those rows are kept.
    #expect(result.csvText.contains("1980-01-01 00:00:00"))
    #expect(result.csvText.hasPrefix("\u{FEFF}id;submitdate;lastpage;"))
  }

  @Test("LimeSurvey codes without a label file: the codes cannot be ordered, and it says so")
  func limeSurveyCodesWithoutLabels() throws {
    let result = try importFixture("limesurvey/results-survey-codes.csv")
    #expect(result.spec.items.isEmpty)
    #expect(result.report.notes.contains { $0.hasPrefix("could not order the answers AO02") })
  }

  @Test("LimeSurvey with code headers and full answer texts: a guess from the codes alone")
  func limeSurveyCodeHeaders() throws {
    let text = """
      G1Q00001[SQ001],G1Q00001[SQ002],G2Q00003
      Strongly agree,Agree,Ja
      Disagree,Don't know,Nej
      Agree,Strongly disagree,Ja

      """
    let result = try SurveyImport(export: Array(text.utf8), name: "results.csv")
    #expect(result.report.layout.layout == .limeSurvey)
    #expect(!result.report.layout.isCertain)
    #expect(result.report.layout.evidence == "column codes such as Q1[SQ001]")
    #expect(result.scaleOfItem == ["G1Q00001[SQ001]": "en5-agree", "G1Q00001[SQ002]": "en5-agree"])
    #expect(try result.tally("G1Q00001[SQ002]") == ItemTally(counts: [1, 0, 0, 1, 0], dontKnow: 1))
    #expect(result.spec.groups == ["G2Q00003"])
    #expect(result.report.isRespondentIDAdded)
  }

  @Test("LimeSurvey's -oth- (\"Other\") and unnamed timing columns of a real R syntax file")
  func limeSurveyOtherAndTimings() throws {
    let syntax = #"""
      # LimeSurvey Field type: A
      data[, 1] <- as.character(data[, 1])
      attributes(data)$variable.labels[1] <- "id"
      names(data)[1] <- "id"
      # LimeSurvey Field type: A
      data[, 2] <- as.character(data[, 2])
      attributes(data)$variable.labels[2] <- "How often?"
      data[, 2] <- factor(data[, 2], levels=c("A1","A2","A3"),labels=c("Never", "Sometimes", "Always"))
      names(data)[2] <- "often"
      # LimeSurvey Field type: 
      data[, 3] <- as.numeric(data[, 3])
      attributes(data)$variable.labels[3] <- ""
      #sql_name not set

      """#
    let labels = try SurveyLabels(parsing: Array(syntax.utf8), name: "s.R")
    let data =
      "\"Response ID\",\"How often?\",\"Question time: often\"\n1,A1,2.5\n2,-oth-,3.1\n3,A3,1.0\n4,A2,0.7\n"
    let result = try SurveyImport(
      export: Array(data.utf8), name: "d.csv", labels: labels, options: .init(layout: .limeSurvey))
    #expect(result.spec.items.map(\.column) == ["often"])
    #expect(
      result.spec.scales[result.scaleOfItem["often"] ?? ""]?.missing.contains("-oth-") == true)
    #expect(try result.tally("often") == ItemTally(counts: [1, 1, 1]))
    #expect(result.ignoredReasons["Question time: often"] == "metadata")
  }

  @Test("LimeSurvey R export: columns named by position, numeric arrays with ends from the text")
  func limeSurveyRExport() throws {
    let result = try importFixture(
      "limesurvey/survey_417263_R_data_file.csv",
      labels: "limesurvey/survey_417263_R_syntax_file.R")
    #expect(result.report.respondents == 6)
    #expect(result.spec.respondentID == "id")
    let intention = try #require(result.scaleOfItem["walking_intention"])
    #expect(
      result.levels(of: intention) == ["1 = Absoluut niet", "2", "3", "4", "5 = Absoluut wel"])
    #expect(try result.tally("walking_intention") == ItemTally(counts: [1, 1, 1, 1, 2]))
    #expect(try result.tally("walking_attitude") == ItemTally(counts: [1, 1, 1, 2, 1]))
    #expect(result.report.groups.first?.values == ["female = Vrouw", "male = Man"])
    #expect(result.ignoredReasons["age"] == "numbers, not answers on a scale")
    #expect(result.csvText.hasPrefix("id,submitdate,lastpage,startlanguage,walking_intention,"))
  }
}
