import QualKit
import Testing

@Suite struct CodingMergerExemplarTests {
  @Test("A union merge keeps the exemplar mark of any coder's coding, and it survives a rewrite")
  func exemplarSurvivesMerge() throws {
    let span = Span(firstLine: 3, lastLine: 3, start: 10, end: 40)
    let anna = Coding(
      transcript: "B01", code: "energy", coder: "anna", span: span, text: "t", isExemplar: true)
    var bo = anna
    bo.coder = "bo"
    bo.isExemplar = false
    let result = CodingMerger().merge([
      CodingMerger.Input(path: "Codings/anna.jsonl", file: CodingFile(codings: [anna])),
      CodingMerger.Input(path: "Codings/bo.jsonl", file: CodingFile(codings: [bo])),
    ])
    #expect(result.codings.count == 1)
    #expect(result.codings.first?.isExemplar == true)
    let line = CodingFile.line(for: try #require(result.codings.first))
    #expect(line.contains(#""exemplar":true"#))
    var diagnostics: [Diagnostic] = []
    let reread = CodingFile(parsing: Array((line + "\n").utf8), diagnostics: &diagnostics)
    #expect(reread.codings.first?.isExemplar == true)
    #expect(!CodingFile.line(for: bo).contains("exemplar"))
  }
}
