/// Reads Whisper and WhisperX JSON transcripts.
///
/// Three layouts are read:
///
/// - openai-whisper's `{"text": …, "segments": [{"start": 0.0, "end": 4.2,
///   "text": " Hello."}, …], "language": "en"}`;
/// - WhisperX's `{"segments": [{"start", "end", "text", "words": [{"word",
///   "start", "end", "score", "speaker"}], "speaker": "SPEAKER_00"}],
///   "word_segments": […]}`, with or without diarization;
/// - a diarized segment list, `[{"speaker": "Interviewer", "start": 1.5,
///   "end": 3.0, "text": "…"}, …]`, as diarization scripts write it.
///
/// Times are seconds as decimals (a string `00:01:02.5` is read too).
/// Consecutive segments of one speaker form one turn; segments without a
/// speaker (Whisper without diarization) are a turn each. A segment
/// without a speaker of its own takes the speaker most of its words have.
/// The turns are rendered one a line (``TurnRenderer``); their source
/// ranges are the segments' `text` strings in the file.
enum WhisperJSONReader {
  /// Reads the transcript in `text` (the decoded file).
  static func transcript(
    text: String, id: String, participants: ParticipantTable?, diagnostics: inout [Diagnostic]
  ) throws(TranscriptError) -> Transcript {
    let bytes = Array(text.utf8)
    let root: JSONNode
    do {
      root = try JSONParser.parse(bytes)
    } catch {
      throw TranscriptError(.malformedData, "not valid JSON: \(error.message)", at: error.position)
    }
    var layout = TranscriptLayout.diarizedSegments
    var attributes: [String: AttributeValue] = [:]
    let list: [JSONNode]
    if let elements = root.elements {
      list = elements
    } else if root.members != nil {
      guard let segments = root["segments"] else {
        throw TranscriptError(
          .notATranscript, notTranscriptMessage(root), at: SourcePosition(line: 1, column: 1))
      }
      guard let elements = segments.elements else {
        throw TranscriptError(
          .notATranscript, "'segments' is \(segments.kindName), expected a list of segments",
          at: segments.position)
      }
      list = elements
      layout = .whisperJSON
      if let language = root["language"]?.stringValue, !language.isEmpty {
        attributes["language"] = .text(language)
      }
    } else {
      throw TranscriptError(
        .notATranscript,
        "JSON is \(root.kindName), not a Whisper or WhisperX transcript (expected an object with 'segments' or a list of segments)",
        at: root.position)
    }
    var cursor = ScalarCursor()
    var segments: [SpeechSegment] = []
    var previousStart: Timestamp?
    var hasWords = false
    var hasSpeakers = false
    for node in list {
      guard node.members != nil else {
        throw TranscriptError(
          .notATranscript, "a segment is \(node.kindName), expected an object with 'text'",
          at: node.position)
      }
      guard let textNode = node["text"] ?? node["transcript"] ?? node["sentence"] else {
        throw TranscriptError(
          .notATranscript,
          "segment has no 'text' (its members: \(memberList(node))); not a Whisper or WhisperX segment",
          at: node.position)
      }
      guard let spoken = textNode.stringValue else {
        throw TranscriptError(
          .notATranscript, "a segment's 'text' is \(textNode.kindName), expected a string",
          at: textNode.position)
      }
      let start = try time(node["start"], diagnostics: &diagnostics)
      let end = try time(node["end"], diagnostics: &diagnostics)
      if let start, let end, end < start {
        diagnostics.append(
          .warning("segment ends (\(end)) before it starts (\(start))", at: node.position))
      }
      if let start {
        if let previousStart, start < previousStart {
          diagnostics.append(
            .warning(
              "segment starts (\(start)) before the segment before it (\(previousStart)); times go backwards",
              at: node.position))
        }
        previousStart = start
      }
      let words = node["words"]?.elements ?? []
      if !words.isEmpty { hasWords = true }
      var speaker = label(node["speaker"])
      if speaker == nil && !words.isEmpty { speaker = majoritySpeaker(words) }
      if speaker != nil { hasSpeakers = true }
      let trimmed = spoken.trimmingCharacters(in: " \t\n")
      guard !trimmed.isEmpty else { continue }
      let lower = cursor.scalarOffset(ofByte: textNode.offset + 1, in: bytes)
      let upper = cursor.scalarOffset(
        ofByte: max(textNode.offset + 1, textNode.endOffset - 1), in: bytes)
      segments.append(
        SpeechSegment(
          speaker: speaker, start: start, end: end, text: TurnRenderer.oneLine(trimmed),
          sourceRange: lower..<upper))
    }
    guard !segments.isEmpty else {
      throw TranscriptError(.noText, "JSON transcript has no segments with text")
    }
    if layout == .whisperJSON && (hasWords || hasSpeakers) { layout = .whisperXJSON }
    let (map, participantAttributes) = SpeechSegment.participantInfo(
      id: id, participants: participants, diagnostics: &diagnostics)
    attributes.merge(participantAttributes) { $1 }
    let transcript = SpeechSegment.transcript(
      segments: segments,
      context: SpeechSegment.Context(
        id: id, format: .json, attributes: attributes, speakerMap: map, layout: layout,
        findings: [], pieceName: "segment"))
    SpeechSegment.warnUnusedLabels(of: map, in: transcript, diagnostics: &diagnostics)
    return transcript
  }

