/// Cronbach's alpha of a multi-item scale on complete cases:
/// α = k/(k − 1) · (1 − Σ var(itemᵢ) / var(total)), variances with n − 1.
///
/// It is undefined (``value`` `nil`, with an ``explanation``) for fewer than
/// two items, fewer than two cases, or a total with no variance.
public struct CronbachAlpha: Hashable, Sendable {
  /// The number of items.
  public var items: Int
  /// The number of complete cases the value rests on.
  public var cases: Int
  /// The coefficient, or `nil` when undefined.
  public var value: Double?
  /// Why ``value`` is `nil`.
  public var explanation: String?

  /// Computes alpha of `cases`, each case one value per item (every case complete, same length).
  public init(cases rows: [[Double]]) {
    cases = rows.count
    items = rows.first?.count ?? 0
    guard items >= 2 else {
      explanation = "alpha needs at least two items"
      return
    }
    guard rows.count >= 2 else {
      explanation = "alpha needs at least two complete cases"
      return
    }
    var (itemVariances, totalVariance) = CronbachAlpha.variances(rows)
    if !itemVariances.isFinite || !totalVariance.isFinite {
      // Alpha does not change when every value is divided by one number:
      // values near ±1e308, whose squares overflow, are taken relative to
      // the largest.
      let scale = rows.lazy.flatMap { $0 }.map(abs).max() ?? 1
      (itemVariances, totalVariance) = CronbachAlpha.variances(
        rows.map { $0.map { $0 / scale } })
      guard itemVariances.isFinite, totalVariance.isFinite else {
        explanation = "the values are too large to compute alpha"
        return
      }
    }
    guard totalVariance > 0 else {
      explanation = "the summed scores have no variance"
      return
    }
    let k = Double(items)
    value = k / (k - 1) * (1 - itemVariances / totalVariance)
  }

  /// The sum of the items' variances and the variance of the cases' totals.
  private static func variances(_ rows: [[Double]]) -> (items: Double, total: Double) {
    var itemVariances = 0.0
    for item in rows[0].indices {
      let column = rows.map { $0[item] }
      itemVariances += Descriptive.sampleVariance(column, mean: Descriptive.mean(column)) ?? 0
    }
    let totals = rows.map { Descriptive.compensatedSum($0) }
    let totalVariance = Descriptive.sampleVariance(totals, mean: Descriptive.mean(totals)) ?? 0
    return (itemVariances, totalVariance)
  }
}
