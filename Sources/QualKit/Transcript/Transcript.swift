/// An interview transcript: its id, participant attributes, speaker turns and
/// the normalised text that line numbers and offsets refer to.
///
/// A transcript is read once from a file (plain text, WebVTT, SubRip or Word)
/// and never changes. Positions in it are 1-based line numbers and
/// Unicode-scalar offsets into ``text`` (end exclusive), the convention of
/// REFI-QDA; ``lines`` converts between them.
public struct Transcript: Hashable, Sendable {
  /// The transcript's id: its front matter `id`, or its file name without extension.
  public var id: String
  /// The file format it was read from.
  public var format: TranscriptFormat
  /// Participant attributes: from front matter, or from the participants table.
  public var attributes: [String: AttributeValue]
  /// The speaker turns in order.
  public var turns: [Turn]
  /// The normalised text: the file itself for plain text; the turns rendered
  /// as `Speaker: text`, one turn a line, for subtitles and Word files' layout.
  public var text: String
  /// Where each line of ``text`` starts.
  public var lines: LineIndex

  /// Creates a transcript from its parts.
  public init(
    id: String, format: TranscriptFormat, attributes: [String: AttributeValue] = [:],
    turns: [Turn], text: String
  ) {
    self.id = id
    self.format = format
    self.attributes = attributes
    self.turns = turns
    self.text = text
    self.lines = LineIndex(text)
  }

  /// Creates a transcript whose line index is already built.
  init(
    id: String, format: TranscriptFormat, attributes: [String: AttributeValue], turns: [Turn],
    text: String, lines: LineIndex
  ) {
    self.id = id
    self.format = format
    self.attributes = attributes
    self.turns = turns
    self.text = text
    self.lines = lines
  }

  /// The distinct speaker labels in order of first appearance.
  public var speakers: [String] {
    var seen = Set<String>()
    return turns.compactMap(\.speaker).filter { seen.insert($0).inserted }
  }

  /// The number of words in the turns' text (runs of letters or digits).
  public var wordCount: Int {
    turns.reduce(0) { $0 + Self.countWords($1.text) }
  }

  /// Counts runs of letters and digits.
  static func countWords(_ text: String) -> Int {
    var count = 0
    var inWord = false
    for scalar in text.unicodeScalars {
      let isWordScalar = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      if isWordScalar && !inWord { count += 1 }
      inWord = isWordScalar
    }
    return count
  }
}

/// One speaker turn: who speaks, when, on which lines, and what they say.
public struct Turn: Hashable, Sendable {
  /// The turn's 0-based position in the transcript.
  public var index: Int
  /// The speaker label as written (`B`, `JK`, `Interviewer`), or nil for
  /// text before the first label and unlabelled subtitle cues.
  public var speaker: String?
  /// The speaker's role from the speaker map (`interviewer`, `citizen`, …).
  public var role: String?
  /// When the turn starts, if the file says.
  public var start: Timestamp?
  /// When the turn ends, if the file says.
  public var end: Timestamp?
  /// The 1-based line the turn starts on.
  public var firstLine: Int
  /// The 1-based last non-blank line of the turn.
  public var lastLine: Int
  /// The Unicode-scalar range of the turn's text (after the speaker label) in
  /// the transcript's text.
  public var textRange: Range<Int>
  /// The UTF-8 range of the same text.
  public var utf8Range: Range<Int>
  /// What the speaker says, without the label.
  public var text: String
  /// Where the turn's text is in the source: Unicode-scalar ranges, in
  /// order, into the text that ``Transcript/sourceText(of:format:)`` gives.
  ///
  /// For plain text the source is the transcript's own text, and this is
  /// ``textRange`` alone. For subtitles it holds one range per cue (per
  /// voice of a cue): from the first to the last scalar of what the cue
  /// says, without its voice tag or speaker label, possibly with markup
  /// tags, entities and line breaks inside; the turn's text is the pieces,
  /// tags removed, entities decoded and line breaks made spaces, joined by
  /// spaces. For Word files the source is the document's paragraphs one a
  /// line, and the turn's text is the range's text with its line breaks
  /// made spaces. Map the source on to the file itself with ``SourceText``.
  public var sourceRanges: [Range<Int>]

  /// Creates a turn.
  public init(
    index: Int, speaker: String?, role: String?, start: Timestamp? = nil, end: Timestamp? = nil,
    firstLine: Int, lastLine: Int, textRange: Range<Int>, utf8Range: Range<Int>, text: String,
    sourceRanges: [Range<Int>]? = nil
  ) {
    self.index = index
    self.speaker = speaker
    self.role = role
    self.start = start
    self.end = end
    self.firstLine = firstLine
    self.lastLine = lastLine
    self.textRange = textRange
    self.utf8Range = utf8Range
    self.text = text
    self.sourceRanges = sourceRanges ?? [textRange]
  }
}

/// The file formats QualKit reads transcripts from.
public enum TranscriptFormat: String, Hashable, Sendable, CaseIterable {
  /// Plain text (`.txt`, `.md`) with optional front matter and speaker labels.
  case text
  /// WebVTT subtitles (`.vtt`) from Microsoft Teams or Zoom.
  case vtt
  /// SubRip subtitles (`.srt`) from Whisper or WhisperX.
  case srt
  /// A Word document (`.docx`).
  case docx

  /// The format a file extension stands for, if any (case-insensitive).
  public init?(pathExtension: String) {
    switch pathExtension.lowercased() {
    case "txt", "md", "text": self = .text
    case "vtt": self = .vtt
    case "srt": self = .srt
    case "docx": self = .docx
    default: return nil
    }
  }
}
