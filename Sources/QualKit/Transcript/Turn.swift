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
  ///
  /// Stored as a slice of the transcript's text where the parser made it
  /// one (plain text), so that a transcript holds its text once, not twice.
  public var text: String {
    get { String(storedText) }
    set { storedText = Substring(newValue) }
  }

  /// The text, possibly sharing the transcript's storage.
  private var storedText: Substring
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
  public var sourceRanges: [Range<Int>] {
    get { otherSourceRanges ?? [textRange] }
    set { otherSourceRanges = Self.unlessOnly(textRange, newValue) }
  }

  /// The source ranges when they are not just ``textRange`` (plain text);
  /// nil keeps the common case from allocating an array per turn.
  private var otherSourceRanges: [Range<Int>]?

  /// `ranges`, or nil when they are just `range` (compared without making
  /// an array).
  private static func unlessOnly(_ range: Range<Int>, _ ranges: [Range<Int>]) -> [Range<Int>]? {
    ranges.count == 1 && ranges[0] == range ? nil : ranges
  }

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
    self.storedText = Substring(text)
    self.otherSourceRanges = sourceRanges.flatMap { Self.unlessOnly(textRange, $0) }
  }

  /// Creates a turn whose text is a slice of the transcript's text, kept
  /// without a copy.
  init(
    index: Int, speaker: String?, role: String?, start: Timestamp?, end: Timestamp?,
    firstLine: Int, lastLine: Int, textRange: Range<Int>, utf8Range: Range<Int>,
    slice: Substring, sourceRanges: [Range<Int>]?
  ) {
    self.init(
      index: index, speaker: speaker, role: role, start: start, end: end, firstLine: firstLine,
      lastLine: lastLine, textRange: textRange, utf8Range: utf8Range, text: "",
      sourceRanges: sourceRanges)
    storedText = slice
  }

  /// Whether the turn has no text, without making a copy of it.
  var hasNoText: Bool { storedText.isEmpty }
}
