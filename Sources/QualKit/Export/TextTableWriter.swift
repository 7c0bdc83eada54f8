/// Writes a ``Table`` as plain text with aligned columns, for a terminal.
///
/// Columns are two spaces apart; numeric columns are aligned right; the
/// last column is not padded and no line ends in spaces. Control characters
/// in cells are made visible (``TerminalText``).
public enum TextTableWriter {
  /// The table's header and rows (not its preamble or notes), each line
  /// ending with a line break.
  public static func render(_ table: Table) -> String {
    let header = table.columns.map(\.title)
    let rows = table.rows.map { $0.cells.map { $0.formatted(in: table.vocabulary) } }
    let rightAligned = Set(table.columns.indices.filter { table.columns[$0].isNumeric })
    return render([header] + rows, rightAligned: rightAligned)
  }

  /// The notes as `[1] reason` lines.
  public static func notes(_ table: Table) -> String {
    table.notes.enumerated().map { "[\($0.offset + 1)] \(TerminalText.visible($0.element))\n" }
      .joined()
  }

  /// Rows of text (the first is the header) as aligned text.
  ///
  /// - Parameters:
  ///   - rows: The header row, then the data rows.
  ///   - rightAligned: The indices of columns to align right (numbers).
  /// - Returns: The table, each line ending with a line break.
  public static func render(_ rows: [[String]], rightAligned: Set<Int> = []) -> String {
    let rows = rows.map { $0.map(TerminalText.visible) }
    let columns = rows.map(\.count).max() ?? 0
    var widths = [Int](repeating: 0, count: columns)
    for row in rows {
      for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
    }
    var output = ""
    for row in rows {
      var line = ""
      for (index, cell) in row.enumerated() {
        let padding = String(repeating: " ", count: widths[index] - cell.count)
        if index > 0 { line += "  " }
        if rightAligned.contains(index) {
          line += padding + cell
        } else {
          line += index == row.count - 1 ? cell : cell + padding
        }
      }
      while line.last == " " { line.removeLast() }
      output += line + "\n"
    }
    return output
  }
}
