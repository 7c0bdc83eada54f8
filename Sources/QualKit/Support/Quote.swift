/// Shortens quoted text for one-line display.
public enum Quote {
  /// `text` on one line, cut at about `limit` characters with an ellipsis,
  /// in quotes, control characters made visible.
  public static func short(_ text: String, limit: Int) -> String {
    let flat = TerminalText.visible(text).split(whereSeparator: { $0 == "\n" || $0 == "\t" })
      .joined(separator: " ")
    if flat.count <= limit { return "\"\(flat)\"" }
    return "\"\(flat.prefix(limit - 1))…\""
  }
}
