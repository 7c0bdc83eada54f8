/// How a quantile between two observations is interpolated (Hyndman & Fan 1996).
public enum QuantileMethod: String, Hashable, Sendable, CaseIterable {
  /// Type 6, `p(n + 1)`: SPSS's default (and Minitab's).
  case type6
  /// Type 7, `1 + p(n − 1)`: the default of R, NumPy, pandas and Excel's `QUARTILE.INC`.
  case type7

  /// The `p` quantile of `sorted`, which must be sorted ascending and not empty.
  ///
  /// - Parameters:
  ///   - p: The probability, in 0...1.
  ///   - sorted: The observations, ascending.
  /// - Returns: The interpolated quantile.
  public func quantile(_ p: Double, ofSorted sorted: [Double]) -> Double {
    precondition(!sorted.isEmpty, "a quantile of no values")
    let n = sorted.count
    // `position` is 1-based, as Hyndman & Fan write it.
    let position: Double
    switch self {
    case .type6: position = p * Double(n + 1)
    case .type7: position = 1 + p * Double(n - 1)
    }
    if position <= 1 { return sorted[0] }
    if position >= Double(n) { return sorted[n - 1] }
    let below = Int(position.rounded(.down))
    let fraction = position - Double(below)
    let low = sorted[below - 1]
    guard fraction != 0 else { return low }
    let quantile = low + fraction * (sorted[below] - low)
    // The gap overflows between values near -1e308 and 1e308; the weighted
    // sum of the two does not.
    return quantile.isFinite ? quantile : low * (1 - fraction) + sorted[below] * fraction
  }
}
