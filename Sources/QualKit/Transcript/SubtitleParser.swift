import Foundation

/// Reads subtitle transcripts: WebVTT from Teams, Zoom or YouTube, SubRip
/// from Whisper, WhisperX or podcast tools.
///
/// Each cue's speaker comes from a Teams voice tag (`<v Anna>text</v>`), a
/// WhisperX label (`[SPEAKER_00]: text`, `[SPEAKER_00 | 0.72]: text`,
/// `[00:00:03] [SPEAKER_00]: text`) or a name before the text
/// (`Mary O'Neil: text`, taken when it is name-like and the file's cues
/// mostly carry names or it recurs, ``SpeakerLabel``). Consecutive cues of
/// one speaker form one turn whose start and end are the first cue's start
/// and the last cue's end; cues without a speaker are one turn each, unless
/// the file names a speaker only on a turn's first cue (Descript and podcast
/// exports), when the following cues keep that speaker. YouTube's rolling
/// captions are read once: a cue's repeat of the lines before it is dropped.
/// Markup tags (`<i>`, `<c>`, `{\an8}`) are removed and character references
/// decoded (``CharacterReference``). The transcript's text is the turns
/// rendered by ``TurnRenderer``.
struct SubtitleParser {
  /// The decoded, normalised file.
  let text: String
  /// Whether the file is WebVTT (else SubRip).
  let isWebVTT: Bool
  /// The speaker map's labels, lowercased: names before cue text that are
  /// always speakers.
  var mapLabels: Set<String> = []

  /// How a cue names its speaker.
  enum LabelKind: Hashable {
    case none, voice, bracket, prefix
  }

  /// One cue: its times, speaker and text, and where it starts in the file.
  struct Cue {
    var start: Timestamp
    var end: Timestamp
    var speaker: String?
    var text: String
    var line: Int
    /// Where the text is in the file's decoded text (``Turn/sourceRanges``).
    var sourceRange: Range<Int>
    /// How the speaker is written.
    var labelKind: LabelKind = .none
    /// The text and its range with the label kept, for a name before the
    /// text that turns out not to be a speaker.
    var unlabelled: (text: String, range: Range<Int>)?
    /// Whether a bracket label is followed by a colon or looks like a diarization label.
    var isCertainLabel = false
    /// Whether the cue's voice tag names an overlap (`<v //S02>`, noScribe).
    var isOverlapVoice = false
  }

  /// The cues of a file with the decisions made reading them.
  struct Reading {
    var cues: [Cue]
    var layout: TranscriptLayout
    var findings: [TranscriptFinding]
  }

  /// Reads every cue, reporting out-of-order or overlapping times as warnings.
  func read(diagnostics: inout [Diagnostic]) throws(TranscriptError) -> Reading {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let lineStarts = Self.scalarStarts(of: lines)
    var findings: [TranscriptFinding] = []
    let blocks = try Self.blocks(of: lines, isWebVTT: isWebVTT)
    let repeats = Self.rollingRepeats(blocks, lines: lines)
    var cues: [Cue] = []
    var overlaps: [(line: Int, message: String)] = []
    // The one overlap warning goes where the first overlap was found.
    var overlapIndex = 0
    var lastEnd: Timestamp?
    var loose: [(line: Int, text: Substring, time: Timestamp)] = []
    for (number, block) in blocks.enumerated() {
      let timingLine = lines[block.timing]
      let (start, end) = try parseTiming(timingLine, line: block.timing + 1)
      if let (text, time) = Self.looseTime(in: timingLine, start: start, end: end) {
        loose.append((block.timing + 1, text, time))
      }
      let kept = block.textLines.dropFirst(repeats?[number] ?? 0)
      if kept.isEmpty { continue }
      let textLines = kept.map { lines[$0] }[...]
      let starts = kept.map { lineStarts[$0] }[...]
      let joined = textLines.map { String($0).trimmingCharacters(in: " \t") }.joined(separator: " ")
      let offsets = Self.sourceOffsets(of: joined, lines: textLines, lineStarts: starts)
      if end < start {
        diagnostics.append(
          .warning(
            "cue ends (\(end)) before it starts (\(start))",
            at: SourcePosition(line: block.timing + 1)))
      }
      if let previous = cues.last {
        if start < previous.start {
          diagnostics.append(
            .warning(
              "cue starts (\(start)) before the previous cue (\(previous.start)); times go backwards",
              at: SourcePosition(line: block.timing + 1)))
        } else if let lastEnd, start < lastEnd {
          if overlaps.isEmpty { overlapIndex = diagnostics.count }
          overlaps.append(
            (
              block.timing + 1,
              "cue starts (\(start)) before the previous cue ends (\(lastEnd))"
            ))
        }
      }
      lastEnd = end
      cues += Self.cues(
        in: joined, offsets: offsets, hull: Self.hull(starts, textLines), isWebVTT: isWebVTT,
        start: start, end: end, line: block.first + 1)
    }
    guard !cues.isEmpty else {
      throw TranscriptError(.noText, "subtitle file has no cues with text")
    }
    if let first = loose.first {
      diagnostics.append(
        .warning(
          "cue time '\(first.text)' is not written HH:MM:SS\(isWebVTT ? "." : ",")mmm; read it as \(first.time)"
            + Self.more(loose.count - 1, "cue time"), at: SourcePosition(line: first.line)))
    }
    if !isWebVTT {
      let unnumbered = blocks.filter { block in
        block.timing > block.first
          && !lines[block.first].trimmingCharacters(in: " \t\r").allSatisfy(\.isASCIIDigit)
      }
      if let first = unnumbered.first {
        let label = lines[first.first].trimmingCharacters(in: " \t\r")
        diagnostics.append(
          .warning(
            "cue number '\(label)' is not a number (SubRip numbers its cues 1, 2, 3, …); read the cue"
              + Self.more(unnumbered.count - 1, "cue number"),
            at: SourcePosition(line: first.first + 1)))
      }
    }
    if let first = overlaps.first {
      let more = overlaps.count - 1
      diagnostics.insert(
        .warning(
          first.message
            + (more > 0
              ? "; \(more) more \(more == 1 ? "cue overlaps" : "cues overlap") the one before"
              : ""),
          at: SourcePosition(line: first.line)), at: min(overlapIndex, diagnostics.count))
      findings.append(
        TranscriptFinding(
          .overlappingCues,
          "\(overlaps.count) cue\(overlaps.count == 1 ? "" : "s") start before the previous one ends (cross-talk)",
          line: first.line))
    }
    if let repeats {
      let dropped = repeats.reduce(0, +)
      findings.append(
        TranscriptFinding(
          .rollingCaptions,
          "rolling captions: dropped \(dropped) repeated caption line\(dropped == 1 ? "" : "s"), so each line is read once",
          line: blocks.first.map { $0.timing + 1 }))
    }
    let overlapVoices = cues.filter(\.isOverlapVoice)
    if let first = overlapVoices.first {
      findings.append(
        TranscriptFinding(
          .labelNotTaken,
          "\(overlapVoices.count) cue\(overlapVoices.count == 1 ? "'s voice names" : "s' voices name") an overlapping speaker ('<v //S02>', noScribe), not who speaks the cue; read without a speaker",
          line: first.line))
    }
    var layout = decideSpeakers(&cues, findings: &findings)
    if repeats != nil { layout = .rollingCaptions }
    return Reading(cues: cues, layout: layout, findings: findings)
  }

