/// The descriptive statistics of one set of numbers: count, mean, standard
/// deviation, median and quartiles.
///
/// The standard deviation divides by n − 1 (the sample standard deviation,
/// as R's `sd`, pandas' `std` and SPSS compute it); it is `nil` for fewer
/// than two values, and every statistic is `nil` for none.
public struct Descriptive: Hashable, Sendable {
  /// The number of values.
  public var count: Int
  /// The arithmetic mean.
  public var mean: Double?
  /// The sample standard deviation (n − 1).
  public var standardDeviation: Double?
  /// The median.
  public var median: Double?
  /// The first quartile.
  public var firstQuartile: Double?
  /// The third quartile.
  public var thirdQuartile: Double?

  /// Describes `values`.
  ///
  /// - Parameters:
  ///   - values: The values, in any order.
  ///   - quantiles: How quartiles are interpolated.
  public init(_ values: [Double], quantiles: QuantileMethod = .type7) {
    count = values.count
    guard !values.isEmpty else { return }
    let sorted = values.sorted()
    let mean = Descriptive.mean(values)
    self.mean = mean
    standardDeviation = Descriptive.sampleVariance(values, mean: mean).map { $0.squareRoot() }
    median = quantiles.quantile(0.5, ofSorted: sorted)
    firstQuartile = quantiles.quantile(0.25, ofSorted: sorted)
    thirdQuartile = quantiles.quantile(0.75, ofSorted: sorted)
  }

  /// The mean of `values` (not empty), summed with Kahan–Babuška compensation.
  public static func mean(_ values: [Double]) -> Double {
    compensatedSum(values) / Double(values.count)
  }

  /// The sample variance (n − 1) of `values` around `mean`, or `nil` for fewer than two values.
  public static func sampleVariance(_ values: [Double], mean: Double) -> Double? {
    guard values.count > 1 else { return nil }
    return compensatedSum(values.map { ($0 - mean) * ($0 - mean) }) / Double(values.count - 1)
  }

  /// The sum of `values`, with Neumaier's compensation so that the result
  /// does not depend on how large the partial sums grow.
  static func compensatedSum(_ values: [Double]) -> Double {
    var sum = 0.0
    var compensation = 0.0
    for value in values {
      let total = sum + value
      if abs(sum) >= abs(value) {
        compensation += (sum - total) + value
      } else {
        compensation += (value - total) + sum
      }
      sum = total
    }
    return sum + compensation
  }
}
