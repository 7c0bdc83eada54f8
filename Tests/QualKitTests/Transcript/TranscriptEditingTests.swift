import Testing

@testable import QualKit

/// The scalar range of the `occurrence`th (0-based) `needle` in `text`.
func scalarRange(of needle: String, in text: String, occurrence: Int = 0) -> Range<Int> {
  let haystack = Array(text.unicodeScalars)
  let pattern = Array(needle.unicodeScalars)
  var found = 0
  for start in 0...(haystack.count - pattern.count)
  where haystack[start..<(start + pattern.count)].elementsEqual(pattern) {
    if found == occurrence { return start..<(start + pattern.count) }
    found += 1
  }
  return 0..<0
}

@Suite struct TranscriptEditingTests {
  static let source = """
    ---
    id: T1
    speakers: I=interviewer, B=citizen
    ---
    I: Hvad sagde Anna Jensen?
    [00:00:12] B: Anna sagde ja.
       Og Bo sagde nej.

    I: Tak, Anna.

    """

  private static func parse(_ text: String) throws -> Transcript {
    var diagnostics: [Diagnostic] = []
    return try Transcript(
      parsing: Array(text.utf8), format: .text, fallbackID: "T", diagnostics: &diagnostics)
  }

  private static func edit(_ parts: [(String, Int, String)]) -> TextEdit {
    TextEdit(
      parts.map {
        TextEdit.Replacement(scalarRange(of: $0.0, in: source, occurrence: $0.1), with: $0.2)
      })
  }

  @Test("Names replaced inside lines give the transcript that parsing the new text gives")
  func matchesReparse() throws {
    let transcript = try Self.parse(Self.source)
    let edit = Self.edit([
      ("Anna Jensen", 0, "P1"), ("Anna", 1, "P1"), ("Bo", 0, "Person 2"), ("Anna", 2, "P1"),
    ])
    let (edited, map) = try transcript.applying(edit)
    let expected = """
      ---
      id: T1
      speakers: I=interviewer, B=citizen
      ---
      I: Hvad sagde P1?
      [00:00:12] B: P1 sagde ja.
         Og Person 2 sagde nej.

      I: Tak, P1.

      """
    #expect(edited.text == expected)
    #expect(edited == (try Self.parse(expected)))
    #expect(
      edited.turns.map(\.text) == [
        "Hvad sagde P1?", "P1 sagde ja.\n   Og Person 2 sagde nej.", "Tak, P1.",
      ])
    #expect(edited.turns[1].start?.description == "00:00:12.000")
    #expect(edited.turns.map(\.role) == ["interviewer", "citizen", "interviewer"])
    #expect(edited.lines.lineCount == transcript.lines.lineCount)
    #expect(map.sourceCount == transcript.text.unicodeScalars.count)
    #expect(map.targetCount == expected.unicodeScalars.count)
    let sagde = scalarRange(of: "sagde nej", in: Self.source)
    #expect(edited.text(in: try #require(map.map(sagde))) == "sagde nej")
  }

  @Test("Insertions at either end of a turn's words belong to the turn")
  func insertionsAtTurnEnds() throws {
    let transcript = try Self.parse(Self.source)
    let first = transcript.turns[0].textRange
    let (edited, _) = try transcript.applying(
      TextEdit([
        .init(first.lowerBound..<first.lowerBound, with: "«"),
        .init(first.upperBound..<first.upperBound, with: "»"),
      ]))
    #expect(edited.turns[0].text == "«Hvad sagde Anna Jensen?»")
    #expect(edited == (try Self.parse(edited.text)))
    for turn in edited.turns {
      #expect(edited.text(in: turn.textRange) == turn.text)
    }
  }

  @Test("An empty edit gives the same transcript and the identity map")
  func emptyEdit() throws {
    let transcript = try Self.parse(Self.source)
    let (edited, map) = try transcript.applying(TextEdit())
    #expect(edited == transcript)
    #expect(map.isIdentity)
  }

  @Test(
    "Edits that would change lines, labels or turns are refused, with a kind and a place",
    arguments: [
      (
        [("Anna Jensen", 0, "P1"), ("Jensen", 0, "X")],
        TranscriptEditError.Kind.overlappingReplacements, 5, 20
      ),
      ([("ja.\n   Og", 0, "ja. Og")], .crossesLineBreak, 6, 26),
      ([("Anna", 1, "P1\nP2")], .crossesLineBreak, 6, 15),
      ([("B: Anna", 0, "P1")], .outsideTurnText, 6, 12),
      ([("[00:00:12]", 0, "")], .outsideTurnText, 6, 1),
      ([("T1", 0, "P1")], .outsideTurnText, 2, 5),
      ([("   Og", 0, "Og")], .outsideTurnText, 7, 1),
      ([("Tak, Anna.", 0, "")], .changesSpacing, 9, 4),
      ([("Anna", 1, " P1")], .changesSpacing, 6, 15),
      ([("nej.", 0, "nej. ")], .changesSpacing, 7, 16),
      ([("Og", 0, "Bo: Og")], .changesLineShape, 7, 4),
      ([("Og Bo sagde nej.", 0, "Anna Jensen  0:13")], .changesLineShape, 7, 4),
      ([("Anna", 1, "P\u{7}")], .invalidCharacter, 6, 15),
      ([("Anna", 1, "Anna\u{301}")], .notNormalized, 6, 15),
    ] as [([(String, Int, String)], TranscriptEditError.Kind, Int, Int)])
  func refused(
    parts: [(String, Int, String)], kind: TranscriptEditError.Kind, line: Int, column: Int
  )
    throws
  {
    let transcript = try Self.parse(Self.source)
    let error = #expect(throws: TranscriptEditError.self) {
      try transcript.applying(Self.edit(parts))
    }
    #expect(error?.kind == kind)
    #expect(error?.position == SourcePosition(line: line, column: column))
    #expect(error?.range != nil)
  }

  @Test("A replacement outside the text names the text's length")
  func outOfBounds() throws {
    let transcript = try Self.parse(Self.source)
    let count = transcript.text.unicodeScalars.count
    let error = #expect(throws: TranscriptEditError.self) {
      try transcript.applying(TextEdit([.init(count..<(count + 2), with: "x")]))
    }
    #expect(error?.kind == .rangeOutOfBounds)
    #expect(
      error?.message
        == "replacement \(count)..<\(count + 2) lies outside the text (\(count) characters)")
  }

  @Test("A line that would read as a header or a label, with a one-word label, is refused")
  func newLabels() throws {
    let transcript = try Self.parse("A: Hej Bo\nB: Hej\nog Bo var der\n")
    let error = #expect(throws: TranscriptEditError.self) {
      try transcript.applying(
        TextEdit([.init(scalarRange(of: "og", in: transcript.text), with: "Mia:")]))
    }
    #expect(error?.kind == .changesLineShape)
    #expect(
      error?.message.hasPrefix("the edit would make line 3 read as another kind of line") == true)
    // The same words later in the line are fine.
    let (edited, _) = try transcript.applying(
      TextEdit([.init(scalarRange(of: "Bo", in: transcript.text, occurrence: 1), with: "Mia:")]))
    #expect(edited == (try Self.parse("A: Hej Bo\nB: Hej\nog Mia: var der\n")))
  }
}

