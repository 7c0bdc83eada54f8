import Foundation
import Testing

@testable import QualKit

/// Tables that fit the page in Word and LaTeX: landscape for wide tables,
/// column widths within the text block, a code by its label only.
@Suite struct ReportTableLayoutTests {
  /// A survey-like table: an item and a group, then 14 numbers.
  static let wide: Table = {
    var columns: [Table.Column] = [.init("item", title: "Item"), .init("group", title: "Group")]
    for name in ["N", "n", "Missing", "Helt enig", "Delvist enig", "Hverken enig eller uenig"]
      + ["Delvist uenig", "Helt uenig", "Median", "Q1", "Q3", "Mean", "SD", "Top 2"]
    {
      columns.append(.init(name, isNumeric: true))
    }
    let numbers: [Cell] =
      [.integer(90), .integer(83), .integer(7)] + (0..<5).map { _ in .percent(0.386, decimals: 1) }
      + (0..<5).map { _ in .number(3.6, decimals: 2) } + [.percent(0.53, decimals: 1)]
    return Table(
      id: "survey-scale-1", caption: "Answers on the scale",
      columns: columns,
      rows: [
        .init([.text("Q12 Samlet tilfredshed"), .text("TKI2")] + numbers),
        .init([.text(""), .text("sædvanlig praksis")] + numbers),
      ], notes: ["Percentages may not sum to 100 because of rounding."])
  }()

  static let narrow = Table(
    id: "overview", caption: "Themes",
    columns: [.init("code", title: "Code"), .init("segments", title: "Segments", isNumeric: true)],
    rows: [.init([.text("Person-centredness"), .integer(12)])])

  @Test("A table of 16 columns goes landscape; two columns stay portrait and fill the line")
  func orientation() {
    let wide = ReportTableLayout(Self.wide)
    #expect(wide.orientation == .landscape)
    #expect(wide.widths.reduce(0, +) <= ReportTableLayout.landscapeCharacters + 1e-9)
    let narrow = ReportTableLayout(Self.narrow)
    #expect(narrow.orientation == .portrait)
    // The numbers keep their width (the title's 8 letters, the capital
    // counting 1.5, bold, and padding);
    // the label takes the rest of the 110 characters.
    #expect(abs(narrow.widths.reduce(0, +) - 110) < 1e-9)
    #expect(abs(narrow.widths[1] - (8.5 * 1.1 + 2.5)) < 1e-9)
  }

  @Test("Word: a wide table gets a landscape section between portrait ones")
  func wordLandscape() throws {
    let report = Report(
      title: "R", blocks: [.paragraph("before"), .table(Self.wide), .paragraph("after")])
    let document = DocxReportWriter.document(report)
    let portrait = "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
    let landscape = "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"
    // The section before the table ends portrait, the table's ends landscape,
    // the last one (the body's) is portrait again.
    let before = try #require(document.range(of: portrait))
    let table = try #require(document.range(of: "<w:tbl>"))
    let turn = try #require(document.range(of: landscape))
    #expect(before.upperBound < table.lowerBound && table.upperBound < turn.lowerBound)
    #expect(
      document.hasSuffix(
        DocxReportWriter.sectionProperties(landscape: false) + "</w:body></w:document>"))
    #expect(document.components(separatedBy: "<w:sectPr>").count == 4)
    #expect(document.contains("<w:gridCol w:w="))
    // The columns fill the landscape text width.
    let widths = DocxReportWriter.columnWidths(
      Self.wide, width: DocxReportWriter.landscapeTextWidth)
    #expect(widths.reduce(0, +) == DocxReportWriter.landscapeTextWidth)
    // APA notes: "Note." in italics, then the note.
    #expect(document.contains("<w:i/><w:iCs/></w:rPr><w:t xml:space=\"preserve\">Note.</w:t>"))
  }

  @Test("LaTeX: a wide table is a longtable on a landscape page, its header repeated")
  func latexLandscape() {
    let fragment = LaTeXReportWriter.render(Self.wide, label: "survey")
    // 16 columns need more than a landscape line of 9 pt text: 8 pt.
    #expect(fragment.contains("\\begin{landscape}\n\\begingroup\\scriptsize\n\\begin{longtable}"))
    #expect(fragment.contains("\\endfirsthead\n\\toprule\nItem & Group & N & n & Missing"))
    #expect(fragment.contains("\\endhead\n"))
    #expect(fragment.hasSuffix("\\endgroup\n\\end{landscape}\n"))
    #expect(fragment.contains("\\textit{Note.} Percentages may not sum to 100"))
    let narrow = LaTeXReportWriter.render(Self.narrow, label: "overview")
    #expect(!narrow.contains("landscape"))
    #expect(narrow.hasPrefix("% Themes\n\\begingroup\\small\n\\begin{longtable}"))
  }

  @Test("A code column followed by its label column is left out on paper")
  func withoutCodeIDs() {
    let table = Table(
      id: "matrix", columns: [.init("code"), .init("label"), .init("total", isNumeric: true)],
      rows: [.init([.text("coherence"), .text("Coherence"), .integer(4)])])
    let paper = table.withoutCodeIDs()
    #expect(paper.columns.map(\.key) == ["label", "total"])
    #expect(paper.rows[0].cells == [.text("Coherence"), .integer(4)])
    #expect(Self.narrow.withoutCodeIDs() == Self.narrow)
  }
}
