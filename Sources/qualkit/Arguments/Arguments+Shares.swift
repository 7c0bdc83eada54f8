import QualKit

extension Arguments {
  /// A share given as `0.05` or `5%`, between `range`'s bounds; `nil` when absent.
  func share(_ name: String, in range: ClosedRange<Double> = 0...1, spec: CommandSpec)
    throws(CLIError) -> Double?
  {
    guard let text = value(name) else { return nil }
    let isPercent = text.hasSuffix("%")
    let number = Double(isPercent ? String(text.dropLast()) : text).map {
      isPercent ? $0 / 100 : $0
    }
    guard let number, number.isFinite, range.contains(number) else {
      throw .usage(
        "'--\(name)' needs a share from \(range.lowerBound) to \(range.upperBound) (such as 0.2 or 20%), not '\(text)'",
        usage: spec.usage)
    }
    return number
  }

  /// A number between `range`'s bounds; `nil` when absent.
  func number(_ name: String, in range: ClosedRange<Double>, spec: CommandSpec) throws(CLIError)
    -> Double?
  {
    guard let text = value(name) else { return nil }
    guard let number = Double(text), number.isFinite, range.contains(number) else {
      throw .usage(
        "'--\(name)' needs a number from \(range.lowerBound) to \(range.upperBound), not '\(text)'",
        usage: spec.usage)
    }
    return number
  }

  /// `--seed`: a whole number of at least 0 (default 1).
  func seed(spec: CommandSpec) throws(CLIError) -> UInt64 {
    guard let text = value("seed") else { return 1 }
    guard let seed = UInt64(text) else {
      throw .usage("'--seed' needs a whole number of at least 0, not '\(text)'", usage: spec.usage)
    }
    return seed
  }

  /// `--lang en|da` as a vocabulary (English by default).
  func vocabulary(spec: CommandSpec) throws(CLIError) -> Vocabulary {
    let name = try choice(
      "lang", in: ReportLanguage.allCases.map(\.rawValue), default: "en", spec: spec)
    return Vocabulary(ReportLanguage(rawValue: name) ?? .english)
  }
}
