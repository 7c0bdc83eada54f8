/// Renders turns as plain text, one turn a line as `Speaker: text`, for the
/// formats whose own layout is not a text to cite lines of (subtitles, Word).
///
/// A turn of ordinary length is one line, so that a citation names the turn
/// ("B02, l. 4"). A long turn (over ``longTurnLength`` characters: a
/// monologue, one speaker's run of cues, a Word document without labels) is
/// rendered one piece a line (one cue, or one paragraph), the first after the
/// label, so that its lines can still be cited apart.
enum TurnRenderer {
  /// The length, in characters, above which a turn is rendered one piece a line.
  static let longTurnLength = 1000

  /// One turn to render.
  struct Item {
    var speaker: String?
    var role: String?
    var start: Timestamp?
    var end: Timestamp?
    /// The turn's text in pieces (its cues, or its paragraphs); a line
    /// break inside a piece separates pieces too.
    var pieces: [String]
    /// Where the text is in the source (``Turn/sourceRanges``).
    var sourceRanges: [Range<Int>]
  }

  /// The transcript whose text is `turns` rendered one a line (a long turn
  /// one piece a line).
  ///
  /// A turn without a speaker is its text alone. The pieces of a turn,
  /// trimmed, are joined by a space, or, in a long turn, by a line break.
  ///
  /// - Parameters:
  ///   - turns: The turns in order.
  ///   - id: The transcript's id.
  ///   - format: The file's format.
  ///   - attributes: The transcript's attributes.
  ///   - pieceName: What a piece is called in findings (`cue`, `paragraph`).
  /// - Returns: The transcript, with a finding for each long turn.
  static func transcript(
    turns: [Item], id: String, format: TranscriptFormat, attributes: [String: AttributeValue],
    pieceName: String
  ) -> Transcript {
    var text = ""
    var layout: [(prefixScalars: Int, prefixBytes: Int, lines: Int)] = []
    var findings: [TranscriptFinding] = []
    var line = 1
    for turn in turns {
      let prefix = turn.speaker.map { "\($0): " } ?? ""
      let pieces = turn.pieces.flatMap { $0.split(separator: "\n") }
        .map { $0.trimmingCharacters(in: " \t") }.filter { !$0.isEmpty }
      let joined = pieces.joined(separator: " ")
      let isLong = pieces.count > 1 && joined.unicodeScalars.count > longTurnLength
      text += prefix + (isLong ? pieces.joined(separator: "\n") : joined) + "\n"
      let lines = isLong ? pieces.count : 1
      if isLong {
        findings.append(
          TranscriptFinding(
            .longTurnSplit,
            "a turn of \(joined.unicodeScalars.count) characters is rendered one \(pieceName) a line (lines \(line)–\(line + lines - 1))",
            line: line))
      }
      layout.append((prefix.unicodeScalars.count, prefix.utf8.count, lines))
      line += lines
    }
    let lines = LineIndex(text)
    var builder = TurnBuilder(text: text, lines: lines)
    var first = 1
    for (index, turn) in turns.enumerated() {
      builder.startTurn(
        speaker: turn.speaker, role: turn.role, start: turn.start, line: first,
        contentColumn: layout[index].prefixScalars, contentByte: layout[index].prefixBytes,
        isBlank: false)
      for next in stride(from: first + 1, to: first + layout[index].lines, by: 1) {
        builder.continueTurn(line: next)
      }
      builder.close(end: turn.end, sourceRanges: turn.sourceRanges)
      first += layout[index].lines
    }
    var transcript = Transcript(
      id: id, format: format, attributes: attributes, turns: builder.finish(), text: text,
      lines: lines)
    transcript.findings = findings
    return transcript
  }

  /// The text with every run of whitespace that holds a line break made one space.
  static func oneLine(_ text: String) -> String {
    guard text.contains("\n") else { return text }
    return text.split(separator: "\n").map { $0.trimmingCharacters(in: " \t") }.filter {
      !$0.isEmpty
    }
    .joined(separator: " ")
  }
}
