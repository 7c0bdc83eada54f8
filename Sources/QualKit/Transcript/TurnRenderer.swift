/// Renders turns as plain text, one turn a line as `Speaker: text`, for the
/// formats whose own layout is not a text to cite lines of (subtitles, Word).
enum TurnRenderer {
  /// One turn to render.
  struct Item {
    var speaker: String?
    var role: String?
    var start: Timestamp?
    var end: Timestamp?
    var text: String
    /// Where the text is in the source (``Turn/sourceRanges``).
    var sourceRanges: [Range<Int>]
  }

  /// The transcript whose text is `turns` rendered one a line.
  ///
  /// A turn without a speaker is its text alone. Line breaks inside a turn's
  /// text become single spaces, so that each turn is exactly one line.
  static func transcript(
    turns: [Item], id: String, format: TranscriptFormat, attributes: [String: AttributeValue]
  ) -> Transcript {
    var text = ""
    var layout: [(prefixScalars: Int, prefixBytes: Int)] = []
    for turn in turns {
      let prefix = turn.speaker.map { "\($0): " } ?? ""
      text += prefix + oneLine(turn.text) + "\n"
      layout.append((prefix.unicodeScalars.count, prefix.utf8.count))
    }
    let lines = LineIndex(text)
    var builder = TurnBuilder(text: text, lines: lines)
    for (index, turn) in turns.enumerated() {
      builder.addTurn(
        speaker: turn.speaker, role: turn.role, start: turn.start, end: turn.end, line: index + 1,
        contentColumn: layout[index].prefixScalars, contentByte: layout[index].prefixBytes,
        sourceRanges: turn.sourceRanges)
    }
    return Transcript(
      id: id, format: format, attributes: attributes, turns: builder.finish(), text: text,
      lines: lines)
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
