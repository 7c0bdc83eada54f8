/// A line being typed at a review prompt (a memo, a code), with the cursor
/// moved by arrow, Home and End keys and text removed by Backspace and
/// Delete; only printable characters ever enter the text.
///
/// ```swift
/// var editor = ReviewLineEditor()
/// for key: ReviewKey in [.character("a"), .character("c"), .left, .character("b")] {
///   _ = editor.handle(key)
/// }
/// editor.text  // "abc"
/// ```
public struct ReviewLineEditor: Hashable, Sendable {
  /// What a key did.
  public enum Action: Hashable, Sendable {
    /// The line is still being typed.
    case editing
    /// Return was pressed: the line is done.
    case done(String)
    /// Escape, Ctrl-C or Ctrl-D on an empty line: the prompt is left.
    case cancelled
  }

  /// The characters typed.
  public private(set) var characters: [Character]
  /// The cursor's position, 0 (before the first character) to the count.
  public private(set) var cursor: Int

  /// Starts a line holding `text`, the cursor at its end.
  public init(text: String = "") {
    characters = Array(text)
    cursor = characters.count
  }

  /// The line's text.
  public var text: String { String(characters) }

  /// Handles one key.
  public mutating func handle(_ key: ReviewKey) -> Action {
    switch key {
    case .character(let character):
      guard !character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
      else { return .editing }
      characters.insert(character, at: cursor)
      cursor += 1
    case .backspace:
      if cursor > 0 {
        characters.remove(at: cursor - 1)
        cursor -= 1
      }
    case .delete:
      if cursor < characters.count { characters.remove(at: cursor) }
    case .endOfInput:
      if characters.isEmpty { return .cancelled }
      if cursor < characters.count { characters.remove(at: cursor) }
    case .left: cursor = max(0, cursor - 1)
    case .right: cursor = min(characters.count, cursor + 1)
    case .home: cursor = 0
    case .end: cursor = characters.count
    case .enter: return .done(text)
    case .escape, .interrupt: return .cancelled
    case .tab, .up, .down, .ignored: break
    }
    return .editing
  }

  /// The terminal output that redraws the line after a prompt: back to the
  /// position saved when the prompt was written (`ESC 7`), the line cleared,
  /// the text, and the cursor moved back to its place.
  public var redraw: String {
    var output = "\u{1B}8\u{1B}[K" + TerminalText.visible(text)
    let back = characters.count - cursor
    if back > 0 { output += "\u{1B}[\(back)D" }
    return output
  }
}
