/// Why the agreement coefficients are what they are: per code and pooled,
/// the 2 × 2 table's prevalence and bias indices and PABAK (two coders),
/// Gwet's AC1 beside kappa, and confidence intervals (Wilson for percent
/// agreement, a seeded bootstrap over units for kappa and AC1), with a note
/// for each code whose kappa is low although agreement is high.
///
/// Built from an ``AgreementReport``'s tables, so the units are the ones
/// `qualkit agree` and the report count.
public struct AgreementDiagnostics: Hashable, Sendable {
  /// One code's (or the pooled) figures.
  public struct Row: Hashable, Sendable {
    /// The code's id, or `nil` for the pooled row.
    public var code: String?
    /// The units.
    public var units: Int
    /// The 2 × 2 table (two coders only).
    public var twoByTwo: AgreementTwoByTwo?
    /// Percent agreement, with a Wilson interval.
    public var percent: ReliabilityResult
    /// Cohen's kappa (two coders) or Fleiss' kappa, with a bootstrap interval.
    public var kappa: ReliabilityResult
    /// Gwet's AC1, with a bootstrap interval.
    public var ac1: ReliabilityResult

    /// High agreement (at least ``AgreementDiagnostics/paradoxAgreement``)
    /// with kappa below ``AgreementDiagnostics/paradoxKappa``.
    public var isParadox: Bool {
      guard let agreement = percent.value, let kappa = kappa.value else { return false }
      return agreement >= AgreementDiagnostics.paradoxAgreement
        && kappa < AgreementDiagnostics.paradoxKappa
    }
  }

  /// Percent agreement from which a low kappa is flagged (0.90).
  public static let paradoxAgreement = 0.90
  /// Kappa below which, with high agreement, a code is flagged (0.40).
  public static let paradoxKappa = 0.40
  /// The most units the bootstrap resamples; above it intervals are left out.
  public static let bootstrapLimit = 200_000

  /// The confidence level of the intervals.
  public var confidence: Double
  /// Bootstrap resamples.
  public var resamples: Int
  /// Bootstrap seed.
  public var seed: UInt64
  /// One row per code, as in the agreement report.
  public var rows: [Row]
  /// Every code × unit decision pooled.
  public var pooled: Row

  /// Computes the diagnostics of `agreement`.
  ///
  /// - Parameters:
  ///   - agreement: The agreement report (its tables and options).
  ///   - confidence: The intervals' level, such as 0.95; 0 for none.
  ///   - resamples: Bootstrap resamples.
  ///   - seed: Bootstrap seed.
  public init(
    agreement: AgreementReport, confidence: Double = 0.95, resamples: Int = 1000,
    seed: UInt64 = 1
  ) {
    self.confidence = confidence
    self.resamples = resamples
    self.seed = seed
    let codedOnly = agreement.options.codedOnly
    func row(_ code: String?, _ tables: [AgreementTable]) -> Row {
      let data = AgreementTable.reliabilityData(tables, codedOnly: codedOnly)
      return Self.row(
        code: code, data: data, confidence: confidence, resamples: resamples, seed: seed)
    }
    rows = agreement.tables.map { row($0.code, [$0]) }
    pooled = row(nil, agreement.tables)
  }

  /// The diagnostics of one data set, `data`, as the pooled row (the
  /// `reliability` command's), named `name`.
  public init(
    data: ReliabilityData, name: String, confidence: Double = 0.95, resamples: Int = 1000,
    seed: UInt64 = 1
  ) {
    self.confidence = confidence
    self.resamples = resamples
    self.seed = seed
    rows = []
    pooled = Self.row(
      code: name, data: data, confidence: confidence, resamples: resamples, seed: seed)
  }

  /// The diagnostics of one data set (the `reliability` command's).
  public static func row(
    code: String? = nil, data: ReliabilityData, confidence: Double = 0.95,
    resamples: Int = 1000, seed: UInt64 = 1
  ) -> Row {
    let kappaStatistic: ReliabilityStatistic = data.coderCount == 2 ? .cohenKappa : .fleissKappa
    var percent = Reliability.compute(.percentAgreement, on: data)
    var kappa = Reliability.compute(kappaStatistic, on: data)
    var ac1 = Reliability.compute(.gwetAC1, on: data)
    if confidence > 0, confidence < 1 {
      if let value = percent.value {
        let trials = Double(percent.pairableValues) / Double(max(1, data.coderCount))
        let units = data.coderCount == 2 ? trials : Double(data.unitCount)
        percent.confidenceInterval = WilsonInterval.interval(
          successes: value * units, trials: units, confidence: confidence)
      }
      if data.unitCount <= bootstrapLimit {
        for index in 0..<2 {
          var result = index == 0 ? kappa : ac1
          if result.value != nil {
            result.confidenceInterval = bootstrapInterval(
              for: result.statistic, on: data, confidence: confidence, resamples: resamples,
              seed: seed)
          }
          if index == 0 { kappa = result } else { ac1 = result }
        }
      }
    }
    return Row(
      code: code, units: data.unitCount, twoByTwo: AgreementTwoByTwo(data), percent: percent,
      kappa: kappa, ac1: ac1)
  }
}
