import Foundation
import FoundationXML
import Testing

@testable import QualKit

/// Native Word charts: the `c:chartSpace` part of each chart, with its data
/// in the caches, the colours of the HTML chart and a place in the package.
@Suite struct DocxChartWriterTests {
  static let bars = GroupedBarChart(
    id: "prevalence-role", title: "Participants by role", axisLabel: "participants (%)",
    categories: ["Coherence", "Mastery & more"], groups: ["citizen", "professional"],
    counts: [[4, 0], [3, 1]], totals: [5, 2])

  static let likert = DivergingBarChart(
    id: "likert-1", title: "Q12", levels: ["Disagree", "Rather not", "Neither", "Rather", "Agree"],
    rows: [
      .init(label: "TKI2", counts: [2, 4, 4, 6, 4]),
      .init(label: "usual", counts: [5, 5, 0, 5, 5]),
    ],
    language: .danish)

  /// The texts of every element named `name` (`c:v` values, series names).
  static func texts(_ name: String, in xml: String) -> [String] {
    var result: [String] = []
    var rest = xml[...]
    while let open = rest.range(of: "<\(name)>"), let close = rest.range(of: "</\(name)>") {
      result.append(String(rest[open.upperBound..<close.lowerBound]))
      rest = rest[close.upperBound...]
    }
    return result
  }

  @Test("Grouped bars: a clustered bar chart, a series per group with its share of each category")
  func groupedBars() {
    let part = DocxChartWriter.part(.groupedBars(Self.bars))
    #expect(XMLParser(data: Data(part.utf8)).parse())
    #expect(part.contains("<c:barDir val=\"bar\"/><c:grouping val=\"clustered\"/>"))
    // Two series, named after the groups with their N, in the Okabe–Ito colours.
    #expect(part.components(separatedBy: "<c:ser>").count == 3)
    #expect(part.contains("<c:v>citizen (N\u{A0}=\u{A0}5)</c:v>"))
    #expect(part.contains("<c:v>professional (N\u{A0}=\u{A0}2)</c:v>"))
    #expect(part.contains("<a:srgbClr val=\"0072B2\"/>"))
    #expect(part.contains("<a:srgbClr val=\"E69F00\"/>"))
    // Categories top-down; the values are the shares 4/5, 3/5, then 0/2, 1/2.
    #expect(part.contains("<c:v>Mastery &amp; more</c:v>"))
    #expect(part.contains("<c:orientation val=\"maxMin\"/>"))
    let values = Self.texts("c:v", in: part).filter { $0.first?.isNumber == true }
    #expect(values == ["0.8000", "0.6000", "0.0000", "0.5000"])
    #expect(part.contains("participants (%)"))
    #expect(part.contains("formatCode=\"0%;0%\""))
  }

  @Test("Diverging bars: stacked, negative levels left of 0, the neutral level split in halves")
  func divergingBars() {
    let plot = DocxChartWriter.divergingPlot(Self.likert)
    #expect(plot.isStacked)
    // The neutral half and the negative levels from the midpoint outwards, then the rest.
    #expect(
      plot.series.map(\.name) == [
        "Neither", "Rather not", "Disagree", "Neither", "Rather", "Agree",
      ])
    #expect(plot.series.map(\.isInLegend) == [false, true, true, true, true, true])
    // TKI2 has 20 answers: Disagree 10 %, Rather not 20 %, Neither 20 % (10 % a side).
    #expect(plot.series[0].values[0] == -0.1)
    #expect(plot.series[1].values[0] == -0.2)
    #expect(plot.series[2].values[0] == -0.1)
    #expect(plot.series[3].values[0] == 0.1)
    #expect(plot.series[5].values[1] == 0.25)
    // PuOr: orange on the negative side, purple on the positive, grey in the middle.
    #expect(
      plot.series.map(\.colour) == [
        "#BDBDBD", "#FDB863", "#E66101", "#BDBDBD", "#B2ABD2", "#5E3C99",
      ])
    #expect(plot.categories == ["TKI2 (n\u{A0}=\u{A0}20)", "usual (n\u{A0}=\u{A0}20)"])
    // The larger side is 50 % + 10 %, so the scale runs from -75 % to 75 %.
    #expect(plot.minimum == -0.75 && plot.maximum == 0.75)
    let part = DocxChartWriter.part(.diverging(Self.likert))
    #expect(XMLParser(data: Data(part.utf8)).parse())
    #expect(part.contains("<c:grouping val=\"stacked\"/>"))
    #expect(part.contains("<c:overlap val=\"100\"/>"))
    #expect(part.contains("<c:legendEntry><c:idx val=\"0\"/><c:delete val=\"1\"/></c:legendEntry>"))
    // Danish shares: a no-break space before % and no sign on the negative side.
    #expect(part.contains("formatCode=\"0&quot;\u{A0}&quot;%;0&quot;\u{A0}&quot;%\""))
    #expect(part.contains("<c:lang val=\"da-DK\"/>"))
  }

  @Test("A report's charts become chart parts with their caption, in order, reproducibly")
  func reportCharts() throws {
    let report = Report(
      title: "R", language: .english,
      blocks: [
        .chart(.groupedBars(Self.bars)), .paragraph("between"), .chart(.diverging(Self.likert)),
      ])
    let bytes = DocxReportWriter.render(report)
    #expect(bytes == DocxReportWriter.render(report))
    let archive = try ZipArchive(bytes: bytes)
    let document = String(decoding: try archive.data(for: "word/document.xml"), as: UTF8.self)
    // An APA caption: the number in bold, the title in italics below it.
    #expect(
      document.contains(
        "Figure 1</w:t></w:r><w:r><w:br/></w:r><w:r><w:rPr><w:i/><w:iCs/></w:rPr>"
          + "<w:t xml:space=\"preserve\">Participants by role"))
    #expect(document.contains("Figure 2</w:t>"))
    #expect(
      document.contains("<c:chart r:id=\"rId3\"/>") && document.contains("<c:chart r:id=\"rId4\"/>")
    )
    #expect(!document.contains("HTML report"))
    let relationships = String(
      decoding: try archive.data(for: "word/_rels/document.xml.rels"), as: UTF8.self)
    #expect(
      relationships.contains(
        "Id=\"rId4\" Type=\"\(DocxChartWriter.relationshipType)\" Target=\"charts/chart2.xml\""))
    let types = String(decoding: try archive.data(for: "[Content_Types].xml"), as: UTF8.self)
    #expect(
      types.contains(
        "PartName=\"/word/charts/chart2.xml\" ContentType=\"\(DocxChartWriter.contentType)\""))
    let second = String(decoding: try archive.data(for: "word/charts/chart2.xml"), as: UTF8.self)
    #expect(second.contains("<c:v>Disagree</c:v>"))
  }
}
