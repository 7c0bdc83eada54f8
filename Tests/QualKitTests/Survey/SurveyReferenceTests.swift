import Foundation
import QualKit
import Testing

/// The reference values of `Fixtures/Survey/reference.json`, computed by
/// scipy, numpy, pandas and pingouin (see `make_reference.py` beside it).
enum SurveyReference {
  static var root: [String: Any] {
    guard let bytes = try? fixture("Survey/reference.json"),
      let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
    else { return [:] }
    return object
  }

  static func list(_ key: String) -> [[String: Any]] {
    root[key] as? [[String: Any]] ?? []
  }

  static var sample: [String: Any] { root["sampleSurvey"] as? [String: Any] ?? [:] }

  /// The bundled sample project's folder (the repository root).
  static let projectRoot = fixturesDirectory.deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
}

/// `actual` equals `expected` to 1e-9 relative (or absolute near zero).
func expectClose(
  _ actual: Double?, _ expected: Double?, _ what: String,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  guard let actual, let expected else {
    #expect(actual == nil && expected == nil, "\(what)", sourceLocation: sourceLocation)
    return
  }
  let tolerance = 1e-9 * max(1, abs(expected))
  #expect(
    abs(actual - expected) <= tolerance, "\(what): \(actual) vs \(expected)",
    sourceLocation: sourceLocation)
}

@Suite struct SurveyReferenceTests {
  @Test("The reference file has every section")
  func loads() {
    #expect(SurveyReference.list("mannWhitney").count == 9)
    #expect(SurveyReference.list("quantiles").count == 9)
    #expect(SurveyReference.list("cronbach").count == 3)
    #expect((SurveyReference.sample["items"] as? [Any])?.count == 12)
  }

  @Test("Mann-Whitney U, p, z and rank-biserial as scipy and pingouin compute them")
  func mannWhitney() {
    for (index, item) in SurveyReference.list("mannWhitney").enumerated() {
      let x = item["x"] as? [Double] ?? []
      let y = item["y"] as? [Double] ?? []
      let test = MannWhitneyU(x, y)
      let value = test.value
      expectClose(value?.u, item["U"] as? Double, "case \(index) U")
      expectClose(value?.p, item["p"] as? Double, "case \(index) p")
      expectClose(value?.rankBiserial, item["rankBiserial"] as? Double, "case \(index) r")
      #expect(value?.method.rawValue == item["method"] as? String, "case \(index) method")
      if let z = item["z"] as? Double { expectClose(value?.z, z, "case \(index) z") }
    }
  }

  @Test("Quartiles of type 6 and 7, mean and SD as numpy and pandas compute them")
  func quantiles() {
    for item in SurveyReference.list("quantiles") {
      let values = item["values"] as? [Double] ?? []
      for method in QuantileMethod.allCases {
        let expected = item[method.rawValue] as? [Double] ?? []
        let d = Descriptive(values, quantiles: method)
        expectClose(d.firstQuartile, expected.first, "\(values) \(method) q1")
        expectClose(d.median, expected.dropFirst().first, "\(values) \(method) median")
        expectClose(d.thirdQuartile, expected.last, "\(values) \(method) q3")
        expectClose(d.mean, item["mean"] as? Double, "\(values) mean")
        expectClose(d.standardDeviation, item["sd"] as? Double, "\(values) sd")
      }
    }
  }

  @Test("Kruskal-Wallis H and p as scipy computes them")
  func kruskalWallis() {
    let cases = SurveyReference.list("kruskalWallis")
    #expect(cases.count == 4)
    for (index, item) in cases.enumerated() {
      let samples = item["samples"] as? [[Double]] ?? []
      let test = KruskalWallis(frequencies: samples.map { sample in sample.map { ($0, 1) } })
      expectClose(test.value?.h, item["H"] as? Double, "case \(index) H")
      expectClose(test.value?.p, item["p"] as? Double, "case \(index) p")
    }
  }

