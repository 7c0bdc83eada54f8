/// The value of one reliability coefficient on one data set, with the counts
/// it rests on.
public struct ReliabilityResult: Hashable, Sendable {
  /// Which coefficient this is.
  public var statistic: ReliabilityStatistic
  /// The level of measurement it was computed at (alpha uses it; the others are nominal
  /// unless weighted).
  public var level: MeasurementLevel
  /// The weights, for Cohen's kappa.
  public var weights: KappaWeights
  /// The value, or `nil` when the data leave it undefined (see ``explanation``).
  public var value: Double?
  /// The number of units (rows) in the data.
  public var units: Int
  /// The number of coders (columns) in the data.
  public var coders: Int
  /// The number of values that entered the computation: values in units with at least two
  /// values, or, for the two-coder coefficients, values in units both coders coded.
  public var pairableValues: Int
  /// A bootstrap confidence interval, when one was asked for and could be computed.
  public var confidenceInterval: ConfidenceInterval?
  /// Why ``value`` is `nil`, as a lowercase fragment.
  public var explanation: String?
  /// Remarks on how the data were used, such as units left out for a missing value.
  public var notes: [String]

  /// Creates a result.
  public init(
    statistic: ReliabilityStatistic, level: MeasurementLevel = .nominal,
    weights: KappaWeights = .none, value: Double?, units: Int, coders: Int,
    pairableValues: Int, confidenceInterval: ConfidenceInterval? = nil,
    explanation: String? = nil, notes: [String] = []
  ) {
    self.statistic = statistic
    self.level = level
    self.weights = weights
    self.value = value
    self.units = units
    self.coders = coders
    self.pairableValues = pairableValues
    self.confidenceInterval = confidenceInterval
    self.explanation = explanation
    self.notes = notes
  }
}
