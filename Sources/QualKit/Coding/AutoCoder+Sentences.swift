extension AutoCoder {
  /// Where the sentences of one turn start and end, found in one pass over
  /// its text, so that widening each of many hits in a long turn costs a
  /// binary search instead of a walk over the turn.
  ///
  /// The rules of ``AutoCoder/Scope/sentence``: a sentence ends after `.`,
  /// `!`, `?` or `…` followed by whitespace (Unicode `White_Space`) or by
  /// the end of the turn, and between the two line breaks of a blank line; it
  /// never leaves its turn. A sentence is trimmed of the whitespace at its
  /// edges, but never into the hit; a hit that crosses a sentence end (a
  /// phrase over two sentences) takes both sentences.
  struct SentenceBounds {
    /// A position in the transcript's text, as a Unicode-scalar offset and a
    /// UTF-8 offset.
    struct Position: Hashable {
      /// The Unicode-scalar offset.
      var scalar: Int
      /// The UTF-8 offset.
      var utf8: Int
    }

    /// One sentence end inside the turn.
    struct Cut {
      /// Where the sentence ends and the next may start.
      var position: Position
      /// The end of the sentence without the whitespace before `position`.
      var trimmedEnd: Position
      /// The first scalar at or after `position` that is not whitespace (or
      /// the turn's end): where the next sentence starts once trimmed.
      var nextStart: Position
    }

    /// The first non-whitespace scalar of the turn, or its end.
    private var firstStart: Position
    /// The end of the turn's text.
    private var end: Position
    /// The end of the turn's text without trailing whitespace.
    private var trimmedEnd: Position
    /// The sentence ends inside the turn (and at its end, if the last scalar
    /// is a sentence's final punctuation), in order.
    private var cuts: [Cut] = []

    /// Finds the sentences of `turn` in the UTF-8 bytes of its transcript's
    /// text.
    ///
    /// - Parameters:
    ///   - turn: The turn; its ``Turn/utf8Range`` and ``Turn/textRange``
    ///     locate the same text in `text`.
    ///   - text: The UTF-8 bytes of the transcript's whole text.
    /// - Complexity: O(*n*) for a turn of *n* bytes.
    init(turn: Turn, text: UnsafeBufferPointer<UInt8>) {
      var position = Position(scalar: turn.textRange.lowerBound, utf8: turn.utf8Range.lowerBound)
      let endUTF8 = min(turn.utf8Range.upperBound, text.count)
      var lastNonSpaceEnd = position
      var firstStart: Position?
      var unresolved = 0  // cuts from here on have no `nextStart` yet
      var previousEndsSentence = false  // `.`, `!`, `?` or `…`
      var previousIsNewline = false
      while position.utf8 < endUTF8 {
        let (value, length) = KeywordMatcher.decode(text, at: position.utf8, end: endUTF8)
        let isSpace = SentenceRule.isWhitespace(value)
        if (previousEndsSentence && isSpace) || (previousIsNewline && value == 0x0A) {
          cuts.append(Cut(position: position, trimmedEnd: lastNonSpaceEnd, nextStart: position))
        }
        let next = Position(scalar: position.scalar + 1, utf8: position.utf8 + length)
        if !isSpace {
          if firstStart == nil { firstStart = position }
          while unresolved < cuts.count {
            cuts[unresolved].nextStart = position
            unresolved += 1
          }
          lastNonSpaceEnd = next
        }
        previousEndsSentence =
          SentenceRule.isFinalPunctuation(value)
        previousIsNewline = value == 0x0A
        position = next
      }
      if previousEndsSentence {
        cuts.append(Cut(position: position, trimmedEnd: lastNonSpaceEnd, nextStart: position))
      }
      while unresolved < cuts.count {
        cuts[unresolved].nextStart = position
        unresolved += 1
      }
      self.firstStart = firstStart ?? position
      self.end = position
      self.trimmedEnd = lastNonSpaceEnd
    }

    /// Every sentence of the turn in order, as scalar offsets of the
    /// transcript's text, trimmed of whitespace at its edges (the sentence
    /// units of assisted coding).
    var sentences: [Range<Int>] {
      var result: [Range<Int>] = []
      var start = firstStart
      for cut in cuts {
        if cut.trimmedEnd.scalar > start.scalar {
          result.append(start.scalar..<cut.trimmedEnd.scalar)
        }
        if cut.nextStart.scalar > start.scalar { start = cut.nextStart }
      }
      if trimmedEnd.scalar > start.scalar { result.append(start.scalar..<trimmedEnd.scalar) }
      return result
    }

    /// The sentence that contains a hit of the turn, as scalar and UTF-8
    /// ranges of the transcript's text.
    ///
    /// - Parameters:
    ///   - start: Where the hit starts.
    ///   - end: Where the hit ends.
    /// - Returns: The sentence, trimmed of whitespace at its edges, but never
    ///   into the hit.
    /// - Complexity: O(log *s*) for *s* sentences in the turn.
    func sentence(from start: Position, to end: Position) -> (scalars: Range<Int>, utf8: Range<Int>)
    {
      let hitEnd = end.scalar > self.end.scalar ? self.end : end
      let searchFrom = hitEnd.scalar > start.scalar ? hitEnd : start
      // The last cut at or before the hit's start begins its sentence.
      var low = 0
      var high = cuts.count
      while low < high {
        let middle = (low + high) / 2
        if cuts[middle].position.scalar <= start.scalar { low = middle + 1 } else { high = middle }
      }
      var from = low > 0 ? cuts[low - 1].nextStart : firstStart
      if from.scalar > start.scalar { from = start }
      // The first cut at or after the hit's end finishes it.
      low = 0
      high = cuts.count
      while low < high {
        let middle = (low + high) / 2
        if cuts[middle].position.scalar < searchFrom.scalar {
          low = middle + 1
        } else {
          high = middle
        }
      }
      var to = low < cuts.count ? cuts[low].trimmedEnd : trimmedEnd
      if to.scalar < hitEnd.scalar { to = hitEnd }
      return (from.scalar..<max(from.scalar, to.scalar), from.utf8..<max(from.utf8, to.utf8))
    }
  }
}
