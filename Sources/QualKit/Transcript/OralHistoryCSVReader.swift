/// Reads transcripts kept as CSV tables, one turn a row.
///
/// The Oral History as Data format writes them so:
///
/// ```text
/// timestamp,speaker,words,tags
/// [00:00:00],DB:,"All right. I've basically got a few little sections…",
/// ,BB:,"Bruce Beasley. Date of birth January 20, 1958…",files
/// ,MORE INFO:,"See the full interview at: <a href='…'>…</a>",
/// ```
///
/// Columns are found by their header, in any order: the text (`words`,
/// `text`, `transcript`, …; the only one required), the speaker (`speaker`,
/// `name`, …), the start (`timestamp`, `time`, `start`, …), the end (`end`)
/// and the tags (`tags`, `codes`, …). Each row with text is one turn; a
/// row without a speaker keeps the speaker of the row before (a paragraph
/// of the same answer); a trailing colon of a speaker is dropped. Markup
/// is removed and character references decoded (`&#8212;` → —). A row
/// whose speaker is `MORE INFO` (or `NOTE`, `SOURCE`) is metadata, read as
/// an attribute. The tags of each row are kept (``Transcript/turnTags``), to
/// be offered as codings.
enum OralHistoryCSVReader {
  /// Header names of each column, lowercased.
  private static let textColumns: Set<String> = [
    "words", "text", "transcript", "transcription", "utterance", "content", "speech", "said",
    "tekst", "texte", "dialogue", "dialog", "sentence", "line",
  ]
  private static let speakerColumns: Set<String> = [
    "speaker", "speaker name", "speaker_name", "name", "who", "taler", "sprecher", "locuteur",
    "interlocuteur", "person", "role",
  ]
  private static let startColumns: Set<String> = [
    "timestamp", "time", "start", "start time", "start_time", "starttime", "begin", "tid",
    "timecode", "in", "from",
  ]
  private static let endColumns: Set<String> = [
    "end", "end time", "end_time", "endtime", "stop", "out", "to",
  ]
  private static let tagColumns: Set<String> = [
    "tags", "tag", "codes", "code", "themes", "theme", "keywords", "subjects",
  ]
  /// Speakers that mark a row of metadata, not speech.
  private static let metadataSpeakers: Set<String> = [
    "more info", "note", "notes", "source", "citation", "metadata",
  ]

