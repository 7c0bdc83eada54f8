import Foundation

/// Reads subtitle transcripts: WebVTT from Teams or Zoom, SubRip from Whisper.
///
/// Each cue's speaker comes from a Teams voice tag (`<v Anna>text</v>`), a
/// WhisperX label (`[SPEAKER_00]: text`) or a Zoom-style prefix
/// (`Anna Jensen: text`). Consecutive cues of one speaker form one turn whose
/// start and end are the first cue's start and the last cue's end; cues
/// without a speaker are one turn each. The transcript's text is the turns
/// rendered one a line as `Speaker: text`.
struct SubtitleParser {
  /// The decoded, normalised file.
  let text: String
  /// Whether the file is WebVTT (else SubRip).
  let isWebVTT: Bool

  /// One cue: its times, speaker and text, and where it starts in the file.
  struct Cue {
    var start: Timestamp
    var end: Timestamp
    var speaker: String?
    var text: String
    var line: Int
    /// Where the text is in the file's decoded text (``Turn/sourceRanges``).
    var sourceRange: Range<Int>
  }

  /// Reads every cue, reporting out-of-order or overlapping times as warnings.
  func cues(diagnostics: inout [Diagnostic]) throws(TranscriptError) -> [Cue] {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let lineStarts = Self.scalarStarts(of: lines)
    var index = 0
    if isWebVTT {
      guard let first = lines.first, first.hasPrefix("WEBVTT"),
        first.count == 6 || first.dropFirst(6).first == " " || first.dropFirst(6).first == "\t"
      else {
        throw TranscriptError(
          .missingHeader,
          "missing 'WEBVTT' header: a WebVTT file must start with the line 'WEBVTT'",
          at: SourcePosition(line: 1))
      }
      index = 1
      // The header block runs to the first blank line.
      while index < lines.count && !lines[index].isBlank { index += 1 }
    }
    var cues: [Cue] = []
    while index < lines.count {
      while index < lines.count && lines[index].isBlank { index += 1 }
      guard index < lines.count else { break }
      let blockStart = index
      while index < lines.count && !lines[index].isBlank { index += 1 }
      let block = lines[blockStart..<index]
      if isWebVTT, let first = block.first,
        first.hasPrefix("NOTE") || first.hasPrefix("STYLE") || first.hasPrefix("REGION")
      {
        continue
      }
      guard let timingOffset = block.firstIndex(where: { $0.contains("-->") }),
        timingOffset - blockStart <= 1
      else {
        throw TranscriptError(
          .malformedTiming,
          "expected a cue timing line like '00:00:01\(isWebVTT ? "." : ",")000 --> 00:00:04\(isWebVTT ? "." : ",")000'",
          at: SourcePosition(line: blockStart + 1))
      }
      let timingLine = lines[timingOffset]
      let (start, end) = try parseTiming(timingLine, line: timingOffset + 1)
      let textLines = block[(timingOffset + 1)...]
      let joined = textLines.map { String($0).trimmingCharacters(in: " \t") }.joined(separator: " ")
      let offsets = Self.sourceOffsets(
        of: joined, lines: textLines, lineStarts: lineStarts[textLines.indices])
      if end < start {
        diagnostics.append(
          .warning(
            "cue ends (\(end)) before it starts (\(start))",
            at: SourcePosition(line: timingOffset + 1)))
      }
      if let previous = cues.last {
        if start < previous.start {
          diagnostics.append(
            .warning(
              "cue starts (\(start)) before the previous cue (\(previous.start)); times go backwards",
              at: SourcePosition(line: timingOffset + 1)))
        } else if start < previous.end {
          diagnostics.append(
            .warning(
              "cue starts (\(start)) before the previous cue ends (\(previous.end))",
              at: SourcePosition(line: timingOffset + 1)))
        }
      }
      // A WebVTT cue may hold several voices (`<v Anna>Ja. <v Bo>Nej.`): each
      // voice is its own cue, so that no one's words are credited to another.
      var segmentStart = 0
      for segment in isWebVTT ? Self.voiceSegments(joined) : [joined] {
        let segmentCount = segment.unicodeScalars.count
        defer { segmentStart += segmentCount }
        var (speaker, content) = isWebVTT ? Self.voice(in: segment) : (nil, segment)
        let spoken = content
        content = Self.stripTags(content)
        if speaker == nil {
          (speaker, content) = Self.speakerPrefix(in: content)
        }
        let unlabelled = content.unicodeScalars.count
        content = content.trimmingCharacters(in: " \t")
        if content.isEmpty { continue }
        let segmentOffsets = offsets.map {
          $0[segmentStart..<(segmentStart + segmentCount)].dropFirst(
            segmentCount - spoken.unicodeScalars.count)
        }
        let range =
          segmentOffsets.flatMap {
            Self.sourceRange(of: content, in: spoken, unlabelledCount: unlabelled, offsets: $0)
          }
          ?? Self.hull(offsets?[segmentStart..<(segmentStart + segmentCount)])
          ?? Self.hull(lineStarts, textLines)
        cues.append(
          Cue(
            start: start, end: end, speaker: speaker, text: content, line: blockStart + 1,
            sourceRange: range))
      }
    }
    guard !cues.isEmpty else {
      throw TranscriptError(.noText, "subtitle file has no cues with text")
    }
    return cues
  }

