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

  /// `text` on one line for a terminal: ``visible(_:)``, with every line
  /// break and tab made a space, so that a label or origin cannot start a
  /// new row of a screen drawn line by line.
  public static func flat(_ text: String) -> String {
    let visible = visible(text)
    guard visible.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\t" }) else {
      return visible
    }
    var scalars = String.UnicodeScalarView()
    for scalar in visible.unicodeScalars {
      scalars.append(scalar == "\n" || scalar == "\t" ? " " : scalar)
    }
    return String(scalars)
  }

  /// How many terminal cells `scalar` takes: 2 for East Asian wide and
  /// full-width characters and emoji, 0 for combining marks, joiners and
  /// variation selectors, 1 for the rest.
  ///
  /// Tabs and control characters count 1: screens expand tabs and pass
  /// text through ``visible(_:)`` before measuring it.
  public static func columns(of scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x300 { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if (0xFE00...0xFE0F).contains(value) || (0xE0100...0xE01EF).contains(value) { return 0 }
    if scalar.properties.isEmojiPresentation { return 2 }
    return wideRanges.contains { $0.contains(value) } ? 2 : 1
  }

  /// How many terminal cells `text` takes on one line (see ``columns(of:)``).
  public static func columns(of text: some StringProtocol) -> Int {
    text.unicodeScalars.reduce(0) { $0 + columns(of: $1) }
  }

  /// `text` cut to at most `width` terminal cells, ending with `…` when cut.
  public static func prefix(_ text: String, columns width: Int) -> String {
    guard columns(of: text) > width else { return text }
    var scalars = String.UnicodeScalarView()
    var used = 0
    for scalar in text.unicodeScalars {
      let cells = columns(of: scalar)
      if used + cells > width - 1 { break }
      scalars.append(scalar)
      used += cells
    }
    return String(scalars) + (width > 0 ? "…" : "")
  }

  /// The East Asian wide and full-width blocks (Unicode's
  /// EastAsianWidth.txt, W and F, gathered into blocks).
  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
    0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
    0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
    0x16FE0...0x18AFF, 0x1B000...0x1B2FF, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
    0x20000...0x2FFFD, 0x30000...0x3FFFD,
  ]

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (value < 0x20 && value != 0x09 && value != 0x0A) || (0x7F...0x9F).contains(value)
  }
}
