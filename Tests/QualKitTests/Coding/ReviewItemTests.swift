import Testing

@testable import QualKit

@Suite struct ReviewItemTests {
  static let codebook = Codebook(
    name: "T",
    codes: [
      Code(id: "mastery", label: "Mastery", keywords: ["mestr*", "overskud"]),
      Code(id: "stress", label: "Stress", keywords: ["stress*", "-stressfri"]),
      Code(id: "plain", label: "Plain"),
    ])

  static let text = """
    I: Hvordan går det?
    B: Jeg mestrer det. Jeg har overskud!
    Og stress er væk, jeg er stressfri.
    I: Godt.
    B: Ja.
    I: Farvel.
    """

  static func transcript(_ text: String = text) throws -> Transcript {
    var diagnostics: [Diagnostic] = []
    return try Transcript(
      parsing: Array(text.utf8), format: .text, fallbackID: "T", diagnostics: &diagnostics)
  }

  /// The line with `{…}` around its segment part and `[…]` around hits.
  static func marked(_ line: ReviewItem.Line) -> String {
    var marks: [Int: String] = [:]
    if let segment = line.segment {
      marks[segment.lowerBound, default: ""] += "{"
      marks[segment.upperBound, default: ""] = "}" + (marks[segment.upperBound] ?? "")
    }
    for hit in line.highlights {
      marks[hit.lowerBound, default: ""] += "["
      marks[hit.upperBound, default: ""] = "]" + (marks[hit.upperBound] ?? "")
    }
    var output = "\(line.number) \(line.speaker ?? "-"): "
    let scalars = Array(line.text.unicodeScalars)
    for offset in 0...scalars.count {
      output += marks[offset] ?? ""
      if offset < scalars.count { output.unicodeScalars.append(scalars[offset]) }
    }
    return output
  }

  /// A proposed coding of the turn or range of `transcript`.
  static func coding(
    _ code: String, _ range: Range<Int>, in transcript: Transcript, origin: Coding.Origin
  ) -> Coding {
    Coding(
      transcript: "T", code: code, coder: "auto", span: Span(range, in: transcript), origin: origin,
      status: .proposed, text: transcript.text(in: range), transcriptHash: transcript.contentHash)
  }

