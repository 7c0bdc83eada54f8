/// Writes a ``Report`` as a Word document (`.docx`, Office Open XML) with
/// the ZIP code of `Formats/` (``ZipWriter``): real headings (in the
/// navigation pane), real tables with booktabs-like rules and a repeated
/// header row, quotations in italics, each chart as a native Office chart
/// (``DocxChartWriter``) that Word and LibreOffice draw and can restyle.
///
/// The package holds the parts Word and LibreOffice expect, each
/// well-formed XML with its content type declared and its relationship
/// targets present, so it opens without a repair prompt; the same report
/// gives the same bytes (entries in a fixed order, no dates).
public enum DocxReportWriter {
  /// The text width of an A4 page with 2.5 cm margins, in twentieths of a point.
  static let textWidth = 11906 - 2 * 1418

  /// The document's bytes.
  public static func render(_ report: Report) -> [UInt8] {
    var writer = ZipWriter()
    for (path, text) in parts(report) {
      // Paths are fixed and distinct, and a report is far below ZIP's limits.
      try? writer.add(path: path, data: Array(text.utf8), compression: .deflate)
    }
    return writer.finish()
  }

  /// Every part of the package, path and XML text, in archive order.
  public static func parts(_ report: Report) -> [(path: String, text: String)] {
    let charts = report.blocks.compactMap { block -> Chart? in
      if case .chart(let chart) = block { return chart }
      return nil
    }
    var parts = [
      ("[Content_Types].xml", contentTypes(chartCount: charts.count)),
      ("_rels/.rels", packageRelationships),
      ("docProps/core.xml", coreProperties(title: report.title)),
      ("docProps/app.xml", appProperties),
      ("word/_rels/document.xml.rels", documentRelationships(chartCount: charts.count)),
      ("word/styles.xml", styles(language: report.language)),
      ("word/settings.xml", settings), ("word/document.xml", document(report)),
    ]
    for (index, chart) in charts.enumerated() {
      parts.append(("word/charts/chart\(index + 1).xml", DocxChartWriter.part(chart)))
    }
    return parts
  }

  /// The relationship id of chart `number` (1-based) in the document's relationships.
  static func chartRelationship(_ number: Int) -> String { "rId\(number + 2)" }

  // MARK: - The document

  /// `word/document.xml`.
  static func document(_ report: Report) -> String {
    let words = report.vocabulary
    var body = paragraph(report.title, style: "Title")
    for line in report.subtitle { body += paragraph(line, style: "Subtitle") }
    var tableNumber = 0
    var figureNumber = 0
    for block in report.blocks {
      switch block {
      case .heading(let text, let level):
        body += paragraph(text, style: "Heading\(max(1, min(4, level)))")
      case .paragraph(let text):
        body += paragraph(text, style: nil)
      case .table(let table):
        tableNumber += 1
        body += render(table, label: words.tableLabel(tableNumber) + ". ")
      case .chart(let chart):
        figureNumber += 1
        body +=
          "<w:p><w:pPr><w:pStyle w:val=\"Caption\"/><w:keepNext/></w:pPr>"
          + run(words.figureLabel(figureNumber) + ". ", bold: true)
          + run(chart.title, italic: true) + "</w:p>"
          + DocxChartWriter.drawing(
            relationship: chartRelationship(figureNumber), number: figureNumber,
            size: DocxChartWriter.size(chart, width: textWidth), description: chart.title)
        for (index, note) in chart.table.notes.enumerated() {
          let mark = chart.table.notes.count == 1 ? "" : "[\(index + 1)] "
          body += paragraph(mark + note, style: "TableNote")
        }
      case .quote(let quote):
        body +=
          "<w:p><w:pPr><w:pStyle w:val=\"Quote\"/><w:keepNext/>\(bidi(quote.text))</w:pPr>"
          + run("“\(quote.text)”", italic: true) + "</w:p>"
          + paragraph("— \(quote.source(in: words))", style: "QuoteSource")
      }
    }
    return xmlDeclaration
      + "<w:document xmlns:w=\"\(wordNamespace)\" "
      + "xmlns:wp=\"\(DocxChartWriter.wordDrawingNamespace)\" "
      + "xmlns:a=\"\(DocxChartWriter.drawingNamespace)\" xmlns:c=\"\(DocxChartWriter.chartNamespace)\" "
      + "xmlns:r=\"\(DocxChartWriter.relationshipNamespace)\"><w:body>" + body
      + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
      + "<w:pgMar w:top=\"1418\" w:right=\"1418\" w:bottom=\"1418\" w:left=\"1418\" "
      + "w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>"
  }

