/// Writes a report's ``Chart`` as a native Office chart (DrawingML
/// `c:chartSpace`, the part `word/charts/chartN.xml`) that Word and
/// LibreOffice draw and let the reader restyle, re-colour or re-label.
///
/// The part holds the chart's data in its caches (category names, series
/// names and values), so it needs no embedded workbook to be drawn. Grouped
/// bars are a clustered horizontal bar chart, a series per group in the
/// Okabe–Ito colours; diverging bars are a stacked horizontal bar chart
/// whose negative levels have negative values (shown without their sign),
/// in the PuOr colours, a neutral level split across the midpoint as two
/// series of which the legend shows one. Value labels are shares (`80%`),
/// the same numbers as the HTML chart.
enum DocxChartWriter {
  /// The DrawingML chart namespace.
  static let chartNamespace = "http://schemas.openxmlformats.org/drawingml/2006/chart"
  /// The DrawingML main namespace.
  static let drawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/main"
  /// The WordprocessingML drawing namespace.
  static let wordDrawingNamespace =
    "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
  /// The namespace of relationship ids.
  static let relationshipNamespace =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  /// The content type of a chart part.
  static let contentType = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
  /// The relationship type from the document to a chart part.
  static let relationshipType =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart"

  /// English Metric Units per twentieth of a point.
  static let emuPerTwip = 635

  /// One series of a chart part.
  struct Series {
    var name: String
    var colour: String
    var values: [Double]
    var isInLegend = true
  }

  /// The chart's series, its categories (top to bottom), and its value axis.
  struct Plot {
    var categories: [String]
    var series: [Series]
    var isStacked: Bool
    var minimum: Double
    var maximum: Double
    var axisTitle: String
  }

  // MARK: - The part

  /// The chart part's XML text.
  static func part(_ chart: Chart) -> String {
    if case .line(let line) = chart { return linePart(line) }
    let plot = self.plot(chart)
    let format = percentFormat(chart.language)
    var text =
      opening(chart.language) + "<c:barChart><c:barDir val=\"bar\"/>"
      + "<c:grouping val=\"\(plot.isStacked ? "stacked" : "clustered")\"/><c:varyColors val=\"0\"/>"
    let column = columnLetter
    let lastRow = plot.categories.count + 1
    for (index, series) in plot.series.enumerated() {
      let letter = column(index + 1)
      text +=
        "<c:ser><c:idx val=\"\(index)\"/><c:order val=\"\(index)\"/>"
        + "<c:tx><c:strRef><c:f>Sheet1!$\(letter)$1</c:f>"
        + stringCache([series.name]) + "</c:strRef></c:tx>"
        + "<c:spPr><a:solidFill><a:srgbClr val=\"\(series.colour.dropFirst())\"/></a:solidFill>"
        + "<a:ln><a:noFill/></a:ln></c:spPr><c:invertIfNegative val=\"0\"/>"
        + dataLabels(series, stacked: plot.isStacked, format: format)
        + "<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$\(lastRow)</c:f>"
        + stringCache(plot.categories) + "</c:strRef></c:cat>"
        + "<c:val><c:numRef><c:f>Sheet1!$\(letter)$2:$\(letter)$\(lastRow)</c:f>"
        + numberCache(series.values, format: format) + "</c:numRef></c:val></c:ser>"
    }
    text +=
      "<c:gapWidth val=\"\(plot.isStacked ? 50 : 40)\"/>"
      + (plot.isStacked ? "<c:overlap val=\"100\"/>" : "")
      + "<c:axId val=\"1001\"/><c:axId val=\"1002\"/></c:barChart>"
      // Categories from the top down, their labels at the left edge.
      + "<c:catAx><c:axId val=\"1001\"/><c:scaling><c:orientation val=\"maxMin\"/></c:scaling>"
      + "<c:delete val=\"0\"/><c:axPos val=\"l\"/><c:numFmt formatCode=\"General\" sourceLinked=\"0\"/>"
      + "<c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"low\"/>"
      + "<c:spPr><a:ln w=\"6350\"><a:solidFill><a:srgbClr val=\"404040\"/></a:solidFill></a:ln></c:spPr>"
      + "<c:crossAx val=\"1002\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/>"
      + "<c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>"
      // Shares along the bottom.
      + "<c:valAx><c:axId val=\"1002\"/><c:scaling><c:orientation val=\"minMax\"/>"
      + "<c:max val=\"\(number(plot.maximum))\"/><c:min val=\"\(number(plot.minimum))\"/></c:scaling>"
      + "<c:delete val=\"0\"/><c:axPos val=\"b\"/><c:majorGridlines><c:spPr><a:ln w=\"3175\">"
      + "<a:solidFill><a:srgbClr val=\"D9D9D9\"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>"
      + (plot.axisTitle.isEmpty ? "" : title(plot.axisTitle))
      + "<c:numFmt formatCode=\"\(XMLText.escaped(format))\" sourceLinked=\"0\"/>"
      + "<c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>"
      + "<c:crossAx val=\"1001\"/><c:crosses val=\"max\"/><c:crossBetween val=\"between\"/>"
      + "<c:majorUnit val=\"0.25\"/></c:valAx></c:plotArea>"
      + "<c:legend><c:legendPos val=\"t\"/>"
    for (index, series) in plot.series.enumerated() where !series.isInLegend {
      text += "<c:legendEntry><c:idx val=\"\(index)\"/><c:delete val=\"1\"/></c:legendEntry>"
    }
    text +=
      "<c:overlay val=\"0\"/></c:legend><c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/>"
      + closing(chart.language)
    return text
  }

