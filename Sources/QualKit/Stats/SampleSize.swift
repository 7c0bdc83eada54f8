import Foundation

/// Sample sizes for planning a qualitative study: interviews to see a theme
/// (Fugard & Potts 2015) and units to estimate kappa (Donner & Eliasziw 1992).
public enum SampleSize {
  /// P(X ≥ `atLeast`) for X ~ Binomial(`trials`, `probability`).
  ///
  /// Summed term by term from the upper tail with each term from its
  /// predecessor in log space, so that it is exact to rounding for the
  /// sizes a study plans (up to millions of trials).
  public static func binomialUpperTail(atLeast k: Int, trials n: Int, probability p: Double)
    -> Double
  {
    if k <= 0 { return 1 }
    if k > n || p <= 0 { return 0 }
    if p >= 1 { return 1 }
    // log P(X = k) by lgamma, then the terms above k by the ratio rule.
    let logTerm =
      lgamma(Double(n) + 1) - lgamma(Double(k) + 1) - lgamma(Double(n - k) + 1)
      + Double(k) * log(p) + Double(n - k) * log1p(-p)
    // Sum the terms from k to n; P(X ≥ k) = 1 − P(X < k) when the lower
    // side is the shorter sum.
    if Double(k) > Double(n) * p {
      var term = exp(logTerm)
      var sum = term
      var x = k
      while x < n {
        term *= Double(n - x) / Double(x + 1) * p / (1 - p)
        sum += term
        if term < sum * 1e-17 { break }
        x += 1
      }
      return min(1, sum)
    }
    var term = exp(logTerm)  // P(X = k); walk down to sum P(X < k)
    var lower = 0.0
    var x = k
    while x > 0 {
      term *= Double(x) / Double(n - x + 1) * (1 - p) / p
      lower += term
      if term < lower * 1e-17 { break }
      x -= 1
    }
    return max(0, 1 - lower)
  }

  /// Fugard & Potts (2015): the fewest interviews *n* that give at least
  /// `power` probability of hearing a theme at least `instances` times,
  /// when a share `prevalence` of the population holds it: the smallest n
  /// with P(X ≥ instances) ≥ power for X ~ Binomial(n, prevalence).
  ///
  /// Reference: Fugard, A. J. B. & Potts, H. W. W. (2015). Supporting
  /// thinking on sample sizes for thematic analyses: a quantitative tool.
  /// *International Journal of Social Research Methodology* 18(6),
  /// 669–684 (10 % prevalence, 2 instances, 80 % power: 29).
  ///
  /// - Returns: The number, or `nil` when the inputs leave none (a
  ///   prevalence of 0, or more than `limit` interviews needed).
  public static func interviews(
    prevalence: Double, instances: Int = 1, power: Double = 0.8, limit: Int = 1_000_000
  ) -> Int? {
    guard prevalence > 0, prevalence <= 1, instances >= 1, power > 0, power < 1 else {
      return nil
    }
    // The mean n·p must reach about k; search upwards from there by doubling, then bisect.
    var low = instances - 1  // fails: fewer trials than instances
    var high = max(instances, Int((Double(instances) / prevalence).rounded(.up)))
    while binomialUpperTail(atLeast: instances, trials: high, probability: prevalence) < power {
      low = high
      high *= 2
      if high > limit { return nil }
    }
    while high - low > 1 {
      let middle = (low + high) / 2
      if binomialUpperTail(atLeast: instances, trials: middle, probability: prevalence) >= power {
        high = middle
      } else {
        low = middle
      }
    }
    return high
  }

  /// Donner & Eliasziw (1992): the number of units two coders must code
  /// (a yes/no code) so that a test of κ = `lower` against κ = `expected`
  /// rejects with probability `power`: equivalently, so that the
  /// one-sided 100(1 − α) % lower confidence bound of kappa lies above
  /// `lower` with that probability when kappa is `expected`.
  ///
  /// With π the share of units coded, the three outcomes (both, one, neither)
  /// have probabilities under a kappa κ of
  ///
  ///     P₁(κ) = π² + π(1 − π)κ,   P₂(κ) = 2π(1 − π)(1 − κ),   P₃(κ) = (1 − π)² + π(1 − π)κ
  ///
  /// and the goodness-of-fit test needs
  ///
  ///     n = (z₁₋α + z₁₋β)² / Σₖ (Pₖ(κ₁) − Pₖ(κ₀))² / Pₖ(κ₀)
  ///
  /// units (rounded up). `sides` 2 uses z₁₋α/₂ (a two-sided interval).
  ///
  /// References: Donner, A. & Eliasziw, M. (1992). A goodness-of-fit
  /// approach to inference procedures for the kappa statistic: confidence
  /// interval construction, significance-testing and sample size
  /// estimation. *Statistics in Medicine* 11(11), 1511–1519. Sim, J. &
  /// Wright, C. C. (2005). The kappa statistic in reliability studies: use,
  /// interpretation, and sample size requirements. *Physical Therapy*
  /// 85(3), 257–268.
  ///
  /// - Returns: The units needed before rounding, or `nil` when the inputs
  ///   are out of range (`lower` must be below `expected`, both in (−1, 1),
  ///   the prevalence in (0, 1) and a P(κ₀) positive).
  public static func kappaUnits(
    lower: Double, expected: Double, prevalence: Double, alpha: Double = 0.05,
    power: Double = 0.8, sides: Int = 1
  ) -> Double? {
    guard lower < expected, lower > -1, expected < 1, prevalence > 0, prevalence < 1,
      alpha > 0, alpha < 1, power > 0, power < 1, sides == 1 || sides == 2
    else { return nil }
    let pi = prevalence
    let spread = pi * (1 - pi)
    func outcomes(_ kappa: Double) -> [Double] {
      [pi * pi + spread * kappa, 2 * spread * (1 - kappa), (1 - pi) * (1 - pi) + spread * kappa]
    }
    let null = outcomes(lower)
    let alternative = outcomes(expected)
    guard null.allSatisfy({ $0 > 0 }), alternative.allSatisfy({ $0 >= 0 }) else { return nil }
    var distance = 0.0
    for k in 0..<3 {
      let difference = alternative[k] - null[k]
      distance += difference * difference / null[k]
    }
    let z =
      NormalDistribution.quantile(1 - alpha / Double(sides)) + NormalDistribution.quantile(power)
    return z * z / distance
  }
}
