extension SVGChartWriter {
  /// A line chart: bars (new per category) behind a line with dots
  /// (cumulative), the shaded base, a dashed rule at the marker, the
  /// category labels below and a value scale on the left.
  static func lineChart(_ chart: LineChart, id: String) -> String {
    let margin = 8.0
    let left = 44.0
    let plotHeight = 180.0
    let step = max(26.0, (chart.labels.map { width($0) }.max() ?? 0) + 8)
    let plotWidth = step * Double(max(1, chart.labels.count))
    let top = margin + 6
    let bottom = top + plotHeight
    let totalWidth = left + plotWidth + margin + 12
    let maximum = Double(chart.maximum)
    func x(_ index: Int) -> Double { left + step * (Double(index) + 0.5) }
    func y(_ value: Int) -> Double { bottom - Double(value) / maximum * plotHeight }
    var output = ""
    if chart.baseEnd > 0 {
      output +=
        "<rect x=\"\(number(left))\" y=\"\(number(top))\" width=\"\(number(step * Double(chart.baseEnd)))\" "
        + "height=\"\(number(plotHeight))\" fill=\"#F2F2F2\"/>"
    }
    // Scale: about five whole-number ticks.
    let tick = max(1, Int((maximum / 5).rounded(.up)))
    var value = 0
    while Double(value) <= maximum {
      output +=
        "<line x1=\"\(number(left))\" y1=\"\(number(y(value)))\" x2=\"\(number(left + plotWidth))\" "
        + "y2=\"\(number(y(value)))\" stroke=\"\(value == 0 ? "#444" : "#DDD")\" stroke-width=\"1\"/>"
      output += text(["\(value)"], x: left - 6, y: y(value), anchor: "end", fill: "#555")
      value += tick
    }
    for (index, bar) in chart.bars.enumerated() where bar > 0 {
      let height = Double(bar) / maximum * plotHeight
      output +=
        "<rect x=\"\(number(x(index) - step * 0.3))\" y=\"\(number(bottom - height))\" "
        + "width=\"\(number(step * 0.6))\" height=\"\(number(height))\" fill=\"\(ChartPalette.category(1))\" "
        + "opacity=\"0.6\"><title>\(XMLText.escaped("\(chart.labels[index]): +\(bar)"))</title></rect>"
    }
    if let marker = chart.marker {
      let position = left + step * Double(marker)
      output +=
        "<line x1=\"\(number(position))\" y1=\"\(number(top))\" x2=\"\(number(position))\" "
        + "y2=\"\(number(bottom))\" stroke=\"#D55E00\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>"
    }
    let points = chart.values.indices.map { "\(number(x($0))),\(number(y(chart.values[$0])))" }
    output +=
      "<polyline points=\"\(points.joined(separator: " "))\" fill=\"none\" "
      + "stroke=\"\(ChartPalette.category(0))\" stroke-width=\"2\"/>"
    for (index, value) in chart.values.enumerated() {
      output +=
        "<circle cx=\"\(number(x(index)))\" cy=\"\(number(y(value)))\" r=\"3.5\" "
        + "fill=\"\(ChartPalette.category(0))\"><title>\(XMLText.escaped("\(chart.labels[index]): \(value)"))</title></circle>"
      output += text(["\(value)"], x: x(index), y: y(value) - 11, anchor: "middle", fill: "#333")
      output += text(
        [chart.labels[index]], x: x(index), y: bottom + 12, anchor: "middle", fill: "#333")
    }
    var height = bottom + 26
    if !chart.axisLabel.isEmpty {
      output += text(
        [chart.axisLabel], x: left + plotWidth / 2, y: bottom + 30, anchor: "middle", fill: "#555")
      height += 16
    }
    return svgElement(width: totalWidth, height: height, id: id, title: chart.title) + output
      + "</svg>"
  }
}
