import Foundation

// The scan: the automaton's walk over the searched ranges, and the regular
// expressions' hits.
extension KeywordMatcher {
  /// A hit before exclusions, de-duplication and scalar offsets.
  struct RawHit {
    var start: Int
    var end: Int
    var code: Int
    var rule: Int

    init(_ span: Range<Int>, rule: Int, code: Int) {
      start = span.lowerBound
      end = span.upperBound
      self.code = code
      self.rule = rule
    }

    /// Whether the hit comes before another by start, end, code and rule.
    func precedes(_ other: RawHit) -> Bool {
      if start != other.start { return start < other.start }
      if end != other.end { return end < other.end }
      if code != other.code { return code < other.code }
      return rule < other.rule
    }
  }

  /// Where a key ended: the scalar whose folded bytes completed it, and how
  /// many of those bytes the key used.
  struct MatchEnd {
    var scalarStart: Int
    var scalarEnd: Int
    var usedBytes: Int
    var foldedLength: Int
  }

  /// Runs the automaton over two lists of ranges and records the hits of
  /// their keys and regular expressions, each list into its own array in
  /// the order of a walk over that list alone.
  ///
  /// The two walks advance side by side, one scalar each per round, so that
  /// the processor overlaps their transition-table look-ups (each depends on
  /// the one before in its own walk); a walk that runs out of ranges leaves
  /// the other to finish alone.
  func scan<Entry: FixedWidthInteger & UnsignedInteger>(
    _ text: UnsafeBufferPointer<UInt8>, _ one: ArraySlice<Range<Int>>,
    _ two: ArraySlice<Range<Int>>, _ transitions: UnsafeBufferPointer<Entry>,
    _ rawOne: inout [RawHit], _ rawTwo: inout [RawHit], _ stalls: inout [KeywordStall]
  ) {
    let threshold = automaton.firstOutputState
    automaton.asciiClass.withUnsafeBufferPointer { asciiClass in
      automaton.byteClass.withUnsafeBufferPointer { byteClass in
        var nextOne = one.startIndex
        var nextTwo = two.startIndex
        var rangeOne = 0..<0
        var rangeTwo = 0..<0
        var indexOne = 0
        var indexTwo = 0
        var stateOne = 0
        var stateTwo = 0
        var isDoneOne = false
        var isDoneTwo = false
        while true {
          if indexOne >= rangeOne.upperBound {
            if nextOne > one.startIndex { addRegexHits(text, rangeOne, &rawOne, &stalls) }
            guard nextOne < one.endIndex else {
              isDoneOne = true
              break
            }
            rangeOne = one[nextOne]
            nextOne += 1
            indexOne = rangeOne.lowerBound
            stateOne = 0
          }
          if indexTwo >= rangeTwo.upperBound {
            if nextTwo > two.startIndex { addRegexHits(text, rangeTwo, &rawTwo, &stalls) }
            guard nextTwo < two.endIndex else {
              isDoneTwo = true
              break
            }
            rangeTwo = two[nextTwo]
            nextTwo += 1
            indexTwo = rangeTwo.lowerBound
            stateTwo = 0
          }
          let endOne = rangeOne.upperBound
          let endTwo = rangeTwo.upperBound
          while indexOne < endOne && indexTwo < endTwo {
            let byteOne = text[indexOne]
            if byteOne < 0x80 {
              stateOne = Int(transitions[stateOne &+ Int(asciiClass[Int(byteOne)])])
              indexOne &+= 1
              if stateOne >= threshold {
                let match = MatchEnd(
                  scalarStart: indexOne - 1, scalarEnd: indexOne, usedBytes: 1, foldedLength: 1)
                report(stateOne, match, text, rangeOne, &rawOne)
              }
            } else {
              advance(&stateOne, &indexOne, text, rangeOne, transitions, byteClass, &rawOne)
            }
            let byteTwo = text[indexTwo]
            if byteTwo < 0x80 {
              stateTwo = Int(transitions[stateTwo &+ Int(asciiClass[Int(byteTwo)])])
              indexTwo &+= 1
              if stateTwo >= threshold {
                let match = MatchEnd(
                  scalarStart: indexTwo - 1, scalarEnd: indexTwo, usedBytes: 1, foldedLength: 1)
                report(stateTwo, match, text, rangeTwo, &rawTwo)
              }
            } else {
              advance(&stateTwo, &indexTwo, text, rangeTwo, transitions, byteClass, &rawTwo)
            }
          }
        }
        // At most one walk is left: it finishes its range, then the rest.
        func finishAlone(
          _ ranges: ArraySlice<Range<Int>>, _ next: Int, _ range: Range<Int>, _ index: Int,
          _ state: Int, _ raw: inout [RawHit], _ stalls: inout [KeywordStall]
        ) {
          var next = next
          var range = range
          var index = index
          var state = state
          if next == ranges.startIndex {
            guard next < ranges.endIndex else { return }
            range = ranges[next]
            next += 1
            index = range.lowerBound
            state = 0
          }
          while true {
            while index < range.upperBound {
              let byte = text[index]
              if byte < 0x80 {
                state = Int(transitions[state &+ Int(asciiClass[Int(byte)])])
                index &+= 1
                if state >= threshold {
                  let match = MatchEnd(
                    scalarStart: index - 1, scalarEnd: index, usedBytes: 1, foldedLength: 1)
                  report(state, match, text, range, &raw)
                }
              } else {
                advance(&state, &index, text, range, transitions, byteClass, &raw)
              }
            }
            addRegexHits(text, range, &raw, &stalls)
            guard next < ranges.endIndex else { return }
            range = ranges[next]
            next += 1
            index = range.lowerBound
            state = 0
          }
        }
        if !isDoneOne {
          finishAlone(one, nextOne, rangeOne, indexOne, stateOne, &rawOne, &stalls)
        }
        if !isDoneTwo {
          finishAlone(two, nextTwo, rangeTwo, indexTwo, stateTwo, &rawTwo, &stalls)
        }
      }
    }
  }

