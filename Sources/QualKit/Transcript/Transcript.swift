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
  /// How the file was laid out: what the parser read it as.
  public var layout: TranscriptLayout = .speakerLabels
  /// The heuristic decisions worth a look (``TranscriptFinding``), in order.
  public var findings: [TranscriptFinding] = []
  /// The tags a file gives its turns (an oral-history CSV's `tags`
  /// column), in turn order; empty for formats without tags.
  public var turnTags: [TurnTags] = []
  /// The timecodes written inside the text of a plain-text transcript
  /// (`[00:19:00]`), in order: each gives the time of its line.
  public var timecodes: [Timecode] = []

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

  /// The number of words in the turns' text (``WordCount``: runs of letters
  /// or digits, one a character in Chinese and Japanese script).
  public var wordCount: Int {
    turns.reduce(0) { $0 + WordCount.count($1.text) }
  }
}

/// The tags that a transcript file gives one turn: an oral-history CSV
/// row's `tags` (`prompt; paper`), offered as codings of the turn.
public struct TurnTags: Hashable, Sendable {
  /// The turn's 0-based index (``Turn/index``).
  public var turn: Int
  /// The tags as written, in order.
  public var tags: [String]

  /// Creates the tags of a turn.
  public init(turn: Int, tags: [String]) {
    self.turn = turn
    self.tags = tags
  }
}
