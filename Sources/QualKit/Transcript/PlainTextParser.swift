/// Reads plain-text transcripts: optional front matter, then speaker turns.
///
/// ```text
/// ---
/// id: B03
/// speakers: I=interviewer, B=citizen
/// ---
/// I: Hvordan var det første møde?
/// [00:12:31] B: Det var trygt.
///   Jeg følte mig hørt.
/// ```
///
/// A turn starts with a speaker label and a colon at the start of a line,
/// optionally after a timestamp `[00:12:31]` or `(00:12:31)`. A label is a
/// name from the speaker map, or one word of letters, digits, `_`, `.` or `-`
/// (at most 30 characters) that starts with a capital letter and is written in
/// capitals and digits (`B`, `JK`, `B03`, `SPEAKER_00`), is a default
/// interviewer label, or starts at least two turns in the file
/// (`Interviewer:`, `Informant:`). Other lines continue the
/// current turn. Lines before the first label form an untitled turn.
struct PlainTextParser {
  /// Some of the text's UTF-8 bytes, indexed by their offsets in the text.
  typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

  /// The labels accepted as the interviewer without a speaker map.
  static let interviewerLabels: Set<String> = ["i", "int", "interviewer"]

  /// The transcript's text, already decoded and normalised.
  let text: String
  /// The file's name without extension, the id when the front matter has none.
  let fallbackID: String
  /// Attributes from the participants table, keyed by transcript id.
  let participants: ParticipantTable?

  /// Parses the text into a transcript.
  func parse(format: TranscriptFormat, diagnostics: inout [Diagnostic]) throws(TranscriptError)
    -> Transcript
  {
    // The lines are read from the text's own UTF-8 storage, without a copy.
    var text = self.text
    let result = text.withUTF8 { bytes in
      Result { () throws(TranscriptError) in
        try parse(bytes: bytes, format: format, diagnostics: &diagnostics)
      }
    }
    return try result.get()
  }

