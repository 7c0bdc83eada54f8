extension Transcript {
  /// The span of the exact words `quote` inside `span` (lines or a turn
  /// that `tag` addresses), for coding part of a line without offsets.
  ///
  /// The words must appear in one turn exactly as quoted (letter case
  /// included), starting and ending at word boundaries; a run of spaces or
  /// line breaks in the quote matches any run of whitespace in the text.
  ///
  /// - Parameters:
  ///   - quote: The words, as `tag --quote` takes them.
  ///   - span: Where to look.
  /// - Returns: The quote's span, its lines included.
  /// - Throws: ``SpanAddressError``: `quoteNotFound` with the closest
  ///   passage, `quoteAmbiguous` naming the lines of each occurrence, or
  ///   `quoteAcrossTurns` for words that run from one turn into the next.
  public func span(ofQuote quote: String, within span: Span) throws(SpanAddressError) -> Span {
    let needle = Self.collapsed(Array(quote.unicodeScalars), from: 0).scalars
    guard !needle.isEmpty else { throw SpanAddressError(.quoteNotFound, "the quote is empty") }
    let place = "\(id) \(span)"
    let all = Array(text.unicodeScalars)
    // The addressed part of each turn's text: labels and gaps between turns are not quoted.
    let pieces = turns.compactMap { turn -> Range<Int>? in
      let lower = max(turn.textRange.lowerBound, span.start)
      let upper = min(turn.textRange.upperBound, span.end)
      return lower < upper ? lower..<upper : nil
    }
    let found = pieces.flatMap { Self.occurrences(of: needle, in: [$0], of: all) }
    if found.count > 1 {
      var counts: [(line: Int, count: Int)] = []
      for range in found {
        let line = lines.line(containingScalarOffset: range.lowerBound)
        if counts.last?.line == line {
          counts[counts.count - 1].count += 1
        } else {
          counts.append((line, 1))
        }
      }
      let places = counts.map { "l. \($0.line)" + ($0.count > 1 ? " (\($0.count) times)" : "") }
      throw SpanAddressError(
        .quoteAmbiguous,
        "\"\(quote)\" occurs \(found.count) times in \(place): \(places.joined(separator: ", ")); quote more words, or address lines that hold only one"
      )
    }
    if let range = found.first { return Span(range, in: self) }
    if let across = Self.occurrences(of: needle, in: pieces, of: all).first {
      throw SpanAddressError(
        .quoteAcrossTurns,
        "\"\(quote)\" runs from one turn into the next (\(Span(across, in: self))); a coding is inside one turn, so quote the words of one turn"
      )
    }
    let closest = Self.closestPassage(to: needle, in: pieces, of: all)
    let hint =
      closest.map {
        "; the closest passage is \"\(text(in: $0))\" (l. \(lines.line(containingScalarOffset: $0.lowerBound)))"
      } ?? ""
    throw SpanAddressError(.quoteNotFound, "\"\(quote)\" is not in \(place)\(hint)")
  }

  /// The text of `pieces` of `all` one after another, a space between
  /// two pieces, collapsed (see ``collapsed(_:from:)``), with the offset of
  /// each scalar in `all`.
  private static func joined(_ pieces: [Range<Int>], of all: [Unicode.Scalar]) -> (
    scalars: [Unicode.Scalar], offsets: [Int]
  ) {
    var scalars: [Unicode.Scalar] = []
    var offsets: [Int] = []
    for piece in pieces {
      let part = collapsed(Array(all[piece]), from: piece.lowerBound)
      guard !part.scalars.isEmpty else { continue }
      if let last = offsets.last {
        scalars.append(" ")
        offsets.append(last)
      }
      scalars += part.scalars
      offsets += part.offsets
    }
    return (scalars, offsets)
  }

  /// `scalars` with every run of whitespace made one space and the ends
  /// trimmed, and the offset (from `from`) of each scalar kept.
  private static func collapsed(_ scalars: [Unicode.Scalar], from start: Int) -> (
    scalars: [Unicode.Scalar], offsets: [Int]
  ) {
    var result: [Unicode.Scalar] = []
    var offsets: [Int] = []
    for (index, scalar) in scalars.enumerated() {
      if scalar.properties.isWhitespace {
        if let last = result.last, last != " " {
          result.append(" ")
          offsets.append(start + index)
        }
      } else {
        result.append(scalar)
        offsets.append(start + index)
      }
    }
    if result.last == " " {
      result.removeLast()
      offsets.removeLast()
    }
    return (result, offsets)
  }

  /// Whether a scalar is part of a word.
  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }

  /// The ranges where `needle` (collapsed) occurs in `pieces` of `all`
  /// (joined), at word boundaries.
  private static func occurrences(
    of needle: [Unicode.Scalar], in pieces: [Range<Int>], of all: [Unicode.Scalar]
  ) -> [Range<Int>] {
    let haystack = joined(pieces, of: all)
    guard haystack.scalars.count >= needle.count else { return [] }
    var ranges: [Range<Int>] = []
    for start in 0...(haystack.scalars.count - needle.count)
    where haystack.scalars[start..<(start + needle.count)].elementsEqual(needle) {
      let lower = haystack.offsets[start]
      let upper = haystack.offsets[start + needle.count - 1] + 1
      if let first = needle.first, isWordScalar(first), lower > 0,
        isWordScalar(all[lower - 1])
      {
        continue
      }
      if let last = needle.last, isWordScalar(last), upper < all.count,
        isWordScalar(all[upper])
      {
        continue
      }
      ranges.append(lower..<upper)
    }
    return ranges
  }

  /// The passage of `range` with the fewest edits from `needle`
  /// (approximate matching: a free start, the Levenshtein cost).
  private static func closestPassage(
    to needle: [Unicode.Scalar], in pieces: [Range<Int>], of all: [Unicode.Scalar]
  ) -> Range<Int>? {
    let haystack = joined(pieces, of: all)
    let text = haystack.scalars
    guard !text.isEmpty else { return nil }
    // cost[j] and start[j]: the cheapest match of the needle's first i
    // scalars ending at text position j, and where that match starts.
    var cost = [Int](repeating: 0, count: text.count + 1)
    var start = Array(0...text.count)
    for i in 1...needle.count {
      var nextCost = [Int](repeating: i, count: text.count + 1)
      var nextStart = [Int](repeating: 0, count: text.count + 1)
      for j in 1...text.count {
        let substitute = cost[j - 1] + (needle[i - 1] == text[j - 1] ? 0 : 1)
        let skipNeedle = cost[j] + 1
        let skipText = nextCost[j - 1] + 1
        if substitute <= skipNeedle && substitute <= skipText {
          (nextCost[j], nextStart[j]) = (substitute, start[j - 1])
        } else if skipNeedle <= skipText {
          (nextCost[j], nextStart[j]) = (skipNeedle, start[j])
        } else {
          (nextCost[j], nextStart[j]) = (skipText, nextStart[j - 1])
        }
      }
      cost = nextCost
      start = nextStart
    }
    guard let end = (1...text.count).min(by: { cost[$0] < cost[$1] }), start[end] < end else {
      return nil
    }
    // Widened to whole words, so that a near miss shows the words it is near.
    let (first, limit) = (haystack.offsets[0], haystack.offsets[text.count - 1] + 1)
    var lower = haystack.offsets[start[end]]
    var upper = haystack.offsets[end - 1] + 1
    while lower > first && isWordScalar(all[lower - 1]) && isWordScalar(all[lower]) { lower -= 1 }
    while upper < limit && isWordScalar(all[upper - 1]) && isWordScalar(all[upper]) { upper += 1 }
    return lower..<upper
  }
}
