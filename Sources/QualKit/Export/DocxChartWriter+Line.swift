extension DocxChartWriter {
  /// A ``LineChart`` as a native chart part.
  ///
  /// The bars (new per category) are columns behind the line with markers (cumulative), both on one
  /// whole-number axis, the colours of the HTML chart, each point labelled
  /// with its value. The shaded base and the marker rule of the HTML chart
  /// have no counterpart in a chart part; the caption says what they mean.
  static func linePart(_ chart: LineChart) -> String {
    let format = "0"
    let lastRow = chart.labels.count + 1
    let categories =
      "<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$\(lastRow)</c:f>"
      + stringCache(chart.labels) + "</c:strRef></c:cat>"
    func series(_ index: Int, name: String, values: [Int], look: String) -> String {
      let letter = columnLetter(index + 1)
      return "<c:ser><c:idx val=\"\(index)\"/><c:order val=\"\(index)\"/>"
        + "<c:tx><c:strRef><c:f>Sheet1!$\(letter)$1</c:f>" + stringCache([name])
        + "</c:strRef></c:tx>" + look + labels() + categories
        + "<c:val><c:numRef><c:f>Sheet1!$\(letter)$2:$\(letter)$\(lastRow)</c:f>"
        + numberCache(values.map(Double.init), format: format) + "</c:numRef></c:val>"
    }
    func labels() -> String {
      "<c:dLbls><c:numFmt formatCode=\"0\" sourceLinked=\"0\"/>"
        + "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"
        + "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"800\"/></a:pPr>"
        + "<a:endParaRPr lang=\"en-US\"/></a:p></c:txPr>"
        + "<c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/>"
        + "<c:showSerName val=\"0\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/>"
        + "</c:dLbls>"
    }
    func fill(_ colour: String) -> String {
      "<a:solidFill><a:srgbClr val=\"\(colour.dropFirst())\"/></a:solidFill>"
    }
    var text =
      opening(chart.language)
    if !chart.bars.isEmpty {
      text +=
        "<c:barChart><c:barDir val=\"col\"/><c:grouping val=\"clustered\"/>"
        + "<c:varyColors val=\"0\"/>"
        + series(
          1, name: "+", values: chart.bars,
          look: "<c:spPr>\(fill(ChartPalette.category(1)))<a:ln><a:noFill/></a:ln></c:spPr>"
            + "<c:invertIfNegative val=\"0\"/>")
        + "</c:ser><c:gapWidth val=\"80\"/><c:axId val=\"2001\"/><c:axId val=\"2002\"/>"
        + "</c:barChart>"
    }
    text +=
      "<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>"
      + series(
        0, name: chart.axisLabel.isEmpty ? chart.title : chart.axisLabel, values: chart.values,
        look: "<c:spPr><a:ln w=\"25400\">\(fill(ChartPalette.category(0)))</a:ln></c:spPr>"
          + "<c:marker><c:symbol val=\"circle\"/><c:size val=\"6\"/><c:spPr>"
          + fill(ChartPalette.category(0)) + "</c:spPr></c:marker>")
      + "<c:smooth val=\"0\"/></c:ser><c:marker val=\"1\"/>"
      + "<c:axId val=\"2001\"/><c:axId val=\"2002\"/></c:lineChart>"
      + "<c:catAx><c:axId val=\"2001\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling>"
      + "<c:delete val=\"0\"/><c:axPos val=\"b\"/><c:numFmt formatCode=\"General\" sourceLinked=\"0\"/>"
      + "<c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>"
      + "<c:crossAx val=\"2002\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/>"
      + "<c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>"
      + "<c:valAx><c:axId val=\"2002\"/><c:scaling><c:orientation val=\"minMax\"/>"
      + "<c:max val=\"\(chart.maximum)\"/><c:min val=\"0\"/></c:scaling>"
      + "<c:delete val=\"0\"/><c:axPos val=\"l\"/><c:majorGridlines><c:spPr><a:ln w=\"3175\">"
      + "<a:solidFill><a:srgbClr val=\"D9D9D9\"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>"
      + (chart.axisLabel.isEmpty ? "" : title(chart.axisLabel))
      + "<c:numFmt formatCode=\"0\" sourceLinked=\"0\"/>"
      + "<c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>"
      + "<c:crossAx val=\"2001\"/><c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/>"
      + "<c:majorUnit val=\"\(max(1, (Double(chart.maximum) / 5).rounded(.up)))\"/></c:valAx>"
      + "</c:plotArea><c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/>"
      + closing(chart.language)
    return text
  }
}
