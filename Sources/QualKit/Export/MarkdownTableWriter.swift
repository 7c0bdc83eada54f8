/// Writes a ``Table`` as a GitHub-flavoured Markdown table.
///
/// Numeric columns are aligned right and summary rows are bold. Titles and
/// text cells (texts, codes, quotes) are escaped with
/// ``MarkdownText/escaped(_:)``, which also escapes `|` and puts line breaks
/// on one line; numbers are written as they are.
public enum MarkdownTableWriter {
  /// The table's header, separator and rows, each line ending with a line break.
  public static func render(_ table: Table) -> String {
    var output =
      "| " + table.columns.map { MarkdownText.escaped($0.title) }.joined(separator: " | ") + " |\n"
    output += "|" + table.columns.map { $0.isNumeric ? " ---: |" : " --- |" }.joined() + "\n"
    for row in table.rows {
      let cells = row.cells.map { cell -> String in
        let formatted = cell.formatted(in: table.vocabulary)
        let text = cell.isNumeric || cell == .empty ? formatted : MarkdownText.escaped(formatted)
        return row.isSummary && !text.isEmpty ? "**\(text)**" : text
      }
      output += "| " + cells.joined(separator: " | ") + " |\n"
    }
    return output
  }
}
