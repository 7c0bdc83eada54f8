/// The one escaping routine of every Markdown writer (the report, tables,
/// the codebook, segments and memos, agreement): text from a project reads
/// as written, never as Markdown, HTML or a link.
///
/// ```swift
/// MarkdownText.escaped("<img src=x onerror=alert(1)>")  // \<img src=x onerror=alert(1)\>
/// MarkdownText.escaped("[x](javascript:alert(1))")      // \[x\](javascript:alert(1))
/// ```
public enum MarkdownText {
  /// The characters that get a backslash wherever they stand.
  private static let punctuation: Set<Character> = [
    "\\", "`", "*", "_", "{", "}", "[", "]", "<", ">", "#", "&", "|", "~", "$",
  ]

  /// `text` on one line with Markdown's punctuation escaped.
  ///
  /// Control characters are made visible (``TerminalText``) and line breaks
  /// become spaces. Every character Markdown gives a meaning to
  /// (`` \ ` * _ { } [ ] < > # & | ~ $ ``) gets a backslash, so that
  /// `<img …>` stays text, `[x](javascript:…)` is no link and `|` does not
  /// end a table cell; and the text cannot start a list, heading, rule or
  /// block quote (`-`, `+`, `=`, `1.`, `1)`).
  ///
  /// - Parameter text: The text.
  /// - Returns: The escaped text, safe on a line, in a heading or in a table cell.
  public static func escaped(_ text: String) -> String {
    let flat = TerminalText.visible(text).split(whereSeparator: { $0 == "\n" || $0 == "\r" })
      .joined(separator: " ")
    var result = ""
    result.reserveCapacity(flat.utf8.count + 8)
    for character in flat {
      if punctuation.contains(character) { result.append("\\") }
      result.append(character)
    }
    // A line that would start a list, a numbered list or a block: `-`, `+`, `1.`.
    if let first = result.first, "-+=".contains(first) { result = "\\" + result }
    if let dot = result.firstIndex(where: { !$0.isNumber }), dot != result.startIndex,
      result[dot] == "." || result[dot] == ")"
    {
      result.insert("\\", at: dot)
    }
    return result
  }

  /// `text` as an inline code span, on one line: its fence is one backtick
  /// longer than the longest run of backticks inside, so that nothing in it
  /// can close the span (code spans show their contents literally).
  ///
  /// - Parameter text: The text, such as a code's id.
  /// - Returns: The code span.
  public static func code(_ text: String) -> String {
    let flat = TerminalText.visible(text).split(whereSeparator: { $0 == "\n" || $0 == "\r" })
      .joined(separator: " ")
    var longest = 0
    var run = 0
    for character in flat {
      run = character == "`" ? run + 1 : 0
      longest = max(longest, run)
    }
    let fence = String(repeating: "`", count: longest + 1)
    let padding = flat.hasPrefix("`") || flat.hasSuffix("`") ? " " : ""
    return fence + padding + flat + padding + fence
  }
}