  @Test("Cronbach's alpha as pingouin computes it")
  func cronbach() {
    for item in SurveyReference.list("cronbach") {
      let cases = item["cases"] as? [[Double]] ?? []
      expectClose(CronbachAlpha(cases: cases).value, item["alpha"] as? Double, "alpha")
    }
  }

  @Test("The sample survey's description matches pandas, scipy and pingouin")
  func sampleSurvey() throws {
    let root = SurveyReference.projectRoot
    var specDiagnostics: [Diagnostic] = []
    let spec = try SurveySpec(
      parsing: [UInt8](
        try Data(contentsOf: root.appendingPathComponent("Surveys/tki2.survey.json"))),
      diagnostics: &specDiagnostics)
    #expect(specDiagnostics.isEmpty)
    var diagnostics: [Diagnostic] = []
    let survey = try Survey(
      csv: [UInt8](try Data(contentsOf: root.appendingPathComponent("Surveys/tki2.csv"))),
      spec: spec, diagnostics: &diagnostics)
    #expect(diagnostics.isEmpty)
    let description = try SurveyDescription(survey, by: "arm")
    let sample = SurveyReference.sample
    #expect(description.groups == sample["groups"] as? [String])
    let items = sample["items"] as? [[String: Any]] ?? []
    #expect(description.items.count == items.count)
    for (summary, expected) in zip(description.items, items) {
      #expect(summary.item.column == expected["column"] as? String)
      let groups = expected["groups"] as? [[String: Any]] ?? []
      for (group, reference) in zip(summary.groups, groups) {
        let what = "\(summary.item.column) \(group.group)"
        #expect(group.group == reference["group"] as? String)
        #expect(group.total == reference["N"] as? Int, "\(what) N")
        #expect(group.valid == reference["n"] as? Int, "\(what) n")
        expectClose(group.descriptive.mean, reference["mean"] as? Double, "\(what) mean")
        expectClose(group.descriptive.standardDeviation, reference["sd"] as? Double, "\(what) sd")
        expectClose(group.descriptive.median, reference["median"] as? Double, "\(what) median")
        expectClose(group.descriptive.firstQuartile, reference["q1"] as? Double, "\(what) q1")
        expectClose(group.descriptive.thirdQuartile, reference["q3"] as? Double, "\(what) q3")
        expectClose(
          group.topTwoBox.map { $0 * 100 }, reference["topTwoBox"] as? Double, "\(what) top 2")
      }
      let test = expected["test"] as? [String: Any] ?? [:]
      expectClose(summary.test?.value?.u, test["U"] as? Double, "\(summary.item.column) U")
      expectClose(summary.test?.value?.p, test["p"] as? Double, "\(summary.item.column) p")
      expectClose(summary.test?.value?.z, test["z"] as? Double, "\(summary.item.column) z")
    }
    let constructs = sample["constructs"] as? [[String: Any]] ?? []
    #expect(description.constructs.count == constructs.count)
    for (summary, expected) in zip(description.constructs, constructs) {
      #expect(summary.id == expected["id"] as? String)
      for (group, reference) in zip(summary.groups, expected["groups"] as? [[String: Any]] ?? []) {
        let what = "\(summary.id) \(group.group)"
        #expect(group.descriptive.count == reference["nComplete"] as? Int, "\(what) n")
        expectClose(group.alpha.value, reference["alpha"] as? Double, "\(what) alpha")
        expectClose(group.descriptive.mean, reference["mean"] as? Double, "\(what) mean")
        expectClose(group.descriptive.standardDeviation, reference["sd"] as? Double, "\(what) sd")
      }
      let test = expected["test"] as? [String: Any] ?? [:]
      expectClose(summary.test?.value?.u, test["U"] as? Double, "\(summary.id) U")
      expectClose(summary.test?.value?.p, test["p"] as? Double, "\(summary.id) p")
    }
  }
}
