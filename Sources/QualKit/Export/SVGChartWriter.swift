/// Draws a report's ``Chart`` as inline SVG: horizontal grouped bars, or
/// diverging stacked bars with a midpoint rule.
///
/// The drawing is plain SVG 1.1 (rectangles, lines, text) with no scripts
/// or external fonts, so it prints and opens anywhere. Colours come from
/// ``ChartPalette`` (colour-blind safe). Every value label stands outside
/// the bars, in space the chart reserves for it, and the width of text is
/// estimated per character (wide for emoji and CJK, nothing for combining
/// marks), so labels do not overlap bars or each other.
public enum SVGChartWriter {
  /// The chart as an `<svg>` element.
  ///
  /// - Parameters:
  ///   - chart: The chart.
  ///   - id: A prefix for the element ids inside, unique in the page.
  /// - Returns: The `<svg>` element, one line.
  public static func render(_ chart: Chart, id: String) -> String {
    switch chart {
    case .groupedBars(let bars): groupedBars(bars, id: id)
    case .diverging(let diverging): DivergingSVG(chart: diverging, id: id).render()
    case .line(let line): lineChart(line, id: id)
    }
  }

  // MARK: - Layout helpers

  /// The font size of labels, in pixels.
  static let fontSize = 12.0

  /// The estimated width of `text` at `size` pixels.
  static func width(_ text: String, size: Double = fontSize) -> Double {
    var em = 0.0
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value == 0x200D || (0xFE00...0xFE0F).contains(value)
        || scalar.properties.generalCategory == .nonspacingMark
      {
        continue
      }
      if value >= 0x1F000 || (0x2600...0x27BF).contains(value) || (0x1100...0x115F).contains(value)
        || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
        || (0xF900...0xFAFF).contains(value) || (0xFF00...0xFF60).contains(value)
      {
        em += 1.15
      } else if scalar.properties.isUppercase || "mwMW@%".unicodeScalars.contains(scalar) {
        em += 0.72
      } else if " .,:;'|!il()[]".unicodeScalars.contains(scalar) {
        em += 0.32
      } else {
        em += 0.58
      }
    }
    return em * size
  }

  /// `text` in lines of at most `maximum` pixels, broken between words (a
  /// word longer than a line stands alone).
  static func wrap(_ text: String, maximum: Double) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ") {
      let candidate = current.isEmpty ? String(word) : current + " " + word
      if width(candidate) <= maximum || current.isEmpty {
        current = candidate
      } else {
        lines.append(current)
        current = String(word)
      }
    }
    if !current.isEmpty || lines.isEmpty { lines.append(current) }
    return lines
  }

  /// A coordinate with one decimal, by the one number formatter.
  static func number(_ value: Double) -> String {
    NumberFormat.fixed(value, decimals: 1)
  }

  /// A `<text>` element; `lines` become `<tspan>`s 1.2 em apart, centred
  /// on `y`.
  static func text(
    _ lines: [String], x: Double, y: Double, anchor: String = "start", weight: String? = nil,
    fill: String = "#222"
  ) -> String {
    let lineHeight = fontSize * 1.2
    let first = y - Double(lines.count - 1) * lineHeight / 2
    let bold = weight.map { " font-weight=\"\($0)\"" } ?? ""
    var output =
      "<text x=\"\(number(x))\" y=\"\(number(first))\" text-anchor=\"\(anchor)\" "
      + "dominant-baseline=\"central\" fill=\"\(fill)\"\(bold)>"
    if lines.count == 1 {
      output += XMLText.escaped(lines[0])
    } else {
      for (index, line) in lines.enumerated() {
        output +=
          "<tspan x=\"\(number(x))\" dy=\"\(index == 0 ? "0" : number(lineHeight))\">"
          + XMLText.escaped(line) + "</tspan>"
      }
    }
    return output + "</text>"
  }

  /// A legend of coloured squares: `items` laid out left to right from `x`,
  /// wrapping before `maximum`; returns the SVG and the height used.
  static func legend(
    _ items: [(label: String, colour: String)], x: Double, y: Double, maximum: Double
  )
    -> (svg: String, height: Double)
  {
    var output = ""
    var left = x
    var top = y
    let square = 11.0
    for item in items {
      let itemWidth = square + 5 + width(item.label) + 16
      if left > x && left + itemWidth > maximum {
        left = x
        top += 18
      }
      output +=
        "<rect x=\"\(number(left))\" y=\"\(number(top))\" width=\"\(number(square))\" "
        + "height=\"\(number(square))\" fill=\"\(item.colour)\" stroke=\"#555\" stroke-width=\"0.5\"/>"
      output += text([item.label], x: left + square + 5, y: top + square / 2)
      left += itemWidth
    }
    return (output, top - y + 18)
  }

  /// The opening tag of an SVG of `width` × `height` pixels, titled.
  static func svgElement(width: Double, height: Double, id: String, title: String) -> String {
    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(number(width))\" height=\"\(number(height))\" "
      + "viewBox=\"0 0 \(number(width)) \(number(height))\" role=\"img\" "
      + "aria-labelledby=\"\(id)-title\" font-size=\"\(number(fontSize))\" "
      + "font-family=\"system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif\">"
      + "<title id=\"\(id)-title\">\(XMLText.escaped(title))</title>"
  }

  // MARK: - Grouped bars

  private static func groupedBars(_ chart: GroupedBarChart, id: String) -> String {
    let barHeight = 14.0
    let barGap = 3.0
    let categoryGap = 14.0
    let plotWidth = 340.0
    let margin = 8.0
    let labelMaximum = 220.0
    let labelWidth = min(labelMaximum, chart.categories.map { width($0) }.max() ?? 0) + 12
    var valueWidth = 0.0
    for category in chart.categories.indices {
      for group in chart.groups.indices {
        valueWidth = max(valueWidth, width(chart.label(category: category, group: group)))
      }
    }
    valueWidth += 12
    let plotLeft = margin + labelWidth
    let totalWidth = plotLeft + plotWidth + valueWidth + margin
    let (legendSVG, legendHeight) = legend(
      chart.groups.enumerated().map { ($0.element, ChartPalette.category($0.offset)) },
      x: plotLeft, y: margin, maximum: totalWidth - margin)
    var top = margin + legendHeight + 6
    let plotTop = top
    var bars = ""
    for (category, name) in chart.categories.enumerated() {
      let lines = wrap(name, maximum: labelWidth - 12)
      let barsHeight = Double(chart.groups.count) * (barHeight + barGap) - barGap
      let blockHeight = max(barsHeight, Double(lines.count) * fontSize * 1.2)
      bars += text(lines, x: plotLeft - 10, y: top + blockHeight / 2, anchor: "end")
      var y = top + (blockHeight - barsHeight) / 2
      for group in chart.groups.indices {
        let share = chart.share(category: category, group: group)
        let label = chart.label(category: category, group: group)
        let length = share * plotWidth
        bars +=
          "<rect x=\"\(number(plotLeft))\" y=\"\(number(y))\" width=\"\(number(length))\" "
          + "height=\"\(number(barHeight))\" fill=\"\(ChartPalette.category(group))\">"
          + "<title>\(XMLText.escaped("\(name), \(chart.groups[group]): \(label)"))</title></rect>"
        bars += text([label], x: plotLeft + length + 5, y: y + barHeight / 2, fill: "#333")
        y += barHeight + barGap
      }
      top += blockHeight + categoryGap
    }
    let plotBottom = top - categoryGap + 6
    var grid = ""
    for tick in 0...4 {
      let x = plotLeft + Double(tick) / 4 * plotWidth
      grid +=
        "<line x1=\"\(number(x))\" y1=\"\(number(plotTop - 4))\" x2=\"\(number(x))\" "
        + "y2=\"\(number(plotBottom))\" stroke=\"\(tick == 0 ? "#444" : "#DDD")\" stroke-width=\"1\"/>"
      grid += text(
        [chart.language.numberStyle.percentSign("\(tick * 25)")], x: x, y: plotBottom + 10,
        anchor: "middle", fill: "#555")
    }
    var axis = ""
    if !chart.axisLabel.isEmpty {
      axis = text(
        [chart.axisLabel], x: plotLeft + plotWidth / 2, y: plotBottom + 28, anchor: "middle",
        fill: "#555")
    }
    let height = plotBottom + (chart.axisLabel.isEmpty ? 22 : 40)
    let head = svgElement(width: totalWidth, height: height, id: id, title: chart.title)
    return head + legendSVG + grid
      + bars + axis + "</svg>"
  }
}
