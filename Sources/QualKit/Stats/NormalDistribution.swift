import Foundation

/// The standard normal distribution.
public enum NormalDistribution {
  /// P(Z > z), computed with `erfc` so that small tail probabilities keep their precision.
  public static func survival(_ z: Double) -> Double {
    0.5 * erfc(z / 2.0.squareRoot())
  }

  /// The two-sided tail probability P(|Z| ≥ |z|).
  public static func twoSided(_ z: Double) -> Double {
    min(1, 2 * survival(abs(z)))
  }
}
