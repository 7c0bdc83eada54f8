/// Reads noScribe's HTML transcript: a header, then one paragraph a turn
/// made of anchors whose names hold their times and speaker.
///
/// ```html
/// <p><a name="ts_0_12140_">(12 seconds pause) </a></p>
/// <p><a name="ts_12140_22800_S01">S01: <span>[00:00:12]</span> Guten Tag …</a>
///    <a name="ts_30090_30910_//S02"> //S02: Ist das herrlich.</a>
///    <a name="ts_31870_33510_S01">// Ich kann …</a></p>
/// ```
///
/// A paragraph is a turn: its speaker is its first anchor's (`S01`, or a
/// name the user gave in noScribe), its start the first anchor's start and
/// its end the last anchor's end, to the millisecond. The `S01: ` label
/// and the `[00:00:12]` timestamps are left out of the text; a pause
/// (`(12 seconds pause)`, an anchor without a speaker) is an untitled
/// turn; an overlap (`//S02: … //`) stays inside the turn it interrupts, as
/// written, and is counted in a finding. The paragraphs before the first
/// anchor are the header (``NoScribeHeader``), read as attributes.
enum NoScribeHTML {
  /// Whether the page is noScribe's: it has anchors named `ts_…_…_`.
  static func isNoScribe(_ html: HTMLText) -> Bool {
    html.blocks.contains { block in
      block.anchors.contains { NoScribeHeader.anchor($0.name) != nil }
    }
  }

