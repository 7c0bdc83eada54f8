import QualKit
import Testing

/// One two-sample case with the values scipy 1.17.1 gives for it.
struct MannWhitneyCase: Sendable, CustomTestStringConvertible {
  var first: [Double]
  var second: [Double]
  var u: Double
  var p: Double
  var method: MannWhitneyU.Method

  var testDescription: String { "\(first) vs \(second)" }
}

/// One k-sample case with the values scipy 1.17.1 gives for it.
struct KruskalWallisCase: Sendable, CustomTestStringConvertible {
  var samples: [[Double]]
  var h: Double
  var p: Double

  var testDescription: String { "\(samples)" }
}

/// The rank tests against scipy 1.17.1 on the cases where a rounding or a
/// continuity correction is easy to get wrong: U at its mean, U half a
/// point from it, ties, no ties, and U at its extremes.
///
/// U and p are `scipy.stats.mannwhitneyu(x, y, alternative='two-sided',
/// method='asymptotic', use_continuity=True)` where ``MannWhitneyU`` uses the
/// normal approximation, and `method='auto'` (the exact distribution) where
/// it uses that; H and p are `scipy.stats.kruskal(*samples)`. R's
/// `wilcox.test(x, y, exact = FALSE, correct = TRUE)` also gives p = 1 when
/// U is at its mean.
@Suite struct RankTestTests {
  static let mannWhitneyCases: [MannWhitneyCase] = [
    // The user's report: U = n₁n₂/2 = 8 with ties; QualKit gave p = 0.876.
    MannWhitneyCase(
      first: [4, 3, 3, 1], second: [3, 4, 1, 3], u: 8, p: 1, method: .asymptotic),
    // U at its mean with ties in both samples, and U half a point above it.
    MannWhitneyCase(
      first: [1, 2, 3, 4, 5, 6, 7, 8, 9], second: [1, 2, 3, 4, 5, 6, 7, 8, 9], u: 40.5, p: 1,
      method: .asymptotic),
    MannWhitneyCase(
      first: [2, 2, 3, 3, 4], second: [2, 3, 3, 4, 2], u: 12.5, p: 1, method: .asymptotic),
    // U at its mean without ties: the normal approximation (n > 8 each) and the exact one.
    MannWhitneyCase(
      first: [1, 4, 5, 8, 9, 12, 13, 16, 17, 20], second: [2, 3, 6, 7, 10, 11, 14, 15, 18, 19],
      u: 50, p: 1, method: .asymptotic),
    MannWhitneyCase(first: [1, 4], second: [2, 3], u: 2, p: 1, method: .exact),
    // Near the mean, no ties, and with ties.
    MannWhitneyCase(
      first: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      second: [1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 10.5], u: 45,
      p: 0.7337299956962472, method: .asymptotic),
    MannWhitneyCase(
      first: [1, 2, 2, 3, 3, 3, 4, 4, 4, 4], second: [4, 4, 4, 4, 3, 3, 3, 2, 2, 1, 5], u: 50,
      p: 0.7405188037478675, method: .asymptotic),
    // Far from the mean: with ties, and U at its extreme 0 with and without ties.
    MannWhitneyCase(
      first: [1, 1, 1, 2, 2, 2, 3, 3, 3, 4], second: [4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5], u: 2,
      p: 0.00014048133989725338, method: .asymptotic),
    MannWhitneyCase(
      first: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2], second: Array(repeating: 5, count: 12), u: 0,
      p: 4.812973075799108e-06, method: .asymptotic),
    MannWhitneyCase(
      first: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], second: [11, 12, 13, 14, 15, 16, 17, 18, 19, 20],
      u: 0, p: 0.00018267179110955002, method: .asymptotic),
  ]

  static let kruskalWallisCases: [KruskalWallisCase] = [
    // Every group's mean rank equal: H = 0, p = 1.
    KruskalWallisCase(samples: [[4, 3, 3, 1], [3, 4, 1, 3]], h: 0, p: 1),
    KruskalWallisCase(samples: [[4, 3, 3, 1], [3, 4, 1, 3], [1, 3, 3, 4]], h: 0, p: 1),
    KruskalWallisCase(samples: [[1, 2], [2, 1], [1, 1, 2, 2]], h: 0, p: 1),
    // Separated groups, with ties and without.
    KruskalWallisCase(
      samples: [[1, 1, 1, 1, 2], [5, 5, 5, 5, 5, 5], [9, 9, 9, 9, 9]], h: 14.756097560975608,
      p: 0.0006248188560931083),
    KruskalWallisCase(
      samples: [[1, 2, 3, 4, 5], [6, 7, 8, 9, 10], [11, 12, 13, 14, 15]], h: 12.5,
      p: 0.0019304541362277095),
  ]

  @Test(
    "Mann-Whitney U and p are scipy's, p = 1 when U is at its mean", arguments: mannWhitneyCases)
  func mannWhitney(reference: MannWhitneyCase) throws {
    let value = try #require(MannWhitneyU(reference.first, reference.second).value)
    expectClose(value.u, reference.u, "U")
    expectClose(value.p, reference.p, "p")
    #expect(value.method == reference.method)
    #expect(value.p <= 1)
  }

  @Test("The frequency-table path gives the same p as the value path", arguments: mannWhitneyCases)
  func mannWhitneyFrequencies(reference: MannWhitneyCase) throws {
    let counted = MannWhitneyU(
      frequencies: reference.first.map { ($0, 1) }, reference.second.map { ($0, 1) })
    expectClose(counted.value?.p, reference.p, "p")
  }

  @Test("U at its mean has z = 0 and p = 1")
  func mannWhitneyAtMean() throws {
    let value = try #require(MannWhitneyU([4, 3, 3, 1], [3, 4, 1, 3]).value)
    #expect(value.z == 0)
    #expect(value.p == 1)
    #expect(value.rankBiserial == 0)
  }

  @Test("Kruskal-Wallis H and p are scipy's, p = 1 when H = 0", arguments: kruskalWallisCases)
  func kruskalWallis(reference: KruskalWallisCase) throws {
    let test = KruskalWallis(frequencies: reference.samples.map { $0.map { ($0, 1) } })
    let value = try #require(test.value)
    expectClose(value.h, reference.h, "H")
    expectClose(value.p, reference.p, "p")
    #expect(value.h >= 0 && value.p <= 1)
  }
}
