import Testing

@testable import QualKit

@Suite struct CodingFileProposalsTests {
  /// A proposal of `code` at `start` from keyword `keyword`.
  private func proposal(_ code: String, at start: Int, keyword: String = "stress") -> Coding {
    Coding(
      transcript: "A01", code: code, coder: "auto",
      span: Span(firstLine: 1, lastLine: 1, start: start, end: start + 5),
      origin: .keyword(keyword), status: .proposed, text: "stress")
  }

  @Test("New applications are added once, in order; ones already there or repeated are left out")
  func addsOnlyNew() {
    var file = CodingFile(codings: [proposal("a", at: 0)])
    var proposals = [
      proposal("a", at: 0), proposal("b", at: 0), proposal("a", at: 10), proposal("b", at: 0),
      proposal("a", at: 0, keyword: "stress*"),
    ]
    #expect(file.addNew(&proposals) == 3)
    #expect(proposals.isEmpty)
    #expect(
      file.codings.map { "\($0.code)@\($0.span.start):\($0.origin)" } == [
        "a@0:keyword:stress", "b@0:keyword:stress", "a@10:keyword:stress",
        "a@0:keyword:stress*",
      ])
  }

  @Test("Into an empty file the proposals move as they are, repeats left out")
  func emptyFile() {
    var file = CodingFile(codings: [])
    var proposals = [proposal("a", at: 0), proposal("a", at: 0), proposal("b", at: 3)]
    #expect(file.addNew(&proposals) == 2)
    #expect(file.codings.map(\.code) == ["a", "b"])
    #expect(proposals.isEmpty)
  }
}
