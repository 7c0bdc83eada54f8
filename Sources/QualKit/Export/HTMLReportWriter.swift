/// Writes a ``Report`` as one self-contained HTML file: no external assets
/// and no scripts, charts as inline SVG (``SVGChartWriter``), a style sheet
/// that reads on screen and in print.
///
/// Every text is escaped (``XMLText``); paragraphs, cells and quotations
/// take their direction from their own text (`dir="auto"`), so a
/// right-to-left quotation reads right to left inside a left-to-right page.
public enum HTMLReportWriter {
  /// The page.
  public static func render(_ report: Report) -> String {
    let words = report.vocabulary
    var body = ""
    var tableNumber = 0
    var figureNumber = 0
    var sections: [(id: String, title: String)] = []
    for block in report.blocks {
      switch block {
      case .heading(let text, let level):
        let tag = "h\(min(6, level + 1))"
        if level == 1 {
          let id = "section-\(sections.count + 1)"
          sections.append((id, text))
          body += "<\(tag) id=\"\(id)\">\(XMLText.escaped(text))</\(tag)>\n"
        } else {
          body += "<\(tag) dir=\"auto\">\(XMLText.escaped(text))</\(tag)>\n"
        }
      case .paragraph(let text):
        body += "<p dir=\"auto\">\(escaped(text))</p>\n"
      case .table(let table):
        tableNumber += 1
        body += render(table, label: words.tableLabel(tableNumber), number: tableNumber)
      case .chart(let chart):
        figureNumber += 1
        body += "<figure class=\"chart\" id=\"figure-\(figureNumber)\">\n"
        body += SVGChartWriter.render(chart, id: "figure-\(figureNumber)-svg") + "\n"
        body +=
          "<figcaption><span class=\"label\">\(words.figureLabel(figureNumber)).</span> "
          + "\(XMLText.escaped(chart.title))</figcaption>\n</figure>\n"
      case .quote(let quote):
        body +=
          "<blockquote><p dir=\"auto\">“\(escaped(quote.text))”</p>"
          + "<footer>— \(XMLText.escaped(quote.source(in: words)))</footer></blockquote>\n"
      }
    }
    var page = """
      <!DOCTYPE html>
      <html lang="\(report.language.rawValue)">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(XMLText.escaped(report.title))</title>
      <style>
      \(styleSheet)</style>
      </head>
      <body>
      <main>
      <header>
      <h1 dir="auto">\(XMLText.escaped(report.title))</h1>

      """
    for line in report.subtitle { page += "<p class=\"subtitle\">\(escaped(line))</p>\n" }
    page += "</header>\n"
    if sections.count > 1 {
      page += "<nav><ol>\n"
      for section in sections {
        page += "<li><a href=\"#\(section.id)\">\(XMLText.escaped(section.title))</a></li>\n"
      }
      page += "</ol></nav>\n"
    }
    return page + body + "</main>\n</body>\n</html>\n"
  }

  /// Escaped text, control characters made visible first.
  private static func escaped(_ text: String) -> String {
    XMLText.escaped(TerminalText.visible(text))
  }

  /// A table in a figure: caption (after `label`), preamble, the table and its notes.
  static func render(_ table: Table, label: String, number: Int) -> String {
    var output = "<figure class=\"table\" id=\"table-\(number)\">\n"
    output +=
      "<figcaption><span class=\"label\">\(escaped(label)).</span> \(escaped(table.caption))"
      + "</figcaption>\n"
    for line in table.preamble {
      output += "<p class=\"preamble\" dir=\"auto\">\(escaped(line))</p>\n"
    }
    if ReportRecordLayout.applies(to: table) {
      for record in ReportRecordLayout.records(table) {
        output += "<dl class=\"record\">"
        for field in record {
          output += "<dt>\(escaped(field.title))</dt><dd dir=\"auto\">\(escaped(field.text))</dd>"
        }
        output += "</dl>\n"
      }
      return output + notes(table) + "</figure>\n"
    }
    output += "<table>\n"
    output += "<thead><tr>"
    for column in table.columns {
      let numeric = column.isNumeric ? " class=\"num\"" : ""
      output += "<th scope=\"col\"\(numeric) dir=\"auto\">\(header(column.title))</th>"
    }
    output += "</tr></thead>\n<tbody>\n"
    for row in table.rows {
      output += row.isSummary ? "<tr class=\"summary\">" : "<tr>"
      for (index, cell) in row.cells.enumerated() {
        let isNumeric =
          index < table.columns.count ? table.columns[index].isNumeric : cell.isNumeric
        output +=
          isNumeric
          ? "<td class=\"num\">\(escaped(cell.formatted(in: table.vocabulary)))</td>"
          : "<td dir=\"auto\">\(escaped(text(of: cell, in: table.vocabulary)))</td>"
      }
      output += "</tr>\n"
    }
    output += "</tbody>\n</table>\n"
    return output + notes(table) + "</figure>\n"
  }