  /// What the chart shows, as series over categories.
  static func plot(_ chart: Chart) -> Plot {
    switch chart {
    case .groupedBars(let bars):
      let series = bars.groups.enumerated().map { group, name in
        Series(
          name: "\(name) (N\u{A0}=\u{A0}\(bars.totals[group]))",
          colour: ChartPalette.category(group),
          values: bars.categories.indices.map { bars.share(category: $0, group: group) })
      }
      return Plot(
        categories: bars.categories, series: series, isStacked: false, minimum: 0, maximum: 1,
        axisTitle: bars.axisLabel)
    case .diverging(let diverging):
      return divergingPlot(diverging)
    case .line(let line):
      // Only its size is asked of a line chart's plot (see ``linePart(_:)``).
      return Plot(
        categories: line.labels, series: [], isStacked: true, minimum: 0,
        maximum: Double(line.maximum), axisTitle: line.axisLabel)
    }
  }

  /// Diverging bars as stacked series: the neutral level's halves and the
  /// negative levels (negative values) from the midpoint outwards, then the
  /// positive levels from the midpoint outwards.
  static func divergingPlot(_ chart: DivergingBarChart) -> Plot {
    let colours = ChartPalette.diverging(chart.levels.count)
    let shares = chart.rows.indices.map(chart.shares(of:))
    func values(_ level: Int, sign: Double, half: Bool = false) -> [Double] {
      shares.map { sign * $0[level] * (half ? 0.5 : 1) }
    }
    var series: [Series] = []
    let negatives = chart.negativeLevelCount
    if let neutral = chart.neutralLevel {
      series.append(
        Series(
          name: chart.levels[neutral], colour: colours[neutral],
          values: values(neutral, sign: -1, half: true), isInLegend: false))
    }
    for level in stride(from: negatives - 1, through: 0, by: -1) {
      series.append(
        Series(name: chart.levels[level], colour: colours[level], values: values(level, sign: -1)))
    }
    if let neutral = chart.neutralLevel {
      series.append(
        Series(
          name: chart.levels[neutral], colour: colours[neutral],
          values: values(neutral, sign: 1, half: true)))
    }
    for level in (chart.levels.count - negatives)..<chart.levels.count {
      series.append(
        Series(name: chart.levels[level], colour: colours[level], values: values(level, sign: 1)))
    }
    // A symmetric scale from the larger side, in steps of 25 %, as the HTML chart has.
    var extent = 0.25
    for index in chart.rows.indices {
      let half = chart.neutralShare(of: index) / 2
      extent = max(
        extent, chart.negativeShare(of: index) + half, chart.positiveShare(of: index) + half)
    }
    extent = min(1, (extent * 4).rounded(.up) / 4)
    return Plot(
      categories: chart.rows.map { "\($0.label) (n\u{A0}=\u{A0}\($0.total))" }, series: series,
      isStacked: true, minimum: -extent, maximum: extent, axisTitle: "")
  }

  // MARK: - In the document

  /// The chart's size in EMU: the text block's width, and a height from
  /// its number of bars.
  static func size(_ chart: Chart, width: Int) -> (width: Int, height: Int) {
    let centimetre = 360_000
    if case .line(let line) = chart {
      return (width * emuPerTwip, Int((line.axisLabel.isEmpty ? 7.0 : 7.5) * Double(centimetre)))
    }
    let plot = self.plot(chart)
    let bars = plot.isStacked ? plot.categories.count : plot.categories.count * plot.series.count
    let barHeight = plot.isStacked ? 0.9 : 0.42
    let legendLines = plot.isStacked ? (plot.series.count > 4 ? 2 : 1) : 1
    let height =
      Double(bars) * barHeight + 1.6 + Double(legendLines) * 0.6
      + (plot.axisTitle.isEmpty ? 0 : 0.5)
    return (width * emuPerTwip, Int(height * Double(centimetre)))
  }

  /// The paragraph that places chart part `relationship` in the text (the
  /// document declares the prefixes `wp`, `a`, `c` and `r`),
  /// `number` its unique drawing id, `description` its alternative text.
  static func drawing(
    relationship: String, number: Int, size: (width: Int, height: Int), description: String
  ) -> String {
    let escaped = XMLText.escaped(TerminalText.visible(description))
    return "<w:p><w:pPr><w:pStyle w:val=\"Figure\"/></w:pPr><w:r><w:drawing>"
      + "<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">"
      + "<wp:extent cx=\"\(size.width)\" cy=\"\(size.height)\"/>"
      + "<wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>"
      + "<wp:docPr id=\"\(number)\" name=\"Chart \(number)\" descr=\"\(escaped)\"/>"
      + "<wp:cNvGraphicFramePr/><a:graphic>"
      + "<a:graphicData uri=\"\(chartNamespace)\"><c:chart r:id=\"\(relationship)\"/></a:graphicData>"
      + "</a:graphic></wp:inline></w:drawing></w:r></w:p>"
  }

