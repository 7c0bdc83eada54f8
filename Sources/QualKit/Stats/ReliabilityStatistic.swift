/// An inter-coder reliability coefficient.
public enum ReliabilityStatistic: String, Hashable, Sendable, CaseIterable {
  /// The share of agreeing pairs of values (see ``Reliability/percentAgreement(_:)``).
  case percentAgreement = "percent"
  /// Cohen's kappa for two coders (see ``Reliability/cohenKappa(_:weights:)``).
  case cohenKappa = "cohen"
  /// Scott's pi for two coders (see ``Reliability/scottPi(_:)``).
  case scottPi = "scott"
  /// Fleiss' kappa for any number of coders (see ``Reliability/fleissKappa(_:)``).
  case fleissKappa = "fleiss"
  /// Krippendorff's alpha (see ``Reliability/krippendorffAlpha(_:level:)``).
  case krippendorffAlpha = "alpha"
  /// Brennan and Prediger's kappa (see ``Reliability/brennanPrediger(_:)``).
  case brennanPrediger = "bp"
  /// Gwet's AC1 (see ``Reliability/gwetAC1(_:)``).
  case gwetAC1 = "ac1"

  /// The coefficient's usual name, such as "Krippendorff's alpha".
  public var displayName: String {
    switch self {
    case .percentAgreement: "Percent agreement"
    case .cohenKappa: "Cohen's kappa"
    case .scottPi: "Scott's pi"
    case .fleissKappa: "Fleiss' kappa"
    case .krippendorffAlpha: "Krippendorff's alpha"
    case .brennanPrediger: "Brennan-Prediger kappa"
    case .gwetAC1: "Gwet's AC1"
    }
  }
}
