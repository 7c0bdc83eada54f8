import Foundation
import Testing

@testable import QualKit

@Suite struct ChartTests {
  @Test("Diverging bars: shares below, at and above the midpoint of an odd scale")
  func divergingOdd() {
    let chart = DivergingBarChart(
      id: "q", title: "Q", levels: ["--", "-", "0", "+", "++"],
      rows: [.init(label: "A", counts: [1, 1, 2, 4, 2]), .init(label: "B", counts: [0, 0, 0])])
    #expect(chart.neutralLevel == 2)
    #expect(chart.negativeShare(of: 0) == 0.2)
    #expect(chart.neutralShare(of: 0) == 0.2)
    #expect(abs(chart.positiveShare(of: 0) - 0.6) < 1e-12)
    #expect(chart.rows[1].counts == [0, 0, 0, 0, 0])
    #expect(chart.shares(of: 1) == [0, 0, 0, 0, 0])
  }

  @Test("Diverging bars of an even scale have no neutral level")
  func divergingEven() {
    let chart = DivergingBarChart(
      id: "q", title: "Q",
      levels: ["Slet ikke", "Kun i ringe grad", "I nogen grad", "I meget høj grad"],
      rows: [.init(label: "TKI2", counts: [2, 5, 20, 33, 99])])
    #expect(chart.neutralLevel == nil)
    #expect(chart.rows[0].total == 60)
    #expect(abs(chart.negativeShare(of: 0) - 7.0 / 60) < 1e-12)
    #expect(chart.neutralShare(of: 0) == 0)
  }

  @Test("Palettes: a colour per level, grey in the middle, Okabe–Ito for groups", arguments: 1...13)
  func palettes(count: Int) {
    let colours = ChartPalette.diverging(count)
    #expect(colours.count == count)
    #expect((count % 2 == 1) == colours.contains(ChartPalette.neutral))
    #expect(ChartPalette.category(8) == ChartPalette.category(0))
  }

  @Test("Grouped bars: counts padded, shares of each group's total, labels like 80% (4/5)")
  func groupedBars() {
    let chart = GroupedBarChart(
      id: "p", title: "P", categories: ["A", "B"], groups: ["g", "h"], counts: [[4]],
      totals: [5, 0])
    #expect(chart.counts == [[4, 0], [0, 0]])
    #expect(chart.share(category: 0, group: 0) == 0.8)
    #expect(chart.label(category: 0, group: 0) == "80% (4/5)")
    #expect(chart.label(category: 0, group: 1) == "0/0")
    #expect(chart.table.rows.count == 2)
  }

  @Test("In the SVG, every value label starts right of its bar's end")
  func labelsClearOfBars() throws {
    let chart = GroupedBarChart(
      id: "p", title: "Theme <prevalence> & more", categories: ["Long theme name 😀", "B"],
      groups: ["g", "h"], counts: [[5, 1], [2, 2]], totals: [5, 4])
    let svg = SVGChartWriter.render(.groupedBars(chart), id: "f")
    #expect(svg.contains("<title id=\"f-title\">Theme &lt;prevalence&gt; &amp; more</title>"))
    // Each bar is a <rect> with a <title>, and its value label the <text> right after it.
    let bars = svg.split(separator: "<rect ").dropFirst().filter { $0.contains("<title>") }
    #expect(bars.count == 4)
    for bar in bars {
      let x = try #require(Double(attribute("x", of: bar)))
      let width = try #require(Double(attribute("width", of: bar)))
      let label = try #require(bar.range(of: "</rect><text ")).upperBound
      let labelX = try #require(Double(attribute("x", of: bar[label...])))
      #expect(labelX > x + width)
    }
  }

  private func attribute(_ name: String, of element: Substring) -> String {
    guard let range = element.range(of: "\(name)=\"") else { return "" }
    return String(element[range.upperBound...].prefix { $0 != "\"" })
  }
}
