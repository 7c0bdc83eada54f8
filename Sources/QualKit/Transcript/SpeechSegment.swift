/// One timed piece of speech read from a structured file: a Whisper
/// segment, a CSV row, a noScribe anchor.
///
/// Segments become turns through ``transcript(segments:context:)``, which
/// renders them one turn a line, as subtitle cues are (``TurnRenderer``).
struct SpeechSegment {
  /// The speaker as written, or nil.
  var speaker: String?
  var start: Timestamp?
  var end: Timestamp?
  /// What is said, already without markup and with references decoded.
  var text: String
  /// Where the text is in the source (``Turn/sourceRanges``).
  var sourceRange: Range<Int>
  /// Whether the segment starts a turn of its own even when the segment
  /// before has the same speaker (a CSV row, a noScribe paragraph).
  var startsTurn = false

  /// What a reader knows besides the segments: the transcript's id,
  /// format, attributes, speaker map, layout and findings.
  struct Context {
    var id: String
    var format: TranscriptFormat
    var attributes: [String: AttributeValue]
    var speakerMap: SpeakerMap
    var layout: TranscriptLayout
    var findings: [TranscriptFinding]
    /// What a piece of a long turn is called in findings.
    var pieceName: String
  }

  /// The transcript whose turns are `segments`: consecutive segments of
  /// one speaker form one turn (unless a segment ``startsTurn``), from the
  /// first segment's start to the last one's end; a segment without a
  /// speaker is a turn of its own.
  static func transcript(segments: [SpeechSegment], context: Context) -> Transcript {
    var items: [TurnRenderer.Item] = []
    var lastSpeaker: String?
    for segment in segments {
      if let speaker = segment.speaker, !segment.startsTurn, speaker == lastSpeaker,
        !items.isEmpty
      {
        items[items.count - 1].pieces.append(segment.text)
        items[items.count - 1].sourceRanges.append(segment.sourceRange)
        if let end = segment.end {
          items[items.count - 1].end = max(items[items.count - 1].end ?? end, end)
        }
        continue
      }
      lastSpeaker = segment.speaker
      items.append(
        TurnRenderer.Item(
          speaker: segment.speaker,
          role: segment.speaker.map { context.speakerMap.role(for: $0) }, start: segment.start,
          end: segment.end, pieces: [segment.text], sourceRanges: [segment.sourceRange]))
    }
    var transcript = TurnRenderer.transcript(
      turns: items, id: context.id, format: context.format, attributes: context.attributes,
      pieceName: context.pieceName)
    transcript.layout = context.layout
    transcript.findings = context.findings + transcript.findings
    return transcript
  }

  /// The speaker map and attributes that the participants table gives the
  /// transcript `id`, with a warning for each problem of its speaker map.
  static func participantInfo(
    id: String, participants: ParticipantTable?, diagnostics: inout [Diagnostic]
  ) -> (map: SpeakerMap, attributes: [String: AttributeValue]) {
    let record = participants?.record(for: id)
    var problems: [String] = []
    let map =
      record?["speakers"].map { SpeakerMap(parsing: $0, problems: &problems) } ?? SpeakerMap()
    let position = record.map { SourcePosition(line: $0.line) }
    for problem in problems {
      diagnostics.append(.warning("participants table: \(problem)", at: position))
    }
    var attributes: [String: AttributeValue] = [:]
    for (key, value) in record?.attributes ?? [] where key != "speakers" && key != "id" {
      attributes[key] = AttributeValue(inferring: value)
    }
    return (map, attributes)
  }

  /// Warns of each speaker map label that never speaks in `transcript`.
  static func warnUnusedLabels(
    of map: SpeakerMap, in transcript: Transcript, diagnostics: inout [Diagnostic]
  ) {
    let spoken = Set(transcript.speakers.map { $0.lowercased() })
    for label in map.labels where !spoken.contains(label.lowercased()) {
      diagnostics.append(
        .warning("speaker map names '\(label)', who never speaks in this transcript"))
    }
  }
}
