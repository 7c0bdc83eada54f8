/// Renders a ``ReliabilityResult`` as text or JSON, for `qualkit reliability`.
public enum ReliabilityWriter {
  /// The label of a result, such as `Krippendorff's alpha (ordinal)`.
  public static func label(_ result: ReliabilityResult) -> String {
    switch result.statistic {
    case .krippendorffAlpha: "\(result.statistic.displayName) (\(result.level.rawValue))"
    case .cohenKappa where result.weights != .none:
      "\(result.statistic.displayName) (\(result.weights.rawValue) weights)"
    default: result.statistic.displayName
    }
  }

  /// The text report: value, counts, interval, notes; values to 3 decimals.
  ///
  /// - Parameters:
  ///   - result: The computed coefficient.
  ///   - confidence: The interval's level when one was asked for (0.95).
  ///   - seed: The bootstrap's seed, named so that the interval can be reproduced.
  /// - Returns: The lines, each ending with a line break.
  public static func text(_ result: ReliabilityResult, confidence: Double?, seed: UInt64)
    -> String
  {
    var lines: [String] = []
    if let value = result.value {
      lines.append("\(label(result)): \(NumberFormat.fixed(value, decimals: 3))")
    } else {
      lines.append("\(label(result)): undefined (\(result.explanation ?? "no value"))")
    }
    lines.append(
      "units: \(result.units), coders: \(result.coders), "
        + "pairable values: \(result.pairableValues)")
    if let confidence {
      var percent = NumberFormat.fixed(confidence * 100, decimals: 1)
      if percent.hasSuffix(".0") { percent.removeLast(2) }
      if let interval = result.confidenceInterval {
        lines.append(
          "\(percent)% CI: [\(NumberFormat.fixed(interval.lower, decimals: 3)), "
            + "\(NumberFormat.fixed(interval.upper, decimals: 3))] "
            + "(bootstrap over units, \(interval.resamples) resamples, seed \(seed))")
      } else {
        lines.append("\(percent)% CI: undefined")
      }
    }
    for note in result.notes { lines.append("note: \(note)") }
    return TerminalText.visible(lines.joined(separator: "\n") + "\n")
  }

  /// The JSON report: statistic, level, value, units, coders,
  /// pairableValues and ci (`[lower, upper]` or null), numbers in full precision.
  public static func json(_ result: ReliabilityResult) -> JSONOutput {
    let ci: JSONOutput =
      result.confidenceInterval.map { .array([.double($0.lower), .double($0.upper)]) } ?? .null
    return .object([
      ("statistic", .string(result.statistic.rawValue)),
      ("level", .string(result.level.rawValue)),
      ("value", result.value.map { .double($0) } ?? .null),
      ("units", .int(result.units)), ("coders", .int(result.coders)),
      ("pairableValues", .int(result.pairableValues)), ("ci", ci),
    ])
  }
}
