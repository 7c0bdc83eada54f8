/// Inter-coder reliability coefficients over ``ReliabilityData``.
///
/// Every function is pure and returns a ``ReliabilityResult`` whose `value`
/// is `nil`, with an `explanation`, when the data leave the coefficient
/// undefined: no units, a coder without values, fewer than two pairable
/// values, or chance agreement of 1 (only one category in use). None of
/// them returns NaN.
///
/// The two-coder coefficients (Cohen's kappa, Scott's pi) leave out every
/// unit with a missing value and say so in the result's notes. The
/// multi-coder coefficients (percent agreement, Fleiss' kappa,
/// Brennan–Prediger, AC1) use Gwet's (2014) treatment of missing values:
/// observed agreement is averaged over units with at least two values, and
/// category shares over units with at least one. Krippendorff's alpha uses
/// every unit with at least two values.
public enum Reliability {
  /// Computes `statistic` on `data`.
  ///
  /// - Parameters:
  ///   - statistic: The coefficient.
  ///   - data: The reliability data.
  ///   - level: The level of measurement (used by Krippendorff's alpha).
  ///   - weights: The weights (used by Cohen's kappa).
  ///   - runner: Runs blocks of work at once where a statistic splits it
  ///     (Krippendorff's alpha on large data); the result is the same.
  /// - Returns: The result; Cohen's kappa and Scott's pi need exactly two coders,
  ///   otherwise the value is `nil` with an explanation.
  public static func compute(
    _ statistic: ReliabilityStatistic, on data: ReliabilityData,
    level: MeasurementLevel = .nominal, weights: KappaWeights = .none,
    runner: JobRunner = Jobs.serial
  ) -> ReliabilityResult {
    var result =
      switch statistic {
      case .percentAgreement: percentAgreement(data)
      case .cohenKappa: cohenKappa(data, weights: weights)
      case .scottPi: scottPi(data)
      case .fleissKappa: fleissKappa(data)
      case .krippendorffAlpha: krippendorffAlpha(data, level: level, runner: runner)
      case .brennanPrediger: brennanPrediger(data)
      case .gwetAC1: gwetAC1(data)
      }
    if let value = result.value, !value.isFinite {
      // Huge numbers (such as 1e308) overflow the squared differences.
      result.value = nil
      result.explanation =
        "the values are too large to compute with (their differences overflow)"
    }
    return result
  }

  /// The reason `data` cannot give any coefficient, if there is one.
  static func degenerateReason(_ data: ReliabilityData) -> String? {
    if data.unitCount == 0 { return "there are no units" }
    if let empty = data.firstCoderWithoutValues {
      return "coder '\(data.coders[empty])' has no values"
    }
    return nil
  }

  /// `(observed − chance) / (1 − chance)`, or `nil` when chance agreement is 1.
  static func chanceCorrected(observed: Double, chance: Double) -> Double? {
    let denominator = 1 - chance
    guard abs(denominator) > 1e-12 else { return nil }
    return (observed - chance) / denominator
  }

  /// The explanation for a chance agreement of 1.
  static func perfectChanceExplanation(_ statistic: ReliabilityStatistic) -> String {
    "expected (chance) agreement is 1 because only one category is in use, so "
      + "\(statistic.displayName) cannot measure agreement beyond chance"
  }
}
