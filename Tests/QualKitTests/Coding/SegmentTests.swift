import Testing

@testable import QualKit

@Suite struct SegmentTests {
  func coding(
    _ coder: String, start: Int = 0, end: Int = 4, code: String = "c", memo: String? = nil,
    exemplar: Bool = false, status: Coding.Status = .accepted, text: String? = nil
  ) -> Coding {
    Coding(
      transcript: "T", code: code, coder: coder,
      span: Span(firstLine: 1, lastLine: 1, start: start, end: end), status: status, memo: memo,
      text: text, isExemplar: exemplar)
  }

  @Test("Codings of one code on one span are one segment with every coder and every memo")
  func oneSegment() {
    let codings = [
      coding("bo", memo: "bo's view", text: "abcd"),
      coding("anna", memo: "anna's view", exemplar: true, text: "abcd"),
      coding("anna", start: 5, end: 9),
      coding("cy", code: "d"),
    ]
    let segments = Segment.segments(of: codings)
    #expect(segments.map(\.id.description) == ["T:c:0-4", "T:d:0-4", "T:c:5-9"])
    #expect(segments[0].coders == ["anna", "bo"])
    #expect(
      segments[0].memos == [
        Segment.Memo(coder: "anna", text: "anna's view"),
        Segment.Memo(coder: "bo", text: "bo's view"),
      ])
    #expect(segments[0].isExemplar)
    #expect(!segments[1].isExemplar)
  }

  @Test("Memos and the exemplar mark do not depend on which file is read first (discrepancy 5)")
  func orderIndependent() {
    let codings = [
      coding("anna", memo: "first", text: "old"), coding("bo", memo: "second", exemplar: true),
      coding("cy", status: .proposed, text: "new"),
    ]
    var seed: UInt64 = 7
    for _ in 0..<20 {
      var shuffled = codings
      var generator = SplitMix64(seed: seed)
      shuffled.shuffle(using: &generator)
      seed &+= 1
      let segment = Segment.segments(of: shuffled)[0]
      #expect(segment == Segment.segments(of: codings)[0])
      #expect(segment.status == .accepted)
      #expect(segment.storedText == "old")
    }
  }

  @Test("A segment's words come from the transcript, or its stored text marked stale")
  func words() throws {
    var diagnostics: [Diagnostic] = []
    let transcript = try Transcript(
      parsing: Array("B: one two three\n".utf8), format: .text, fallbackID: "T",
      diagnostics: &diagnostics)
    let start = transcript.turns[0].textRange.lowerBound
    let fresh = Segment.segments(of: [coding("anna", start: start, end: start + 3, text: "one")])
    #expect(fresh[0].words(in: transcript) == Segment.Words(text: "one"))
    let moved = Segment.segments(of: [coding("anna", start: start, end: start + 3, text: "uno")])
    #expect(moved[0].words(in: transcript) == Segment.Words(text: "uno", isStale: true))
    let past = Segment.segments(of: [coding("anna", start: 90, end: 95, text: "gone")])
    #expect(past[0].words(in: transcript) == Segment.Words(text: "gone", isStale: true))
  }
}
