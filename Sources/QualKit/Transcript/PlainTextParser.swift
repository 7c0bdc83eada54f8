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
/// optionally after a timestamp `[00:12:31]` or `(00:12:31)`, in Markdown
/// bold (`**Anna:**`) or followed by a time (`Anna Jensen (00:00:03):`,
/// `Speaker 1 [00:03]`, Rev and Trint). A label is a name from the speaker
/// map; or one word of letters, digits, `_`, `.` or `-` (at most 30
/// characters) that starts with a capital letter and is written in capitals
/// and digits (`B`, `JK`, `Q`, `SPEAKER_00`), is a default interviewer
/// label, or starts at least two turns; or a name-like label of up to six
/// words (``SpeakerLabel``) that is a numbered role (`Speaker 1`) or starts
/// at least two turns (`Mary O'Neil`). Other lines continue the current turn;
/// lines before the first label form an untitled turn, except interview
/// metadata written once in capitals or as a known key (`DATE: …`,
/// `INTERVIEWEE: …`), which becomes attributes.
///
/// Two layouts put the label on a line of its own. In Otter's (and the newer
/// Teams `.docx`'s) a header `Name  0:13` (two or more spaces, a time) starts
/// each turn; in the older Teams text layout a line `00:00:03.120 -->
/// 00:00:05.600` and a name line do. A file with two or more such headers is
/// read in that layout only; its preamble (title, `SUMMARY KEYWORDS`,
/// `SPEAKERS`, date, duration) becomes attributes, and Otter's footer and
/// Teams' "started transcription" lines are left out.
struct PlainTextParser {
  /// Some of the text's UTF-8 bytes, indexed by their offsets in the text.
  typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

  /// The transcript's text, already decoded and normalised.
  let text: String
  /// The file's name without extension, the id when the front matter has none.
  let fallbackID: String
  /// Attributes from the participants table, keyed by transcript id.
  let participants: ParticipantTable?
  /// Labels taken as speakers wherever they start a line with a colon (a
  /// Word table's speaker cells).
  var knownLabels: [String] = []

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