  /// Parses the text, whose UTF-8 bytes are `bytes`, into a transcript.
  private func parse(
    bytes: UnsafeBufferPointer<UInt8>, format: TranscriptFormat, diagnostics: inout [Diagnostic]
  ) throws(TranscriptError) -> Transcript {
    let lineIndex = LineIndex(text)
    let lineCount = lineIndex.lineCount
    func lineBytes(_ line: Int) -> Bytes { bytes[lineIndex.utf8Range(ofLine: line)] }
    guard (1...max(1, lineCount)).contains(where: { !Self.isBlank(lineBytes($0)) }), !bytes.isEmpty
    else {
      throw TranscriptError(.noText, "transcript has no text")
    }

    var frontMatter = FrontMatter()
    var bodyStart = 1
    if Self.trimmed(lineBytes(1)).elementsEqual("---".utf8) {
      guard
        let close = (2...max(2, lineCount)).first(where: { line in
          line <= lineCount
            && (Self.trimmed(lineBytes(line)).elementsEqual("---".utf8)
              || Self.trimmed(lineBytes(line)).elementsEqual("...".utf8))
        })
      else {
        throw TranscriptError(
          .unclosedFrontMatter,
          "front matter is never closed (expected a line '---' after the 'key: value' lines)",
          at: SourcePosition(line: 1))
      }
      let lines = (2..<close).map { Substring(String(decoding: lineBytes($0), as: UTF8.self)) }
      frontMatter = FrontMatter(lines: lines[...], firstLine: 2, diagnostics: &diagnostics)
      bodyStart = close + 1
    }

    let id = frontMatter.values["id"].flatMap { $0.isEmpty ? nil : $0 } ?? fallbackID
    let record = participants?.record(for: id)
    var speakerProblems: [String] = []
    let speakerMapText = frontMatter.values["speakers"] ?? record?["speakers"]
    let speakerMap =
      speakerMapText.map { SpeakerMap(parsing: $0, problems: &speakerProblems) }
      ?? SpeakerMap()
    let speakersPosition = frontMatter.positions["speakers"]
    for problem in speakerProblems {
      diagnostics.append(.warning(problem, at: speakersPosition))
    }

    // One pass finds every line that could start a turn; single-word labels
    // are accepted afterwards, when it is known how often each starts a line.
    let mapLabels = speakerMap.labels.sorted { $0.utf8.count > $1.utf8.count }
    // Each distinct single-word label is numbered once, so that the second
    // pass looks its role up by number instead of hashing it again.
    var starts: [(line: Int, start: TurnStart, candidate: Int)] = []
    var candidateNumbers: [String: Int] = [:]
    var candidateLabels: [String] = []
    var candidateCounts: [Int] = []
    if bodyStart <= lineCount {
      for line in bodyStart...lineCount {
        if let start = TurnStart(parsing: lineBytes(line), mapLabels: mapLabels) {
          var candidate = -1
          if !start.isFromMap {
            if let number = candidateNumbers[start.label] {
              candidate = number
              candidateCounts[number] += 1
            } else {
              candidate = candidateLabels.count
              candidateNumbers[start.label] = candidate
              candidateLabels.append(start.label)
              candidateCounts.append(1)
            }
          }
          starts.append((line, start, candidate))
        }
      }
    }
    func isAccepted(_ label: String) -> Bool {
      guard let first = label.unicodeScalars.first, first.properties.isUppercase else {
        return false
      }
      return Self.interviewerLabels.contains(label.lowercased())
        || label.unicodeScalars.allSatisfy {
          $0.properties.isUppercase || ("0"..."9").contains($0) || $0 == "_"
        }
        || candidateNumbers[label].map { candidateCounts[$0] >= 2 } ?? false
    }
    // Labels from the speaker map are always accepted; the others are
    // decided once per distinct label. The role of each accepted label is
    // looked up once too (separately for labels from the map, which may be
    // written like a rejected label elsewhere).
    let roles: [String?] = candidateLabels.map { isAccepted($0) ? speakerMap.role(for: $0) : nil }
    var mapRoles: [String: String] = [:]

    var builder = TurnBuilder(text: text, lines: lineIndex)
    var nextStart = 0
    if bodyStart <= lineCount {
      for line in bodyStart...lineCount {
        var turnStart: TurnStart?
        var role: String?
        if nextStart < starts.count && starts[nextStart].line == line {
          let start = starts[nextStart].start
          if start.isFromMap {
            turnStart = start
            role = mapRoles[start.label] ?? speakerMap.role(for: start.label)
            mapRoles[start.label] = role
          } else if let known = roles[starts[nextStart].candidate] {
            turnStart = start
            role = known
          }
          nextStart += 1
        }
        let content = lineBytes(line)
        if let start = turnStart {
          builder.startTurn(
            speaker: start.label, role: role, start: start.timestamp,
            line: line, contentColumn: start.contentScalarOffset,
            contentByte: start.contentUTF8Offset,
            isBlank: Self.isBlank(content.dropFirst(start.contentUTF8Offset)))
        } else if !Self.isBlank(content) {
          builder.continueTurn(line: line)
        }
      }
    }
    let turns = builder.finish()

    guard turns.contains(where: { !$0.hasNoText || $0.speaker != nil }) else {
      throw TranscriptError(.noText, "transcript has no text after its front matter")
    }
    if !turns.contains(where: { $0.speaker != nil }) {
      diagnostics.append(
        .warning(
          "no speaker labels found (like 'I:' or 'B03:'); the text is one untitled turn",
          at: SourcePosition(line: bodyStart)))
    }
    // Only a speaker map needs the spoken labels (a set built per turn).
    let spoken =
      speakerMap.labels.isEmpty ? [] : Set(turns.compactMap(\.speaker).map { $0.lowercased() })
    for label in speakerMap.labels where !spoken.contains(label.lowercased()) {
      diagnostics.append(
        .warning(
          "speaker map names '\(label)', who never speaks in this transcript",
          at: speakersPosition))
    }

    var attributes: [String: AttributeValue] = [:]
    for (key, value) in record?.attributes ?? [] where key != "speakers" && key != "id" {
      attributes[key] = AttributeValue(inferring: value)
    }
    for (key, value) in frontMatter.values where key != "speakers" && key != "id" {
      attributes[key] = AttributeValue(inferring: value)
    }
    return Transcript(
      id: id, format: format, attributes: attributes, turns: turns, text: text, lines: lineIndex)
  }

  /// Whether a line holds only spaces and tabs.
  static func isBlank(_ line: Bytes) -> Bool {
    line.allSatisfy { $0 == 0x20 || $0 == 0x09 }
  }

  /// A line without leading and trailing spaces and tabs.
  static func trimmed(_ line: Bytes) -> Bytes {
    var slice = line
    while let first = slice.first, first == 0x20 || first == 0x09 { slice = slice.dropFirst() }
    while let last = slice.last, last == 0x20 || last == 0x09 { slice = slice.dropLast() }
    return slice
  }
}

/// The `key: value` lines between `---` lines at the top of a transcript.
private struct FrontMatter {
  var values: [String: String] = [:]
  var positions: [String: SourcePosition] = [:]

  init() {}