  private func parseTiming(_ line: Substring, line number: Int) throws(TranscriptError) -> (
    Timestamp, Timestamp
  ) {
    let parts = line.split(
      omittingEmptySubsequences: true, whereSeparator: { $0 == " " || $0 == "\t" })
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

  /// The cues of one cue block's text: one per voice (a WebVTT cue may
  /// hold several, `<v Anna>Ja. <v Bo>Nej.`, so that no one's words are
  /// credited to another), each with its label read.
  private static func cues(
    in joined: String, offsets: [Int]?, hull: Range<Int>, isWebVTT: Bool, start: Timestamp,
    end: Timestamp, line: Int
  ) -> [Cue] {
    var cues: [Cue] = []
    var segmentStart = 0
    for segment in isWebVTT ? voiceSegments(joined) : [joined] {
      let segmentCount = segment.unicodeScalars.count
      defer { segmentStart += segmentCount }
      var (speaker, content) = isWebVTT ? voice(in: segment) : (nil, segment)
      // noScribe names a cue after its paragraph's last overlap (`<v //S02>`):
      // that is not the cue's speaker, so the cue is read without one.
      let isOverlapVoice = speaker?.hasPrefix("//") == true
      if isOverlapVoice { speaker = nil }
      var kind: LabelKind = speaker == nil ? .none : .voice
      let spoken = content
      content = stripTags(content)
      let visible = content
      var isCertain = false
      if speaker == nil, !isOverlapVoice, let prefix = speakerPrefix(in: content) {
        speaker = prefix.name
        content = prefix.rest
        kind = prefix.isBracket ? .bracket : .prefix
        isCertain = prefix.isCertain
      }
      let segmentOffsets = offsets.map {
        $0[segmentStart..<(segmentStart + segmentCount)].dropFirst(
          segmentCount - spoken.unicodeScalars.count)
      }
      func range(of text: String, unlabelledCount: Int) -> Range<Int> {
        segmentOffsets.flatMap {
          sourceRange(of: text, in: spoken, unlabelledCount: unlabelledCount, offsets: $0)
        }
          ?? Self.hull(offsets?[segmentStart..<(segmentStart + segmentCount)]) ?? hull
      }
      let unlabelledCount = content.unicodeScalars.count
      content = content.trimmingCharacters(in: " \t")
      var cue = Cue(
        start: start, end: end, speaker: speaker, text: content, line: line, sourceRange: 0..<0,
        labelKind: kind, isCertainLabel: isCertain)
      cue.isOverlapVoice = isOverlapVoice
      if kind == .prefix || kind == .bracket {
        let whole = visible.trimmingCharacters(in: " \t")
        if !whole.isEmpty {
          cue.unlabelled = (whole, range(of: whole, unlabelledCount: visible.unicodeScalars.count))
        }
      }
      if content.isEmpty {
        // A label with nothing after it is dropped, as an empty cue is.
        continue
      }
      cue.sourceRange = range(of: content, unlabelledCount: unlabelledCount)
      cues.append(cue)
    }
    return cues
  }

  /// Joins consecutive cues of one speaker and renders the transcript text.
  static func transcript(
    reading: Reading, id: String, format: TranscriptFormat, attributes: [String: AttributeValue],
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
    for cue in reading.cues {
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
    var transcript = TurnRenderer.transcript(
      turns: groups.map { group in
        TurnRenderer.Item(
          speaker: group.speaker, role: group.speaker.map { speakerMap.role(for: $0) },
          start: group.start, end: group.end, pieces: group.texts,
          sourceRanges: group.sourceRanges)
      }, id: id, format: format, attributes: attributes, pieceName: "cue")
    transcript.layout = reading.layout
    transcript.findings = reading.findings + transcript.findings
    return transcript
  }
}

extension String {
  /// The string with every `target` replaced by `replacement`.
  func replacingAll(_ target: String, _ replacement: String) -> String {
    guard contains(target) else { return self }
    return components(separatedBy: target).joined(separator: replacement)
  }
}
