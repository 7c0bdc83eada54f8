import Foundation
import QualKit
import Testing

/// One expected value from `random-expected.csv`, computed by krippendorff,
/// statsmodels or irrCAC (see `make_random_fixtures.py`).
struct ExpectedValue: Sendable, CustomTestStringConvertible {
  var file: String
  var statistic: ReliabilityStatistic
  var level: MeasurementLevel
  var weights: KappaWeights
  var categories: [String]?
  var value: Double

  var testDescription: String {
    "\(file) \(statistic.rawValue) \(level.rawValue) \(weights.rawValue)"
  }

  static func all() -> [ExpectedValue] {
    let url = reliabilityFixtures.appendingPathComponent("random-expected.csv")
    guard let bytes = try? Data(contentsOf: url), let table = try? CSVReader().read(bytes)
    else { return [] }
    return (1..<table.rowCount).compactMap { row in
      let fields = table.row(row)
      guard fields.count == 6, let statistic = ReliabilityStatistic(rawValue: fields[1]),
        let level = MeasurementLevel(rawValue: fields[2]),
        let weights = KappaWeights(rawValue: fields[3]), let value = Double(fields[5])
      else { return nil }
      let categories = fields[4].isEmpty ? nil : fields[4].split(separator: " ").map(String.init)
      return ExpectedValue(
        file: fields[0], statistic: statistic, level: level, weights: weights,
        categories: categories, value: value)
    }
  }
}

@Suite struct IndependentImplementationTests {
  @Test("The fixture table is complete")
  func fixturesLoad() {
    #expect(ExpectedValue.all().count == 28)
  }

  @Test(
    "Values agree with krippendorff, statsmodels and irrCAC to 1e-9", arguments: ExpectedValue.all()
  )
  func agrees(expected: ExpectedValue) throws {
    let data = try loadReliabilityData(
      expected.file, level: expected.level, categories: expected.categories)
    let result = Reliability.compute(
      expected.statistic, on: data, level: expected.level, weights: expected.weights)
    let value = try #require(result.value)
    #expect(abs(value - expected.value) < 1e-9)
  }

  @Test(
    "Alpha agrees with a direct coincidence-matrix computation",
    arguments: [
      "random-2coders.csv", "random-5coders.csv", "random-declared.csv",
      "krippendorff2011.csv",
    ], MeasurementLevel.allCases)
  func alphaMatchesReference(file: String, level: MeasurementLevel) throws {
    let data = try loadReliabilityData(file, level: level)
    let fast = try #require(Reliability.krippendorffAlpha(data, level: level).value)
    let reference = try #require(referenceAlpha(data, level: level))
    #expect(abs(fast - reference) < 1e-12)
  }
}

/// Krippendorff's alpha the obvious way: build the coincidence matrix o꜀ₖ, then
/// D_o = Σ o꜀ₖ δ꜀ₖ / n and D_e = Σ n꜀ nₖ δ꜀ₖ / (n(n − 1)), with δ as printed in
/// Krippendorff (2011).
func referenceAlpha(_ data: ReliabilityData, level: MeasurementLevel) -> Double? {
  let q = data.categories.count
  var o = [[Double]](repeating: [Double](repeating: 0, count: q), count: q)
  for unit in 0..<data.unitCount {
    let values = (0..<data.coderCount).compactMap { data.value(unit: unit, coder: $0) }
    guard values.count >= 2 else { continue }
    for i in values.indices {
      for j in values.indices where i != j {
        o[values[i]][values[j]] += 1 / Double(values.count - 1)
      }
    }
  }
  let marginals = o.map { $0.reduce(0, +) }
  let n = marginals.reduce(0, +)
  let numbers = data.categories.map { Double($0) ?? .nan }
  func delta(_ c: Int, _ k: Int) -> Double {
    switch level {
    case .nominal: return c == k ? 0 : 1
    case .ordinal:
      let (low, high) = (min(c, k), max(c, k))
      let sum = (low...high).reduce(0.0) { $0 + marginals[$1] }
      let value = sum - (marginals[c] + marginals[k]) / 2
      return value * value
    case .interval: return (numbers[c] - numbers[k]) * (numbers[c] - numbers[k])
    case .ratio:
      let total = numbers[c] + numbers[k]
      return total == 0 ? 0 : pow((numbers[c] - numbers[k]) / total, 2)
    }
  }
  var observed = 0.0
  var expected = 0.0
  for c in 0..<q {
    for k in 0..<q {
      observed += o[c][k] * delta(c, k)
      expected += marginals[c] * marginals[k] * delta(c, k)
    }
  }
  guard expected > 0 else { return nil }
  return 1 - (observed / n) / (expected / (n * (n - 1)))
}
