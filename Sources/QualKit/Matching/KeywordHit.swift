/// A place where a code's keyword occurs in a text.
public struct KeywordHit: Hashable, Sendable {
  /// The caller's index of the code, from ``KeywordRule/code``.
  public var code: Int
  /// The index in the matcher's rules of the pattern that made the hit; the
  /// lowest one if several patterns of the code made the same span.
  public var rule: Int
  /// The span as UTF-8 byte offsets into the whole text, end exclusive.
  public var utf8Range: Range<Int>
  /// The span as Unicode-scalar offsets into the whole text, end exclusive.
  public var scalarRange: Range<Int>

  /// Creates a hit.
  public init(code: Int, rule: Int, utf8Range: Range<Int>, scalarRange: Range<Int>) {
    self.code = code
    self.rule = rule
    self.utf8Range = utf8Range
    self.scalarRange = scalarRange
  }
}
