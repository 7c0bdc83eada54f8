import Testing

@testable import QualKit

/// Numbers per language, with one rounding rule, and the note for
/// percentages that do not add up to 100 after rounding.
@Suite struct NumberStyleTests {
  @Test(
    "English and Danish write the same rounded number with their own separators",
    arguments: [
      (0.80245, 3, "0.802", "0,802"), (-2.675, 2, "-2.68", "-2,68"), (2412, 0, "2412", "2412"),
      (123_456.789, 1, "123456.8", "123456,8"), (-0.0004, 3, "0.000", "0,000"),
    ])
  func fixed(value: Double, decimals: Int, english: String, danish: String) {
    #expect(NumberStyle.english.fixed(value, decimals: decimals) == english)
    #expect(NumberStyle.danish.fixed(value, decimals: decimals) == danish)
    #expect(english == NumberFormat.fixed(value, decimals: decimals))
  }

  @Test(
    "Percentages: 99.3% in English, 99,3 % with a no-break space in Danish",
    arguments: [
      (0.993, 1, "99.3%", "99,3\u{A0}%"), (0.0125, 1, "1.3%", "1,3\u{A0}%"),
      (1, 0, "100%", "100\u{A0}%"), (0.5, 0, "50%", "50\u{A0}%"),
    ])
  func percent(value: Double, decimals: Int, english: String, danish: String) {
    #expect(NumberStyle.english.percent(value, decimals: decimals) == english)
    #expect(NumberStyle.danish.percent(value, decimals: decimals) == danish)
    #expect(english == NumberFormat.percent(value, decimals: decimals))
  }

  @Test("A cell is formatted in its table's language, an undefined one as n/a or i.t.")
  func cells() {
    #expect(Cell.number(0.80245, decimals: 3).formatted(in: .danish) == "0,802")
    #expect(Cell.percent(0.978, decimals: 1).formatted(in: .danish) == "97,8\u{A0}%")
    #expect(Cell.undefined(note: 1).formatted(in: .danish) == "i.t. [2]")
    #expect(Cell.undefined(note: 1).formatted == "n/a [2]")
    #expect(Cell.integer(2412).formatted(in: .danish) == "2412")
  }

  @Test(
    "Shares of a whole that round to 99 or 101 do not add up; exact ones do",
    arguments: [
      ([1, 1, 1], 0, false),  // 33 + 33 + 33 = 99
      ([1, 1, 6], 0, false),  // 13 + 13 + 75 = 101
      ([1, 1, 2], 0, true),  // 25 + 25 + 50
      ([1, 1, 1], 1, false),  // 33.3 × 3 = 99.9
      ([1, 1, 4], 1, false),  // 16.7 + 16.7 + 66.7 = 100.1
      ([1, 3], 1, true),
    ])
  func addingUp(counts: [Int], decimals: Int, addsUp: Bool) {
    let total = Double(counts.reduce(0, +))
    let shares = counts.map { Double($0) / total }
    #expect(NumberFormat.percentagesAddUp(shares, decimals: decimals) == addsUp)
  }

  @Test("A chart's data table notes rounding for a row that shows 99 or 101, not otherwise")
  func chartRoundingNote() {
    let levels = ["Slet ikke", "Lidt", "Meget"]
    func note(_ counts: [Int], _ language: ReportLanguage = .english) -> [String] {
      DivergingBarChart(
        id: "q", title: "Q", levels: levels, rows: [.init(label: "A", counts: counts)],
        language: language
      ).table.notes
    }
    #expect(note([1, 1, 1]) == ["Percentages may not sum to 100 because of rounding."])
    #expect(note([1, 1, 6]) == ["Percentages may not sum to 100 because of rounding."])
    #expect(note([1, 1, 2]).isEmpty)
    #expect(note([0, 0, 0]).isEmpty)
    #expect(
      note([1, 1, 1], .danish)
        == ["Procenterne summer ikke nødvendigvis til 100 på grund af afrunding."])
  }

  @Test("A survey table notes rounding when a row's one-decimal percentages show 99.9 or 100.1")
  func surveyRoundingNote() throws {
    let rows99 =
      "id,arm,Q1,Q2\nA,x,Slet ikke,Slet ikke\nB,x,I nogen grad,Slet ikke\nC,x,I meget høj grad,Slet ikke\n"
    let rows101 =
      "id,arm,Q1,Q2\nA,x,Slet ikke,Slet ikke\nB,x,I nogen grad,Slet ikke\n"
      + (1...4).map { "C\($0),x,I meget høj grad,Slet ikke\n" }.joined()
    let exact = "id,arm,Q1,Q2\nA,x,Slet ikke,Slet ikke\nB,x,I nogen grad,Slet ikke\n"
    for (csv, hasNote) in [(rows99, true), (rows101, true), (exact, false)] {
      let (survey, _) = try readSurvey(csv)
      let table = try SurveyDescription(survey, by: nil).tables()[0]
      #expect(
        table.notes.contains("Percentages may not sum to 100 because of rounding.") == hasNote,
        "\(csv)")
    }
  }
}
