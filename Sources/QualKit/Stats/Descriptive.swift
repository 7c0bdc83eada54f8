/// The descriptive statistics of one set of numbers: count, mean, standard
/// deviation, median and quartiles.
///
/// The standard deviation divides by n − 1 (the sample standard deviation,
/// as R's `sd`, pandas' `std` and SPSS compute it); it is `nil` for fewer
/// than two values, and every statistic is `nil` for none.
///
/// Values near the largest `Double` (±1e308) do not overflow the mean,
/// quartiles or standard deviation where the result itself is a `Double`;
/// a result beyond that range is infinite, and tables show it as undefined
/// (``Table/definingNonFiniteNumbers()``).
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
    standardDeviation = Descriptive.sampleStandardDeviation(values, mean: mean)
    median = quantiles.quantile(0.5, ofSorted: sorted)
    firstQuartile = quantiles.quantile(0.25, ofSorted: sorted)
    thirdQuartile = quantiles.quantile(0.75, ofSorted: sorted)
  }

  /// The mean of `values` (not empty), summed with Kahan–Babuška compensation.
  ///
  /// When the sum overflows (values near ±1e308), each value is divided by
  /// the count before summing, which cannot overflow.
  public static func mean(_ values: [Double]) -> Double {
    let count = Double(values.count)
    let sum = compensatedSum(values)
    return sum.isFinite ? sum / count : compensatedSum(values.map { $0 / count })
  }

  /// The sample standard deviation (n − 1) of `values` around `mean`, or
  /// `nil` for fewer than two values.
  ///
  /// When the squared deviations overflow, they are taken relative to the
  /// largest deviation, so that a deviation that is itself a `Double` gives
  /// a finite result when the result is one.
  public static func sampleStandardDeviation(_ values: [Double], mean: Double) -> Double? {
    guard let variance = sampleVariance(values, mean: mean) else { return nil }
    if variance.isFinite { return variance.squareRoot() }
    let scale = values.map { abs($0 - mean) }.max() ?? 0
    guard scale.isFinite, scale > 0 else { return variance.squareRoot() }
    let scaled = compensatedSum(
      values.map {
        let deviation = ($0 - mean) / scale
        return deviation * deviation
      })
    return scale * (scaled / Double(values.count - 1)).squareRoot()
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
