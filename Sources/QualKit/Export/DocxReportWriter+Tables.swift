extension DocxReportWriter {
  /// Whether `table` is set on a landscape page: a grid (not records) whose
  /// columns need more than a portrait page (``ReportTableLayout``).
  static func isWide(_ table: Table) -> Bool {
    !ReportRecordLayout.hasLongText(table)
      && ReportTableLayout(table).orientation == .landscape
  }

  /// An APA-style caption: the number in bold, the title in italics on
  /// the line below, kept with what follows.
  static func caption(_ label: String, _ title: String) -> String {
    "<w:p><w:pPr><w:pStyle w:val=\"Caption\"/><w:keepNext/></w:pPr>"
      + run(label, bold: true) + "<w:r><w:br/></w:r>" + run(title, italic: true) + "</w:p>"
  }

  /// A table's notes, APA style: `Note.` in italics, then each note
  /// (numbered when there are several).
  static func notes(_ table: Table) -> String {
    guard !table.notes.isEmpty else { return "" }
    var text = ""
    for (index, note) in table.notes.enumerated() {
      let mark = table.notes.count == 1 ? "" : "[\(index + 1)] "
      text += " " + mark + note
    }
    return "<w:p><w:pPr><w:pStyle w:val=\"TableNote\"/>\(bidi(text))</w:pPr>"
      + run(table.vocabulary[.note], italic: true) + run(text) + "</w:p>"
  }

  /// A caption paragraph, the preamble as small paragraphs, the table with
  /// horizontal rules only and a repeated header row, `width` wide at
  /// most, and its notes.
  static func render(_ table: Table, label: String, width: Int) -> String {
    var output = caption(label, table.caption)
    for line in table.preamble { output += paragraph(line, style: "TableNote") }
    let table = ReportRecordLayout.hasLongText(table) ? recordTable(table) : table
    let widths = columnWidths(table, width: width)
    output +=
      "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/>"
      + "<w:tblBorders><w:top w:val=\"single\" w:sz=\"12\" w:space=\"0\" w:color=\"000000\"/>"
      + "<w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"0\" w:color=\"000000\"/></w:tblBorders>"
      + "<w:tblLayout w:type=\"fixed\"/>"
      + "<w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/>"
      + "</w:tblCellMar><w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" "
      + "w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>"
    for width in widths { output += "<w:gridCol w:w=\"\(width)\"/>" }
    output += "</w:tblGrid>"
    if table.columns.contains(where: { !$0.title.isEmpty }) {
      output += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
      for (index, column) in table.columns.enumerated() {
        output += cell(
          column.title, width: widths[index], bold: true, alignRight: column.isNumeric,
          border: "bottom")
      }
      output += "</w:tr>"
    }
    for (rowIndex, row) in table.rows.enumerated() {
      output += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
      let border: String? =
        row.isSummary
        ? (rowIndex == 0 && table.rows.count > 1 ? "bottom" : (rowIndex > 0 ? "top" : nil)) : nil
      for (index, value) in row.cells.enumerated() where index < widths.count {
        output += cell(
          ReportTableLayout.text(value, in: table), width: widths[index], bold: row.isSummary,
          alignRight: table.columns[index].isNumeric, border: border)
      }
      output += "</w:tr>"
    }
    return output + "</w:tbl>" + notes(table)
  }

  /// A table with long text as a two-column table of records: for each
  /// row, its first field in bold (a summary row), then a row per other field.
  static func recordTable(_ table: Table) -> Table {
    var records = Table(
      id: table.id, caption: table.caption,
      columns: [.init("field", title: ""), .init("value", title: "")], notes: table.notes,
      language: table.language)
    for record in ReportRecordLayout.records(table) {
      for (index, field) in record.enumerated() {
        records.rows.append(
          Table.Row([.text(field.title), .text(field.text)], isSummary: index == 0))
      }
    }
    return records
  }

  /// A table cell of one paragraph.
  private static func cell(
    _ text: String, width: Int, bold: Bool, alignRight: Bool, border: String?
  ) -> String {
    var properties = "<w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
    if let border {
      properties +=
        "<w:tcBorders><w:\(border) w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"000000\"/>"
        + "</w:tcBorders>"
    }
    return "<w:tc><w:tcPr>\(properties)</w:tcPr>"
      + paragraph(text, style: "TableText", bold: bold, alignRight: alignRight) + "</w:tc>"
  }

  /// Column widths in twentieths of a point that fill `width`: each column
  /// as wide as ``ReportTableLayout`` needs, the text columns sharing the rest.
  static func columnWidths(_ table: Table, width: Int) -> [Int] {
    guard !table.columns.isEmpty else { return [] }
    let layout = ReportTableLayout(table)
    var widths = layout.widths.map { Int(Double(width) * $0 / layout.available) }
    // What is left goes to the text columns (or the first column).
    let spare = width - widths.reduce(0, +)
    let text = table.columns.indices.filter { !table.columns[$0].isNumeric }
    let receivers = text.isEmpty ? [0] : text
    for (position, index) in receivers.enumerated() {
      widths[index] += spare / receivers.count + (position < spare % receivers.count ? 1 : 0)
    }
    return widths
  }
}
