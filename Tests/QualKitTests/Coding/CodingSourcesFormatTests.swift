import Testing

@testable import QualKit

@Suite struct CodingSourcesFormatTests {
  let span = Span(firstLine: 2, lastLine: 3, start: 10, end: 40)

  @Test("A merged coding's sources are written last and read back")
  func roundTrip() throws {
    let coding = Coding(
      transcript: "B01", code: "x", coder: "merged", span: span, text: "t",
      transcriptHash: "xxh64:1",
      sources: [CodingSource(coder: "anna", file: "Codings/anna.jsonl", line: 12)])
    let line = CodingFile.line(for: coding)
    #expect(
      line
        == #"{"transcript":"B01","code":"x","coder":"merged","firstLine":2,"lastLine":3,"start":10,"#
        + #""end":40,"origin":"manual","status":"accepted","memo":null,"text":"t","hash":"xxh64:1","#
        + #""sources":[{"coder":"anna","file":"Codings/anna.jsonl","line":12}]}"#)
    #expect(try CodingFile.coding(fromLine: Array(line.utf8)) == coding)
  }

  @Test("A coding without sources is written as before and reads sources as nil")
  func withoutSources() throws {
    let coding = Coding(transcript: "B01", code: "x", coder: "anna", span: span)
    let line = CodingFile.line(for: coding)
    #expect(!line.contains("sources"))
    #expect(line.hasSuffix(#""hash":null}"#))
    #expect(try CodingFile.coding(fromLine: Array(line.utf8)).sources == nil)
  }

  @Test(
    "Malformed sources are errors",
    arguments: [
      #""sources":3"#, #""sources":[{"coder":"a","file":"f"}]"#,
      #""sources":[{"coder":"","file":"f","line":1}]"#,
    ])
  func malformedSources(sources: String) {
    let line =
      #"{"transcript":"B01","code":"x","coder":"m","firstLine":1,"lastLine":1,"start":0,"end":1,"#
      + #""origin":"manual","status":"accepted","# + sources + "}"
    #expect(throws: CodingFileError.self) { try CodingFile.coding(fromLine: Array(line.utf8)) }
  }
}
