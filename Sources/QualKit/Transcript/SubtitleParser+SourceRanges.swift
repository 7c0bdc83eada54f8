extension SubtitleParser {
  /// The Unicode-scalar offset in the text at which each line starts.
  static func scalarStarts(of lines: [Substring]) -> [Int] {
    var starts: [Int] = []
    starts.reserveCapacity(lines.count)
    var offset = 0
    for line in lines {
      starts.append(offset)
      offset += line.unicodeScalars.count + 1
    }
    return starts
  }

  /// The source offset of each scalar of `joined`, a cue's text lines
  /// trimmed and joined by spaces (a joining space is at the line break
  /// before the next line), or nil if `joined` is not made that way.
  static func sourceOffsets(
    of joined: String, lines: ArraySlice<Substring>, lineStarts: ArraySlice<Int>
  ) -> [Int]? {
    var offsets: [Int] = []
    for (number, (line, start)) in zip(lines, lineStarts).enumerated() {
      let scalars = Array(line.unicodeScalars)
      var lower = 0
      var upper = scalars.count
      while lower < upper && isSpaceOrTab(scalars[lower]) { lower += 1 }
      while upper > lower && isSpaceOrTab(scalars[upper - 1]) { upper -= 1 }
      if number > 0 { offsets.append(start - 1) }
      offsets += (start + lower)..<(start + upper)
    }
    return offsets.count == joined.unicodeScalars.count ? offsets : nil
  }

  /// The source range of a cue's `content`: what remains of `spoken` (a
  /// voice's text after its voice tag) once markup is removed, entities are
  /// decoded, the speaker label is dropped and spaces are trimmed.
  ///
  /// `spoken` is read again scalar by scalar, so that each visible scalar
  /// keeps the source offsets it came from.
  ///
  /// - Parameters:
  ///   - content: The cue's text as the parser made it.
  ///   - spoken: The voice's text after its voice tag.
  ///   - unlabelledCount: How many scalars the visible text has once the
  ///     speaker label is dropped, before trimming.
  ///   - offsets: The source offset of each scalar of `spoken`.
  /// - Returns: The range, or nil when the reading does not give `content`
  ///   (markup the left-to-right reading takes otherwise than
  ///   ``stripTags(_:)``); the caller then takes the whole voice.
  static func sourceRange(
    of content: String, in spoken: String, unlabelledCount: Int, offsets: ArraySlice<Int>
  ) -> Range<Int>? {
    let scalars = Array(spoken.unicodeScalars)
    guard scalars.count == offsets.count else { return nil }
    let base = offsets.startIndex
    let visible = visibleScalars(scalars).map { item in
      (
        scalar: item.scalar,
        source: offsets[
          base + item.range.lowerBound]..<(offsets[base + item.range.upperBound - 1] + 1)
      )
    }
    var lower = visible.count - unlabelledCount
    var upper = visible.count
    guard lower >= 0 else { return nil }
    while lower < upper && isSpaceOrTab(visible[lower].scalar) { lower += 1 }
    while upper > lower && isSpaceOrTab(visible[upper - 1].scalar) { upper -= 1 }
    guard lower < upper,
      visible[lower..<upper].lazy.map(\.scalar).elementsEqual(content.unicodeScalars)
    else { return nil }
    return visible[lower].source.lowerBound..<visible[upper - 1].source.upperBound
  }

  /// The range from the first to just past the last of `offsets`.
  static func hull(_ offsets: ArraySlice<Int>?) -> Range<Int>? {
    guard let first = offsets?.first, let last = offsets?.last else { return nil }
    return first..<(last + 1)
  }

  /// The range of the cue's text lines.
  static func hull(_ lineStarts: ArraySlice<Int>, _ lines: ArraySlice<Substring>) -> Range<Int> {
    guard let firstStart = lineStarts.first, let lastStart = lineStarts.last,
      let last = lines.last
    else { return 0..<0 }
    return firstStart..<(lastStart + last.unicodeScalars.count)
  }

  private static func isSpaceOrTab(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t"
  }
}
