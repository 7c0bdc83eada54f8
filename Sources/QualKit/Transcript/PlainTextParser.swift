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
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard lines.contains(where: { !$0.isBlank }) else {
      throw TranscriptError("transcript has no text")
    }
    let lineIndex = LineIndex(text)
    let bytes = Array(text.utf8)

    var frontMatter = FrontMatter()
    var bodyStart = 0
    if lines[0].trimmingCharacters(in: " \t") == "---" {
      guard let close = lines.indices.dropFirst().first(where: {
        let trimmed = lines[$0].trimmingCharacters(in: " \t")
        return trimmed == "---" || trimmed == "..."
      }) else {
        throw TranscriptError(
          "front matter is never closed (expected a line '---' after the 'key: value' lines)",
          at: SourcePosition(line: 1))
      }
      frontMatter = FrontMatter(lines: lines[1..<close], firstLine: 2, diagnostics: &diagnostics)
      bodyStart = close + 1
    }

    let id = frontMatter.values["id"].flatMap { $0.isEmpty ? nil : $0 } ?? fallbackID
    let record = participants?.record(for: id)
    var speakerProblems: [String] = []
    let speakerMapText = frontMatter.values["speakers"] ?? record?["speakers"]
    let speakerMap = speakerMapText.map { SpeakerMap(parsing: $0, problems: &speakerProblems) }
      ?? SpeakerMap()
    let speakersPosition = frontMatter.positions["speakers"]
    for problem in speakerProblems {
      diagnostics.append(.warning(problem, at: speakersPosition))
    }

    // First pass: which single-word labels start two or more lines.
    var candidateCounts: [String: Int] = [:]
    for line in lines[bodyStart...] {
      if let start = TurnStart(parsing: line, speakerMap: speakerMap, isAccepted: { _ in true }),
        !start.isFromMap
      {
        candidateCounts[start.label, default: 0] += 1
      }
    }
    let isAccepted: (String) -> Bool = { label in
      guard let first = label.unicodeScalars.first, first.properties.isUppercase else { return false }
      return Self.interviewerLabels.contains(label.lowercased())
        || label.unicodeScalars.allSatisfy {
          $0.properties.isUppercase || ("0"..."9").contains($0) || $0 == "_"
        }
        || candidateCounts[label, default: 0] >= 2
    }

    var builder = TurnBuilder(lines: lineIndex, bytes: bytes)
    for (offset, line) in lines[bodyStart...].enumerated() {
      let lineNumber = bodyStart + offset + 1
      if let start = TurnStart(parsing: line, speakerMap: speakerMap, isAccepted: isAccepted) {
        builder.startTurn(
          speaker: start.label, role: speakerMap.role(for: start.label), start: start.timestamp,
          line: lineNumber, contentColumn: start.contentScalarOffset,
          contentByte: start.contentUTF8Offset, isBlank: line.dropFirstScalars(start.contentScalarOffset).isBlank)
      } else if !line.isBlank {
        builder.continueTurn(line: lineNumber)
      }
    }
    let turns = builder.finish()

    guard turns.contains(where: { !$0.text.isEmpty || $0.speaker != nil }) else {
      throw TranscriptError("transcript has no text after its front matter")
    }
    if !turns.contains(where: { $0.speaker != nil }) {
      diagnostics.append(
        .warning("no speaker labels found (like 'I:' or 'B03:'); the text is one untitled turn",
          at: SourcePosition(line: bodyStart + 1)))
    }
    let spoken = Set(turns.compactMap(\.speaker).map { $0.lowercased() })
    for label in speakerMap.labels where !spoken.contains(label.lowercased()) {
      diagnostics.append(
        .warning("speaker map names '\(label)', who never speaks in this transcript",
          at: speakersPosition))
    }

    var attributes: [String: AttributeValue] = [:]
    for (key, value) in record?.attributes ?? [] where key != "speakers" && key != "id" {
      attributes[key] = AttributeValue(inferring: value)
    }
    for (key, value) in frontMatter.values where key != "speakers" && key != "id" {
      attributes[key] = AttributeValue(inferring: value)
    }
    return Transcript(id: id, format: format, attributes: attributes, turns: turns, text: text)
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
        diagnostics.append(.warning("front matter line is not 'key: value'; ignored it", at: position))
        continue
      }
      let key = trimmed[..<colon].trimmingCharacters(in: " \t")
      var value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: " \t")
      if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
        value = String(value.dropFirst().dropLast())
      }
      guard !key.isEmpty else {
        diagnostics.append(.warning("front matter line has no key before ':'; ignored it", at: position))
        continue
      }
      if values[key] != nil {
        diagnostics.append(.warning("front matter key '\(key)' is given twice; the later value wins", at: position))
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

  init?(parsing line: Substring, speakerMap: SpeakerMap, isAccepted: (String) -> Bool) {
    var scalars = line.unicodeScalars[...]
    var consumed = 0
    func skipSpaces() {
      while let first = scalars.first, first == " " || first == "\t" {
        scalars = scalars.dropFirst()
        consumed += 1
      }
    }
    skipSpaces()
    if let open = scalars.first, open == "[" || open == "(" {
      let close: Unicode.Scalar = open == "[" ? "]" : ")"
      guard let closeIndex = scalars.firstIndex(of: close) else { return nil }
      let inside = Substring(String(String.UnicodeScalarView(scalars[scalars.index(after: scalars.startIndex)..<closeIndex])))
      guard let time = Timestamp(parsing: inside) else { return nil }
      timestamp = time
      let length = scalars.distance(from: scalars.startIndex, to: closeIndex) + 1
      scalars = scalars.dropFirst(length)
      consumed += length
      skipSpaces()
    }
    let rest = String(String.UnicodeScalarView(scalars))
    // A label from the speaker map may contain spaces.
    var found: (String, Int, Bool)?
    for label in speakerMap.labels.sorted(by: { $0.count > $1.count }) {
      let length = label.unicodeScalars.count
      let head = rest.unicodeScalars.prefix(length)
      if String(String.UnicodeScalarView(head)).lowercased() == label.lowercased(),
        rest.unicodeScalars.dropFirst(length).first == ":"
      {
        found = (String(String.UnicodeScalarView(head)), length, true)
        break
      }
    }
    if found == nil {
      var length = 0
      for scalar in rest.unicodeScalars {
        if scalar == ":" { break }
        let isLetter = scalar.properties.isAlphabetic
        let isDigit = ("0"..."9").contains(scalar)
        if length == 0 ? !isLetter : !(isLetter || isDigit || scalar == "_" || scalar == "." || scalar == "-") {
          return nil
        }
        length += 1
        if length > 30 { return nil }
      }
      guard length > 0, rest.unicodeScalars.dropFirst(length).first == ":" else { return nil }
      let label = String(String.UnicodeScalarView(rest.unicodeScalars.prefix(length)))
      guard !label.hasSuffix("."), !label.hasSuffix("-") else { return nil }
      found = (label, length, false)
    }
    guard let (label, length, isFromMap) = found else { return nil }
    let afterColon = rest.unicodeScalars.dropFirst(length + 1)
    if let next = afterColon.first, next != " " && next != "\t" { return nil }
    guard isFromMap || isAccepted(label) else { return nil }
    self.label = label
    self.isFromMap = isFromMap
    var contentOffset = consumed + length + 1
    for scalar in afterColon {
      guard scalar == " " || scalar == "\t" else { break }
      contentOffset += 1
    }
    contentScalarOffset = contentOffset
    contentUTF8Offset = line.unicodeScalars.prefix(contentOffset).reduce(0) { $0 + UTF8.width($1) }
  }
}

extension Substring {
  /// Whether the line holds only spaces and tabs.
  var isBlank: Bool { unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" || $0.properties.isWhitespace } }

  /// The line without its first `count` Unicode scalars.
  func dropFirstScalars(_ count: Int) -> Substring {
    Substring(unicodeScalars.dropFirst(count))
  }
}
