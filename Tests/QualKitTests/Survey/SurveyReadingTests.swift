import QualKit
import Testing

/// A spec with one construct of two da4 items and a grouping column.
let twoItemSpec = SurveySpec(
  respondentID: "id", groups: ["arm"],
  items: [
    SurveyItem(column: "Q1", scale: "da4", construct: "coherence"),
    SurveyItem(column: "Q2", scale: "da4", reverse: true, construct: "coherence"),
  ])

func readSurvey(_ text: String, spec: SurveySpec = twoItemSpec, lenient: Bool = false)
  throws(SurveyError) -> (Survey, [Diagnostic])
{
  var diagnostics: [Diagnostic] = []
  let survey = try Survey(
    csv: Array(text.utf8), spec: spec, lenient: lenient, diagnostics: &diagnostics)
  return (survey, diagnostics)
}

func surveyError(_ text: String, spec: SurveySpec = twoItemSpec) -> SurveyError? {
  do {
    _ = try readSurvey(text, spec: spec)
    return nil
  } catch {
    return error
  }
}

@Suite struct SurveyReadingTests {
  @Test("Semicolons, BOM, CRLF, quoted line breaks and labels in any case are read")
  func danishExcel() throws {
    let text =
      "\u{FEFF}id;arm;Q1;Q2;Kommentar\r\nB01;TKI2;I meget høj grad;slet ikke;\"To\r\nlinjer\"\r\n"
      + "B02;sædvanlig;Ved ikke; ;\r\nB03;TKI2; 3 ;2,0;\r\n"
    let (survey, diagnostics) = try readSurvey(text)
    #expect(diagnostics.isEmpty)
    #expect(survey.respondents == ["B01", "B02", "B03"])
    #expect(survey.lines == [2, 4, 5])
    #expect(survey.answer(item: 0, respondent: 0) == .level(0))
    #expect(survey.answer(item: 1, respondent: 0) == .level(3))
    #expect(survey.answer(item: 0, respondent: 1) == .dontKnow)
    #expect(survey.answer(item: 1, respondent: 1) == .blank)
    #expect(survey.value(item: 0, respondent: 2) == 3)
    #expect(survey.value(item: 1, respondent: 2) == 2)
    #expect(survey.value(item: 1, respondent: 2, reversed: true) == 3)
    #expect(survey.values(ofColumn: "Kommentar") == ["To\nlinjer", "", ""])
  }

  @Test("A row with too few or too many fields is an error at its line")
  func raggedRows() {
    let error = surveyError("id,arm,Q1,Q2\nB01,TKI2,Slet ikke\nB02,TKI2,Slet ikke,Slet ikke,x\n")
    #expect(error?.diagnostics.count == 2)
    #expect(
      error?.diagnostics.first?.description == "2:1: error: row has 3 fields, the header has 4")
    #expect(error?.diagnostics.last?.position?.line == 3)
  }

  @Test("An unterminated quote at the end of the file is an error at the quote")
  func unterminatedQuote() {
    let error = surveyError("id,arm,Q1,Q2\nB01,TKI2,\"Slet ikke,Slet ikke\n")
    #expect(error?.kind == .invalidData)
    #expect(error?.position?.line == 2)
    #expect(error?.message.contains("quote") == true)
  }

  @Test("A duplicate respondent id names both lines")
  func duplicateIDs() {
    let error = surveyError("id,arm,Q1,Q2\nB01,TKI2,,\nB02,TKI2,,\nB01,TKI2,,\n")
    #expect(
      error?.description == "4:1: error: duplicate respondent id 'B01' (first on line 2)")
  }

  @Test("A label not on the scale names row, column and the allowed labels; lenient warns")
  func labelNotOnScale() throws {
    let text = "id,arm,Q1,Q2\nB01,TKI2,Meget,Slet ikke\n"
    let error = surveyError(text)
    #expect(
      error?.description
        == "2:10: error: 'Meget' is not an answer on scale 'da4' of column 'Q1' (allowed: I meget høj grad, I nogen grad, Kun i ringe grad, Slet ikke, Ved ikke, Ønsker ikke at svare)"
    )
    let (survey, diagnostics) = try readSurvey(text, lenient: true)
    #expect(survey.answer(item: 0, respondent: 0) == .missing)
    #expect(diagnostics.map(\.severity) == [.warning])
    #expect(diagnostics.first?.message.hasSuffix("; read as missing") == true)
  }

  @Test("An empty survey and a header without respondents are errors")
  func empty() {
    #expect(
      surveyError("")?.description
        == "1:1: error: the survey is empty: no header and no respondents")
    #expect(surveyError("id,arm,Q1,Q2\n")?.message == "the survey has a header but no respondents")
  }

  @Test("A spec column the CSV lacks is named with the nearest columns")
  func missingColumn() {
    let error = surveyError("id,arm,Q 1,Q2\nB01,TKI2,,\n")
    #expect(
      error?.message
        == "the spec's items names column 'Q1', which the header does not have (nearest: 'Q 1', 'Q2', 'id')"
    )
  }

  @Test("More than the error limit stops with a note")
  func errorLimit() {
    let rows = (1...80).map { "R\($0),TKI2,x,x\n" }.joined()
    let error = surveyError("id,arm,Q1,Q2\n" + rows)
    #expect(error?.diagnostics.filter { $0.severity == .error }.count == Survey.errorLimit)
    #expect(error?.diagnostics.last?.severity == .note)
  }
}

