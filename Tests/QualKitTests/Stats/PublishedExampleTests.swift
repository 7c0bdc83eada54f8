import Foundation
import QualKit
import Testing

@Suite struct PublishedExampleTests {
  @Test(
    "Krippendorff 2011: 4 observers x 12 units, all four levels",
    arguments: [
      (MeasurementLevel.nominal, 0.743), (.ordinal, 0.815), (.interval, 0.849), (.ratio, 0.797),
    ])
  func krippendorff2011(level: MeasurementLevel, printed: Double) throws {
    let data = try loadReliabilityData("krippendorff2011.csv", level: level)
    let result = Reliability.krippendorffAlpha(data, level: level)
    #expect(rounded(result.value, 3) == printed)
    #expect(result.units == 12)
    #expect(result.coders == 4)
    #expect(result.pairableValues == 40)
  }

  @Test("Wikipedia's Fleiss example: P-bar 0.378 and kappa 0.210")
  func fleissWikipedia() throws {
    let data = try loadReliabilityData("fleiss-wikipedia.csv")
    #expect(rounded(Reliability.fleissKappa(data).value, 3) == 0.210)
    #expect(rounded(Reliability.percentAgreement(data).value, 3) == 0.378)
    #expect(Reliability.fleissKappa(data).pairableValues == 140)
  }

  @Test("Fleiss 1971: 30 patients, 6 psychiatrists, kappa .430")
  func fleiss1971() throws {
    let data = try loadReliabilityData("fleiss1971.csv")
    let value = try #require(Reliability.fleissKappa(data).value)
    #expect(rounded(value, 3) == 0.430)
    #expect(abs(value - 0.4302445) < 5e-8)  // R irr::kappam.fleiss
  }

  @Test(
    "Wikipedia's Cohen examples: kappa 0.4 and 0.1304",
    arguments: [("wikipedia-cohen-a.csv", 0.4), ("wikipedia-cohen-b.csv", 0.1304)])
  func cohenWikipedia(file: String, printed: Double) throws {
    let data = try loadReliabilityData(file)
    #expect(rounded(Reliability.cohenKappa(data).value, 4) == printed)
  }

  @Test("SAS agreement example: simple kappa 0.4842, weighted (linear) 0.4701")
  func cohenSAS() throws {
    let data = try loadReliabilityData("cohen-sas.csv")
    #expect(rounded(Reliability.cohenKappa(data).value, 4) == 0.4842)
    #expect(rounded(Reliability.cohenKappa(data, weights: .linear).value, 4) == 0.4701)
  }

  @Test(
    "R irr's anxiety data: unweighted, linear and quadratic kappa to 7 digits",
    arguments: [(KappaWeights.none, -0.006289308), (.linear, 0.1459075), (.quadratic, 0.2520325)])
  func cohenAnxiety(weights: KappaWeights, printed: Double) throws {
    let data = try loadReliabilityData("anxiety.csv")
    let value = try #require(Reliability.cohenKappa(data, weights: weights).value)
    #expect(abs(value - printed) < 5e-8)
  }

  /// Cohen's (1968) Table 1, the paper's worked example.
  ///
  /// Two judges, N = 200 cases, three diagnoses
  /// (personality disorder, neurosis, psychosis); observed proportions
  /// .44 .07 .09 / .05 .20 .05 / .01 .03 .06 (rows judge B, columns judge A).
  /// Cohen reports kappa = .492 for it and .348 weighted with his custom
  /// disagreement weights 1, 3, 6 (as the R package psych's `cohen.kappa`
  /// documentation quotes them); p_o = .70 and p_c = .41 follow from the
  /// table. The weights are not the distances of any category order, so the
  /// weighted value cannot be asked for with --weights and is not checked.
  @Test("Cohen's Table 1 (N = 200): p_o .70 and kappa .492")
  func cohenTable1() throws {
    let counts = [[88, 14, 18], [10, 40, 10], [2, 6, 12]]
    let names = ["personality", "neurosis", "psychosis"]
    var units: [[String?]] = []
    for (row, cells) in counts.enumerated() {
      for (column, count) in cells.enumerated() {
        units += Array(repeating: [names[column], names[row]], count: count)
      }
    }
    #expect(units.count == 200)
    let data = try ReliabilityData(coders: ["A", "B"], units: units)
    #expect(rounded(Reliability.percentAgreement(data).value, 2) == 0.70)
    let kappa = try #require(Reliability.cohenKappa(data).value)
    #expect(rounded(kappa, 3) == 0.492)
    #expect(abs(kappa - 0.29 / 0.59) < 1e-12)
  }
}
