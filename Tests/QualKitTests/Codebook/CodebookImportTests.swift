import Testing

@testable import QualKit

@Suite struct CodebookImportTests {
  private let codebook = Codebook(
    name: "Test",
    codes: [
      Code(
        id: "mastery", label: "Mastery <&>", definition: "Coping \"well\"", color: "#2CA02C",
        keywords: ["mestr*", "-mestre"],
        children: [Code(id: "energy", label: "Energy", example: "Mere overskud.")]),
      Code(id: "group", label: "Group", isCodable: false),
    ])

  @Test("A spreadsheet codebook exported as CSV reads back as the same codebook")
  func roundTrip() throws {
    let csv = CSVWriter.render(CodebookWriter.table(codebook))
    let read = try Codebook(importingCSV: Array(csv.utf8), name: "Test")
    #expect(read == codebook)
  }

  @Test("Rows may come in any order; a path names ids joined by '>'")
  func anyOrder() throws {
    let csv = "Path,Label,Color,Keywords\na > b,B,#aabbcc,x; y*\na,A,,\n"
    let read = try Codebook(importingCSV: Array(csv.utf8), name: "n")
    #expect(read.codes.map(\.id) == ["a"])
    #expect(read.codes[0].children.map(\.id) == ["b"])
    #expect(read.codes[0].children[0].color == "#AABBCC")
    #expect(read.codes[0].children[0].keywords == ["x", "y*"])
  }

  @Test(
    "Problems are reported at their row and column",
    arguments: [
      ("label\nA\n", 1, 1, "the header has no 'path' column"),
      ("path,label\na,A\nmissing > b,B\n", 3, 1, "parent 'missing' is the path of no row"),
      ("path,label\na,A\nb > a,B\n", 3, 1, "code 'a' is already on line 2"),
      ("path,colour\na,red\n", 2, 3, "'red' is not a colour like '#1F77B4'"),
      (
        "path,keywords\na,ok; stre*ss\n", 2, 3, "keyword 'stre*ss' has a '*' that is not at its end"
      ),
      ("path,codable\na,maybe\n", 2, 3, "codable must be yes or no, not 'maybe'"),
      ("path\na >\n", 2, 1, "the path is empty"),
    ])
  func errors(csv: String, line: Int, column: Int, message: String) {
    let error = #expect(throws: CodebookImportError.self) {
      try Codebook(importingCSV: Array(csv.utf8), name: "n")
    }
    #expect(error?.position == SourcePosition(line: line, column: column))
    #expect(error?.message.hasPrefix(message) == true)
  }

  @Test("The HTML page is self-contained, escapes the codebook's text and shows its colours")
  func html() {
    let page = CodebookWriter.html(codebook, language: nil)
    #expect(page.hasPrefix("<!DOCTYPE html>"))
    #expect(page.contains("Mastery &lt;&amp;&gt;"))
    #expect(!page.contains("Mastery <&>"))
    #expect(page.contains("--colour: #2CA02C"))
    #expect(!page.contains("<script") && !page.contains("http"))
    #expect(page == CodebookWriter.html(codebook, language: nil))
    let markdown = CodebookWriter.markdown(codebook, language: nil)
    #expect(markdown.contains("### Energy (`energy`)\n\n**Example.** Mere overskud.\n"))
    let details = CodebookWriter.details(codebook, language: nil)
    #expect(details.contains("\n  Energy [energy]\n    Example: Mere overskud.\n"))
    #expect(details.contains("Group [group] (not codable)"))
  }
}
