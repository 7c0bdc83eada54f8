import Foundation

/// The Kruskal–Wallis H test of k independent samples, with the tie
/// correction, as `scipy.stats.kruskal` computes it: H is compared with a
/// chi-square distribution of k − 1 degrees of freedom.
///
/// It is undefined (``value`` `nil`, with an ``explanation``) with fewer
/// than two non-empty samples or when every value is the same.
public struct KruskalWallis: Hashable, Sendable {
  /// The test's figures.
  public struct Value: Hashable, Sendable {
    /// The tie-corrected H statistic.
    public var h: Double
    /// Degrees of freedom, k − 1.
    public var degreesOfFreedom: Int
    /// The p-value, P(χ²(k − 1) ≥ H).
    public var p: Double
  }

  /// The size of each sample.
  public var counts: [Int]
  /// The figures, or `nil` when the test is undefined.
  public var value: Value?
  /// Why ``value`` is `nil`.
  public var explanation: String?

  /// Tests samples given as frequency tables (each distinct value with its count).
  public init(frequencies samples: [[(value: Double, count: Int)]]) {
    counts = samples.map { $0.reduce(0) { $0 + $1.count } }
    let groups = counts.filter { $0 > 0 }.count
    guard groups >= 2 else {
      explanation = "fewer than two groups have valid answers"
      return
    }
    var pooled: [Double: [Int]] = [:]
    for (index, sample) in samples.enumerated() {
      for entry in sample {
        pooled[entry.value, default: [Int](repeating: 0, count: samples.count)][index] +=
          entry.count
      }
    }
    var rankSums = [Double](repeating: 0, count: samples.count)
    var tieTerm = 0.0
    var below = 0
    for (_, inSample) in pooled.sorted(by: { $0.key < $1.key }) {
      let ties = inSample.reduce(0, +)
      let midRank = Double(2 * below + ties + 1) / 2
      for (index, count) in inSample.enumerated() { rankSums[index] += midRank * Double(count) }
      let t = Double(ties)
      tieTerm += t * t * t - t
      below += ties
    }
    let n = Double(below)
    let correction = 1 - tieTerm / (n * n * n - n)
    guard correction > 0 else {
      explanation = "every answer is the same"
      return
    }
    var sum = 0.0
    for (index, count) in counts.enumerated() where count > 0 {
      sum += rankSums[index] * rankSums[index] / Double(count)
    }
    let h = (12 / (n * (n + 1)) * sum - 3 * (n + 1)) / correction
    let degrees = groups - 1
    value = Value(
      h: h, degreesOfFreedom: degrees,
      p: KruskalWallis.chiSquareSurvival(h, degreesOfFreedom: degrees))
  }

  /// P(χ²(k) ≥ x): the regularised upper incomplete gamma function Q(k/2, x/2),
  /// by its series below a + 1 and its continued fraction above (Numerical Recipes).
  static func chiSquareSurvival(_ x: Double, degreesOfFreedom k: Int) -> Double {
    guard x > 0 else { return 1 }
    let a = Double(k) / 2
    let z = x / 2
    let logPrefix = -z + a * log(z) - lgamma(a)
    if z < a + 1 {
      var term = 1 / a
      var sum = term
      var n = a
      for _ in 0..<1_000 {
        n += 1
        term *= z / n
        sum += term
        if abs(term) < abs(sum) * 1e-16 { break }
      }
      return max(0, 1 - sum * exp(logPrefix))
    }
    let tiny = 1e-300
    var b = z + 1 - a
    var c = 1 / tiny
    var d = 1 / b
    var h = d
    for i in 1...1_000 {
      let an = -Double(i) * (Double(i) - a)
      b += 2
      d = an * d + b
      if abs(d) < tiny { d = tiny }
      c = b + an / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      let delta = d * c
      h *= delta
      if abs(delta - 1) < 1e-16 { break }
    }
    return min(1, exp(logPrefix) * h)
  }
}