  /// A paragraph of one run in `style` (the default style when nil).
  static func paragraph(
    _ text: String, style: String?, bold: Bool = false, alignRight: Bool = false
  )
    -> String
  {
    var properties = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
    properties += bidi(text)
    if alignRight { properties += "<w:jc w:val=\"right\"/>" }
    let pPr = properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>"
    return "<w:p>\(pPr)\(run(text, bold: bold))</w:p>"
  }

  /// A run of text, escaped, with its formatting.
  static func run(_ text: String, bold: Bool = false, italic: Bool = false) -> String {
    var properties = bold ? "<w:b/><w:bCs/>" : ""
    if italic { properties += "<w:i/><w:iCs/>" }
    let rPr = properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>"
    let flat = TerminalText.visible(text).split(whereSeparator: { $0 == "\n" || $0 == "\t" })
      .joined(separator: " ")
    return "<w:r>\(rPr)<w:t xml:space=\"preserve\">\(XMLText.escaped(flat))</w:t></w:r>"
  }

  /// `<w:bidi/>` when the text's first strong character is right-to-left.
  static func bidi(_ text: String) -> String {
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if (0x0590...0x08FF).contains(value) || (0xFB1D...0xFDFF).contains(value)
        || (0xFE70...0xFEFF).contains(value)
      {
        return "<w:bidi/>"
      }
      if scalar.properties.isAlphabetic { return "" }
    }
    return ""
  }

  // MARK: - Tables

  /// A caption paragraph, the table, and its preamble and notes as small paragraphs.
  static func render(_ table: Table, label: String) -> String {
    var output =
      "<w:p><w:pPr><w:pStyle w:val=\"Caption\"/><w:keepNext/></w:pPr>"
      + run(label, bold: true) + run(table.caption) + "</w:p>"
    for line in table.preamble { output += paragraph(line, style: "TableNote") }
    let table = ReportRecordLayout.applies(to: table) ? recordTable(table) : table
    let widths = columnWidths(table)
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
        var text = value.formatted(in: table.vocabulary)
        if case .code(_, let label) = value { text = label }
        output += cell(
          text, width: widths[index], bold: row.isSummary,
          alignRight: table.columns[index].isNumeric, border: border)
      }
      output += "</w:tr>"
    }
    output += "</w:tbl>"
    for (index, note) in table.notes.enumerated() {
      let mark = table.notes.count == 1 ? "" : "[\(index + 1)] "
      output += paragraph(mark + note, style: "TableNote")
    }
    return output
  }

  /// A wide table as a two-column table of records: for each row, its
  /// first field in bold (a summary row), then a row per other field.
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

  /// Column widths that fill the text width, each in proportion to its
  /// longest cell or the longest word of its title (4 to 32 characters).
  static func columnWidths(_ table: Table) -> [Int] {
    guard !table.columns.isEmpty else { return [] }
    var weights = table.columns.map { column in
      Double(column.title.split(separator: " ").map(\.count).max() ?? 0) + 1
    }
    for row in table.rows {
      for (index, cell) in row.cells.enumerated() where index < weights.count {
        var text = cell.formatted(in: table.vocabulary)
        if case .code(_, let label) = cell { text = label }
        weights[index] = max(weights[index], Double(text.count))
      }
    }
    weights = weights.map { min(32, max(4, $0)) }
    let total = weights.reduce(0, +)
    var widths = weights.map { Int(Double(textWidth) * $0 / total) }
    widths[0] += textWidth - widths.reduce(0, +)
    return widths
  }
}