  /// A time in seconds (`12.5`) or written as a time (`"00:00:12.500"`).
  private static func time(_ node: JSONNode?, diagnostics: inout [Diagnostic])
    throws(TranscriptError) -> Timestamp?
  {
    guard let node else { return nil }
    switch node.value {
    case .null:
      return nil
    case .number(let seconds):
      guard seconds >= 0, seconds < 1e9 else {
        diagnostics.append(
          .warning(
            "time \(node.sourceText ?? "") is not a time in seconds; left out", at: node.position))
        return nil
      }
      return Timestamp(milliseconds: Int((seconds * 1000).rounded()))
    case .string(let text):
      if let seconds = Double(text), seconds >= 0, seconds < 1e9 {
        return Timestamp(milliseconds: Int((seconds * 1000).rounded()))
      }
      if let time = Timestamp(parsing: Substring(text)) { return time }
      throw TranscriptError(
        .notATranscript, "'\(text)' is not a time (expected seconds, like 12.5)",
        at: node.position)
    default:
      throw TranscriptError(
        .notATranscript, "a time is \(node.kindName), expected seconds, like 12.5",
        at: node.position)
    }
  }

  /// A speaker written as a string (`SPEAKER_00`) or a number (`0`).
  private static func label(_ node: JSONNode?) -> String? {
    guard let node else { return nil }
    switch node.value {
    case .string(let text):
      let trimmed = text.trimmingCharacters(in: " \t")
      return trimmed.isEmpty ? nil : trimmed
    case .number(let number) where number == number.rounded() && abs(number) < 1e6:
      return "SPEAKER_\(Int(number))"
    default:
      return nil
    }
  }

  /// The speaker most of a segment's words have (WhisperX assigns one per
  /// word), the first of them in a tie.
  private static func majoritySpeaker(_ words: [JSONNode]) -> String? {
    var counts: [String: Int] = [:]
    var order: [String] = []
    for word in words {
      guard let speaker = label(word["speaker"]) else { continue }
      if counts[speaker] == nil { order.append(speaker) }
      counts[speaker, default: 0] += 1
    }
    return order.max { counts[$0, default: 0] < counts[$1, default: 0] }
      .flatMap { best in order.first { counts[$0] == counts[best] } }
  }

  /// The members of an object, for messages: at most six, then `…`.
  private static func memberList(_ node: JSONNode) -> String {
    let keys = (node.members ?? []).map { "'\($0.key)'" }
    return keys.isEmpty
      ? "none" : keys.prefix(6).joined(separator: ", ") + (keys.count > 6 ? ", …" : "")
  }

  /// Why an object without `segments` is not a transcript, with a guess
  /// at what it is.
  private static func notTranscriptMessage(_ root: JSONNode) -> String {
    let keys = Set((root.members ?? []).map { $0.key })
    var guess = ""
    if keys.contains("codes") {
      guess = "; it looks like a codebook"
    } else if keys.contains("items") || keys.contains("questions") || keys.contains("scales") {
      guess = "; it looks like a survey"
    } else if keys.contains("codings") {
      guess = "; it looks like a coding file"
    }
    return
      "JSON has no 'segments' list, so it is not a Whisper or WhisperX transcript (its members: \(memberList(root)))\(guess)"
  }
}

/// Converts increasing UTF-8 offsets of a text into Unicode-scalar offsets
/// by counting lead bytes from the last offset asked for.
struct ScalarCursor {
  private var byte = 0
  private var scalar = 0

  /// The scalar offset of the UTF-8 offset `target` of `bytes`.
  mutating func scalarOffset(ofByte target: Int, in bytes: [UInt8]) -> Int {
    if target < byte {
      byte = 0
      scalar = 0
    }
    let end = min(target, bytes.count)
    while byte < end {
      if bytes[byte] & 0xC0 != 0x80 { scalar += 1 }
      byte += 1
    }
    return scalar
  }
}
