/// The formats the table commands (`matrix`, `joint`, `survey describe`, …) write.
public enum TableFormat: String, Hashable, Sendable, CaseIterable {
  /// Aligned text for a terminal: caption, preamble, table, notes.
  case text
  /// GitHub-flavoured Markdown: caption as a heading, preamble, table, notes,
  /// every text escaped (``MarkdownText/escaped(_:)``).
  case md
  /// CSV: one block per table (header of column keys, then rows); blocks are
  /// separated by an empty line, so a single table is plain RFC 4180 CSV.
  case csv
  /// JSON: one table as `{"id", "caption", "preamble", "rows", "notes"}`, several as an
  /// array of them.
  case json

  /// The format names, for help and error messages.
  public static var names: [String] { allCases.map(\.rawValue) }

  /// `tables` in this format, ending with a line break; a number that is not
  /// finite is undefined with a note (``Table/definingNonFiniteNumbers()``).
  public func render(_ tables: [Table]) -> String {
    let tables = tables.map { $0.definingNonFiniteNumbers() }
    switch self {
    case .text:
      return tables.map { table in
        var output = table.caption.isEmpty ? "" : TerminalText.visible(table.caption) + "\n"
        output += table.preamble.map { TerminalText.visible($0) + "\n" }.joined()
        if !output.isEmpty { output += "\n" }
        output += TextTableWriter.render(table)
        if !table.notes.isEmpty { output += "\n" + TextTableWriter.notes(table) }
        return output
      }.joined(separator: "\n")
    case .md:
      return tables.map { table in
        var output =
          table.caption.isEmpty ? "" : "### \(MarkdownText.escaped(table.caption))\n\n"
        let preamble = table.preamble.map { MarkdownText.escaped($0) }
        if !preamble.isEmpty { output += preamble.joined(separator: "  \n") + "\n\n" }
        output += MarkdownTableWriter.render(table)
        if !table.notes.isEmpty {
          output +=
            "\n"
            + table.notes.enumerated().map {
              "[\($0.offset + 1)] \(MarkdownText.escaped($0.element))  \n"
            }.joined()
        }
        return output
      }.joined(separator: "\n")
    case .csv:
      return tables.map { CSVWriter.render($0) }.joined(separator: "\r\n")
    case .json:
      let values = tables.map(JSONTableWriter.render)
      return (values.count == 1 ? values[0] : .array(values)).rendered(pretty: true) + "\n"
    }
  }
}
