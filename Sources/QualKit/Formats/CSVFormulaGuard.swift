/// The leading `'` that keeps a spreadsheet from running a CSV field as a
/// formula (CSV injection, OWASP): put on by ``CSVWriter`` and taken off by
/// the readers of files QualKit wrote, such as the spreadsheet codebook.
///
/// A text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
/// gets the mark, and so does a text whose leading `'`s are followed by one
/// of those (`'-x` becomes `''-x`), so that taking off one `'` always gives
/// the text back. Plain decimal numbers (`-0.25`, `+3`) are left as they are:
/// no spreadsheet runs them, and a number column stays a number column.
public enum CSVFormulaGuard {
  /// The first characters that make a spreadsheet read a cell as a formula.
  static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

  /// `text` with the mark put on where a spreadsheet would run it.
  public static func neutralised(_ text: String) -> String {
    needsMark(text.unicodeScalars[...]) && !isPlainNumber(text) ? "'" + text : text
  }

  /// `field` with the mark of ``neutralised(_:)`` taken off: exactly one
  /// leading `'`, and only where ``neutralised(_:)`` would have put it.
  ///
  /// A `'` that a person typed before other text (`'quoted'`) is kept.
  public static func restored(_ field: String) -> String {
    let scalars = field.unicodeScalars
    guard scalars.first == "'", needsMark(scalars.dropFirst()) else { return field }
    return String(scalars.dropFirst())
  }

  /// Whether `scalars`, past any leading `'`s, starts with a trigger.
  private static func needsMark(_ scalars: Substring.UnicodeScalarView) -> Bool {
    guard let first = scalars.first(where: { $0 != "'" }) else { return false }
    return triggers.contains(first)
  }

  /// Whether `text` is a decimal number: an optional sign, digits, and an
  /// optional point with more digits (no exponent, no hex, no words).
  static func isPlainNumber(_ text: String) -> Bool {
    var scalars = Substring(text).unicodeScalars[...]
    if let first = scalars.first, first == "-" || first == "+" { scalars = scalars.dropFirst() }
    var digits = 0
    var sawPoint = false
    for scalar in scalars {
      if ("0"..."9").contains(scalar) {
        digits += 1
      } else if scalar == "." && !sawPoint {
        sawPoint = true
      } else {
        return false
      }
    }
    return digits > 0 && scalars.last != "."
  }
}
