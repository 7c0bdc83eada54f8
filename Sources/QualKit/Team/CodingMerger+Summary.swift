extension CodingMerger.Result {
  /// The line `qualkit merge` ends with: how many codings of which coders
  /// became how many, by which strategy (and unit), into which file.
  public func summary(
    inputCount: Int, strategy: MergeStrategy, unit: AgreementUnitKind, out: String
  ) -> String {
    "merged \(inputCount) coding\(inputCount == 1 ? "" : "s") of \(coders.count) coder"
      + "\(coders.count == 1 ? "" : "s") (\(coders.joined(separator: ", "))) "
      + "into \(codings.count) (\(strategy.rawValue)"
      + (strategy == .union ? "" : " per \(unit.singular)") + "): \(out)"
  }
}

extension ReliabilityStatistic {
  /// The statistics named `names`, each once, in the order given.
  ///
  /// - Returns: The statistics, or the first name that is none (as the error).
  public static func list(_ names: [String]) -> Result<[ReliabilityStatistic], UnknownName> {
    var chosen: [ReliabilityStatistic] = []
    for name in names {
      guard let statistic = ReliabilityStatistic(rawValue: name) else {
        return .failure(UnknownName(name: name))
      }
      if !chosen.contains(statistic) { chosen.append(statistic) }
    }
    return .success(chosen)
  }

  /// A name that is not a statistic.
  public struct UnknownName: Error, Hashable, Sendable, CustomStringConvertible {
    /// The name as given.
    public var name: String

    /// `'kappa' is not a statistic (expected one of: percent, cohen, …)`.
    public var description: String {
      let names = ReliabilityStatistic.allCases.map(\.rawValue).joined(separator: ", ")
      return "'\(name)' is not a statistic (expected one of: \(names))"
    }
  }
}
