/// When a report writer lays a table out as records instead of a grid: a
/// table with long text (a cell over 80 characters, such as quotations in a
/// joint display) or more than nine columns would not fit a page, so each
/// row becomes a block of its own, every column's title beside its value.
enum ReportRecordLayout {
  /// Whether `table` is written as records in HTML, whose page has one width.
  static func applies(to table: Table) -> Bool {
    table.columns.count > 9 || hasLongText(table)
  }

  /// Whether `table` is written as records in Word and LaTeX, which set a
  /// wide table on a landscape page (``ReportTableLayout``): only a table
  /// with long text is.
  static func hasLongText(_ table: Table) -> Bool {
    table.rows.contains { row in
      row.cells.contains { $0.formatted(in: table.vocabulary).count > 80 }
    }
  }

  /// Each row's non-empty fields as (title, text), a code by its label.
  static func records(_ table: Table) -> [[(title: String, text: String)]] {
    table.rows.map { row in
      zip(table.columns, row.cells).compactMap { column, cell in
        var text = cell.formatted(in: table.vocabulary)
        if case .code(_, let label) = cell { text = label }
        return text.isEmpty ? nil : (column.title, text)
      }
    }
  }
}
