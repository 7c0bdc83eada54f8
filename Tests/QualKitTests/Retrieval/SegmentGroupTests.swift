import Testing

@testable import QualKit

@Suite struct SegmentGroupTests {
  private func coding(_ code: String, _ start: Int, memo: String? = nil) -> Coding {
    Coding(
      transcript: "T1", code: code, coder: "anna",
      span: Span(firstLine: 2, lastLine: 2, start: start, end: start + 4), memo: memo)
  }

  @Test("Segments are grouped by code in codebook order, unknown codes last, with their parents")
  func grouping() throws {
    var diagnostics: [Diagnostic] = []
    let transcript = try Transcript(
      parsing: Array("---\ngroup: a\n---\nB: one two three four five\n".utf8), format: .text,
      fallbackID: "T1", diagnostics: &diagnostics)
    let index = CodebookIndex(
      Codebook(
        name: "x",
        codes: [
          Code(id: "b", label: "B", children: [Code(id: "b1", label: "B one")]),
          Code(id: "a", label: "A"),
        ]))
    let start = transcript.turns[0].textRange.lowerBound
    let segments = Segment.segments(
      of: [coding("a", start), coding("zz", start), coding("b1", start + 4, memo: "m")]
    ).map { RetrievedSegment($0, transcript: transcript) }
    let groups = SegmentGroup.grouped(segments, index: index)
    #expect(groups.map(\.code) == ["b1", "a", "zz"])
    #expect(groups.map(\.parents) == [["B"], [], []])
    #expect(groups[0].segments[0].text == "two ")
    #expect(groups[0].segments[0].turn?.speaker == "B")
    #expect(groups[0].segments[0].attributes.map(\.key) == ["group"])
    let text = SegmentWriter.text(groups)
    #expect(
      text.hasPrefix(
        "B › B one [b1]: 1 segment\n\n  T1, l. 2 · B (participant) · anna\n  group=a\n"))
    #expect(text.contains("    memo (anna): m\n"))
    let table = SegmentWriter.records(groups)
    #expect(table.columns.map(\.key).suffix(2) == ["text", "group"])
    #expect(table.rows.count == 3)
    let markdown = SegmentWriter.markdown(groups, showsMemoFirst: true)
    #expect(
      markdown.hasPrefix("### B › B one [b1]: 1 memo\n\n**T1, l. 2 · B (participant) · anna**"))
  }
}
