import Foundation
import FoundationXML
import Testing

@testable import QualKit

/// The Word file's structure, checked without LibreOffice: every part
/// well-formed XML, content types and relationships consistent.
@Suite struct DocxReportWriterTests {
  /// A report with every kind of block and text that must be escaped.
  static let report = Report(
    title: "Tillid <&> \"tryghed\" 😀", subtitle: ["Date: 2026-05-01"], language: .danish,
    blocks: [
      .heading("Themes & more", level: 1),
      .paragraph("Control \u{1B}[2J and \u{7} and \u{FFFE}; RTL שלום; emoji 👍🏽; tab\there."),
      .table(
        Table(
          id: "t", caption: "A <table>", preamble: ["counted & so on"],
          columns: [
            .init("code", title: "Code"),
            .init("n", title: "All (N\u{A0}=\u{A0}7)", isNumeric: true),
          ],
          rows: [
            .init([.text("=Safety"), .integer(3)]),
            .init([.code(id: "x", label: "X & Y"), .undefined(note: 0)]),
            .init([.text("pooled"), .percent(0.5, decimals: 1)], isSummary: true),
          ], notes: ["why n/a"])),
      .chart(
        .groupedBars(
          GroupedBarChart(
            id: "c", title: "Bars", categories: ["A"], groups: ["g1", "g2"], counts: [[1, 2]],
            totals: [2, 4]))),
      .quote(
        ReportQuote(
          text: "مرحبا & <hej> […]",
          citation: Citation(transcript: "B01", firstLine: 3, lastLine: 4),
          speaker: "citizen", code: "x")),
    ])

  /// Parses `bytes` as XML, returning the error if it is not well-formed.
  static func parseError(_ bytes: [UInt8]) -> String? {
    let parser = XMLParser(data: Data(bytes))
    return parser.parse() ? nil : (parser.parserError.map { "\($0)" } ?? "unknown")
  }

  /// Collects attributes of elements named `name`.
  final class Collector: NSObject, XMLParserDelegate {
    let name: String
    var found: [[String: String]] = []
    init(_ name: String) { self.name = name }
    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
      qualifiedName: String?, attributes: [String: String]
    ) {
      if elementName == name { found.append(attributes) }
    }
  }

  static func elements(_ name: String, in bytes: [UInt8]) -> [[String: String]] {
    let parser = XMLParser(data: Data(bytes))
    let collector = Collector(name)
    parser.delegate = collector
    _ = parser.parse()
    return collector.found
  }

  @Test("Every part is well-formed XML, even with control characters and RTL text")
  func wellFormed() throws {
    let archive = try ZipArchive(bytes: DocxReportWriter.render(Self.report))
    // The eight parts of every document, and the chart's part.
    #expect(archive.entries.count == 9)
    #expect(archive.entry(for: "word/charts/chart1.xml") != nil)
    for entry in archive.entries {
      let error = Self.parseError(try archive.data(for: entry))
      #expect(error == nil, "\(entry.path): \(error ?? "")")
    }
  }

  @Test("Every part has a content type, and every relationship's target exists")
  func consistent() throws {
    let archive = try ZipArchive(bytes: DocxReportWriter.render(Self.report))
    let types = try archive.data(for: "[Content_Types].xml")
    let overrides = Set(Self.elements("Override", in: types).compactMap { $0["PartName"] })
    let defaults = Set(Self.elements("Default", in: types).compactMap { $0["Extension"] })
    for entry in archive.entries where entry.path != "[Content_Types].xml" {
      let pathExtension = entry.path.split(separator: ".").last.map(String.init) ?? ""
      #expect(
        overrides.contains("/" + entry.path) || defaults.contains(pathExtension),
        "\(entry.path) has no content type")
    }
    for part in overrides {
      #expect(archive.entry(for: String(part.dropFirst())) != nil, "\(part)")
    }
    for (relationships, folder) in [("_rels/.rels", ""), ("word/_rels/document.xml.rels", "word/")]
    {
      let targets = Self.elements("Relationship", in: try archive.data(for: relationships))
      #expect(!targets.isEmpty)
      for target in targets.compactMap({ $0["Target"] }) {
        #expect(archive.entry(for: folder + target) != nil, "\(relationships) → \(target)")
      }
    }
    let document = try archive.data(for: "word/document.xml")
    let styles = Set(
      Self.elements("w:style", in: try archive.data(for: "word/styles.xml")).compactMap {
        $0["w:styleId"]
      })
    for used in Set(Self.elements("w:pStyle", in: document).compactMap { $0["w:val"] }) {
      #expect(styles.contains(used), "style \(used) is not defined")
    }
  }

  @Test("Headings, real tables with a header row, quotations in italics")
  func structure() throws {
    let archive = try ZipArchive(bytes: DocxReportWriter.render(Self.report))
    let document = try archive.data(for: "word/document.xml")
    let text = String(decoding: document, as: UTF8.self)
    // The table is a table; the chart is a drawing of a chart part, not a table.
    #expect(Self.elements("w:tbl", in: document).count == 1)
    #expect(Self.elements("w:tblHeader", in: document).count == 1)
    #expect(Self.elements("c:chart", in: document).map { $0["r:id"] } == ["rId3"])
    #expect(
      text.contains(
        "<w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Themes &amp; more</w:t>"
      ))
    #expect(
      text.contains(
        "<w:i/><w:iCs/></w:rPr><w:t xml:space=\"preserve\">“مرحبا &amp; &lt;hej&gt; […]”"))
    #expect(text.contains("<w:bidi/>"))
    #expect(text.contains("Control \u{FFFD}[2J and \u{FFFD} and \u{FFFD}"))
    #expect(!text.contains("\u{1B}"))
  }

  @Test("The same report gives the same bytes")
  func reproducible() {
    #expect(DocxReportWriter.render(Self.report) == DocxReportWriter.render(Self.report))
  }
}