@Suite struct TranscriptTimecodeEditingTests {
  @Test("Inline timecodes move with an edit before them and are never edited themselves")
  func timecodes() throws {
    var diagnostics: [Diagnostic] = []
    let text = "I: Hvordan gik det?\nB: Det gik [00:19:00] fint med Anna.\n"
    let transcript = try Transcript(
      parsing: Array(text.utf8), format: .text, fallbackID: "T", diagnostics: &diagnostics)
    let code = try #require(transcript.timecodes.first)
    let anna = transcript.text.unicodeScalars.count - "Anna.\n".unicodeScalars.count
    let (edited, _) = try transcript.applying(TextEdit([.init(anna..<anna + 4, with: "P1")]))
    #expect(edited.timecodes.map(\.range) == [code.range])
    let gik = "I: Hvordan ".unicodeScalars.count
    let (shifted, _) = try transcript.applying(TextEdit([.init(gik..<gik + 3, with: "gik så")]))
    #expect(shifted.timecodes.first?.range == code.range.lowerBound + 3..<code.range.upperBound + 3)
    var reparsed: [Diagnostic] = []
    #expect(
      shifted
        == (try Transcript(
          parsing: Array(shifted.text.utf8), format: .text, fallbackID: "T",
          diagnostics: &reparsed)))
    let error = #expect(throws: TranscriptEditError.self) {
      try transcript.applying(
        TextEdit([.init(code.range.lowerBound + 1..<code.range.lowerBound + 3, with: "01")]))
    }
    #expect(error?.kind == .outsideTurnText)
    #expect(error?.description.contains("timecodes are never edited") == true)
  }
}