  static func transcript(
    text: String, id: String, participants: ParticipantTable?, diagnostics: inout [Diagnostic]
  ) throws(TranscriptError) -> Transcript {
    let table: CSVTable
    do {
      table = try CSVReader().read(Array(text.utf8))
    } catch {
      throw TranscriptError(
        .malformedData, "not a readable CSV table: \(error.message)", at: error.position)
    }
    guard table.rowCount > 0 else { throw TranscriptError(.noText, "CSV file has no rows") }
    let header = table.row(0).map { $0.trimmingWhitespace().lowercased() }
    func column(_ names: Set<String>) -> Int? { header.firstIndex { names.contains($0) } }
    guard let textColumn = column(textColumns) else {
      let found = header.map { "'\($0)'" }.prefix(8).joined(separator: ", ")
      throw TranscriptError(
        .notATranscript,
        "CSV has no column of text: expected a header 'words', 'text' or 'transcript' (found \(found)): not a transcript table",
        at: SourcePosition(line: table.line(ofRow: 0), column: 1))
    }
    let speakerColumn = column(speakerColumns)
    let startColumn = column(startColumns)
    let endColumn = column(endColumns)
    let tagColumn = column(tagColumns)
    let lines = LineIndex(text)
    // Counted once: counting per row made long tables quadratic.
    let scalarCount = text.unicodeScalars.count
    var segments: [SpeechSegment] = []
    var tags: [TurnTags] = []
    var attributes: [String: AttributeValue] = [:]
    var lastSpeaker: String?
    var carried = 0
    var firstCarried: Int?
    var previousStart: Timestamp?
    for row in 1..<max(1, table.rowCount) {
      func field(_ column: Int?) -> String {
        guard let column, column < table.fieldCount(inRow: row) else { return "" }
        return table.field(column, inRow: row).trimmingWhitespace()
      }
      let raw = field(textColumn)
      var speaker = field(speakerColumn)
      if speaker.hasSuffix(":") { speaker = String(speaker.dropLast()).trimmingWhitespace() }
      let words = HTMLText.plainText(raw)
      if metadataSpeakers.contains(speaker.lowercased()) {
        attributes[SpeakerLabel.attributeKey(speaker).camelCased] = AttributeValue(inferring: words)
        continue
      }
      guard !words.isEmpty else { continue }
      let line = table.line(ofRow: row)
      if speaker.isEmpty, let lastSpeaker {
        speaker = lastSpeaker
        carried += 1
        if firstCarried == nil { firstCarried = line }
      }
      lastSpeaker = speaker.isEmpty ? nil : speaker
      let start = time(
        field(startColumn), at: table.position(ofField: startColumn ?? 0, inRow: row),
        diagnostics: &diagnostics)
      let end = time(
        field(endColumn), at: table.position(ofField: endColumn ?? 0, inRow: row),
        diagnostics: &diagnostics)
      if let start {
        if let previousStart, start < previousStart {
          diagnostics.append(
            .warning(
              "row starts (\(start)) before the row before it (\(previousStart)); times go backwards",
              at: table.position(ofField: startColumn ?? 0, inRow: row)))
        }
        previousStart = start
      }
      if let start, let end, end < start {
        diagnostics.append(
          .warning(
            "row ends (\(end)) before it starts (\(start))",
            at: table.position(ofField: endColumn ?? 0, inRow: row)))
      }
      // The field's place in the file: after its opening quote, one scalar
      // a character, two for each doubled quote.
      let position = table.position(ofField: textColumn, inRow: row)
      var lower = lines.scalarStarts[position.line - 1] + position.column - 1
      let content = table.field(textColumn, inRow: row)
      if scalarCount > lower, isQuote(at: lower, in: lines, text: text) { lower += 1 }
      let length =
        content.unicodeScalars.count + content.unicodeScalars.filter { $0 == "\"" }.count
      let rowTags = field(tagColumn).split(separator: ";").map { $0.trimmingWhitespace() }
        .filter { !$0.isEmpty }
      if !rowTags.isEmpty { tags.append(TurnTags(turn: segments.count, tags: rowTags)) }
      segments.append(
        SpeechSegment(
          speaker: speaker.isEmpty ? nil : speaker, start: start, end: end, text: words,
          sourceRange: lower..<(lower + length), startsTurn: true))
    }
    guard !segments.isEmpty else {
      throw TranscriptError(.noText, "CSV transcript has no rows with text")
    }
    var findings: [TranscriptFinding] = []
    if let firstCarried {
      findings.append(
        TranscriptFinding(
          .speakerCarriedOver,
          "\(carried) row\(carried == 1 ? " has" : "s have") no speaker and keep\(carried == 1 ? "s" : "") the speaker of the row before",
          line: firstCarried))
    }
    let (map, participantAttributes) = SpeechSegment.participantInfo(
      id: id, participants: participants, diagnostics: &diagnostics)
    attributes.merge(participantAttributes) { $1 }
    var transcript = SpeechSegment.transcript(
      segments: segments,
      context: SpeechSegment.Context(
        id: id, format: .csv, attributes: attributes, speakerMap: map, layout: .oralHistoryCSV,
        findings: findings, pieceName: "row"))
    transcript.turnTags = tags
    SpeechSegment.warnUnusedLabels(of: map, in: transcript, diagnostics: &diagnostics)
    return transcript
  }

  /// Whether the scalar at `offset` of `text` is a double quote.
  private static func isQuote(at offset: Int, in lines: LineIndex, text: String) -> Bool {
    let line = lines.line(containingScalarOffset: offset)
    let utf8 = text.utf8
    var index = utf8.index(utf8.startIndex, offsetBy: lines.utf8Starts[line - 1])
    var scalar = lines.scalarStarts[line - 1]
    while scalar < offset, index < utf8.endIndex {
      index = utf8.index(after: index)
      if index == utf8.endIndex || utf8[index] & 0xC0 != 0x80 { scalar += 1 }
    }
    return index < utf8.endIndex && utf8[index] == UInt8(ascii: "\"")
  }

  /// A row's time: `[00:03:50]`, `00:03:50`, `3:50`, or seconds (`230`, `12.5`).
  private static func time(
    _ text: String, at position: SourcePosition, diagnostics: inout [Diagnostic]
  ) -> Timestamp? {
    var inside = Substring(text)
    if inside.first == "[" || inside.first == "(" { inside = inside.dropFirst() }
    if inside.last == "]" || inside.last == ")" { inside = inside.dropLast() }
    inside = Substring(inside.trimmingWhitespace())
    guard !inside.isEmpty else { return nil }
    if let time = Timestamp(parsing: inside) { return time }
    if let seconds = Double(inside), seconds >= 0, seconds < 1e9 {
      return Timestamp(milliseconds: Int((seconds * 1000).rounded()))
    }
    diagnostics.append(
      .warning(
        "'\(text)' is not a time (expected [00:03:50] or seconds); the row has none", at: position))
    return nil
  }
}

extension String {
  /// `more_info` → `moreInfo`.
  var camelCased: String {
    let parts = split(separator: "_")
    guard let first = parts.first else { return self }
    return String(first)
      + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
  }
}
