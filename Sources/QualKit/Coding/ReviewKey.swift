/// One key pressed at the review screen, decoded from the bytes a terminal
/// sends in raw mode (UTF-8 letters, control bytes, escape sequences).
///
/// Escape sequences a terminal sends for arrow, Home, End and Delete keys
/// become those keys; any other sequence is read to its end and dropped,
/// so that no escape code ever reaches a memo.
public enum ReviewKey: Hashable, Sendable {
  /// A printable character (`a`, `æ`, ` `).
  case character(Character)
  /// Return or Enter.
  case enter
  /// Tab.
  case tab
  /// Backspace (DEL or Ctrl-H).
  case backspace
  /// Forward delete.
  case delete
  /// Left arrow (or Ctrl-B).
  case left
  /// Right arrow (or Ctrl-F).
  case right
  /// Up arrow.
  case up
  /// Down arrow.
  case down
  /// Home (or Ctrl-A).
  case home
  /// End (or Ctrl-E).
  case end
  /// Escape on its own.
  case escape
  /// Ctrl-C.
  case interrupt
  /// Ctrl-D.
  case endOfInput
  /// A key or sequence with no meaning here (dropped).
  case ignored

  /// Reads one key from a terminal's bytes.
  ///
  /// - Parameters:
  ///   - read: The next byte, or nil at the end of input.
  ///   - hasMore: Whether another byte follows at once (part of an escape
  ///     sequence rather than a lone Escape).
  /// - Returns: The key, or nil at the end of input.
  public static func read(_ read: () -> UInt8?, hasMore: () -> Bool) -> ReviewKey? {
    guard let byte = read() else { return nil }
    switch byte {
    case 0x0D, 0x0A: return .enter
    case 0x09: return .tab
    case 0x7F, 0x08: return .backspace
    case 0x01: return .home
    case 0x05: return .end
    case 0x02: return .left
    case 0x06: return .right
    case 0x03: return .interrupt
    case 0x04: return .endOfInput
    case 0x1B: return escapeSequence(read, hasMore: hasMore)
    case ..<0x20: return .ignored
    default: break
    }
    var bytes = [byte]
    let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
    while bytes.count < length, let next = read() { bytes.append(next) }
    let text = String(decoding: bytes, as: UTF8.self)
    guard let character = text.first, !text.unicodeScalars.contains("\u{FFFD}") else {
      return .ignored
    }
    return .character(character)
  }

  /// The key of an escape sequence whose `ESC` was read.
  private static func escapeSequence(_ read: () -> UInt8?, hasMore: () -> Bool) -> ReviewKey {
    guard hasMore(), let introducer = read() else { return .escape }
    guard introducer == UInt8(ascii: "[") || introducer == UInt8(ascii: "O") else {
      return .ignored  // Alt plus a key.
    }
    // Parameters (digits and ';') up to a final byte in 0x40...0x7E.
    var parameters: [UInt8] = []
    while let next = read() {
      if (0x40...0x7E).contains(next) {
        switch (next, parameters) {
        case (UInt8(ascii: "A"), _): return .up
        case (UInt8(ascii: "B"), _): return .down
        case (UInt8(ascii: "C"), _): return .right
        case (UInt8(ascii: "D"), _): return .left
        case (UInt8(ascii: "H"), _): return .home
        case (UInt8(ascii: "F"), _): return .end
        case (UInt8(ascii: "~"), [UInt8(ascii: "1")]), (UInt8(ascii: "~"), [UInt8(ascii: "7")]):
          return .home
        case (UInt8(ascii: "~"), [UInt8(ascii: "4")]), (UInt8(ascii: "~"), [UInt8(ascii: "8")]):
          return .end
        case (UInt8(ascii: "~"), [UInt8(ascii: "3")]): return .delete
        default: return .ignored
        }
      }
      parameters.append(next)
      if parameters.count > 16 { return .ignored }
    }
    return .ignored
  }
}