  private func parseTiming(_ line: Substring, line number: Int) throws(TranscriptError) -> (
    Timestamp, Timestamp
  ) {
    let parts = line.split(separator: " ", omittingEmptySubsequences: true)
    guard let arrow = parts.firstIndex(of: "-->"), arrow == 1, parts.count >= 3 else {
      throw TranscriptError(
        .malformedTiming, "malformed cue timing line, expected 'start --> end'",
        at: SourcePosition(line: number))
    }
    guard let start = Timestamp(parsing: parts[0]) else {
      throw TranscriptError(
        .malformedTiming, "invalid cue start time '\(parts[0])'", at: SourcePosition(line: number))
    }
    guard let end = Timestamp(parsing: parts[2]) else {
      let column = line.distance(from: line.startIndex, to: parts[2].startIndex) + 1
      throw TranscriptError(
        .malformedTiming, "invalid cue end time '\(parts[2])'",
        at: SourcePosition(line: number, column: column))
    }
    return (start, end)
  }

  /// The parts of a cue's text that each start with a voice tag (`<v Name>` or
  /// `<v.class Name>`), with any text before the first tag as a part of its own.
  static func voiceSegments(_ text: String) -> [String] {
    var starts: [String.Index] = []
    var search = text.startIndex
    while let found = text.range(of: "<v", range: search..<text.endIndex) {
      let next = found.upperBound
      if next < text.endIndex, [" ", ".", "\t"].contains(text[next]) {
        starts.append(found.lowerBound)
      }
      search = next
    }
    guard starts.count > 1 || (starts.count == 1 && starts[0] != text.startIndex) else {
      return [text]
    }
    var segments: [String] = []
    var previous = text.startIndex
    for start in starts where start > previous {
      segments.append(String(text[previous..<start]))
      previous = start
    }
    segments.append(String(text[previous...]))
    return segments
  }

  /// The speaker of a Teams voice tag `<v Name>` and the text without it.
  static func voice(in text: String) -> (String?, String) {
    guard text.hasPrefix("<v"), let close = text.firstIndex(of: ">") else { return (nil, text) }
    let tag = text[text.index(text.startIndex, offsetBy: 2)..<close]
    guard let first = tag.first, first == " " || first == "." || first == "\t" else {
      return (nil, text)
    }
    var name = tag
    if first == "." {
      // <v.loud Name>: classes before the name.
      guard let space = tag.firstIndex(of: " ") else { return (nil, text) }
      name = tag[space...]
    }
    let speaker = decodeEntities(name.trimmingCharacters(in: " \t"))
    return (speaker.isEmpty ? nil : speaker, String(text[text.index(after: close)...]))
  }