  init(lines: ArraySlice<Substring>, firstLine: Int, diagnostics: inout [Diagnostic]) {
    for (offset, line) in lines.enumerated() {
      let position = SourcePosition(line: firstLine + offset)
      let trimmed = line.trimmingCharacters(in: " \t")
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      guard let colon = trimmed.firstIndex(of: ":") else {
        diagnostics.append(
          .warning("front matter line is not 'key: value'; ignored it", at: position))
        continue
      }
      let key = trimmed[..<colon].trimmingCharacters(in: " \t")
      var value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: " \t")
      if value.count >= 2, let first = value.first, first == "\"" || first == "'",
        value.last == first
      {
        value = String(value.dropFirst().dropLast())
      }
      guard !key.isEmpty else {
        diagnostics.append(
          .warning("front matter line has no key before ':'; ignored it", at: position))
        continue
      }
      if values[key] != nil {
        diagnostics.append(
          .warning("front matter key '\(key)' is given twice; the later value wins", at: position))
      }
      values[key] = value
      positions[key] = position
    }
  }
}

/// A line that starts a turn: an optional timestamp, a label and a colon.
private struct TurnStart {
  var timestamp: Timestamp?
  var label: String
  var isFromMap: Bool
  var contentScalarOffset: Int
  var contentUTF8Offset: Int

  private static let colon = UInt8(ascii: ":")
  private static let space = UInt8(ascii: " ")
  private static let tab = UInt8(ascii: "\t")

  /// Reads a turn start from a line's UTF-8 bytes, or returns nil.
  ///
  /// - Parameters:
  ///   - line: The line's bytes, without its line break.
  ///   - mapLabels: The speaker map's labels, longest first.
  init?(parsing line: PlainTextParser.Bytes, mapLabels: [String]) {
    var index = line.startIndex
    let end = line.endIndex
    while index < end && (line[index] == Self.space || line[index] == Self.tab) { index += 1 }
    guard index < end else { return nil }
    if line[index] == UInt8(ascii: "[") || line[index] == UInt8(ascii: "(") {
      let close = line[index] == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: ")")
      guard let closeIndex = line[index..<min(end, index + 20)].firstIndex(of: close),
        let time = Timestamp(
          parsing: Substring(String(decoding: line[(index + 1)..<closeIndex], as: UTF8.self)))
      else { return nil }
      timestamp = time
      index = closeIndex + 1
      while index < end && (line[index] == Self.space || line[index] == Self.tab) { index += 1 }
    }
    let labelStart = index
    var labelEnd: Int?
    var fromMap = false
    // A label from the speaker map may contain spaces.
    for label in mapLabels {
      let count = label.utf8.count
      guard labelStart + count < end, line[labelStart + count] == Self.colon else { continue }
      let written = String(decoding: line[labelStart..<(labelStart + count)], as: UTF8.self)
      if written == label || written.lowercased() == label.lowercased() {
        labelEnd = labelStart + count
        fromMap = true
        break
      }
    }
    if labelEnd == nil {
      // One word: a letter, then letters, digits, '_', '.' or '-', at most 30 scalars.
      var scalars = 0
      var cursor = labelStart
      while cursor < end && line[cursor] != Self.colon {
        let byte = line[cursor]
        var width = 1
        let isLetter: Bool
        let isOther: Bool
        if byte < 0x80 {
          isLetter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
          isOther =
            (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
        } else {
          width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
          guard cursor + width <= end,
            let decoded = String(validating: line[cursor..<(cursor + width)], as: UTF8.self),
            let scalar = decoded.unicodeScalars.first
          else { return nil }
          isLetter = scalar.properties.isAlphabetic
          isOther = false
        }
        if scalars == 0 ? !isLetter : !(isLetter || isOther) { return nil }
        scalars += 1
        if scalars > 30 { return nil }
        cursor += width
      }
      guard scalars > 0, cursor < end else { return nil }
      let last = line[cursor - 1]
      guard last != UInt8(ascii: "."), last != UInt8(ascii: "-") else { return nil }
      labelEnd = cursor
    }
    guard let labelEnd else { return nil }
    var contentStart = labelEnd + 1
    if contentStart < end, line[contentStart] != Self.space, line[contentStart] != Self.tab {
      return nil
    }
    while contentStart < end && (line[contentStart] == Self.space || line[contentStart] == Self.tab)
    {
      contentStart += 1
    }
    label = String(decoding: line[labelStart..<labelEnd], as: UTF8.self)
    isFromMap = fromMap
    contentUTF8Offset = contentStart - line.startIndex
    contentScalarOffset = line[line.startIndex..<contentStart].reduce(0) {
      $0 + ($1 & 0xC0 != 0x80 ? 1 : 0)
    }
  }
}

extension Substring {
  /// Whether the line holds only spaces and tabs.
  var isBlank: Bool {
    unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" || $0.properties.isWhitespace }
  }
}
