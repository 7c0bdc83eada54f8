/// A keyword pattern together with the code it belongs to.
public struct KeywordRule: Hashable, Sendable {
  /// The caller's index of the code, reported back in every hit.
  public var code: Int
  /// The pattern.
  public var pattern: KeywordPattern

  /// Creates a rule that makes `pattern` a keyword of `code`.
  public init(code: Int, pattern: KeywordPattern) {
    self.code = code
    self.pattern = pattern
  }
}
