/// A bootstrap percentile confidence interval for a reliability coefficient.
public struct ConfidenceInterval: Hashable, Sendable {
  /// The lower bound.
  public var lower: Double
  /// The upper bound.
  public var upper: Double
  /// The confidence level, such as 0.95.
  public var level: Double
  /// How many resamples had a defined value and went into the interval.
  public var resamples: Int

  /// Creates an interval.
  public init(lower: Double, upper: Double, level: Double, resamples: Int) {
    self.lower = lower
    self.upper = upper
    self.level = level
    self.resamples = resamples
  }
}
