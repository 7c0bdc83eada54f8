/// The level of measurement of coded values, which decides how Krippendorff's
/// alpha weighs a disagreement.
public enum MeasurementLevel: String, Hashable, Sendable, CaseIterable {
  /// Unordered categories: two values either agree or not.
  case nominal
  /// Ordered categories: the distance counts the values coded between them.
  case ordinal
  /// Numbers with meaningful differences: the distance is the squared difference.
  case interval
  /// Non-negative numbers with a meaningful zero: the distance is relative.
  case ratio
}
