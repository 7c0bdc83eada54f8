extension TextTableWriter {
  /// The table's rows as blocks of `Title: value` lines, one block per row,
  /// for tables whose cells are too long to align (a joint display).
  ///
  /// Empty cells are left out; blocks are separated by an empty line;
  /// control characters are made visible.
  public static func records(_ table: Table) -> String {
    let width = table.columns.map(\.title.count).max() ?? 0
    return table.rows.map { row in
      zip(table.columns, row.cells).compactMap { column, cell -> String? in
        let text = cell.formatted(in: table.vocabulary)
        guard !text.isEmpty else { return nil }
        let padding = String(repeating: " ", count: width - column.title.count)
        return TerminalText.visible("\(column.title):\(padding) \(text)") + "\n"
      }.joined()
    }.joined(separator: "\n")
  }
}