  /// The speaker of a `[SPEAKER_00]: text` or `Name: text` prefix and the rest.
  static func speakerPrefix(in text: String) -> (String?, String) {
    if text.hasPrefix("["), let close = text.firstIndex(of: "]") {
      let name = text[text.index(after: text.startIndex)..<close].trimmingCharacters(in: " \t")
      var rest = text[text.index(after: close)...]
      if rest.first == ":" { rest = rest.dropFirst() }
      if !name.isEmpty && !name.contains(":") { return (name, String(rest)) }
      return (nil, text)
    }
    guard let colon = text.firstIndex(of: ":") else { return (nil, text) }
    let name = text[..<colon]
    let after = text[text.index(after: colon)...]
    guard let next = after.first, next == " " else { return (nil, text) }
    let words = name.split(separator: " ")
    guard !name.isEmpty, name.count <= 40, (1...4).contains(words.count),
      name.first?.isLetter == true,
      name.allSatisfy({
        $0.isLetter || $0.isNumber || $0 == " " || $0 == "_" || $0 == "-" || $0 == "."
      })
    else { return (nil, text) }
    return (String(name), String(after))
  }

  /// The text without WebVTT markup tags, entities decoded.
  static func stripTags(_ text: String) -> String {
    guard text.contains("<") || text.contains("&") else { return text }
    var output = ""
    var inTag = false
    for character in text {
      if character == "<" {
        inTag = true
      } else if character == ">" && inTag {
        inTag = false
      } else if !inTag {
        output.append(character)
      }
    }
    return decodeEntities(output)
  }

  /// Decodes the character references WebVTT allows.
  static func decodeEntities(_ text: String) -> String {
    guard text.contains("&") else { return text }
    return text.replacingAll("&lt;", "<").replacingAll("&gt;", ">").replacingAll("&nbsp;", "\u{A0}")
      .replacingAll("&lrm;", "\u{200E}").replacingAll("&rlm;", "\u{200F}").replacingAll(
        "&quot;", "\""
      )
      .replacingAll("&#39;", "'").replacingAll("&apos;", "'").replacingAll("&amp;", "&")
  }

  /// Joins consecutive cues of one speaker and renders the transcript text.
  static func transcript(
    cues: [Cue], id: String, format: TranscriptFormat, attributes: [String: AttributeValue],
    speakerMap: SpeakerMap
  ) -> Transcript {
    struct Group {
      var speaker: String?
      var start: Timestamp
      var end: Timestamp
      var texts: [String]
      var sourceRanges: [Range<Int>]
    }
    var groups: [Group] = []
    for cue in cues {
      if let speaker = cue.speaker, let last = groups.last, last.speaker == speaker {
        groups[groups.count - 1].texts.append(cue.text)
        groups[groups.count - 1].sourceRanges.append(cue.sourceRange)
        groups[groups.count - 1].end = max(last.end, cue.end)
      } else {
        groups.append(
          Group(
            speaker: cue.speaker, start: cue.start, end: cue.end, texts: [cue.text],
            sourceRanges: [cue.sourceRange]))
      }
    }
    return TurnRenderer.transcript(
      turns: groups.map { group in
        TurnRenderer.Item(
          speaker: group.speaker, role: group.speaker.map { speakerMap.role(for: $0) },
          start: group.start, end: group.end, text: group.texts.joined(separator: " "),
          sourceRanges: group.sourceRanges)
      }, id: id, format: format, attributes: attributes)
  }
}

extension String {
  /// The string with every `target` replaced by `replacement`.
  func replacingAll(_ target: String, _ replacement: String) -> String {
    guard contains(target) else { return self }
    return components(separatedBy: target).joined(separator: replacement)
  }
}
