extension SVGChartWriter {
  /// The drawing of a ``DivergingBarChart``: negative levels left of the
  /// midpoint rule, positive ones right, a neutral level split across it;
  /// the share below and above the midpoint written outside the bars, left
  /// and right, and the neutral share in a column of its own.
  struct DivergingSVG {
    var chart: DivergingBarChart
    var id: String

    let barHeight = 16.0
    let rowGap = 8.0
    let plotWidth = 360.0
    let margin = 8.0

    func render() -> String {
      let colours = ChartPalette.diverging(chart.levels.count)
      let style = chart.language.numberStyle
      let rowLabels = chart.rows.map { "\($0.label) (n = \($0.total))" }
      let labelWidth = min(200, rowLabels.map { SVGChartWriter.width($0) }.max() ?? 0) + 12
      let percentWidth = SVGChartWriter.width(style.percentSign("100")) + 12
      let hasNeutral = chart.neutralLevel != nil
      let neutralWidth = hasNeutral ? SVGChartWriter.width("(\(style.percentSign("100")))") + 12 : 0
      let plotLeft = margin + labelWidth + percentWidth
      let plotRight = plotLeft + plotWidth
      let totalWidth = plotRight + percentWidth + neutralWidth + margin
      let (legendSVG, legendHeight) = SVGChartWriter.legend(
        chart.levels.enumerated().map { ($0.element, colours[$0.offset]) },
        x: margin, y: margin, maximum: totalWidth - margin)

      // A symmetric scale from the largest side, in steps of 25 %.
      var extent = 0.25
      for index in chart.rows.indices {
        let half = chart.neutralShare(of: index) / 2
        extent = max(
          extent, chart.negativeShare(of: index) + half, chart.positiveShare(of: index) + half)
      }
      extent = min(1, (extent * 4).rounded(.up) / 4)
      let centre = plotLeft + plotWidth / 2
      let scale = plotWidth / 2 / extent

      var top = margin + legendHeight + 8
      let plotTop = top
      var bars = ""
      for (index, row) in chart.rows.enumerated() {
        let shares = chart.shares(of: index)
        let lines = SVGChartWriter.wrap(rowLabels[index], maximum: labelWidth - 12)
        let rowHeight = max(barHeight, Double(lines.count) * SVGChartWriter.fontSize * 1.2)
        let y = top + (rowHeight - barHeight) / 2
        let middle = top + rowHeight / 2
        bars += SVGChartWriter.text(lines, x: margin + labelWidth - 10, y: middle, anchor: "end")
        var x =
          centre - (chart.negativeShare(of: index) + chart.neutralShare(of: index) / 2) * scale
        for level in chart.levels.indices {
          let length = shares[level] * scale
          if length > 0 {
            let percent = style.percent(shares[level], decimals: 0)
            let label = "\(row.label), \(chart.levels[level]): \(percent) (\(row.counts[level]))"
            bars +=
              "<rect x=\"\(SVGChartWriter.number(x))\" y=\"\(SVGChartWriter.number(y))\" "
              + "width=\"\(SVGChartWriter.number(length))\" height=\"\(SVGChartWriter.number(barHeight))\" "
              + "fill=\"\(colours[level])\"><title>\(XMLText.escaped(label))</title></rect>"
          }
          x += length
        }
        bars += SVGChartWriter.text(
          [style.percent(chart.negativeShare(of: index), decimals: 0)], x: plotLeft - 6,
          y: middle, anchor: "end")
        bars += SVGChartWriter.text(
          [style.percent(chart.positiveShare(of: index), decimals: 0)], x: plotRight + 6,
          y: middle)
        if hasNeutral {
          bars += SVGChartWriter.text(
            ["(" + style.percent(chart.neutralShare(of: index), decimals: 0) + ")"],
            x: plotRight + percentWidth + 6, y: middle, fill: "#666")
        }
        top += rowHeight + rowGap
      }
      let plotBottom = top - rowGap + 6
      var grid = ""
      let steps = Int((extent * 4).rounded())
      for tick in -steps...steps {
        let x = centre + Double(tick) * 0.25 * scale
        let isMiddle = tick == 0
        grid +=
          "<line x1=\"\(SVGChartWriter.number(x))\" y1=\"\(SVGChartWriter.number(plotTop - 4))\" "
          + "x2=\"\(SVGChartWriter.number(x))\" y2=\"\(SVGChartWriter.number(plotBottom))\" "
          + "stroke=\"\(isMiddle ? "#222" : "#DDD")\" stroke-width=\"\(isMiddle ? "1.5" : "1")\"/>"
        grid += SVGChartWriter.text(
          [style.percentSign("\(abs(tick) * 25)")], x: x, y: plotBottom + 10, anchor: "middle",
          fill: "#555")
      }
      // The midpoint rule is drawn over the bars, so that it shows through a neutral segment.
      let rule =
        "<line x1=\"\(SVGChartWriter.number(centre))\" y1=\"\(SVGChartWriter.number(plotTop - 4))\" "
        + "x2=\"\(SVGChartWriter.number(centre))\" y2=\"\(SVGChartWriter.number(plotBottom))\" "
        + "stroke=\"#222\" stroke-width=\"1.5\"/>"
      let height = plotBottom + 24
      let head = SVGChartWriter.svgElement(
        width: totalWidth, height: height, id: id, title: chart.title)
      return head
        + legendSVG + grid + bars + rule + "</svg>"
    }
  }
}
