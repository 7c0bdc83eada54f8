import QualKit
import Testing

@Suite struct SurveyLabelsTests {
  @Test("A REDCap dictionary: choices, yes/no, checkbox columns, sliders, both header styles")
  func redcapDictionary() throws {
    let text = """
      field_name,form_name,section_header,field_type,field_label,select_choices_or_calculations
      calm,s,,radio,"<b>I feel</b> calm","1, Strongly disagree | 2, Disagree, mostly | 9, Don't know"
      ok,s,,yesno,Is it ok?,
      help,s,,checkbox,Who helps?,"a, Family|b-1, Friends"
      pain,s,,slider,Pain,"No pain | | Worst pain"

      """
    let labels = try SurveyLabels(parsing: Array(text.utf8), name: "d.csv")
    #expect(labels.format == .redcapDictionary)
    #expect(labels.columns.map(\.name) == ["calm", "ok", "help___a", "help___b_1", "pain"])
    let calm = try #require(labels.column(named: "calm"))
    #expect(calm.text == "I feel calm")
    #expect(calm.choices.map(\.label) == ["Strongly disagree", "Disagree, mostly", "Don't know"])
    #expect(calm.choices.map(\.value) == [1, 2, 9])
    #expect(calm.choices.map(\.isDontKnow) == [false, false, true])
    #expect(labels.column(named: "ok")?.choices.map(\.code) == ["1", "0"])
    #expect(labels.column(named: "help___b_1")?.kind == .multipleChoice)
    #expect(labels.column(named: "pain")?.ends?.low == "No pain")
    #expect(labels.column(named: "pain")?.ends?.high == "Worst pain")
  }

