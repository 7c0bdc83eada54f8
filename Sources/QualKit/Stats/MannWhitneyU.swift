/// The Mann–Whitney U test of two independent samples, two-sided, computed
/// as `scipy.stats.mannwhitneyu` computes it by default.
///
/// - `u` is the first sample's U: the number of pairs (first, second) in
///   which the first value is larger, ties counting one half.
/// - The p-value is exact (the permutation distribution of U, without ties)
///   when one sample has at most 8 values and no value is tied; otherwise it
///   is the normal approximation with the tie correction and a continuity
///   correction of ½ (scipy's `method="auto"`, `use_continuity=True`).
/// - `z` is the standardised U of the normal approximation (continuity
///   corrected towards 0); it is given with either method.
/// - `rankBiserial` = 2U/(n₁n₂) − 1, positive when the first sample tends
///   to be larger.
///
/// An empty sample, or samples whose values are all equal, leave the test
/// undefined: ``value`` is `nil` and ``explanation`` says why.
public struct MannWhitneyU: Hashable, Sendable {
  /// How the p-value was computed.
  public enum Method: String, Hashable, Sendable {
    /// The exact permutation distribution of U.
    case exact
    /// The normal approximation with tie and continuity corrections.
    case asymptotic
  }

  /// The test's figures.
  public struct Value: Hashable, Sendable {
    /// The first sample's U.
    public var u: Double
    /// The standardised U (normal approximation, continuity corrected).
    public var z: Double
    /// The two-sided p-value.
    public var p: Double
    /// How ``p`` was computed.
    public var method: Method
    /// The rank-biserial correlation, 2U/(n₁n₂) − 1.
    public var rankBiserial: Double
  }

  /// The size of the first sample.
  public var firstCount: Int
  /// The size of the second sample.
  public var secondCount: Int
  /// The figures, or `nil` when the test is undefined.
  public var value: Value?
  /// Why ``value`` is `nil`.
  public var explanation: String?

  /// Tests `first` against `second`.
  public init(_ first: [Double], _ second: [Double]) {
    self.init(
      frequencies: MannWhitneyU.frequencies(first), MannWhitneyU.frequencies(second))
  }

  /// Tests two samples given as frequency tables: each distinct value with
  /// how many times it occurs (values need not be sorted; a value may repeat).
  ///
  /// This is the fast path for ordinal data such as Likert answers, whose
  /// few levels make the test O(levels) after counting.
  public init(
    frequencies first: [(value: Double, count: Int)], _ second: [(value: Double, count: Int)]
  ) {
    firstCount = first.reduce(0) { $0 + $1.count }
    secondCount = second.reduce(0) { $0 + $1.count }
    guard firstCount > 0, secondCount > 0 else {
      explanation = "a group has no valid answers"
      return
    }
    let n1 = Double(firstCount)
    let n2 = Double(secondCount)
    let n = n1 + n2
    let (rankSum, tieTerm) = MannWhitneyU.firstRankSum(first, second)
    let u1 = rankSum - n1 * (n1 + 1) / 2
    let u2 = n1 * n2 - u1
    let mu = n1 * n2 / 2
    let variance = n1 * n2 / 12 * ((n + 1) - tieTerm / (n * (n - 1)))
    guard variance > 0 else {
      explanation = "every answer is the same"
      return
    }
    let sigma = variance.squareRoot()
    let deviation = max(0, abs(u1 - mu) - 0.5)
    let z = (u1 < mu ? -deviation : deviation) / sigma
    let exact = (firstCount <= 8 || secondCount <= 8) && tieTerm == 0
    let p: Double
    if exact {
      let larger = max(u1, u2)
      p = min(1, 2 * MannWhitneyU.exactSurvival(Int(larger), firstCount, secondCount))
    } else {
      // scipy's sign convention: the larger U, less ½, standardised, and
      // twice its upper tail, at most 1. At U = n₁n₂/2 the numerator is −½
      // and the tail above ½, so p = 1; folding it to |−½| would give p < 1.
      p = min(1, 2 * NormalDistribution.survival((max(u1, u2) - mu - 0.5) / sigma))
    }
    value = Value(
      u: u1, z: z, p: p, method: exact ? .exact : .asymptotic,
      rankBiserial: 2 * u1 / (n1 * n2) - 1)
  }

  /// `values` as a frequency table, ascending.
  static func frequencies(_ values: [Double]) -> [(value: Double, count: Int)] {
    var table: [(value: Double, count: Int)] = []
    for value in values.sorted() {
      if let last = table.last, last.value == value {
        table[table.count - 1].count += 1
      } else {
        table.append((value, 1))
      }
    }
    return table
  }

  /// The sum of the first sample's mid-ranks in the pooled sample, and Σ(t³ − t) over ties.
  static func firstRankSum(
    _ first: [(value: Double, count: Int)], _ second: [(value: Double, count: Int)]
  ) -> (Double, Double) {
    var pooled: [Double: (first: Int, second: Int)] = [:]
    for entry in first { pooled[entry.value, default: (0, 0)].first += entry.count }
    for entry in second { pooled[entry.value, default: (0, 0)].second += entry.count }
    var rankSum = 0.0
    var tieTerm = 0.0
    var below = 0
    for (_, (inFirst, inSecond)) in pooled.sorted(by: { $0.key < $1.key }) {
      let ties = inFirst + inSecond
      // Ranks below + 1 ... below + ties share their mean.
      let midRank = Double(2 * below + ties + 1) / 2
      rankSum += midRank * Double(inFirst)
      let t = Double(ties)
      tieTerm += t * t * t - t
      below += ties
    }
    return (rankSum, tieTerm)
  }

  /// P(U ≥ u) under the null hypothesis, for samples of sizes `m` and `n` without ties.
  ///
  /// The counts of U are the coefficients of the Gaussian binomial
  /// coefficient [m + n choose m] in q, built by multiplying by
  /// (1 − q^(n+i)) and dividing by (1 − q^i) for i = 1…m.
  static func exactSurvival(_ u: Int, _ m: Int, _ n: Int) -> Double {
    let small = min(m, n)
    let large = max(m, n)
    let maximum = small * large
    guard small > 0, u <= maximum else { return u <= 0 ? 1 : 0 }
    var counts = [Double](repeating: 0, count: maximum + 1)
    counts[0] = 1
    for i in 1...small {
      let shift = large + i
      if shift <= maximum {
        for k in stride(from: maximum, through: shift, by: -1) { counts[k] -= counts[k - shift] }
      }
      for k in i...maximum { counts[k] += counts[k - i] }
    }
    let total = counts.reduce(0, +)
    let upper = counts[max(0, u)...].reduce(0, +)
    return upper / total
  }
}
