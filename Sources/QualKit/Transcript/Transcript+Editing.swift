extension Transcript {
  /// The transcript with `edit` applied to its text, and the map from the
  /// old text's offsets to the new one's.
  ///
  /// An edit changes words inside lines and keeps everything else: the
  /// lines (none added or removed, each keeping its number), the turns
  /// (speakers, roles, times, first and last lines), the attributes, the
  /// layout and the findings. Each replacement must lie inside the words of
  /// one line of one turn: from the line's first to its last character that
  /// is not a space or a tab, after any speaker label (insertions at either
  /// end included). The new transcript is the one that parsing its new text
  /// would give (for plain text; a subtitle or Word transcript's text is
  /// rendered, and reads back the same through ``applying(_:toFile:)``),
  /// so an edit is refused when it would make an edited line:
  ///
  /// - span or hold a line break (``TranscriptEditError/Kind/crossesLineBreak``);
  /// - touch a label, timestamp, front matter, metadata, a header or a
  ///   blank line (``TranscriptEditError/Kind/outsideTurnText``);
  /// - empty, or start or end with a space or a tab
  ///   (``TranscriptEditError/Kind/changesSpacing``);
  /// - read as another kind of line in a plain-text transcript, say a new
  ///   speaker label (``TranscriptEditError/Kind/changesLineShape``);
  /// - hold a control character, or not be in Unicode NFC.
  ///
  /// Each turn's ``Turn/textRange`` and ``Turn/utf8Range`` move with the
  /// text; an insertion at either end of a turn's text belongs to the turn.
  /// For a subtitle or Word transcript the turns' ``Turn/sourceRanges``
  /// still refer to the file as it was; ``applying(_:toFile:)`` gives the
  /// edited file and ranges into it.
  ///
  /// ```swift
  /// let key = try TextSubstitution([.init("Anna Jensen", "P1")])
  /// let (edited, map) = try transcript.applying(key.edit(of: transcript.text))
  /// ```
  ///
  /// - Parameter edit: Replacements at Unicode-scalar offsets of ``text``.
  /// - Returns: The new transcript and the ``OffsetMap`` from ``text`` to
  ///   its text, to move codings with
  ///   (``CodingFile/realigned(to:)``).
  /// - Throws: ``TranscriptEditError`` at the first replacement refused,
  ///   in text order.
  /// - Complexity: O(*n*) for a text of *n* scalars.
  public func applying(_ edit: TextEdit) throws(TranscriptEditError) -> (
    transcript: Transcript, map: OffsetMap
  ) {
    try applying(edit, sourceRanges: nil)
  }

  /// ``applying(_:)``, with each turn's source ranges replaced by what
  /// `sourceRanges` makes of them (nil: kept as they are).
  func applying(_ edit: TextEdit, sourceRanges: ((Range<Int>) -> Range<Int>)?)
    throws(TranscriptEditError) -> (transcript: Transcript, map: OffsetMap)
  {
    let checked = try checkedLines(of: edit)
    // An inline timecode (`[00:19:00]`) is no part of the words: never edited.
    for replacement in edit.replacements {
      if let timecode = timecodes.first(where: {
        $0.range.overlaps(replacement.range)
          || ($0.range.lowerBound < replacement.range.lowerBound
            && replacement.range.lowerBound < $0.range.upperBound)
      }) {
        throw editError(
          .outsideTurnText, at: replacement.range,
          "replacement \(replacement.range.lowerBound)..<\(replacement.range.upperBound) touches the timecode at line \(timecode.line); timecodes are never edited"
        )
      }
    }
    let applied: (text: String, map: OffsetMap)
    do {
      applied = try edit.applied(to: text)
    } catch {
      // Bounds and overlaps were checked; this is only a safety net.
      throw editError(
        error.kind == .rangeOutOfBounds ? .rangeOutOfBounds : .overlappingReplacements,
        at: error.range)
    }
    var result = self
    result.text = applied.text
    result.lines = LineIndex(applied.text)
    try result.checkEditedLines(checked, map: applied.map, before: self)
    result.turns = result.movedTurns(turns, map: applied.map, sourceRanges: sourceRanges)
    // Inline timecodes are never edited (their lines' checks refuse it): they move.
    result.timecodes = timecodes.map { timecode in
      var moved = timecode
      let lower =
        applied.map.map(timecode.range.lowerBound, as: .lower) ?? timecode.range.lowerBound
      let upper =
        applied.map.map(timecode.range.upperBound, as: .upper) ?? timecode.range.upperBound
      moved.range = lower..<max(lower, upper)
      moved.line = result.lines.line(containingScalarOffset: lower)
      return moved
    }
    return (result, applied.map)
  }

  /// `turns` of the old text moved onto this transcript's text through
  /// `map`, sharing one storage as parsed turns do.
  private func movedTurns(
    _ turns: [Turn], map: OffsetMap, sourceRanges: ((Range<Int>) -> Range<Int>)?
  ) -> [Turn] {
    var voices = InternTable<Turn.Voice>()
    var times: [(start: Timestamp?, end: Timestamp?)] = []
    var sources: [[Range<Int>]] = []
    var parts: [(voice: Int32, time: Int32, ranges: Int32, text: Range<Int>, utf8: Range<Int>)] = []
    parts.reserveCapacity(turns.count)
    for turn in turns {
      let old = turn.textRange
      // An insertion at either end of the turn's text is the turn's.
      let lower = map.map(old.lowerBound, as: .upper) ?? old.lowerBound
      let upper = map.map(old.upperBound, as: .lower) ?? old.upperBound
      let range = lower..<max(lower, upper)
      let utf8 = utf8Offset(ofScalar: range.lowerBound)..<utf8Offset(ofScalar: range.upperBound)
      var time: Int32 = -1
      if turn.start != nil || turn.end != nil {
        time = Int32(times.count)
        times.append((turn.start, turn.end))
      }
      var ranges: Int32 = -1
      let source = turn.sourceRanges
      if !Turn.isOnly(old, source) {
        ranges = Int32(sources.count)
        sources.append(sourceRanges.map { move in source.map(move) } ?? source)
      }
      let voice = voices.index(of: Turn.Voice(speaker: turn.speaker, role: turn.role))
      parts.append((voice, time, ranges, range, utf8))
    }
    let storage = Turn.Storage(
      text: text, isOwnText: false, voices: voices.elements, times: times, sourceRanges: sources)
    return zip(turns, parts).map { turn, part in
      Turn(
        storage: storage, voice: part.voice, time: part.time, ranges: part.ranges,
        index: turn.index, firstLine: turn.firstLine, lastLine: turn.lastLine,
        textRange: part.text, utf8Range: part.utf8)
    }
  }

  /// An error of `kind` about the replacement of `range` of ``text``, with
  /// its line and column.
  func editError(_ kind: TranscriptEditError.Kind, at range: Range<Int>, _ detail: String? = nil)
    -> TranscriptEditError
  {
    let offset = max(0, min(range.lowerBound, lines.scalarCount))
    let line = lines.line(containingScalarOffset: offset)
    let column = offset - lines.scalarStarts[line - 1] + 1
    let bounds = "\(range.lowerBound)..<\(range.upperBound)"
    let message: String
    switch kind {
    case .rangeOutOfBounds:
      message = "replacement \(bounds) lies outside the text (\(lines.scalarCount) characters)"
    case .overlappingReplacements:
      message = "replacement \(bounds) overlaps another replacement"
    case .crossesLineBreak:
      message = detail ?? "replacement \(bounds) spans a line break; edits keep every line"
    case .outsideTurnText:
      message =
        detail
        ?? "replacement \(bounds) touches line \(line) outside a turn's words (a speaker label, timestamp, front matter, header, blank line or the spaces at a line's ends)"
    default:
      message = detail ?? "replacement \(bounds) is refused"
    }
    return TranscriptEditError(
      kind, message, at: SourcePosition(line: line, column: column), range: range)
  }
}