@Suite struct SurveySpecTests {
  func specError(_ json: String) -> SurveyError? {
    var diagnostics: [Diagnostic] = []
    do {
      _ = try SurveySpec(parsing: Array(json.utf8), diagnostics: &diagnostics)
      return nil
    } catch {
      return error
    }
  }

  @Test("The issue's example spec reads, with its own scale beside a built-in one")
  func reads() throws {
    let json = """
      {"format": "qualkit-survey", "version": 1, "respondentId": "Respondent",
       "groups": ["Arm", "Rolle"],
       "scales": {"agree3": {"label": "Enighed", "levels": [{"label": "Enig", "value": 3},
         {"label": "Hverken", "value": 2}, {"label": "Uenig", "value": 1}],
         "missing": ["Ved ikke"], "dontKnow": ["Ved ikke"]}},
       "items": [{"column": "Q4 Fortælle forfra", "text": "…", "scale": "da4", "reverse": true,
                  "construct": "coherence"}, {"column": "Q5", "scale": "agree3"}],
       "ignoredColumns": ["Alder", "Kommentar"]}
      """
    var diagnostics: [Diagnostic] = []
    let spec = try SurveySpec(parsing: Array(json.utf8), diagnostics: &diagnostics)
    #expect(diagnostics.isEmpty)
    #expect(spec.respondentID == "Respondent")
    #expect(spec.items.map(\.reverse) == [true, false])
    #expect(spec.scale(named: "agree3")?.missing == ["Ved ikke", ""])
    #expect(spec.scale(named: "da4")?.levels.first?.value == 4)
    #expect(spec.constructs.map(\.id) == ["coherence"])
    // Written back and read again, the spec is the same.
    let again = try SurveySpec(
      parsing: Array(spec.json.rendered(pretty: true).utf8), diagnostics: &diagnostics)
    #expect(again == spec)
  }

  @Test("An unknown scale is an error with the nearest name; unknown keys warn")
  func unknownScale() throws {
    let error = specError(#"{"respondentId": "id", "items": [{"column": "Q1", "scale": "da-4"}]}"#)
    #expect(
      error?.message
        == "items[0].scale: no scale 'da-4' (did you mean 'da4'?) (built in: da4, da5-agree, da5-extent, da5-frequency, da5-satisfaction, en4, en5-agree, en5-frequency, en5-satisfaction)"
    )
    var diagnostics: [Diagnostic] = []
    _ = try SurveySpec(
      parsing: Array(#"{"respondentId": "id", "itmes": [], "items": []}"#.utf8),
      diagnostics: &diagnostics)
    #expect(diagnostics.first?.message == "itmes: unknown key, ignored (did you mean 'items'?)")
  }

  @Test("Missing members, a column twice, a newer version and bad JSON are located errors")
  func errors() {
    #expect(specError(#"{"items": []}"#)?.message.hasPrefix("missing \"respondentId\"") == true)
    let twice = specError(
      #"{"respondentId": "id", "items": [{"column": "Q1", "scale": "da4"}, {"column": "Q1", "scale": "da4"}]}"#
    )
    #expect(twice?.message == "items[1].column: 'Q1' is already items[0]")
    #expect(
      specError(#"{"version": 2, "respondentId": "id", "items": []}"#)?.kind == .unsupportedVersion)
    #expect(specError("{")?.kind == .syntax)
    #expect(specError(#"{"format": "qualkit-codebook"}"#)?.message.hasPrefix("format:") == true)
  }

  @Test("Inference: a column on one built-in scale is an item, the id and groups are found")
  func inference() throws {
    let table = try CSVReader().read(
      Array(
        "Respondent;arm;Q1;Q2;Fri tekst\nR1;TKI2;I meget høj grad;Helt enig;a\nR2;Sædvanlig;Ved ikke;Helt uenig;b\nR3;TKI2;;Delvist enig;c\n"
          .utf8))
    let spec = try #require(SurveySpec.inferred(from: table))
    #expect(spec.respondentID == "Respondent")
    #expect(spec.items.map(\.scale) == ["da4", "da5-agree"])
    #expect(spec.groups == ["arm"])
    #expect(spec.ignoredColumns == ["Fri tekst"])
  }
}
