import QualKit
import Testing

@Suite struct DegenerateDataTests {
  private let twoCategoriesAllAgree: [[String?]] = [["a", "a"], ["b", "b"], ["a", "a"]]
  private let oneCategory: [[String?]] = [["a", "a"], ["a", "a"], ["a", "a"]]

  @Test("When coders agree on everything and several categories are used, all are 1")
  func perfectAgreement() throws {
    let data = try ReliabilityData(coders: ["A", "B"], units: twoCategoriesAllAgree)
    for statistic in ReliabilityStatistic.allCases {
      #expect(Reliability.compute(statistic, on: data).value == 1, "\(statistic)")
    }
  }

  @Test(
    "With one category only, chance-corrected coefficients are undefined and explained",
    arguments: [ReliabilityStatistic.cohenKappa, .scottPi, .fleissKappa])
  func oneCategoryKappa(statistic: ReliabilityStatistic) throws {
    let data = try ReliabilityData(coders: ["A", "B"], units: oneCategory)
    let result = Reliability.compute(statistic, on: data)
    #expect(result.value == nil)
    #expect(result.explanation?.contains("chance") == true)
    #expect(result.explanation?.hasSuffix("cannot measure agreement beyond chance") == true)
  }

  @Test("With one category only, alpha is undefined but percent agreement is 1")
  func oneCategoryAlphaAndPercent() throws {
    let data = try ReliabilityData(coders: ["A", "B"], units: oneCategory)
    let alpha = Reliability.krippendorffAlpha(data)
    #expect(alpha.value == nil)
    #expect(alpha.explanation?.contains("every pairable value is the same") == true)
    #expect(alpha.pairableValues == 6)
    #expect(Reliability.percentAgreement(data).value == 1)
  }

  @Test("Brennan-Prediger counts declared but unused categories")
  func brennanPredigerDeclared() throws {
    let data = try ReliabilityData(
      coders: ["A", "B"], units: [["a", "a"], ["a", "b"]], categories: ["a", "b", "c", "d"])
    // p_a = 1/2, p_e = 1/4: (1/2 − 1/4) / (3/4) = 1/3.
    let value = try #require(Reliability.brennanPrediger(data).value)
    #expect(abs(value - 1.0 / 3) < 1e-15)
  }

  @Test("No units gives no value and says why")
  func noUnits() throws {
    let data = try ReliabilityData(coders: ["A", "B"], units: [])
    for statistic in ReliabilityStatistic.allCases {
      let result = Reliability.compute(statistic, on: data)
      #expect(result.value == nil)
      #expect(result.explanation == "there are no units")
    }
  }

  @Test("A coder column with no values gives no value and names the coder")
  func emptyCoder() throws {
    let data = try ReliabilityData(
      coders: ["A", "B", "C"], units: [["a", nil, "a"], ["b", " ", "a"]])
    for statistic in [ReliabilityStatistic.krippendorffAlpha, .fleissKappa, .percentAgreement] {
      #expect(Reliability.compute(statistic, on: data).explanation == "coder 'B' has no values")
    }
  }

  @Test("Fewer than 2 pairable values gives no value")
  func nothingPairable() throws {
    let data = try ReliabilityData(coders: ["A", "B"], units: [["a", nil], [nil, "b"]])
    let result = Reliability.krippendorffAlpha(data)
    #expect(result.value == nil)
    #expect(result.pairableValues == 0)
    #expect(result.explanation?.hasPrefix("fewer than 2 pairable values") == true)
    #expect(Reliability.cohenKappa(data).explanation == "no unit was coded by both coders")
  }

  @Test("Cohen's kappa and Scott's pi need exactly two coders")
  func twoCodersOnly() throws {
    let data = try ReliabilityData(coders: ["A", "B", "C"], units: [["a", "b", "a"]])
    let result = Reliability.cohenKappa(data)
    #expect(result.value == nil)
    #expect(result.explanation?.hasPrefix("Cohen's kappa is for exactly 2 coders") == true)
  }

  @Test("Pairwise coefficients leave out units with a missing value and say so")
  func pairwiseDropsMissing() throws {
    let data = try ReliabilityData(
      coders: ["A", "B"], units: [["a", "a"], ["b", "b"], ["a", nil], ["a", "b"]])
    let result = Reliability.cohenKappa(data)
    #expect(result.pairableValues == 6)
    #expect(result.notes == ["1 unit with a missing value was left out"])
  }

  @Test("No coefficient is ever NaN on small random tables")
  func neverNaN() throws {
    var generator = SplitMix64(seed: 7)
    for _ in 0..<200 {
      let coders = 2 + generator.index(below: 3)
      let units = (0..<generator.index(below: 5)).map { _ in
        (0..<coders).map { _ -> String? in
          let pick = generator.index(below: 4)
          return pick == 0 ? nil : String(pick)
        }
      }
      let data = try ReliabilityData(
        coders: (0..<coders).map { "c\($0)" }, units: units, level: .interval)
      for statistic in ReliabilityStatistic.allCases {
        for level in MeasurementLevel.allCases {
          let value = Reliability.compute(statistic, on: data, level: level).value
          #expect(value.map { $0.isFinite } ?? true)
        }
      }
    }
  }
}
