/// Renders transcripts for people (numbered lines, a listing table) and for
/// scripts (JSON).
public enum TranscriptWriter {
  /// Each speaker's label and role, in order of first appearance.
  public static func speakerRoles(_ transcript: Transcript) -> [(label: String, role: String)] {
    transcript.speakers.map { speaker in
      (
        speaker,
        transcript.turns.first(where: { $0.speaker == speaker })?.role ?? SpeakerMap.defaultRole
      )
    }
  }

  /// The attributes as `key=value` pairs sorted by key, joined by `separator`.
  public static func attributeList(_ transcript: Transcript, separator: String) -> String {
    transcript.attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
      .joined(separator: separator)
  }

  /// The transcript as numbered lines with the speaker of each line in a
  /// gutter, after a header with its id, format, counts and attributes.
  public static func numberedText(_ transcript: Transcript) -> String {
    var output = ""
    numberedText(transcript, to: &output)
    return output
  }

  /// Writes ``numberedText(_:)`` to `output` a part at a time, so that the
  /// rendering of a large transcript is never all in memory.
  public static func numberedText(_ transcript: Transcript, to output: inout some TextOutputStream)
  {
    let lineCount = transcript.lines.lineCount
    // The turn of each line (the last that covers it), -1 for none.
    var turnOfLine = [Int](repeating: -1, count: lineCount + 1)
    for (index, turn) in transcript.turns.enumerated() {
      for line in turn.firstLine...max(turn.firstLine, turn.lastLine) where line <= lineCount {
        turnOfLine[line] = index
      }
    }
    let numberWidth = max(3, String(lineCount).count)
    let speakerWidth = min(12, transcript.speakers.map(\.count).max() ?? 1)
    var header =
      "# \(transcript.id) (\(transcript.format.rawValue)): \(transcript.turns.count) turns, \(transcript.wordCount) words"
    let speakers = speakerRoles(transcript).map { "\($0.label)=\($0.role)" }
      .joined(separator: ", ")
    if !speakers.isEmpty { header += "; speakers: \(speakers)" }
    header += "\n"
    if !transcript.attributes.isEmpty {
      header += "# " + attributeList(transcript, separator: ", ") + "\n"
    }
    var part = TerminalText.visible(header)
    let text = transcript.text.utf8
    let lines = transcript.lines
    for number in 1...max(1, lineCount) where number <= lines.utf8Starts.count {
      let turn = number <= lineCount ? turnOfLine[number] : -1
      let speaker = turn < 0 ? "" : transcript.turns[turn].speaker ?? "-"
      let label = String(speaker.prefix(speakerWidth))
      let numberText = String(number)
      let range = lines.utf8Range(ofLine: number)
      let from = text.index(text.startIndex, offsetBy: range.lowerBound)
      let lineText = Substring(text[from..<text.index(from, offsetBy: range.count)])
      part += String(repeating: " ", count: numberWidth - numberText.count) + numberText + "  "
      part +=
        TerminalText.visible(label) + String(repeating: " ", count: speakerWidth - label.count)
        + " | " + TerminalText.visible(String(lineText)) + "\n"
      if part.utf8.count >= 1 << 16 {
        output.write(part)
        part = ""
      }
    }
    output.write(part)
  }

  /// The listing table of `transcript list`: id, format, turns, words,
  /// speakers and attributes, one row per transcript.
  public static func listing(_ transcripts: [Transcript]) -> Table {
    Table(
      id: "transcripts", caption: "Transcripts",
      columns: [
        .init("id"), .init("format"), .init("turns", isNumeric: true),
        .init("words", isNumeric: true), .init("speakers"), .init("attributes"),
      ],
      rows: transcripts.map { transcript in
        Table.Row([
          .text(transcript.id), .text(transcript.format.rawValue),
          .integer(transcript.turns.count), .integer(transcript.wordCount),
          .text(
            speakerRoles(transcript).map { "\($0.label) (\($0.role))" }.joined(separator: ", ")),
          .text(attributeList(transcript, separator: " ")),
        ])
      })
  }

  /// `{"id", "format", "attributes", "turns": [...]}`.
  public static func json(_ transcript: Transcript) -> JSONOutput {
    .object([
      ("id", .string(transcript.id)),
      ("format", .string(transcript.format.rawValue)),
      ("attributes", attributes(transcript.attributes)),
      ("turns", .array(transcript.turns.map(json))),
    ])
  }

  /// One turn: `{"index", "speaker", "role", "start", "end", "firstLine",
  /// "lastLine", "textStart", "textEnd", "text"}`; `start` and `end` are
  /// times, `textStart` and `textEnd` the Unicode-scalar offsets of the
  /// turn's text (end exclusive), as `tag --span` takes them.
  public static func json(_ turn: Turn) -> JSONOutput {
    .object([
      ("index", .int(turn.index)),
      ("speaker", .string(turn.speaker)),
      ("role", .string(turn.role)),
      ("start", .string(turn.start?.description)),
      ("end", .string(turn.end?.description)),
      ("firstLine", .int(turn.firstLine)),
      ("lastLine", .int(turn.lastLine)),
      ("textStart", .int(turn.textRange.lowerBound)),
      ("textEnd", .int(turn.textRange.upperBound)),
      ("text", .string(turn.text)),
    ])
  }

  /// The listing entry of one transcript for `transcript list --format json`.
  public static func listingJSON(_ transcript: Transcript, file: String) -> JSONOutput {
    .object([
      ("id", .string(transcript.id)), ("file", .string(file)),
      ("format", .string(transcript.format.rawValue)), ("turns", .int(transcript.turns.count)),
      ("words", .int(transcript.wordCount)),
      (
        "speakers",
        .array(
          speakerRoles(transcript).map {
            .object([("label", .string($0.label)), ("role", .string($0.role))])
          })
      ),
      ("attributes", attributes(transcript.attributes)),
    ])
  }

  /// Attributes as an object sorted by name, numbers as numbers.
  public static func attributes(_ attributes: [String: AttributeValue]) -> JSONOutput {
    .object(attributes.sorted { $0.key < $1.key }.map { ($0.key, $0.value.json) })
  }
}
