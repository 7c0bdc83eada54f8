import Testing

@testable import QualKit

/// Each writer's escaping of text from the project.
@Suite struct ReportWriterEscapingTests {
  @Test("XML: markup characters as entities, characters XML cannot hold as U+FFFD")
  func xml() {
    #expect(XMLText.escaped("a<b & \"c\" 'd'>") == "a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;")
    #expect(XMLText.escaped("x\u{0}y\u{1B}z\u{FFFF}\tq\n") == "x\u{FFFD}y\u{FFFD}z\u{FFFD}\tq\n")
    #expect(XMLText.escaped("שלום 😀") == "שלום 😀")
  }

  @Test("LaTeX: & % $ # _ { } ~ ^ \\ and brackets escaped; Danish letters kept")
  func latex() {
    #expect(
      LaTeXReportWriter.escape("& % $ # _ { } ~ ^ \\ [x] æøå")
        == "\\& \\% \\$ \\# \\_ \\{ \\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{} {[}x{]} æøå"
    )
  }

  @Test("LaTeX: characters pdflatex cannot typeset are declared, Latin ones are not")
  func latexDeclarations() {
    let scalars = LaTeXReportWriter.unsupportedScalars(in: "æøå Ł – “x” … ש 😀")
    #expect(scalars.map(\.value) == [0x05E9, 0x1F600])
    let report = Report(title: "😀", blocks: [.paragraph("ש")])
    let main = LaTeXReportWriter.render(report)[0].text
    #expect(main.contains("\\DeclareUnicodeCharacter{05E9}{\\qkchar{05E9}}"))
    #expect(main.contains("\\DeclareUnicodeCharacter{1F600}{\\qkchar{1F600}}"))
  }

  @Test("Markdown: punctuation escaped, no accidental list or heading")
  func markdown() {
    #expect(MarkdownText.escaped("a*b_c <d> & [e] $5") == "a\\*b\\_c \\<d\\> \\& \\[e\\] \\$5")
    #expect(MarkdownText.escaped("- not a list") == "\\- not a list")
    #expect(MarkdownText.escaped("1. not a list") == "1\\. not a list")
    #expect(MarkdownText.escaped("# x\nline") == "\\# x line")
    #expect(MarkdownText.escaped("a|b") == "a\\|b")
    #expect(MarkdownText.code("a`b") == "``a`b``")
    #expect(MarkdownText.code("`x") == "`` `x ``")
  }

  @Test("CSV files start with a byte order mark and neutralise formulas")
  func csv() throws {
    let table = Table(
      id: "t/../x", columns: [.init("label")],
      rows: [.init([.text("=SUM(A1)")]), .init([.text("@x")])])
    let files = CSVReportWriter.render(Report(title: "", blocks: [.table(table)]))
    #expect(files.count == 1)
    #expect(files[0].name == "t----x.csv")
    #expect(Array(files[0].bytes.prefix(3)) == CSVReportWriter.byteOrderMark)
    #expect(
      String(decoding: files[0].bytes.dropFirst(3), as: UTF8.self)
        == "label\r\n'=SUM(A1)\r\n'@x\r\n")
  }

  @Test("File names are safe and unique")
  func fileNames() {
    #expect(
      Report.fileNames(for: ["a b", "a-b", "", "Æble", "report"], reserved: ["report"])
        == ["a-b", "a-b-2", "table", "-ble", "report-2"])
  }
}
