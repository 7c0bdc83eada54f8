import Foundation

// The scan: the automaton's walk over the searched ranges, and the regular
// expressions' hits.
extension KeywordMatcher {
  /// A hit before exclusions and de-duplication.
  ///
  /// Until the scan corrects them, its scalar offsets are its byte offsets
  /// less the continuation bytes between its walk's origin (see ``Walk``)
  /// and them; the scan then adds the origin's scalar offset less its byte
  /// offset.
  struct RawHit {
    var start: Int
    var end: Int
    var scalarStart: Int
    var scalarEnd: Int
    var code: Int
    var rule: Int

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
    /// The UTF-8 continuation bytes between the walk's start and
    /// `scalarEnd`, so that a byte offset near the match converts to a
    /// scalar offset without counting from the start.
    var continuations: Int
  }

  /// One walk of the automaton over a list of ranges, in order.
  ///
  /// Besides its place and state, a walk counts the UTF-8 continuation
  /// bytes (`10xxxxxx`) from its first byte on, in the ranges and in the
  /// gaps between them: a byte offset minus the continuation bytes before
  /// it is a scalar offset, counted from the walk's first byte.
  struct Walk {
    var ranges: ArraySlice<Range<Int>>
    /// The index in `ranges` of the next range to start.
    var next: Int
    var range = 0..<0
    var index = 0
    var state = 0
    /// Continuation bytes from `origin` to `index`.
    var continuations = 0
    /// Where the walk's scalar offsets count from.
    let origin: Int
    /// Whether the walk has finished its last range.
    var isFinished = false

    init(_ ranges: ArraySlice<Range<Int>>) {
      self.ranges = ranges
      next = ranges.startIndex
      origin = ranges.first?.lowerBound ?? 0
    }

    /// Moves on to the next range, counting the gap before it; false when
    /// there is none.
    mutating func startNextRange(in text: UnsafeBufferPointer<UInt8>) -> Bool {
      guard next < ranges.endIndex else { return false }
      let upcoming = ranges[next]
      if next > ranges.startIndex {
        continuations += SWAR.continuationCount(
          text, range.upperBound..<upcoming.lowerBound)
      }
      range = upcoming
      next += 1
      index = upcoming.lowerBound
      state = 0
      return true
    }
  }

  /// Runs the automaton over two walks and records the hits of their keys
  /// and regular expressions, each walk's into its own array in the order
  /// of that walk alone.
  ///
  /// The two walks advance side by side, one scalar each per round, so that
  /// the processor overlaps their transition-table look-ups (each depends on
  /// the one before in its own walk); a walk that runs out of ranges leaves
  /// the other to finish alone. The states and positions of the inner loop
  /// are plain local values that the non-ASCII step returns rather than
  /// updates in place, so that they can stay in registers: a state kept in
  /// memory puts a store and a load on the chain of look-ups.
  func scan<Entry: FixedWidthInteger & UnsignedInteger>(
    _ text: UnsafeBufferPointer<UInt8>, _ one: inout Walk, _ two: inout Walk,
    _ transitions: UnsafeBufferPointer<Entry>, _ rawOne: inout [RawHit],
    _ rawTwo: inout [RawHit], _ stalls: inout [KeywordStall]
  ) {
    automaton.asciiClass.withUnsafeBufferPointer { asciiClass in
      automaton.byteClass.withUnsafeBufferPointer { byteClass in
        let tables = ScanTables(
          text: text, transitions: transitions, asciiClass: asciiClass, byteClass: byteClass,
          threshold: automaton.firstOutputState)
        while prepared(text, &one, &rawOne, &stalls) && prepared(text, &two, &rawTwo, &stalls) {
          walkSideBySide(tables, &one, &two, &rawOne, &rawTwo)
        }
        // At most one walk is left: it finishes its range, then the rest.
        finishAlone(tables, &one, &rawOne, &stalls)
        finishAlone(tables, &two, &rawTwo, &stalls)
      }
    }
  }