  @Test("A turn over two lines: context lines, segment parts and hits of the named pattern")
  func turnWithContext() throws {
    let transcript = try Self.transcript()
    let turn = transcript.turns[1]
    let coding = Self.coding("mastery", turn.textRange, in: transcript, origin: .keyword("mestr*"))
    let item = ReviewItem(
      coding: coding, transcript: transcript, codebook: Self.codebook, contextLines: 1)
    #expect(
      item.lines.map(Self.marked) == [
        "1 I: I: Hvordan går det?",
        "2 B: B: {Jeg [mestrer] det. Jeg har overskud!}",
        "3 B: {Og stress er væk, jeg er stressfri.}",
        "4 I: I: Godt.",
      ])
    #expect(item.patterns == ["mestr*"])
    #expect(!item.isFromStoredText)
    #expect(!item.isTranscriptChanged)
  }

  @Test("Several named patterns are all highlighted, and the code's exclusions still apply")
  func severalPatternsAndExclusions() throws {
    let transcript = try Self.transcript()
    let turn = transcript.turns[1]
    let mastery = Self.coding(
      "mastery", turn.textRange, in: transcript, origin: .keyword("mestr* | overskud"))
    let item = ReviewItem(
      coding: mastery, transcript: transcript, codebook: Self.codebook, contextLines: 0)
    #expect(
      item.lines.map(Self.marked) == [
        "2 B: B: {Jeg [mestrer] det. Jeg har [overskud]!}",
        "3 B: {Og stress er væk, jeg er stressfri.}",
      ])
    let stress = Self.coding("stress", turn.textRange, in: transcript, origin: .keyword("stress*"))
    let stressItem = ReviewItem(
      coding: stress, transcript: transcript, codebook: Self.codebook, contextLines: 0)
    #expect(stressItem.lines.map(Self.marked)[1] == "3 B: {Og [stress] er væk, jeg er stressfri.}")
    #expect(stressItem.patterns == ["stress*"])
  }

  @Test("A manual coding highlights every keyword of its code; a code without keywords none")
  func manualOrigin() throws {
    let transcript = try Self.transcript()
    let range = transcript.turns[1].textRange
    var coding = Self.coding("mastery", range, in: transcript, origin: .manual)
    let item = ReviewItem(
      coding: coding, transcript: transcript, codebook: Self.codebook, contextLines: 0)
    #expect(item.lines[0].highlights.count == 2)
    #expect(item.patterns == ["mestr*", "overskud"])
    coding.code = "plain"
    let plain = ReviewItem(
      coding: coding, transcript: transcript, codebook: Self.codebook, contextLines: 0)
    #expect(plain.lines.allSatisfy { $0.highlights.isEmpty })
    let noCodebook = ReviewItem(
      coding: coding, transcript: transcript, codebook: nil, contextLines: 0)
    #expect(noCodebook.patterns.isEmpty)
  }

  @Test("A segment inside a line covers only its part, and hits outside the segment are not marked")
  func partialLine() throws {
    let transcript = try Self.transcript()
    let line = transcript.lines.scalarRange(ofLine: 2)
    // "Jeg har overskud!" — the second sentence of line 2.
    let start = line.lowerBound + "B: Jeg mestrer det. ".unicodeScalars.count
    let coding = Self.coding(
      "mastery", start..<line.upperBound, in: transcript, origin: .keyword("mestr*"))
    let item = ReviewItem(
      coding: coding, transcript: transcript, codebook: Self.codebook, contextLines: 0)
    #expect(item.lines.map(Self.marked) == ["2 B: B: Jeg mestrer det. {Jeg har overskud!}"])
  }

  @Test(
    "Context stops at the transcript's edges",
    arguments: [(0, 4, 4), (1, 3, 5), (3, 1, 6), (9, 1, 6)])
  func contextAtEdges(context: Int, first: Int, last: Int) throws {
    let transcript = try Self.transcript()
    let turn = try #require(transcript.turns.first { $0.firstLine == 4 })
    let coding = Self.coding("mastery", turn.textRange, in: transcript, origin: .manual)
    let item = ReviewItem(
      coding: coding, transcript: transcript, codebook: nil, contextLines: context)
    #expect(item.lines.map(\.number) == Array(first...last))
    #expect(item.lines.filter { $0.segment != nil }.map(\.number) == [4])
  }

  @Test("Without its transcript, the stored text is shown at the coding's line numbers")
  func storedText() throws {
    let transcript = try Self.transcript()
    let coding = Self.coding(
      "mastery", transcript.turns[1].textRange, in: transcript, origin: .keyword("overskud"))
    let item = ReviewItem(coding: coding, transcript: nil, codebook: Self.codebook)
    #expect(item.isFromStoredText)
    #expect(!item.isTranscriptChanged)
    #expect(
      item.lines.map(Self.marked) == [
        "2 -: {Jeg mestrer det. Jeg har [overskud]!}",
        "3 -: {Og stress er væk, jeg er stressfri.}",
      ])
  }

  @Test("A changed transcript is flagged; a span beyond its end falls back to the stored text")
  func changedTranscript() throws {
    let transcript = try Self.transcript()
    let coding = Self.coding(
      "mastery", transcript.turns[1].textRange, in: transcript, origin: .keyword("mestr*"))
    let edited = try Self.transcript(Self.text + "\nB: Hej hej.")
    let item = ReviewItem(coding: coding, transcript: edited, codebook: Self.codebook)
    #expect(item.isTranscriptChanged)
    #expect(!item.isFromStoredText)
    let short = try Self.transcript("B: Kort.")
    let fallback = ReviewItem(coding: coding, transcript: short, codebook: Self.codebook)
    #expect(fallback.isFromStoredText)
    #expect(fallback.isTranscriptChanged)
    #expect(fallback.lines.first?.number == 2)
  }

  @Test("Highlight offsets count Unicode scalars, not bytes or characters")
  func scalarOffsets() throws {
    let transcript = try Self.transcript("B: Ære og e\u{301}n mestring.")
    let coding = Self.coding(
      "mastery", transcript.turns[0].textRange, in: transcript, origin: .keyword("mestr*"))
    let item = ReviewItem(coding: coding, transcript: transcript, codebook: nil, contextLines: 0)
    let line = try #require(item.lines.first)
    let scalars = Array(line.text.unicodeScalars)
    let hit = try #require(line.highlights.first)
    var word = ""
    word.unicodeScalars.append(contentsOf: scalars[hit])
    #expect(word == "mestring")
  }
}
