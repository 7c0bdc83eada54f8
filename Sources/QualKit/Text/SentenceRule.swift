/// Where a sentence ends: the one rule that auto-coding's sentence scope
/// and every quotation (``Quote/excerpt(_:limit:)``) follow.
///
/// A sentence ends after `.`, `!`, `?` or `…` followed by white space
/// (Unicode `White_Space`) or by the end of the text, and at a blank line.
public enum SentenceRule {
  /// Whether the scalar `value` ends a sentence when white space follows.
  public static func isFinalPunctuation(_ value: UInt32) -> Bool {
    value == 0x2E || value == 0x21 || value == 0x3F || value == 0x2026
  }

  /// Whether the scalar `value` is white space (Unicode `White_Space`).
  public static func isWhitespace(_ value: UInt32) -> Bool {
    if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
    return Unicode.Scalar(value)?.properties.isWhitespace ?? false
  }
}