  /// Makes sure the walk is inside a range.
  ///
  /// After one it has finished, adds that range's regular-expression hits
  /// and starts the next. False once the walk has no range left.
  private func prepared(
    _ text: UnsafeBufferPointer<UInt8>, _ walk: inout Walk, _ raw: inout [RawHit],
    _ stalls: inout [KeywordStall]
  ) -> Bool {
    if walk.isFinished { return false }
    if walk.index < walk.range.upperBound { return true }
    if walk.next > walk.ranges.startIndex { addRegexHits(text, walk, &raw, &stalls) }
    if walk.startNextRange(in: text) { return true }
    walk.isFinished = true
    return false
  }

  /// What every step of a scan reads.
  struct ScanTables<Entry: FixedWidthInteger & UnsignedInteger> {
    var text: UnsafeBufferPointer<UInt8>
    var transitions: UnsafeBufferPointer<Entry>
    var asciiClass: UnsafeBufferPointer<UInt8>
    var byteClass: UnsafeBufferPointer<UInt8>
    var threshold: Int
  }

  /// Walks two ranges side by side, one scalar each per round, until one
  /// of them is done.
  private func walkSideBySide<Entry: FixedWidthInteger & UnsignedInteger>(
    _ tables: ScanTables<Entry>, _ one: inout Walk, _ two: inout Walk,
    _ rawOne: inout [RawHit], _ rawTwo: inout [RawHit]
  ) {
    let text = tables.text
    let transitions = tables.transitions
    let asciiClass = tables.asciiClass
    let threshold = tables.threshold
    let rangeOne = one.range
    let rangeTwo = two.range
    var indexOne = one.index
    var stateOne = one.state
    var indexTwo = two.index
    var stateTwo = two.state
    // The continuation counts change only at non-ASCII bytes, off the
    // chain of look-ups.
    var skippedOne = one.continuations
    var skippedTwo = two.continuations
    let endOne = rangeOne.upperBound
    let endTwo = rangeTwo.upperBound
    while indexOne < endOne && indexTwo < endTwo {
      let byteOne = text[indexOne]
      if byteOne < 0x80 {
        stateOne = Int(transitions[stateOne &+ Int(asciiClass[Int(byteOne)])])
        indexOne &+= 1
        if stateOne >= threshold {
          reportASCII(stateOne, indexOne, skippedOne, text, rangeOne, &rawOne)
        }
      } else {
        (stateOne, indexOne, skippedOne) = advance(
          tables, stateOne, indexOne, skippedOne, rangeOne, &rawOne)
      }
      let byteTwo = text[indexTwo]
      if byteTwo < 0x80 {
        stateTwo = Int(transitions[stateTwo &+ Int(asciiClass[Int(byteTwo)])])
        indexTwo &+= 1
        if stateTwo >= threshold {
          reportASCII(stateTwo, indexTwo, skippedTwo, text, rangeTwo, &rawTwo)
        }
      } else {
        (stateTwo, indexTwo, skippedTwo) = advance(
          tables, stateTwo, indexTwo, skippedTwo, rangeTwo, &rawTwo)
      }
    }
    (one.index, one.state, one.continuations) = (indexOne, stateOne, skippedOne)
    (two.index, two.state, two.continuations) = (indexTwo, stateTwo, skippedTwo)
  }

  /// Walks on alone to the end of the walk's last range.
  private func finishAlone<Entry: FixedWidthInteger & UnsignedInteger>(
    _ tables: ScanTables<Entry>, _ walk: inout Walk, _ raw: inout [RawHit],
    _ stalls: inout [KeywordStall]
  ) {
    let text = tables.text
    let threshold = tables.threshold
    while prepared(text, &walk, &raw, &stalls) {
      let range = walk.range
      var index = walk.index
      var state = walk.state
      var skipped = walk.continuations
      while index < range.upperBound {
        let byte = text[index]
        if byte < 0x80 {
          state = Int(tables.transitions[state &+ Int(tables.asciiClass[Int(byte)])])
          index &+= 1
          if state >= threshold { reportASCII(state, index, skipped, text, range, &raw) }
        } else {
          (state, index, skipped) = advance(tables, state, index, skipped, range, &raw)
        }
      }
      (walk.index, walk.state, walk.continuations) = (index, state, skipped)
    }
  }

