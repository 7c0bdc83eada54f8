import Testing

@testable import QualKit

@Suite struct TurnTests {
  @Test("A turn is 48 bytes, so that a million turns take 48 MB")
  func compact() {
    #expect(MemoryLayout<Turn>.stride == 48)
  }

  @Test("A turn made with its own text gives back every field, and equal turns are equal")
  func ownText() {
    let turn = Turn(
      index: 3, speaker: "B", role: "citizen", start: Timestamp(milliseconds: 1500),
      end: Timestamp(milliseconds: 4000), firstLine: 7, lastLine: 8, textRange: 40..<52,
      utf8Range: 41..<54, text: "Det var trygt", sourceRanges: [10..<20, 22..<30])
    #expect(turn.index == 3)
    #expect(turn.speaker == "B")
    #expect(turn.role == "citizen")
    #expect(turn.start == Timestamp(milliseconds: 1500))
    #expect(turn.end == Timestamp(milliseconds: 4000))
    #expect(turn.firstLine == 7 && turn.lastLine == 8)
    #expect(turn.textRange == 40..<52 && turn.utf8Range == 41..<54)
    #expect(turn.text == "Det var trygt")
    #expect(turn.sourceRanges == [10..<20, 22..<30])
    let untimed = Turn(
      index: 3, speaker: nil, role: nil, firstLine: 7, lastLine: 8, textRange: 40..<52,
      utf8Range: 41..<54, text: "x")
    #expect(untimed.start == nil && untimed.end == nil && untimed.speaker == nil)
    #expect(untimed.sourceRanges == [40..<52])
    let same = Turn(
      index: 3, speaker: "B", role: "citizen", start: Timestamp(milliseconds: 1500),
      end: Timestamp(milliseconds: 4000), firstLine: 7, lastLine: 8, textRange: 40..<52,
      utf8Range: 41..<54, text: "Det var trygt", sourceRanges: [10..<20, 22..<30])
    #expect(same == turn && same.hashValue == turn.hashValue)
    #expect(untimed != turn)
  }

  @Test("Parsed turns share the transcript's text and speaker table, and read the same back")
  func parsedTurns() throws {
    let text = "I: Hvordan var det?\n[00:12:31] B: Det var trygt.\n  Jeg følte mig hørt.\n"
    var diagnostics: [Diagnostic] = []
    let transcript = try Transcript(
      parsing: Array(text.utf8), format: .text, fallbackID: "B03", diagnostics: &diagnostics)
    let turns = transcript.turns
    #expect(turns.map(\.speaker) == ["I", "B"])
    #expect(turns.map(\.text) == ["Hvordan var det?", "Det var trygt.\n  Jeg følte mig hørt."])
    #expect(turns.map(\.start) == [nil, Timestamp(milliseconds: 751_000)])
    #expect(turns.map(\.sourceRanges) == turns.map { [$0.textRange] })
    for turn in turns {
      #expect(transcript.text(in: turn.textRange) == turn.text)
    }
  }
}
