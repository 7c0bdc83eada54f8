extension Transcript {
  /// The text at Unicode-scalar offsets `range`, clamped to the text.
  public func text(in range: Range<Int>) -> String {
    let lower = max(0, min(range.lowerBound, lines.scalarCount))
    let upper = max(lower, min(range.upperBound, lines.scalarCount))
    // Convert scalar offsets to UTF-8 offsets through the line index, then
    // walk only within the line, so the cost is the line's length, not the text's.
    let start = utf8Offset(ofScalar: lower)
    let end = utf8Offset(ofScalar: upper)
    let utf8 = text.utf8
    let from = utf8.index(utf8.startIndex, offsetBy: start)
    let to = utf8.index(from, offsetBy: end - start)
    return String(text[from..<to])
  }

  /// The UTF-8 offset of the Unicode-scalar `offset`.
  public func utf8Offset(ofScalar offset: Int) -> Int {
    let line = lines.line(containingScalarOffset: offset)
    var scalar = lines.scalarStarts[line - 1]
    var byte = lines.utf8Starts[line - 1]
    let utf8 = text.utf8
    var index = utf8.index(utf8.startIndex, offsetBy: byte)
    while scalar < offset && index < utf8.endIndex {
      index = utf8.index(after: index)
      byte += 1
      if index == utf8.endIndex || utf8[index] & 0xC0 != 0x80 { scalar += 1 }
    }
    return byte
  }

  /// A hash of the normalised text, stored with codings to notice when a
  /// transcript changes after it was coded: `xxh64:` and 16 hex digits
  /// (``XXHash64``).
  public var contentHash: String {
    "xxh64:" + XXHash64.hex(of: text)
  }

  /// The turn whose text contains the scalar `offset`, if any.
  public func turn(containingScalarOffset offset: Int) -> Turn? {
    var low = 0
    var high = turns.count - 1
    while low <= high {
      let middle = (low + high) / 2
      let range = turns[middle].textRange
      if offset < range.lowerBound {
        high = middle - 1
      } else if offset >= range.upperBound {
        low = middle + 1
      } else {
        return turns[middle]
      }
    }
    return nil
  }

  /// The turn a coding that starts at the scalar `offset` belongs to: the
  /// last turn whose text starts at or before it (so an offset in a speaker
  /// label or between turns belongs to the turn before), found by binary
  /// search.
  ///
  /// - Complexity: O(log *n*) for *n* turns.
  public func turn(startingAtOrBefore offset: Int) -> Turn? {
    var low = 0
    var high = turns.count
    // The first turn that starts after `offset`.
    while low < high {
      let middle = (low + high) / 2
      if turns[middle].textRange.lowerBound <= offset {
        low = middle + 1
      } else {
        high = middle
      }
    }
    return low == 0 ? nil : turns[low - 1]
  }

  /// The time of `line`: the first timecode on it (``timecodes``), or nil.
  public func time(ofLine line: Int) -> Timestamp? {
    timecodes.first { $0.line == line }?.time
  }

  /// The text at `range` as a citation quotes it: without the timecodes
  /// written inside it (`[00:19:00]`), runs of spaces they leave made one.
  public func citationText(in range: Range<Int>) -> String {
    let inside = timecodes.filter { $0.range.overlaps(range) }
    guard !inside.isEmpty else { return text(in: range) }
    var pieces: [String] = []
    var lower = range.lowerBound
    for timecode in inside {
      if timecode.range.lowerBound > lower {
        pieces.append(text(in: lower..<timecode.range.lowerBound))
      }
      lower = max(lower, timecode.range.upperBound)
    }
    if lower < range.upperBound { pieces.append(text(in: lower..<range.upperBound)) }
    // Only the seams lose their spaces: the quote's own spacing is kept.
    let seams = pieces.enumerated().map { index, piece in
      var piece = Substring(piece)
      if index > 0 { piece = piece.drop { $0 == " " || $0 == "\t" } }
      if index < pieces.count - 1 {
        while piece.last == " " || piece.last == "\t" { piece = piece.dropLast() }
      }
      return piece
    }
    return seams.filter { !$0.isEmpty }.joined(separator: " ")
  }
}