  static func transcript(
    page: HTMLTranscriptReader.Page, id: String, participants: ParticipantTable?,
    diagnostics: inout [Diagnostic]
  ) throws(TranscriptError) -> Transcript {
    let blocks = page.html.blocks
    // Where each block starts in the source text (the blocks one a line).
    var blockStarts: [Int] = []
    var offset = 0
    for block in blocks {
      blockStarts.append(offset)
      offset += block.text.unicodeScalars.count + 1
    }
    let firstTimed =
      blocks.firstIndex { block in block.anchors.contains { NoScribeHeader.anchor($0.name) != nil }
      }
      ?? blocks.count
    let header = blocks[..<firstTimed].map(\.text)
    var attributes: [String: AttributeValue] = [:]
    let creditIndex = header.firstIndex { NoScribeHeader.isCredit($0) }
    let title = creditIndex.flatMap { $0 > 0 ? header[0] : nil } ?? page.html.title
    for (key, value) in NoScribeHeader.attributes(
      title: title, lines: Array(header.dropFirst(creditIndex ?? header.count)))
    {
      attributes[key] = AttributeValue(inferring: value)
    }
    if attributes["audioFile"] == nil,
      let audio = page.html.metas.first(where: { $0.name == "audio_source" })?.content
    {
      attributes["audioFile"] = .text(audio)
    }
    var segments: [SpeechSegment] = []
    var overlaps: [Int] = []
    var previousStart: Int?
    for (index, block) in blocks.enumerated() where index >= firstTimed {
      let timed = block.anchors.compactMap { anchor in
        NoScribeHeader.anchor(anchor.name).map { (anchor, $0) }
      }
      for (anchor, time) in timed {
        if time.end < time.start {
          diagnostics.append(
            .warning(
              "segment ends (\(Timestamp(milliseconds: time.end))) before it starts (\(Timestamp(milliseconds: time.start)))",
              at: anchor.position))
        }
        if let previousStart, time.start < previousStart, !time.speaker.hasPrefix("//") {
          diagnostics.append(
            .warning(
              "segment starts (\(Timestamp(milliseconds: time.start))) before the segment before it (\(Timestamp(milliseconds: previousStart))); times go backwards",
              at: anchor.position))
        }
        if !time.speaker.hasPrefix("//") { previousStart = time.start }
        // An overlap starts where its anchor's text does: `//S02: …`; an
        // anchor that only continues one (a pause inside it) is not counted.
        if time.speaker.hasPrefix("//"),
          block.text.unicodeScalars.dropFirst(anchor.range.lowerBound).starts(
            with: "//".unicodeScalars)
        {
          overlaps.append(segments.count)
        }
      }
      var text = block.text
      let first = timed.first
      var speaker = first.map(\.1.speaker).flatMap { $0.isEmpty || $0.hasPrefix("//") ? nil : $0 }
      // The label the paragraph starts with (`S01: `), whatever the anchor says.
      var labelLength = 0
      if let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 60
      {
        let label = String(text[..<colon])
        if label == speaker
          || (speaker == nil && !label.hasPrefix("//") && !label.isEmpty
            && (SpeakerLabel.isNameLike(label) || label.allSatisfy { $0.isLetter || $0.isNumber }))
        {
          speaker = label
          labelLength = label.unicodeScalars.count + 1
          text = String(text[text.index(after: colon)...])
        }
      }
      let (clean, _) = NoScribeHeader.withoutTimestamps(text)
      guard !clean.isEmpty else { continue }
      let start = first.map { Timestamp(milliseconds: $0.1.start) }
      let end = timed.map(\.1.end).max().map { Timestamp(milliseconds: $0) }
      let base = blockStarts[index]
      let ranges =
        timed.isEmpty
        ? [base..<(base + block.text.unicodeScalars.count)]
        : timed.enumerated().map { position, item in
          let lower =
            position == 0 ? max(item.0.range.lowerBound, labelLength) : item.0.range.lowerBound
          return (base + lower)..<(base + max(lower, item.0.range.upperBound))
        }
      for (position, range) in ranges.enumerated() {
        segments.append(
          SpeechSegment(
            speaker: speaker, start: position == 0 ? start : nil,
            end: position == ranges.count - 1 ? end : nil,
            text: position == 0 ? clean : "", sourceRange: range, startsTurn: position == 0))
      }
    }
    // Only the first segment of a paragraph holds its text: the pieces of
    // a turn are its paragraph, not its anchors.
    segments = mergeParagraphs(segments)
    guard !segments.isEmpty else {
      throw TranscriptError(.noText, "the noScribe page has no transcript text")
    }
    let (map, participantAttributes) = SpeechSegment.participantInfo(
      id: id, participants: participants, diagnostics: &diagnostics)
    attributes.merge(participantAttributes) { $1 }
    var transcript = SpeechSegment.transcript(
      segments: segments,
      context: SpeechSegment.Context(
        id: id, format: .html, attributes: attributes, speakerMap: map, layout: .noScribe,
        findings: [], pieceName: "paragraph"))
    // One segment a turn: the first overlap's turn is found by its index.
    if let first = overlaps.first {
      let turn = transcript.turns[min(first, transcript.turns.count - 1)]
      transcript.findings.insert(
        NoScribeHeader.overlapFinding(count: overlaps.count, line: turn.firstLine), at: 0)
    }
    SpeechSegment.warnUnusedLabels(of: map, in: transcript, diagnostics: &diagnostics)
    return transcript
  }

  /// Joins the anchor segments of each paragraph into one segment with
  /// the paragraph's text, end and every anchor's source range.
  private static func mergeParagraphs(_ segments: [SpeechSegment]) -> [SpeechSegment] {
    var merged: [SpeechSegment] = []
    var ranges: [[Range<Int>]] = []
    for segment in segments {
      if segment.startsTurn || merged.isEmpty {
        merged.append(segment)
        ranges.append([segment.sourceRange])
      } else {
        ranges[ranges.count - 1].append(segment.sourceRange)
        if let end = segment.end { merged[merged.count - 1].end = end }
      }
    }
    return merged.indices.map { index in
      var segment = merged[index]
      let all = ranges[index]
      segment.sourceRange = (all.first?.lowerBound ?? 0)..<(all.last?.upperBound ?? 0)
      return segment
    }
  }
}
