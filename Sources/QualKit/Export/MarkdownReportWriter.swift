/// Writes a ``Report`` as GitHub-flavoured Markdown: headings, paragraphs,
/// GitHub tables (``MarkdownTableWriter``), block quotes, and a chart as its
/// data table.
///
/// Text from the project is escaped so that it reads as written
/// (``MarkdownText/escaped(_:)``): Markdown's punctuation (`*`, `_`, `<`,
/// `&`, `[`, `$`, …) gets a backslash, and a line cannot start a list,
/// heading or block quote by accident.
public enum MarkdownReportWriter {
  /// The whole report, ending with a line break.
  public static func render(_ report: Report) -> String {
    let words = report.vocabulary
    var output = "# \(escape(report.title))\n"
    for line in report.subtitle { output += "\n" + escape(line) + "\n" }
    var tableNumber = 0
    var figureNumber = 0
    for block in report.blocks {
      output += "\n"
      switch block {
      case .heading(let text, let level):
        output += String(repeating: "#", count: min(6, level + 1)) + " " + escape(text) + "\n"
      case .paragraph(let text):
        output += escape(text) + "\n"
      case .table(let table):
        tableNumber += 1
        output += render(table, label: words.tableLabel(tableNumber))
      case .chart(let chart):
        figureNumber += 1
        output += render(chart.table, label: words.figureLabel(figureNumber))
        output += "\n*\(words[.chartInHTML])*\n"
      case .quote(let quote):
        output += "> “\(escape(quote.text))”\n>\n> — \(escape(quote.source(in: words)))\n"
      }
    }
    return output
  }

  /// A table with its caption, preamble and notes.
  static func render(_ table: Table, label: String) -> String {
    var output = "**\(label). \(escape(table.caption))**\n\n"
    for line in table.preamble { output += "- " + escape(line) + "\n" }
    if !table.preamble.isEmpty { output += "\n" }
    output += MarkdownTableWriter.render(table)
    for (index, note) in table.notes.enumerated() {
      let mark = table.notes.count == 1 && !hasUndefined(table) ? "" : "[\(index + 1)] "
      output += "\n" + escape(mark + note) + "\n"
    }
    return output
  }

  private static func hasUndefined(_ table: Table) -> Bool {
    table.rows.contains { row in
      row.cells.contains { if case .undefined = $0 { true } else { false } }
    }
  }

  private static func escape(_ text: String) -> String { MarkdownText.escaped(text) }
}
