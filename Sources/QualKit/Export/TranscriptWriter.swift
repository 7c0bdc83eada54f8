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
    var speakerOfLine: [Int: String] = [:]
    for turn in transcript.turns {
      for line in turn.firstLine...max(turn.firstLine, turn.lastLine) {
        speakerOfLine[line] = turn.speaker ?? "-"
      }
    }
    let lineCount = transcript.lines.lineCount
    let numberWidth = max(3, String(lineCount).count)
    let speakerWidth = min(12, transcript.speakers.map(\.count).max() ?? 1)
    var output =
      "# \(transcript.id) (\(transcript.format.rawValue)): \(transcript.turns.count) turns, \(transcript.wordCount) words"
    let speakers = speakerRoles(transcript).map { "\($0.label)=\($0.role)" }
      .joined(separator: ", ")
    if !speakers.isEmpty { output += "; speakers: \(speakers)" }
    output += "\n"
    if !transcript.attributes.isEmpty {
      output += "# " + attributeList(transcript, separator: ", ") + "\n"
    }
    output = TerminalText.visible(output)
    let lines = transcript.text.split(separator: "\n", omittingEmptySubsequences: false)
    for number in 1...max(1, lineCount) where number <= lines.count {
      let label = String((speakerOfLine[number] ?? "").prefix(speakerWidth))
      let numberText = String(number)
      output += String(repeating: " ", count: numberWidth - numberText.count) + numberText + "  "
      output +=
        TerminalText.visible(label) + String(repeating: " ", count: speakerWidth - label.count)
        + " | " + TerminalText.visible(String(lines[number - 1])) + "\n"
    }
    return output
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