  // MARK: - Pieces

  /// A chart part's start, up to its plot area's layout.
  static func opening(_ language: ReportLanguage) -> String {
    DocxReportWriter.xmlDeclaration
      + "<c:chartSpace xmlns:c=\"\(chartNamespace)\" xmlns:a=\"\(drawingNamespace)\" "
      + "xmlns:r=\"\(relationshipNamespace)\"><c:lang val=\"\(language.wordLanguageTag)\"/>"
      + "<c:roundedCorners val=\"0\"/><c:chart><c:autoTitleDeleted val=\"1\"/>"
      + "<c:plotArea><c:layout/>"
  }

  /// A chart part's end after its chart: no frame, 9 pt black Calibri text.
  static func closing(_ language: ReportLanguage) -> String {
    "</c:chart><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"
      + "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"900\">"
      + "<a:solidFill><a:srgbClr val=\"000000\"/></a:solidFill>"
      + "<a:latin typeface=\"Calibri\"/><a:cs typeface=\"Calibri\"/></a:defRPr></a:pPr>"
      + "<a:endParaRPr lang=\"\(language.wordLanguageTag)\"/></a:p></c:txPr></c:chartSpace>"
  }

  /// A `c:strCache` of `values`.
  static func stringCache(_ values: [String]) -> String {
    var text = "<c:strCache><c:ptCount val=\"\(values.count)\"/>"
    for (index, value) in values.enumerated() {
      text += "<c:pt idx=\"\(index)\"><c:v>\(escape(value))</c:v></c:pt>"
    }
    return text + "</c:strCache>"
  }

  /// A `c:numCache` of `values` (shares, 0…1, with four decimals).
  static func numberCache(_ values: [Double], format: String) -> String {
    var text =
      "<c:numCache><c:formatCode>\(XMLText.escaped(format))</c:formatCode>"
      + "<c:ptCount val=\"\(values.count)\"/>"
    for (index, value) in values.enumerated() {
      text += "<c:pt idx=\"\(index)\"><c:v>\(number(value))</c:v></c:pt>"
    }
    return text + "</c:numCache>"
  }

  /// Value labels: at the bar's end for grouped bars; inside the segment
  /// for stacked ones, left out where the segment is under 5 % (too narrow
  /// for its label) and for the neutral level's first half.
  private static func dataLabels(_ series: Series, stacked: Bool, format: String) -> String {
    var text = "<c:dLbls>"
    if stacked {
      for (index, value) in series.values.enumerated()
      where abs(value) < 0.05 || !series.isInLegend {
        text += "<c:dLbl><c:idx val=\"\(index)\"/><c:delete val=\"1\"/></c:dLbl>"
      }
    }
    let position = stacked ? "ctr" : "outEnd"
    return text
      + "<c:numFmt formatCode=\"\(XMLText.escaped(format))\" sourceLinked=\"0\"/>"
      + "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"
      + "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"800\"/></a:pPr>"
      + "<a:endParaRPr lang=\"en-US\"/></a:p></c:txPr>"
      + "<c:dLblPos val=\"\(position)\"/><c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/>"
      + "<c:showCatName val=\"0\"/><c:showSerName val=\"0\"/><c:showPercent val=\"0\"/>"
      + "<c:showBubbleSize val=\"0\"/></c:dLbls>"
  }

  /// An axis title.
  static func title(_ text: String) -> String {
    "<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"900\" b=\"0\"/>"
      + "</a:pPr><a:r><a:rPr sz=\"900\" b=\"0\"/><a:t>\(escape(text))</a:t></a:r></a:p></c:rich>"
      + "</c:tx><c:overlay val=\"0\"/></c:title>"
  }

  /// The number format of shares: a percentage without decimals, a
  /// negative one without its sign, and in Danish with a no-break space
  /// before `%` (`80 %`), as the report writes it.
  static func percentFormat(_ language: ReportLanguage) -> String {
    let sign = language.numberStyle.percentSign("0")
    let quoted = sign.replacingAll("\u{A0}", "\"\u{A0}\"")
    return "\(quoted);\(quoted)"
  }

  /// The spreadsheet column of index `index` (0 is A).
  static func columnLetter(_ index: Int) -> String {
    var index = index
    var letters = ""
    repeat {
      letters = String(UnicodeScalar(UInt8(65 + index % 26))) + letters
      index = index / 26 - 1
    } while index >= 0
    return letters
  }

  /// A share with four decimals, by the one number formatter.
  static func number(_ value: Double) -> String {
    let text = NumberFormat.fixed(value, decimals: 4)
    return text == "-0.0000" ? "0.0000" : text
  }

  /// Text for the chart part: visible, one line, escaped.
  static func escape(_ text: String) -> String {
    XMLText.escaped(
      TerminalText.visible(text).split(whereSeparator: { $0 == "\n" || $0 == "\t" }).joined(
        separator: " "))
  }
}
