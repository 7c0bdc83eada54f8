import Dispatch
import Testing

@testable import QualKit

/// Weighted rows (each row standing for several identical units) must give
/// exactly what the same data with every row repeated give.
@Suite struct WeightedRowsTests {
  /// Random data with 2–4 coders, 3 categories, some values missing, and a
  /// weight from 1 to 5 for each row.
  static func randomData(seed: UInt64) -> (weighted: ReliabilityData, repeated: ReliabilityData) {
    var random = SplitMix64(seed: seed)
    let coders = Array(["a", "b", "c", "d"].prefix(Int.random(in: 2...4, using: &random)))
    let rows = Int.random(in: 1...30, using: &random)
    var codes = ContiguousArray<Int32>()
    var weights = ContiguousArray<Int>()
    var repeated = ContiguousArray<Int32>()
    for _ in 0..<rows {
      let row = coders.map { _ in
        Int.random(in: 0..<10, using: &random) == 0 ? -1 : Int32.random(in: 0..<3, using: &random)
      }
      let weight = Int.random(in: 1...5, using: &random)
      codes.append(contentsOf: row)
      weights.append(weight)
      for _ in 0..<weight { repeated.append(contentsOf: row) }
    }
    let categories = ["1", "2", "3"]
    let numbers = [1.0, 2.0, 3.0]
    return (
      ReliabilityData(
        coders: coders, categories: categories, numericValues: numbers, isOrdered: true,
        unitCount: 0, codes: codes, rowWeights: weights),
      ReliabilityData(
        coders: coders, categories: categories, numericValues: numbers, isOrdered: true,
        unitCount: weights.reduce(0, +), codes: repeated)
    )
  }

  @Test("Every coefficient is the same on weighted rows as on repeated rows", arguments: 0..<40)
  func sameAsRepeated(seed: UInt64) {
    let (weighted, repeated) = Self.randomData(seed: seed)
    #expect(weighted.unitCount == repeated.unitCount)
    #expect(weighted.valueCountsByCoder == repeated.valueCountsByCoder)
    #expect(weighted.expandingRowWeights() == repeated)
    for statistic in ReliabilityStatistic.allCases {
      for level in MeasurementLevel.allCases {
        for kappaWeights in KappaWeights.allCases {
          let expected = Reliability.compute(
            statistic, on: repeated, level: level, weights: kappaWeights)
          let actual = Reliability.compute(
            statistic, on: weighted, level: level, weights: kappaWeights)
          #expect(actual.explanation == expected.explanation)
          #expect(actual.units == expected.units)
          #expect(actual.pairableValues == expected.pairableValues)
          #expect(actual.notes == expected.notes)
          switch (actual.value, expected.value) {
          case (let actual?, let expected?): #expect(abs(actual - expected) < 1e-12)
          case (nil, nil): break
          default:
            Issue.record(
              "\(statistic) \(level): \(String(describing: actual.value)) vs \(String(describing: expected.value))"
            )
          }
        }
      }
    }
  }

  @Test("A bootstrap on weighted rows resamples units, as on repeated rows")
  func bootstrap() {
    let (weighted, repeated) = Self.randomData(seed: 7)
    let expected = Reliability.bootstrapInterval(
      for: .krippendorffAlpha, on: repeated, resamples: 50)
    #expect(
      Reliability.bootstrapInterval(for: .krippendorffAlpha, on: weighted, resamples: 50)
        == expected)
  }

  @Test("Alpha on 70,000 units, counted in blocks in turn or at once, is alpha on weighted rows")
  func blocks() {
    // 70 rows of 3 coders, each weighted 1,000: below the size counted in
    // blocks; repeated, the same units are above it.
    var random = SplitMix64(seed: 3)
    var codes = ContiguousArray<Int32>()
    var repeated = ContiguousArray<Int32>()
    for _ in 0..<70 {
      let row = (0..<3).map { _ in
        random.index(below: 6) == 0 ? Int32(-1) : Int32(random.index(below: 4))
      }
      codes.append(contentsOf: row)
      for _ in 0..<1_000 { repeated.append(contentsOf: row) }
    }
    let categories = ["1", "2", "3", "4"]
    let numbers = [1.0, 2.0, 3.0, 4.0]
    let weighted = ReliabilityData(
      coders: ["a", "b", "c"], categories: categories, numericValues: numbers, isOrdered: true,
      unitCount: 0, codes: codes, rowWeights: ContiguousArray(repeating: 1_000, count: 70))
    let large = ReliabilityData(
      coders: ["a", "b", "c"], categories: categories, numericValues: numbers, isOrdered: true,
      unitCount: 70_000, codes: repeated)
    let atOnce: JobRunner = { count, job in
      DispatchQueue.concurrentPerform(iterations: count) { job($0) }
    }
    for level in MeasurementLevel.allCases {
      let expected = Reliability.krippendorffAlpha(weighted, level: level)
      let inTurn = Reliability.krippendorffAlpha(large, level: level)
      let concurrent = Reliability.krippendorffAlpha(large, level: level, runner: atOnce)
      #expect(concurrent == inTurn, "\(level)")
      #expect(inTurn.pairableValues == expected.pairableValues, "\(level)")
      let difference = abs((inTurn.value ?? .nan) - (expected.value ?? .nan))
      #expect(difference < 1e-12, "\(level): \(String(describing: inTurn.value))")
    }
  }
}
