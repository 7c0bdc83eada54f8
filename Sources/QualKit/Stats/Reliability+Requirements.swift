extension Reliability {
  /// Why a coefficient cannot be computed on data as asked.
  public enum Mismatch: Hashable, Sendable, CustomStringConvertible {
    /// The coefficient takes exactly two coders and the data have another number.
    case needsTwoCoders(ReliabilityStatistic, found: Int)
    /// Ordinal alpha or weighted kappa on values that are not numbers and
    /// have no declared order.
    case needsCategoryOrder

    /// A lowercase sentence fragment without a final period.
    public var description: String {
      switch self {
      case .needsTwoCoders(let statistic, let found):
        "\(statistic.displayName) needs exactly 2 coder columns, found \(found) "
          + "(use '--statistic fleiss' or '--statistic alpha' for more)"
      case .needsCategoryOrder:
        "the values are not numbers, so their order is unknown: give it with '--categories'"
      }
    }
  }

  /// What keeps `statistic` from being computed on `data` at `level` with
  /// `weights`, or nil when nothing does.
  public static func mismatch(
    _ statistic: ReliabilityStatistic, on data: ReliabilityData, level: MeasurementLevel,
    weights: KappaWeights
  ) -> Mismatch? {
    if (statistic == .cohenKappa || statistic == .scottPi) && data.coderCount != 2 {
      return .needsTwoCoders(statistic, found: data.coderCount)
    }
    let needsOrder = (statistic == .krippendorffAlpha && level == .ordinal) || weights != .none
    return needsOrder && !data.isOrdered ? .needsCategoryOrder : nil
  }
}
