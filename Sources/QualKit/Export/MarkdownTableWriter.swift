/// Writes a ``Table`` as a GitHub-flavoured Markdown table.
///
/// Numeric columns are aligned right, summary rows are bold, `|` in cells is
/// escaped and control characters are made visible.
public enum MarkdownTableWriter {
  /// The table's header, separator and rows, each line ending with a line break.
  public static func render(_ table: Table) -> String {
    var output = "| " + table.columns.map { escape($0.title) }.joined(separator: " | ") + " |\n"
    output += "|" + table.columns.map { $0.isNumeric ? " ---: |" : " --- |" }.joined() + "\n"
    for row in table.rows {
      let cells = row.cells.map { cell -> String in
        let text = escape(cell.formatted(in: table.vocabulary))
        return row.isSummary && !text.isEmpty ? "**\(text)**" : text
      }
      output += "| " + cells.joined(separator: " | ") + " |\n"
    }
    return output
  }

  /// `text` safe inside a table cell: `|` escaped, line breaks as spaces,
  /// control characters visible.
  public static func escape(_ text: String) -> String {
    TerminalText.visible(text).replacingAll("|", "\\|").replacingAll("\n", " ")
  }
}