  @Test("A REDCap choice twice or without its code is an error at the choices cell")
  func redcapBadChoices() {
    let text =
      "\"Variable / Field Name\",\"Form Name\",\"Section Header\",\"Field Type\",\"Field Label\",\"Choices, Calculations, OR Slider Labels\"\nq,s,,radio,Q,\"1, A | 1, B | , C\"\n"
    let error = #expect(throws: SurveyError.self) {
      try SurveyLabels(parsing: Array(text.utf8), name: "d.csv")
    }
    #expect(error?.kind == .invalidLabels)
    #expect(
      error?.diagnostics.map(\.description) == [
        "d.csv:2:14: error: field 'q': code '1' is listed twice",
        "d.csv:2:14: error: field 'q': choice ', C' has no code before its comma",
      ])
  }

  @Test("LimeSurvey's R syntax: names, labels and factors by position, escaped quotes kept")
  func limeSurveyR() throws {
    let text = #"""
      data <- read.csv("survey_1_R_data_file.csv", quote = "'\"", na.strings=c("", "\"\""), stringsAsFactors=FALSE)
      # LimeSurvey Field type: A
      data[, 1] <- as.character(data[, 1])
      attributes(data)$variable.labels[1] <- "Say \"yes\"\tor no"
      data[, 1] <- factor(data[, 1], levels=c("A1","A2"),labels=c("Yes, \"sure\"", "No"))
      names(data)[1] <- "Q1"
      # LimeSurvey Field type: F
      data[, 2] <- as.numeric(data[, 2])
      attributes(data)$variable.labels[2] <- "[Walk.Never | Always] Habits"
      data[, 2] <- factor(data[, 2], levels=c(1,2,3),labels=c("", "", ""))
      names(data)[2] <- "walk"

      """#
    let labels = try SurveyLabels(parsing: Array(text.utf8), name: "s.R")
    #expect(labels.format == .limeSurveyR)
    let first = try #require(labels.column(named: "Q1"))
    #expect(first.index == 0)
    #expect(first.text == "Say \"yes\" or no")
    #expect(first.choices.map(\.label) == ["Yes, \"sure\"", "No"])
    #expect(first.choices.map(\.code) == ["A1", "A2"])
    let walk = try #require(labels.column(named: "walk"))
    #expect(walk.kind == .numeric)
    #expect(walk.choices.map(\.value) == [1, 2, 3])
  }

  @Test("A .qsf: multiple choice, a matrix per statement, recode values, excluded answers")
  func qualtricsQSF() throws {
    let labels = try SurveyLabels(
      parsing: fixture("SurveyImport/qualtrics/course.qsf"), name: "course.qsf")
    #expect(labels.format == .qualtricsQSF)
    #expect(labels.columns.map(\.name) == ["Q1", "Q2_1", "Q2_2", "Q2_3", "Q2_4", "Q3", "Q4", "Q5"])
    let matrix = try #require(labels.column(named: "Q2_2"))
    #expect(
      matrix.text == "How much do you agree with the following statements? - I could ask questions")
    #expect(matrix.choices.map(\.code) == ["1", "2", "3", "4", "5", "-1"])
    #expect(matrix.choices.last?.isDontKnow == true)
    #expect(labels.column(named: "Q4")?.kind == .text)
    let excluded = try SurveyLabels(
      parsing: Array(
        #"{"SurveyElements": [{"Element": "SQ", "Payload": {"DataExportTag": "Q1", "QuestionType": "MC", "Selector": "SAVR", "Choices": {"1": {"Display": "Good"}, "2": {"Display": "Bad"}, "3": {"Display": "n/a"}}, "AnalyzeChoices": {"3": "No"}}}]}"#
          .utf8), name: "x.qsf")
    #expect(excluded.columns[0].choices.map(\.isDontKnow) == [false, false, true])
  }

  @Test("Known wordings order labels in six languages, and refuse mixed or unknown sets")
  func wordings() {
    #expect(LikertWordings.order(["Delvis enig", "Helt uenig", "Helt enig"])?.family == "agree")
    let german = ["Trifft eher zu", "Trifft gar nicht zu", "Trifft voll und ganz zu"]
    let ranks = LikertWordings.order(german)?.ranks ?? []
    #expect(ranks.count == 3 && ranks[2] > ranks[0] && ranks[0] > ranks[1])
    #expect(LikertWordings.order(["Plutôt d'accord", "Pas du tout d'accord"]) != nil)
    #expect(LikertWordings.order(["Instämmer helt", "Tar helt avstånd"]) != nil)
    #expect(LikertWordings.order(["Svært fornøyd", "Misfornøyd"])?.family == "satisfaction")
    #expect(LikertWordings.order(["Always", "Sometimes", "Never"])?.family == "frequency")
    // Agreement and frequency words do not make one scale; unknown words none.
    #expect(LikertWordings.order(["Agree", "Never"]) == nil)
    #expect(LikertWordings.order(["Red", "Green"]) == nil)
    #expect(LikertWordings.isDontKnow("Ved\u{A0}ikke"))
    #expect(LikertWordings.isDontKnow("Don’t know"))
    #expect(!LikertWordings.isDontKnow("Neutral"))
  }

  @Test("Aliases and no-break spaces match a level; a built-in alias reads Delvis enig")
  func aliases() throws {
    let scale = LikertScale(
      id: "x", label: "x",
      levels: [
        .init(label: "Stimme zu", value: 2, aliases: ["AO02"]),
        .init(label: "Stimme nicht zu", value: 1, aliases: ["AO01"]),
      ])
    let spec = SurveySpec(
      respondentID: "id", scales: ["x": scale],
      items: [.init(column: "Q", scale: "x"), .init(column: "R", scale: "da5-agree")])
    var diagnostics: [Diagnostic] = []
    let survey = try Survey(
      csv: Array(
        "id,Q,R\nA,AO01,Delvis enig\nB,Stimme\u{A0}zu,delvis  uenig\nC,AO02,Delvist enig\n".utf8),
      spec: spec, diagnostics: &diagnostics)
    #expect(
      (0..<3).map { survey.answer(item: 0, respondent: $0) } == [.level(1), .level(0), .level(0)])
    #expect((0..<3).map { survey.value(item: 1, respondent: $0) } == [4, 2, 4])
  }

  @Test("A scale of 129 levels or with an infinite value is refused, never a crash")
  func unusableScales() {
    let big = LikertScale(
      id: "big", label: "big",
      levels: (0..<129).map { LikertScale.Level(label: "L\($0)", value: Double($0)) })
    let huge = LikertScale(
      id: "huge", label: "huge",
      levels: [.init(label: "low", value: -.infinity), .init(label: "high", value: 1)])
    for (scale, message) in [
      (big, "scale 'big' has 129 levels; a scale has at most 128"),
      (
        huge,
        "level 'low' of scale 'huge' has the value -inf; a level's value must be a finite number"
      ),
    ] {
      let spec = SurveySpec(
        respondentID: "id", scales: [scale.id: scale], items: [.init(column: "Q", scale: scale.id)])
      var diagnostics: [Diagnostic] = []
      let error = #expect(throws: SurveyError.self) {
        try Survey(csv: Array("id,Q\nA,L128\n".utf8), spec: spec, diagnostics: &diagnostics)
      }
      #expect(error?.message == message)
      #expect(error?.kind == .invalidSpec)
    }
  }
}
