/// Collects turns line by line and works out their line spans and text ranges.
struct TurnBuilder {
  private let lines: LineIndex
  private let text: String
  private var turns: [Turn] = []
  private var current: Pending?
  /// The distinct speaker and role pairs so far.
  private var voices = InternTable<Turn.Voice>()
  /// The times of the timed turns and the source ranges that are not just
  /// a turn's text range, as the turns index them.
  private var times: [(start: Timestamp?, end: Timestamp?)] = []
  private var sourceRanges: [[Range<Int>]] = []
  /// The storage the turns hold while they are built: the text, without
  /// the voices (``finish()`` gives them the whole table).
  private let building: Turn.Storage

  private struct Pending {
    var speaker: String?
    var role: String?
    var start: Timestamp?
    var end: Timestamp?
    var firstLine: Int
    var lastLine: Int
    var contentStart: (scalar: Int, utf8: Int)?
    var contentEnd: (scalar: Int, utf8: Int)?
  }

  /// Creates a builder over a text and its line index.
  init(text: String, lines: LineIndex) {
    self.text = text
    self.lines = lines
    self.building = Turn.Storage(text: text, isOwnText: false, voices: [])
  }

  /// Makes room for `count` turns, so that the turns are not copied as
  /// they grow (and take no more memory than they need).
  mutating func reserve(_ count: Int) {
    turns.reserveCapacity(count)
  }

  /// Starts a labelled turn on `line`, whose text begins `contentColumn`
  /// scalars (`contentByte` bytes) into the line.
  mutating func startTurn(
    speaker: String?, role: String?, start: Timestamp?, end: Timestamp? = nil, line: Int,
    contentColumn: Int, contentByte: Int, isBlank: Bool
  ) {
    close()
    var pending = Pending(
      speaker: speaker, role: role, start: start, end: end, firstLine: line, lastLine: line)
    if !isBlank {
      let scalarStart = lines.scalarStarts[line - 1] + contentColumn
      let utf8Start = lines.utf8Starts[line - 1] + contentByte
      pending.contentStart = (scalarStart, utf8Start)
      pending.contentEnd = trimmedEnd(of: line)
    }
    current = pending
  }

  /// Adds a non-blank `line` to the current turn, or starts an untitled one.
  mutating func continueTurn(line: Int) {
    if current == nil {
      current = Pending(
        speaker: nil, role: nil, start: nil, end: nil, firstLine: line, lastLine: line)
    }
    // Changed in place: a copy taken out and put back is destroyed through
    // the runtime's generic code for every line.
    let contentEnd = trimmedEnd(of: line)
    if current?.contentStart == nil {
      let (scalar, utf8) = leadingSpace(of: line)
      current?.contentStart = (
        lines.scalarStarts[line - 1] + scalar, lines.utf8Starts[line - 1] + utf8
      )
    }
    current?.lastLine = line
    current?.contentEnd = contentEnd
  }

  /// Adds a whole turn at once (subtitle cues rendered on one line) whose
  /// text is at `sourceRanges` in the source.
  mutating func addTurn(
    speaker: String?, role: String?, start: Timestamp?, end: Timestamp?, line: Int,
    contentColumn: Int, contentByte: Int, sourceRanges: [Range<Int>]
  ) {
    startTurn(
      speaker: speaker, role: role, start: start, line: line, contentColumn: contentColumn,
      contentByte: contentByte, isBlank: false)
    close(end: end, sourceRanges: sourceRanges)
  }

  /// Closes the last turn and returns every turn.
  mutating func finish() -> [Turn] {
    close()
    let storage = Turn.Storage(
      text: text, isOwnText: false, voices: voices.elements, times: times,
      sourceRanges: sourceRanges)
    for index in turns.indices { turns[index].share(storage) }
    return turns
  }

  /// Closes the current turn, giving it an end time and source ranges.
  mutating func close(end: Timestamp? = nil, sourceRanges: [Range<Int>]? = nil) {
    guard let pending = current.take() else { return }
    let start =
      pending.contentStart
      ?? {
        let range = lines.utf8Range(ofLine: pending.firstLine)
        let scalars = lines.scalarRange(ofLine: pending.firstLine)
        return (scalars.upperBound, range.upperBound)
      }()
    let stop = pending.contentEnd ?? start
    let utf8Range = start.utf8..<max(start.utf8, stop.utf8)
    // Turn ranges start and end at scalar boundaries; the text is read from
    // the shared storage when asked for (a copy per turn would hold the
    // transcript twice).
    let voice = voices.index(of: Turn.Voice(speaker: pending.speaker, role: pending.role))
    let textRange = start.scalar..<max(start.scalar, stop.scalar)
    let turnEnd = end ?? pending.end
    var time: Int32 = -1
    if pending.start != nil || turnEnd != nil {
      time = Int32(times.count)
      times.append((pending.start, turnEnd))
    }
    var ranges: Int32 = -1
    if let sourceRanges, !Turn.isOnly(textRange, sourceRanges) {
      ranges = Int32(self.sourceRanges.count)
      self.sourceRanges.append(sourceRanges)
    }
    turns.append(
      Turn(
        storage: building, voice: voice, time: time, ranges: ranges, index: turns.count,
        firstLine: pending.firstLine, lastLine: pending.lastLine, textRange: textRange,
        utf8Range: utf8Range))
  }

  /// The end of `line` without trailing spaces, as (scalar, UTF-8) offsets.
  private func trimmedEnd(of line: Int) -> (scalar: Int, utf8: Int) {
    var scalar = lines.scalarRange(ofLine: line).upperBound
    var utf8 = lines.utf8Range(ofLine: line).upperBound
    let lineStart = lines.utf8Starts[line - 1]
    while utf8 > lineStart, isSpaceOrTab(at: utf8 - 1) {
      utf8 -= 1
      scalar -= 1
    }
    return (scalar, utf8)
  }

  /// How many leading spaces and tabs `line` has, as (scalars, bytes).
  private func leadingSpace(of line: Int) -> (Int, Int) {
    var count = 0
    var index = lines.utf8Starts[line - 1]
    let end = lines.utf8Range(ofLine: line).upperBound
    while index < end, isSpaceOrTab(at: index) {
      count += 1
      index += 1
    }
    return (count, count)
  }

  /// Whether the text's UTF-8 byte at `offset` is a space or a tab.
  ///
  /// The byte is read in place (a native string's UTF-8 is contiguous, so
  /// the index is found in constant time), without a copy of the text's bytes.
  private func isSpaceOrTab(at offset: Int) -> Bool {
    let utf8 = text.utf8
    let byte = utf8[utf8.index(utf8.startIndex, offsetBy: offset)]
    return byte == 0x20 || byte == 0x09
  }
}
