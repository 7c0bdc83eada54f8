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
  /// The text width of a landscape A4 page with 2.5 cm margins.
  static let landscapeTextWidth = 16838 - 2 * 1418

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
    var isLandscape = false
    for block in report.blocks {
      // A table too wide for a portrait page gets a landscape section,
      // with the wide tables right after it.
      var wantsLandscape = false
      if case .table(let table) = block { wantsLandscape = isWide(table) }
      if wantsLandscape != isLandscape {
        body += "<w:p><w:pPr>\(sectionProperties(landscape: isLandscape))</w:pPr></w:p>"
        isLandscape = wantsLandscape
      }
      switch block {
      case .heading(let text, let level):
        body += paragraph(text, style: "Heading\(max(1, min(4, level)))")
      case .paragraph(let text):
        body += paragraph(text, style: nil)
      case .table(let table):
        tableNumber += 1
        body += render(
          table, label: words.tableLabel(tableNumber),
          width: isLandscape ? landscapeTextWidth : textWidth)
      case .chart(let chart):
        figureNumber += 1
        body +=
          caption(words.figureLabel(figureNumber), chart.title)
          + DocxChartWriter.drawing(
            relationship: chartRelationship(figureNumber), number: figureNumber,
            size: DocxChartWriter.size(chart, width: textWidth), description: chart.title)
        body += notes(chart.table)
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
      + sectionProperties(landscape: isLandscape) + "</w:body></w:document>"
  }

  /// A section's page: A4, portrait or landscape, 2.5 cm margins; a
  /// section other than the first starts on a new page.
  static func sectionProperties(landscape: Bool) -> String {
    (landscape
      ? "<w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"
      : "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>")
      + "<w:pgMar w:top=\"1418\" w:right=\"1418\" w:bottom=\"1418\" w:left=\"1418\" "
      + "w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/></w:sectPr>"
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
}
