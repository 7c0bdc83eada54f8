/// The code picker of the review's `c` key: the reviewer types the start of
/// a code's id or label, the codable codes that match are listed with their
/// labels, Tab completes the id, and the arrow keys choose among them.
///
/// ```swift
/// var picker = ReviewCodePicker(codebook: codebook)
/// _ = picker.handle(.character("e"))
/// picker.matches.map(\.id)  // ["energy", "everyday-life"]
/// _ = picker.handle(.down)
/// picker.handle(.enter)     // .chosen("energy")
/// ```
public struct ReviewCodePicker: Hashable, Sendable {
  /// What a key did.
  public enum Action: Hashable, Sendable {
    /// Still choosing.
    case editing
    /// Return: the id chosen with the arrows, or else the text typed.
    case chosen(String)
    /// Escape, Ctrl-C or an empty Return: no change.
    case cancelled
  }

  /// How many matches are listed at most.
  public static let listLimit = 8

  /// The line typed.
  public private(set) var editor = ReviewLineEditor()
  /// The match chosen with the arrow keys (an index into ``matches``), if any.
  public private(set) var selection: Int?
  private let codes: [Code]

  /// Starts a picker over the codable codes of `codebook`, in codebook order.
  public init(codebook: Codebook) {
    codes = codebook.allCodes.filter(\.isCodable)
  }

  /// The codable codes whose id or label starts with the text typed
  /// (ignoring case), every codable code when nothing is typed.
  public var matches: [Code] {
    let typed = editor.text.lowercased()
    guard !typed.isEmpty else { return codes }
    return codes.filter {
      $0.id.lowercased().hasPrefix(typed) || $0.label.lowercased().hasPrefix(typed)
    }
  }

  /// Handles one key.
  public mutating func handle(_ key: ReviewKey) -> Action {
    let found = matches
    switch key {
    case .up:
      guard !found.isEmpty else { return .editing }
      selection = max(0, (selection ?? 1) - 1)
    case .down:
      guard !found.isEmpty else { return .editing }
      selection = min(min(found.count, Self.listLimit) - 1, (selection ?? -1) + 1)
    case .tab:
      let completion: String
      if let selection, selection < found.count {
        completion = found[selection].id
      } else if found.count == 1 {
        completion = found[0].id
      } else {
        completion = Self.commonPrefix(of: found.map(\.id)) ?? editor.text
      }
      if completion.count >= editor.text.count {
        editor = ReviewLineEditor(text: completion)
        self.selection = nil
      }
    case .enter:
      if let selection, selection < found.count { return .chosen(found[selection].id) }
      let text = editor.text.trimmingWhitespace()
      return text.isEmpty ? .cancelled : .chosen(text)
    default:
      switch editor.handle(key) {
      case .cancelled: return .cancelled
      case .done(let text): return .chosen(text)
      case .editing: selection = nil
      }
    }
    return .editing
  }

  /// The rows listed under the prompt: each match with its label, the
  /// chosen one marked `>`, and how many more there are.
  public var rows: [String] {
    let found = matches
    var rows = found.prefix(Self.listLimit).enumerated().map { offset, code in
      (offset == selection ? "  > " : "    ") + TerminalText.flat(code.id + "  " + code.label)
    }
    if found.count > Self.listLimit { rows.append("    … \(found.count - Self.listLimit) more") }
    if found.isEmpty {
      rows.append("    (no code starts with '\(TerminalText.flat(editor.text))')")
    }
    return rows
  }

  /// The terminal output that redraws the prompt and the list below it,
  /// leaving the cursor in the typed text.
  ///
  /// - Parameter prompt: The prompt written before the text.
  /// - Returns: Text with ANSI cursor movements.
  public func redraw(prompt: String) -> String {
    let list = rows
    var output = "\r\u{1B}[J" + prompt + TerminalText.visible(editor.text)
    output += "\r\n" + list.joined(separator: "\r\n")
    output += "\u{1B}[\(list.count)A\r"
    let column = prompt.count + editor.cursor
    if column > 0 { output += "\u{1B}[\(column)C" }
    return output
  }

  /// The longest prefix all of `ids` share, or nil for none.
  private static func commonPrefix(of ids: [String]) -> String? {
    guard var prefix = ids.first else { return nil }
    for id in ids.dropFirst() {
      while !id.hasPrefix(prefix) { prefix.removeLast() }
    }
    return prefix
  }
}
