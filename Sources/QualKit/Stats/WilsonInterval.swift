/// The Wilson score interval for a proportion, such as percent agreement
/// over a number of units.
///
/// With *p̂* = successes / *n* and *z* the standard normal quantile at
/// (1 + confidence) / 2:
///
///     centre = (p̂ + z²/2n) / (1 + z²/n)
///     half   = z / (1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²)
///
/// The interval stays inside [0, 1] and is sensible at 0 % and 100 %,
/// where the usual p̂ ± z·SE collapses to a point.
///
/// References: Wilson, E. B. (1927). Probable inference, the law of
/// succession, and statistical inference. *Journal of the American
/// Statistical Association* 22(158), 209–212. Newcombe, R. G. (1998).
/// Two-sided confidence intervals for the single proportion: comparison of
/// seven methods. *Statistics in Medicine* 17(8), 857–872 (method 3).
public enum WilsonInterval {
  /// The interval, or `nil` when there are no trials or the confidence is
  /// not between 0 and 1.
  ///
  /// - Parameters:
  ///   - successes: The number of successes (may be a weighted count).
  ///   - trials: The number of trials, more than 0.
  ///   - confidence: The confidence level, such as 0.95.
  /// - Returns: The interval, or `nil` for the input described above.
  public static func interval(successes: Double, trials: Double, confidence: Double = 0.95)
    -> ConfidenceInterval?
  {
    guard trials > 0, successes >= 0, successes <= trials, confidence > 0, confidence < 1
    else { return nil }
    let z = NormalDistribution.quantile((1 + confidence) / 2)
    let p = successes / trials
    let z2 = z * z
    let denominator = 1 + z2 / trials
    let centre = (p + z2 / (2 * trials)) / denominator
    let half =
      z / denominator * (p * (1 - p) / trials + z2 / (4 * trials * trials)).squareRoot()
    return ConfidenceInterval(
      lower: max(0, centre - half), upper: min(1, centre + half), level: confidence,
      resamples: 0)
  }
}