  /// Records the hits of the keys that end at output state `state` with the
  /// ASCII byte before `end`.
  @inline(never)
  private func reportASCII(
    _ state: Int, _ end: Int, _ continuations: Int, _ text: UnsafeBufferPointer<UInt8>,
    _ range: Range<Int>, _ raw: inout [RawHit]
  ) {
    let match = MatchEnd(
      scalarStart: end - 1, scalarEnd: end, usedBytes: 1, foldedLength: 1,
      continuations: continuations)
    report(state, match, text, range, &raw)
  }

  /// Feeds the automaton the non-ASCII scalar at `index`, records the hits
  /// of the keys it completes, and returns the new state, position and
  /// continuation count.
  @inline(never)
  private func advance<Entry: FixedWidthInteger & UnsignedInteger>(
    _ tables: ScanTables<Entry>, _ state: Int, _ index: Int, _ continuations: Int,
    _ range: Range<Int>, _ raw: inout [RawHit]
  ) -> (state: Int, index: Int, continuations: Int) {
    let text = tables.text
    let transitions = tables.transitions
    let byteClass = tables.byteClass
    let threshold = tables.threshold
    var state = state
    let start = index
    let (value, length) = Self.decode(text, at: index, end: range.upperBound)
    let end = index + length
    // A scalar of n bytes has n - 1 continuation bytes; a malformed byte
    // reads as one scalar of one byte, and counts if it is one.
    let skipped =
      continuations + (length > 1 ? length - 1 : text[start] & 0xC0 == 0x80 ? 1 : 0)
    var packed = fold.entry(value)
    if packed == 0 {
      for offset in 0..<length {
        state = Int(transitions[state &+ Int(byteClass[Int(text[start + offset])])])
        if state >= threshold {
          let match = MatchEnd(
            scalarStart: start, scalarEnd: end, usedBytes: offset + 1, foldedLength: length,
            continuations: skipped)
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
            scalarStart: start, scalarEnd: end, usedBytes: offset + 1, foldedLength: count,
            continuations: skipped)
          report(state, match, text, range, &raw)
        }
      }
    }
    return (state, end, skipped)
  }

  /// Records the hits of the `re:` rules in the range the walk has just
  /// finished.
  private func addRegexHits(
    _ text: UnsafeBufferPointer<UInt8>, _ walk: Walk, _ raw: inout [RawHit],
    _ stalls: inout [KeywordStall]
  ) {
    guard !regexRules.isEmpty else { return }
    let range = walk.range
    // The continuation bytes before the range's start, from the walk's.
    let atStart = walk.continuations - SWAR.continuationCount(text, range)
    for (rule, regex) in regexRules where !regexBudget.isDropped(rule) {
      let start = ContinuousClock.now
      let found = KeywordRegex.matches(
        of: regex, in: text, range: range, timeLimit: regexTimeLimit)
      let drops = regexBudget.record(
        rule: rule, elapsed: .now - start, stalled: found.stalled)
      for span in found.ranges {
        let before = atStart + SWAR.continuationCount(text, range.lowerBound..<span.lowerBound)
        let within = SWAR.continuationCount(text, span)
        raw.append(
          RawHit(
            start: span.lowerBound, end: span.upperBound,
            scalarStart: span.lowerBound - before, scalarEnd: span.upperBound - before - within,
            code: ruleCodes[rule],
            rule: rule))
      }
      if found.stalled || drops {
        stalls.append(KeywordStall(rule: rule, utf8Offset: range.lowerBound, dropsRule: drops))
      }
    }
  }
}
