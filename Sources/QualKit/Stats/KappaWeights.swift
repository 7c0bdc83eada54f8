/// The disagreement weights of Cohen's weighted kappa.
///
/// For categories at positions *i* and *j* of the declared category order
/// (0-based, *q* categories), the agreement weight is
/// - `none`: 1 when *i* = *j*, else 0;
/// - `linear`: 1 − |*i* − *j*| / (*q* − 1);
/// - `quadratic`: 1 − (*i* − *j*)² / (*q* − 1)².
///
/// Reference: Cohen, J. (1968). Weighted kappa. *Psychological Bulletin* 70(4), 213–220.
public enum KappaWeights: String, Hashable, Sendable, CaseIterable {
  /// Unweighted kappa: only exact agreement counts.
  case none
  /// Linear weights (Cicchetti–Allison).
  case linear
  /// Quadratic weights (Fleiss–Cohen).
  case quadratic

  /// The agreement weight of categories at positions `i` and `j` of `count`.
  func agreement(_ i: Int, _ j: Int, count: Int) -> Double {
    if i == j { return 1 }
    guard count > 1 else { return 1 }
    let distance = Double(abs(i - j)) / Double(count - 1)
    switch self {
    case .none: return 0
    case .linear: return 1 - distance
    case .quadratic: return 1 - distance * distance
    }
  }
}
