/// One speaker turn: who speaks, when, on which lines, and what they say.
///
/// A turn is 48 bytes: its speaker and role, its times and its source
/// ranges are indices into tables that the transcript's turns share with its
/// text (``Turn/Storage``), its positions are 32-bit integers, and its text
/// is read from the shared text when asked for, so that a transcript of a
/// million turns holds its text once and its turns in 48 MB.
public struct Turn: Hashable, Sendable {
  /// The text and the speakers that the turns of one transcript share.
  final class Storage: Sendable {
    /// The transcript's text, or the turn's own text (``isOwnText``).
    let text: String
    /// Whether ``text`` is the turn's text alone, not the transcript's.
    let isOwnText: Bool
    /// The distinct speaker and role pairs, by index.
    let voices: [Voice]
    /// The start and end times of the timed turns, by index.
    let times: [(start: Timestamp?, end: Timestamp?)]
    /// The source ranges of the turns whose source is not their text range.
    let sourceRanges: [[Range<Int>]]

    init(
      text: String, isOwnText: Bool, voices: [Voice],
      times: [(start: Timestamp?, end: Timestamp?)] = [], sourceRanges: [[Range<Int>]] = []
    ) {
      self.text = text
      self.isOwnText = isOwnText
      self.voices = voices
      self.times = times
      self.sourceRanges = sourceRanges
    }
  }

  /// A speaker label and its role.
  struct Voice: Hashable, Sendable {
    var speaker: String?
    var role: String?
  }

  /// The shared text and tables.
  private var storage: Storage
  private let position: Int32
  /// The index of the speaker and role in the storage's voices.
  private let voice: Int32
  private let lines: (first: Int32, last: Int32)
  private let scalars: (lower: Int32, upper: Int32)
  private let bytes: (lower: Int32, upper: Int32)
  /// The index of the times in the storage's, or -1 for none.
  private let time: Int32
  /// The index of the source ranges in the storage's, or -1 when they are
  /// just ``textRange`` (plain text).
  private let ranges: Int32

  /// The turn's 0-based position in the transcript.
  public var index: Int { Int(position) }
  /// The speaker label as written (`B`, `JK`, `Interviewer`), or nil for
  /// text before the first label and unlabelled subtitle cues.
  public var speaker: String? { storage.voices[Int(voice)].speaker }
  /// The speaker's role from the speaker map (`interviewer`, `citizen`, …).
  public var role: String? { storage.voices[Int(voice)].role }
  /// When the turn starts, if the file says.
  public var start: Timestamp? { time < 0 ? nil : storage.times[Int(time)].start }
  /// When the turn ends, if the file says.
  public var end: Timestamp? { time < 0 ? nil : storage.times[Int(time)].end }
  /// The 1-based line the turn starts on.
  public var firstLine: Int { Int(lines.first) }
  /// The 1-based last non-blank line of the turn.
  public var lastLine: Int { Int(lines.last) }
  /// The Unicode-scalar range of the turn's text (after the speaker label) in
  /// the transcript's text.
  public var textRange: Range<Int> { Int(scalars.lower)..<Int(scalars.upper) }
  /// The UTF-8 range of the same text.
  public var utf8Range: Range<Int> { Int(bytes.lower)..<Int(bytes.upper) }

  /// What the speaker says, without the label: read from the transcript's
  /// text at ``utf8Range`` (made once, not stored per turn).
  public var text: String {
    if storage.isOwnText { return storage.text }
    let utf8 = storage.text.utf8
    let from = utf8.index(utf8.startIndex, offsetBy: Int(bytes.lower))
    let to = utf8.index(from, offsetBy: Int(bytes.upper - bytes.lower))
    return String(storage.text[from..<to])
  }

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
    ranges < 0 ? [textRange] : storage.sourceRanges[Int(ranges)]
  }

  /// Creates a turn with its own copy of its text.
  ///
  /// Line numbers, offsets and times must be below 2³¹ (a transcript is at
  /// most 1 GiB).
  public init(
    index: Int, speaker: String?, role: String?, start: Timestamp? = nil, end: Timestamp? = nil,
    firstLine: Int, lastLine: Int, textRange: Range<Int>, utf8Range: Range<Int>, text: String,
    sourceRanges: [Range<Int>]? = nil
  ) {
    let ranges = sourceRanges.flatMap { Self.isOnly(textRange, $0) ? nil : $0 }
    self.init(
      storage: Storage(
        text: text, isOwnText: true, voices: [Voice(speaker: speaker, role: role)],
        times: [(start, end)], sourceRanges: ranges.map { [$0] } ?? []),
      voice: 0, time: start == nil && end == nil ? -1 : 0, ranges: ranges == nil ? -1 : 0,
      index: index, firstLine: firstLine, lastLine: lastLine, textRange: textRange,
      utf8Range: utf8Range)
  }

  /// Creates a turn whose text is the `utf8Range` of the storage's text,
  /// kept without a copy, and whose speaker and role, times and source
  /// ranges are the entries `voice`, `time` and `ranges` (-1: none) of the
  /// storage's tables.
  init(
    storage: Storage, voice: Int32, time: Int32, ranges: Int32, index: Int, firstLine: Int,
    lastLine: Int, textRange: Range<Int>, utf8Range: Range<Int>
  ) {
    self.storage = storage
    self.voice = voice
    self.time = time
    self.ranges = ranges
    self.position = Int32(index)
    self.lines = (Int32(firstLine), Int32(lastLine))
    self.scalars = (Int32(textRange.lowerBound), Int32(textRange.upperBound))
    self.bytes = (Int32(utf8Range.lowerBound), Int32(utf8Range.upperBound))
  }

  /// Whether `ranges` is just `range` (the source of plain text).
  static func isOnly(_ range: Range<Int>, _ ranges: [Range<Int>]) -> Bool {
    ranges.count == 1 && ranges[0] == range
  }

  /// Moves the turn onto `storage`, which holds the same text and at least
  /// the same table entries (the parser's final tables).
  mutating func share(_ storage: Storage) {
    self.storage = storage
  }

  /// Whether the turn has no text, without making a copy of it.
  var hasNoText: Bool {
    storage.isOwnText ? storage.text.isEmpty : bytes.lower == bytes.upper
  }

  public static func == (lhs: Turn, rhs: Turn) -> Bool {
    guard
      lhs.position == rhs.position && lhs.lines == rhs.lines && lhs.scalars == rhs.scalars
        && lhs.bytes == rhs.bytes && lhs.start == rhs.start && lhs.end == rhs.end
        && lhs.speaker == rhs.speaker && lhs.role == rhs.role
        && lhs.sourceRanges == rhs.sourceRanges
    else { return false }
    let sameText = lhs.storage === rhs.storage && !lhs.storage.isOwnText
    return sameText || lhs.text == rhs.text
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(position)
    hasher.combine(lines.first)
    hasher.combine(scalars.lower)
    hasher.combine(scalars.upper)
    hasher.combine(speaker)
  }
}
