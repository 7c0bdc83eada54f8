/// Renders rows as a plain-text table with aligned columns.
enum TextTable {
  /// The rows (the first is the header) as aligned text, two spaces between columns.
  ///
  /// - Parameters:
  ///   - rows: The header row, then the data rows.
  ///   - rightAligned: The indices of columns to align right (numbers).
  /// - Returns: The table, each line ending with a line break.
  static func render(_ rows: [[String]], rightAligned: Set<Int> = []) -> String {
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
