/// Two coders' yes/no decisions on the same units as a 2 × 2 table, with
/// the diagnostics that tell why kappa is what it is.
///
/// With *a* the units both coded, *d* those neither coded, *b* those only
/// the first coded and *c* those only the second coded, over *n* units:
///
///     p_o   = (a + d) / n                 observed agreement
///     PI    = (a − d) / n                 prevalence index
///     BI    = (b − c) / n                 bias index
///     PABAK = 2·p_o − 1                   prevalence- and bias-adjusted kappa
///     κ     = (PABAK − PI² + BI²) / (1 − PI² + BI²)
///
/// A large |PI| (a rare or near-universal code) makes chance agreement
/// high, so kappa can be low although the coders agree on almost every
/// unit: the first kappa paradox of Feinstein & Cicchetti (1990). PABAK,
/// which equals Brennan–Prediger's kappa for two categories, and Gwet's
/// AC1 are not pulled down by it.
///
/// References: Byrt, T., Bishop, J. & Carlin, J. B. (1993). Bias,
/// prevalence and kappa. *Journal of Clinical Epidemiology* 46(5),
/// 423–429. Feinstein, A. R. & Cicchetti, D. V. (1990). High agreement but
/// low kappa: I. The problems of two paradoxes. *Journal of Clinical
/// Epidemiology* 43(6), 543–549.
public struct AgreementTwoByTwo: Hashable, Sendable {
  /// Units both coders coded (yes, yes).
  public var both: Double
  /// Units only the first coder coded (yes, no).
  public var firstOnly: Double
  /// Units only the second coder coded (no, yes).
  public var secondOnly: Double
  /// Units neither coded (no, no).
  public var neither: Double

  /// Creates a table from its four counts.
  public init(both: Double, firstOnly: Double, secondOnly: Double, neither: Double) {
    self.both = both
    self.firstOnly = firstOnly
    self.secondOnly = secondOnly
    self.neither = neither
  }

  /// The 2 × 2 table of two coders' values in `data`.
  ///
  /// The categories are two (the second, such as `1`, is "coded"); units
  /// with a missing value are left out. `nil` when the data do not have exactly 2 coders and at most
  /// 2 categories.
  public init?(_ data: ReliabilityData) {
    guard data.coderCount == 2, data.categories.count <= 2 else { return nil }
    var counts = [0.0, 0.0, 0.0, 0.0]
    for row in 0..<data.rowCount {
      guard let first = data.value(unit: row, coder: 0),
        let second = data.value(unit: row, coder: 1)
      else { continue }
      counts[first * 2 + second] += Double(data.weight(ofRow: row))
    }
    // Index 1 is "coded" (category `1`); a one-category table is all "not coded"
    // unless that category is the second of a declared pair.
    self.init(both: counts[3], firstOnly: counts[2], secondOnly: counts[1], neither: counts[0])
  }

  /// The number of units, *n*.
  public var units: Double { both + firstOnly + secondOnly + neither }

  /// Observed agreement *p_o*, or `nil` without units.
  public var observedAgreement: Double? {
    units > 0 ? (both + neither) / units : nil
  }

  /// The prevalence index (a − d)/n, from −1 to 1; `nil` without units.
  public var prevalenceIndex: Double? {
    units > 0 ? (both - neither) / units : nil
  }

  /// The bias index (b − c)/n, from −1 to 1; `nil` without units.
  public var biasIndex: Double? {
    units > 0 ? (firstOnly - secondOnly) / units : nil
  }

  /// PABAK = 2·p_o − 1; `nil` without units.
  public var pabak: Double? { observedAgreement.map { 2 * $0 - 1 } }

  /// Cohen's kappa from PABAK, PI and BI (Byrt et al.'s identity); `nil`
  /// without units or when 1 − PI² + BI² is 0 (only one category in use).
  public var kappa: Double? {
    guard let pabak, let prevalence = prevalenceIndex, let bias = biasIndex else { return nil }
    let denominator = 1 - prevalence * prevalence + bias * bias
    guard abs(denominator) > 1e-12 else { return nil }
    return (pabak - prevalence * prevalence + bias * bias) / denominator
  }
}
