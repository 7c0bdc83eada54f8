/// A regular-expression keyword that took too long on one searched range
/// and was stopped there: its hits in the rest of that range are not found.
public struct KeywordStall: Hashable, Sendable {
  /// The index in the matcher's rules of the `re:` pattern.
  public var rule: Int
  /// The UTF-8 offset of the searched range (such as a turn's text) it was
  /// stopped in.
  public var utf8Offset: Int
  /// Whether this stall used up the keyword's ``KeywordRegexBudget``: the
  /// keyword is left out of the rest of the run.
  public var dropsRule: Bool

  /// Creates a stall.
  public init(rule: Int, utf8Offset: Int, dropsRule: Bool = false) {
    self.rule = rule
    self.utf8Offset = utf8Offset
    self.dropsRule = dropsRule
  }
}