  /// Feeds the automaton the non-ASCII scalar at `index` and records the
  /// hits of the keys it completes.
  private func advance<Entry: FixedWidthInteger & UnsignedInteger>(
    _ state: inout Int, _ index: inout Int, _ text: UnsafeBufferPointer<UInt8>,
    _ range: Range<Int>, _ transitions: UnsafeBufferPointer<Entry>,
    _ byteClass: UnsafeBufferPointer<UInt8>, _ raw: inout [RawHit]
  ) {
    let threshold = automaton.firstOutputState
    let start = index
    let (value, length) = Self.decode(text, at: index, end: range.upperBound)
    index += length
    var packed = fold.entry(value)
    if packed == 0 {
      for offset in 0..<length {
        state = Int(transitions[state &+ Int(byteClass[Int(text[start + offset])])])
        if state >= threshold {
          let match = MatchEnd(
            scalarStart: start, scalarEnd: index, usedBytes: offset + 1, foldedLength: length)
          report(state, match, text, range, &raw)
        }
      }
    } else {
      let count = Int(packed >> 56)
      for offset in 0..<count {
        state = Int(transitions[state &+ Int(byteClass[Int(packed & 0xFF)])])
        packed >>= 8
        if state >= threshold {
          let match = MatchEnd(
            scalarStart: start, scalarEnd: index, usedBytes: offset + 1, foldedLength: count)
          report(state, match, text, range, &raw)
        }
      }
    }
  }

  /// Records the hits of the `re:` rules in one range.
  private func addRegexHits(
    _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ raw: inout [RawHit],
    _ stalls: inout [KeywordStall]
  ) {
    for (rule, regex) in regexRules where !regexBudget.isDropped(rule) {
      let start = ContinuousClock.now
      let found = KeywordRegex.matches(
        of: regex, in: text, range: range, timeLimit: regexTimeLimit)
      let drops = regexBudget.record(
        rule: rule, elapsed: .now - start, stalled: found.stalled)
      for span in found.ranges {
        raw.append(RawHit(span, rule: rule, code: ruleCodes[rule]))
      }
      if found.stalled || drops {
        stalls.append(KeywordStall(rule: rule, utf8Offset: range.lowerBound, dropsRule: drops))
      }
    }
  }
}
