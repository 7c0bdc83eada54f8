/// Makes text from files and arguments safe to print on a terminal.
///
/// Every writer and the diagnostic printer pass text that comes from input
/// (labels, attribute values, ids, names, origins, memos, paths) through
/// ``visible(_:)``: codebooks and coding files come from teammates, and an
/// escape sequence in them could clear the screen or (OSC 52) write the
/// clipboard.
public enum TerminalText {
  /// `text` with every control character other than tab and line feed (C0,
  /// DEL and C1, escape included) replaced by U+FFFD, one scalar for one.
  ///
  /// A transcript or memo could otherwise carry escape sequences that move
  /// the cursor or recolour the terminal. Replacing scalar for scalar keeps
  /// Unicode-scalar offsets into the text valid.
  public static func visible(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      scalars.append(isControl(scalar) ? "\u{FFFD}" : scalar)
    }
    return String(scalars)
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (value < 0x20 && value != 0x09 && value != 0x0A) || (0x7F...0x9F).contains(value)
  }
}