    // noScribe's header (a title, its credit line, the audio file and its
    // settings) is read as attributes, not as speech.
    var headerAttributes: [(key: String, value: String)] = []
    if let header = Self.noScribeHeader(
      from: bodyStart, lineCount: lineCount, isBlank: { Self.isBlank(lineBytes($0)) },
      lineText: { String(decoding: Self.trimmed(lineBytes($0)), as: UTF8.self) })
    {
      headerAttributes = header.attributes
      bodyStart = header.end + 1
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

    // One pass reads the shape of every line; which shapes start turns is
    // decided afterwards, from how often each label and layout occurs.
    let mapLabels = Set((speakerMap.labels + knownLabels).map { $0.lowercased() })
    var shapes = ChunkedArray<(line: Int, shape: LineShape)>()
    var layout = LayoutCounts()
    if bodyStart <= lineCount {
      for line in bodyStart...lineCount {
        if let shape = LineShape(parsing: lineBytes(line), mapLabels: mapLabels) {
          shapes.append((line, shape))
          layout.count(shape, line: line)
        }
      }
    }
    // The shapes are let go once planned, before the turns are built.
    var plan = TurnPlan(
      shapes: consume shapes, counts: layout, bodyStart: bodyStart, lineCount: lineCount,
      isBlank: { Self.isBlank(lineBytes($0)) },
      lineText: { String(decoding: Self.trimmed(lineBytes($0)), as: UTF8.self) },
      role: { speakerMap.role(for: $0) })

    var builder = TurnBuilder(text: text, lines: lineIndex)
    builder.reserve(plan.turnCount)
    var nextAction = 0
    if bodyStart <= lineCount {
      for line in bodyStart...lineCount {
        var action: TurnPlan.Action?
        if nextAction < plan.actions.count && plan.actions.line(at: nextAction) == line {
          action = plan.actions[nextAction].action
          nextAction += 1
          // The actions read are let go as the turns grow.
          plan.releaseActions(below: nextAction)
        }
        switch action {
        case .skip:
          continue
        case .start(let speaker, let role, let start, let end, let column, let byte, let isBlank):
          builder.startTurn(
            speaker: speaker, role: role, start: start, end: end, line: line,
            contentColumn: column, contentByte: byte, isBlank: isBlank)
        case nil:
          if !Self.isBlank(lineBytes(line)) { builder.continueTurn(line: line) }
        }
      }
    }
    let turns = builder.finish()

    guard turns.contains(where: { !$0.hasNoText || $0.speaker != nil }) else {
      throw TranscriptError(.noText, "transcript has no text after its front matter")
    }
    var findings = plan.findings
    if !turns.contains(where: { $0.speaker != nil }) {
      diagnostics.append(
        .warning(
          "no speaker labels found (like 'I:' or 'B03:'); the text is one untitled turn",
          at: SourcePosition(line: bodyStart)))
    } else if let first = turns.first, first.speaker == nil, !first.text.isEmpty {
      findings.append(
        TranscriptFinding(
          .untitledText,
          TranscriptFinding.lines(first.firstLine, first.lastLine)
            + (first.firstLine == first.lastLine
              ? " before the first label is" : " before the first label are")
            + " an untitled turn",
          line: first.firstLine))
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
    for (key, value) in headerAttributes + plan.attributes {
      attributes[key] = AttributeValue(inferring: value)
    }
    for (key, value) in record?.attributes ?? [] where key != "speakers" && key != "id" {
      attributes[key] = AttributeValue(inferring: value)
    }
    for (key, value) in frontMatter.values where key != "speakers" && key != "id" {
      attributes[key] = AttributeValue(inferring: value)
    }
    var transcript = Transcript(
      id: id, format: format, attributes: attributes, turns: turns, text: text, lines: lineIndex)
    transcript.layout = turns.contains(where: { $0.speaker != nil }) ? plan.layout : .unlabelled
    // A Word or HTML file's text is rendered anew: only plain text keeps its timecodes.
    if format == .text { transcript.timecodes = Timecode.all(in: bytes, lines: lineIndex) }
    if !headerAttributes.isEmpty {
      transcript.layout = .noScribe
      let overlaps = Self.overlapLines(in: bytes, lines: lineIndex)
      if let first = overlaps.first {
        findings.append(NoScribeHeader.overlapFinding(count: overlaps.count, line: first))
      }
    } else if transcript.layout == .speakerLabels || transcript.layout == .markdownLabels {
      // Timecodes that start no turn: inside a line, or on a line of their own.
      let starts = Set(turns.lazy.filter { $0.start != nil }.map(\.firstLine))
      let inline = transcript.timecodes.lazy.filter { !starts.contains($0.line) }.count
      if inline >= 2 { transcript.layout = .inlineTimecodes }
    }
    transcript.findings = findings
    return transcript
  }

  /// The lines of noScribe's header, if the body starts with one: an
  /// optional title, then `Transcribed with noScribe …` and the lines up to
  /// the next blank line.
  static func noScribeHeader(
    from bodyStart: Int, lineCount: Int, isBlank: (Int) -> Bool, lineText: (Int) -> String
  ) -> (end: Int, attributes: [(key: String, value: String)])? {
    guard bodyStart <= lineCount else { return nil }
    let nonBlank = (bodyStart...min(lineCount, bodyStart + 8)).filter { !isBlank($0) }
    guard let credit = nonBlank.prefix(2).first(where: { NoScribeHeader.isCredit(lineText($0)) })
    else { return nil }
    let title = nonBlank.first.flatMap { $0 < credit ? lineText($0) : nil }
    var end = credit
    while end < lineCount && !isBlank(end + 1) { end += 1 }
    let attributes = NoScribeHeader.attributes(
      title: title, lines: (credit...end).map(lineText))
    return (end, attributes)
  }

  /// The lines on which an overlap `//S02: ` (a label after `//`) starts.
  static func overlapLines(in bytes: UnsafeBufferPointer<UInt8>, lines: LineIndex) -> [Int] {
    var found: [Int] = []
    var line = 1
    var index = 0
    let slash = UInt8(ascii: "/")
    while index + 3 < bytes.count {
      if bytes[index] == slash, bytes[index + 1] == slash, bytes[index + 2] != slash,
        bytes[index + 2] != 0x20
      {
        var cursor = index + 2
        while cursor < bytes.count, cursor - index < 40, bytes[cursor] != UInt8(ascii: ":"),
          bytes[cursor] != 0x0A, bytes[cursor] != slash
        {
          cursor += 1
        }
        if cursor < bytes.count, bytes[cursor] == UInt8(ascii: ":") {
          while line < lines.lineCount && lines.utf8Starts[line] <= index { line += 1 }
          found.append(line)
        }
        index = cursor
        continue
      }
      index += 1
    }
    return found
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

extension Substring {
  /// Whether the line holds only spaces and tabs.
  var isBlank: Bool {
    unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" || $0.properties.isWhitespace }
  }
}
