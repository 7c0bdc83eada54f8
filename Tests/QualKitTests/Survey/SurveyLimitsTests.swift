import Foundation
import QualKit
import Testing

/// Scales at the edges: more levels than a survey can store, and level
/// values near the largest `Double`.
@Suite struct SurveyLimitsTests {
  /// A spec whose scale `big` has `levels` levels, labelled L0, L1 and so on.
  static func bigScaleSpec(levels: Int) -> String {
    let list = (0..<levels).map { #"{"label": "L\#($0)", "value": \#($0)}"# }
    return #"{"respondentId": "id", "scales": {"big": {"levels": ["#
      + list.joined(separator: ", ")
      + #"]}}, "items": [{"column": "q", "scale": "big"}]}"#
  }

  @Test("A scale with more than 128 levels is refused at its levels in the spec")
  func tooManyLevels() throws {
    var diagnostics: [Diagnostic] = []
    let error = #expect(throws: SurveyError.self) {
      try SurveySpec(parsing: Array(Self.bigScaleSpec(levels: 129).utf8), diagnostics: &diagnostics)
    }
    #expect(error?.message == "scales.big.levels: a scale has at most 128 levels, not 129")
    #expect(error?.position == SourcePosition(line: 1, column: 53))  // the `[` of "levels"
    #expect(error?.kind == .invalidSpec)
  }

  @Test("A scale with 128 levels is read, and its last level is an answer")
  func mostLevels() throws {
    var diagnostics: [Diagnostic] = []
    let spec = try SurveySpec(
      parsing: Array(Self.bigScaleSpec(levels: 128).utf8), diagnostics: &diagnostics)
    let (survey, _) = try readSurvey("id,q\nr1,L1\nr2,L127\nr3,L127\n", spec: spec)
    let description = try SurveyDescription(survey)
    #expect(description.items[0].groups.last?.descriptive.median == 127)
  }

  @Test("A spec made in code with more than 128 levels is refused, not a crash")
  func tooManyLevelsInCode() {
    let scale = LikertScale(
      id: "big", label: "big",
      levels: (0..<129).map { LikertScale.Level(label: "L\($0)", value: Double($0)) })
    let spec = SurveySpec(
      respondentID: "id", scales: ["big": scale], items: [SurveyItem(column: "q", scale: "big")])
    let error = surveyError("id,q\nr1,L1\n", spec: spec)
    #expect(error?.message == "scale 'big' has 129 levels; a scale has at most 128")
  }

  /// Values near ±1e308 give what the same values scaled down to ordinary
  /// size give, scaled up again: the statistics are linear in the values.
  @Test(
    "Mean, quartiles and SD of values near the largest Double do not overflow",
    arguments: [
      [1e308, 1e308, 1.5e308], [-1e308, 1e308], [-1e308, 0, 1e308, 1e308], [1.7e308, 1.7e308],
    ])
  func extremeDescriptive(values: [Double]) throws {
    let large = Descriptive(values)
    let small = Descriptive(values.map { $0 * 1e-300 })
    for (big, scaled) in [
      (large.mean, small.mean), (large.median, small.median),
      (large.firstQuartile, small.firstQuartile), (large.thirdQuartile, small.thirdQuartile),
      (large.standardDeviation, small.standardDeviation),
    ] {
      let value = try #require(big)
      let expected = try #require(scaled) * 1e300
      #expect(value.isFinite)
      #expect(abs(value - expected) <= 1e-12 * max(1, abs(expected)))
    }
  }

  @Test("Cronbach's alpha of values near ±1e308 equals alpha of the same values scaled down")
  func extremeAlpha() throws {
    let cases: [[Double]] = [[1e308, -1e308], [1e308, 1e308], [-1e308, 1e308], [0, -1e308]]
    let large = try #require(CronbachAlpha(cases: cases).value)
    let small = try #require(CronbachAlpha(cases: cases.map { $0.map { $0 * 1e-300 } }).value)
    #expect(abs(large - small) < 1e-12)
  }

  @Test("A reverse-scored level mirrors without overflow between ends near the largest Double")
  func extremeReverse() {
    let scale = LikertScale(
      id: "s", label: "s",
      levels: [.init(label: "a", value: 1e308), .init(label: "b", value: 1.5e308)])
    #expect(scale.reversed(1e308) == 1.5e308)
    #expect(scale.reversed(1.5e308) == 1e308)
  }

  @Test("A number beyond a double's range is n/a with its reason in every table format")
  func nonFiniteCells() throws {
    let table = Table(
      id: "t", columns: [.init("a", isNumeric: true), .init("b", isNumeric: true)],
      rows: [
        Table.Row([.number(.infinity, decimals: 2), .percent(.nan, decimals: 1)]),
        Table.Row([.number(1.5, decimals: 2), .number(-.infinity, decimals: 2)]),
      ])
    let defined = table.definingNonFiniteNumbers()
    #expect(defined.notes == [Table.nonFiniteNote])
    #expect(defined.rows[0].cells == [.undefined(note: 0), .undefined(note: 0)])
    #expect(defined.rows[1].cells == [.number(1.5, decimals: 2), .undefined(note: 0)])
    for format in TableFormat.allCases {
      let text = format.render([table])
      #expect(!text.contains("nan") && !text.contains("inf"), "\(format)")
      #expect(format == .csv || text.contains("too large to compute"), "\(format)")
    }
  }
}
