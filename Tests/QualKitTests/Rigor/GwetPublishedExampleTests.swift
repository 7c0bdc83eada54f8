import Testing

@testable import QualKit

/// Gwet's own worked example.
///
/// The `cont3x3abstractors` table of his irrCAC package (Gwet 2014,
/// *Handbook of Inter-Rater Reliability*, 4th ed.): 100 abstracts
/// classified Ectopic / AIU / NIU by two abstractors.
/// irrCAC's vignette and its Python port print Cohen's kappa 0.7964094,
/// Scott's pi 0.7962397, Gwet's AC1 0.84933 and percent agreement 0.89.
@Suite struct GwetPublishedExampleTests {
  static func abstractors() throws -> ReliabilityData {
    // Rows: abstractor 1; columns: abstractor 2.
    let table: [(String, String, Int)] = [
      ("Ectopic", "Ectopic", 13), ("AIU", "AIU", 20), ("AIU", "NIU", 7), ("NIU", "AIU", 4),
      ("NIU", "NIU", 56),
    ]
    var units: [[String?]] = []
    for (first, second, count) in table {
      units += Array(repeating: [first, second], count: count)
    }
    return try ReliabilityData(coders: ["abstractor1", "abstractor2"], units: units)
  }

  @Test("AC1, Cohen's kappa, Scott's pi and percent agreement equal irrCAC's published values")
  func irrCACAbstractors() throws {
    let data = try Self.abstractors()
    let ac1 = try #require(Reliability.gwetAC1(data).value)
    let kappa = try #require(Reliability.cohenKappa(data).value)
    let pi = try #require(Reliability.scottPi(data).value)
    // Published to 5 and 7 decimals.
    #expect(abs(ac1 - 0.84933) < 5e-6)
    #expect(abs(kappa - 0.7964094) < 5e-8)
    #expect(abs(pi - 0.7962397) < 5e-8)
    // By hand: P_a = 0.89; the categories' mean shares 0.13, 0.255, 0.615;
    // P_e = (0.13 × 0.87 + 0.255 × 0.745 + 0.615 × 0.385) / 2 = 0.269925.
    #expect(abs(ac1 - (0.89 - 0.269925) / (1 - 0.269925)) < 1e-12)
  }
}
