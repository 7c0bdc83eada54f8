/// What counts as one unit when coders' codings are compared.
public enum AgreementUnitKind: String, Hashable, Sendable, CaseIterable {
  /// A speaker turn: its text after the speaker label.
  case turn
  /// A non-blank line inside a speaker turn.
  case line
  /// A Unicode scalar of a turn's text.
  case char

  /// The unit's name: "turn", "line", "character".
  public var singular: String { self == .char ? "character" : rawValue }

  /// The unit's name in the plural, for reports: "turns", "lines", "characters".
  public var plural: String {
    switch self {
    case .turn: "turns"
    case .line: "lines"
    case .char: "characters"
    }
  }
}