  /// A table's notes as small paragraphs, numbered when there are several.
  private static func notes(_ table: Table) -> String {
    var output = ""
    for (index, note) in table.notes.enumerated() {
      let mark = table.notes.count == 1 ? "" : "[\(index + 1)] "
      output += "<p class=\"note\" dir=\"auto\">\(escaped(mark + note))</p>\n"
    }
    return output
  }

  /// A column title; `All (N = 7)` on two lines, the `(N = 7)` below.
  private static func header(_ title: String) -> String {
    guard title.hasSuffix(")"), let open = title.lastIndex(of: "("), open > title.startIndex,
      title[title.index(before: open)] == " "
    else {
      return escaped(title)
    }
    return escaped(String(title[..<title.index(before: open)])) + "<br>"
      + "<span class=\"count\">" + escaped(String(title[open...])) + "</span>"
  }

  /// A cell's text: a code by its label, others as every writer formats them.
  private static func text(of cell: Cell, in words: Vocabulary) -> String {
    if case .code(_, let label) = cell { return label }
    return cell.formatted(in: words)
  }

  /// The page's style: serif text, sans-serif tables and charts, booktabs-like
  /// rules, page breaks kept out of tables, figures and quotations in print.
  static let styleSheet = """
    :root { color-scheme: light; }
    body { margin: 0; background: #fff; color: #1b1b1b; font: 17px/1.55 Georgia, 'DejaVu Serif', 'Times New Roman', serif; }
    main { max-width: 54rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
    header h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .5rem; }
    .subtitle { color: #555; margin: 0; }
    nav ol { margin: 1rem 0 0; padding-left: 1.4rem; color: #555; }
    nav a { color: #1d4f91; }
    h2 { font-size: 1.5rem; margin: 2.6rem 0 .6rem; padding-bottom: .2rem; border-bottom: 1px solid #bbb; }
    h3 { font-size: 1.25rem; margin: 2rem 0 .4rem; }
    h4, h5, h6 { font-size: 1.05rem; margin: 1.5rem 0 .3rem; }
    figure { margin: 1.2rem 0 1.6rem; overflow-x: auto; }
    table { border-collapse: collapse; font: 14px/1.4 system-ui, -apple-system, 'Segoe UI', 'DejaVu Sans', Helvetica, Arial, sans-serif; font-variant-numeric: tabular-nums; }
    thead th { border-top: 2px solid #111; border-bottom: 1px solid #111; font-weight: 600; vertical-align: bottom; }
    tbody tr:last-child td { border-bottom: 2px solid #111; }
    th, td { padding: .28rem .65rem; text-align: start; vertical-align: top; }
    th.num, td.num { text-align: right; white-space: nowrap; }
    th:first-child, td:first-child { min-width: 11rem; }
    .count { font-weight: 400; color: #444; }
    tr.summary td { font-weight: 600; }
    .preamble, .note { font: 13px/1.45 system-ui, -apple-system, 'Segoe UI', 'DejaVu Sans', sans-serif; color: #444; margin: .35rem 0 0; max-width: 46rem; }
    figcaption { font: 600 14px/1.4 system-ui, -apple-system, 'Segoe UI', 'DejaVu Sans', sans-serif; margin: .3rem 0 .45rem; }
    .preamble { margin: 0 0 .2rem; }
    .label { font-weight: 700; }
    dl.record { display: grid; grid-template-columns: minmax(8rem, 14rem) 1fr; gap: .15rem 1rem; margin: 0; padding: .5rem 0; border-top: 1px solid #111; font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', 'DejaVu Sans', sans-serif; }
    dl.record:last-of-type { border-bottom: 2px solid #111; }
    dl.record dt { font-weight: 600; color: #333; }
    dl.record dd { margin: 0; }
    svg { display: block; max-width: 100%; height: auto; }
    blockquote { margin: 1rem 0 1.1rem 1.2rem; padding: .1rem 0 .1rem 1rem; border-inline-start: 3px solid #9db4d3; }
    blockquote p { margin: 0; font-style: italic; }
    blockquote footer { margin-top: .2rem; color: #555; font-size: .9rem; }
    @media print {
      body { font-size: 11pt; }
      main { max-width: none; padding: 0; }
      nav { display: none; }
      h2, h3, h4 { break-after: avoid; }
      figure.chart, blockquote, tr, dl.record { break-inside: avoid; }
      figure { overflow: visible; }
    }

    """
}
