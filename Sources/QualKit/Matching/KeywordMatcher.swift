import Foundation

/// Finds the hits of many codes' keyword patterns in a text in one pass.
///
/// Build the matcher once from all rules of a codebook and share it across
/// threads; it is immutable. Words, phrases and stems are found by one
/// Aho–Corasick automaton over case-folded UTF-8 bytes, whatever their
/// number; the text is folded inside the automaton, never rewritten, so
/// offsets stay exact. Memory depends on the patterns, not the text.
///
/// The rules, so that every tool and test agrees:
///
/// - Text and patterns are compared after folding each Unicode scalar: full
///   Unicode case folding, then æ → ae, ø → oe, å → aa. So `sammenhæng`,
///   `SAMMENHÆNG` and `sammenhaeng` are equal, `Aabenraa` matches `åbenrå`
///   and `Straße` matches `strasse`. Case folding covers every scalar: it is
///   derived from the standard library's full case mappings (a scalar whose
///   `changesWhenCaseFolded` is true becomes the lowercase of its uppercase,
///   `ẞ` → `ss`, `ﬁ` → `fi`, `ς` → `σ`, `İ` → `i̇`; Cherokee folds to
///   uppercase as in `CaseFolding.txt`). It differs from `CaseFolding.txt`
///   only for precomposed scalars whose decomposition does not change under
///   folding (such as `ΐ`), which are kept as they are; text is expected in
///   NFC. Other folding, such as of accents (é ≠ e), is not done.
/// - A hit covers whole scalars of the original text: a match that starts or
///   (for words and phrases) ends inside the folded form of one scalar is no
///   hit (`a` does not match the `a` of `æ`).
/// - Whole words only: the scalar before a hit and, for words and phrases,
///   the scalar after it must not be a letter (general category L) or a
///   decimal digit (Nd). The edge of a searched range counts as a boundary.
/// - A phrase's single spaces match any run of whitespace (Unicode
///   `White_Space`: space, tab, line breaks, no-break space, …).
/// - A stem's hit runs from the start of the match to the end of the scalar
///   in which the match ends, plus every letter and digit that directly
///   follows: `jobkonsulent*` on `Jobkonsulentens` is `Jobkonsulentens`, on
///   `Jobkonsulent-samtalerne` it is `Jobkonsulent`.
/// - Every occurrence of every pattern is a hit. Identical spans of one code
///   are reported once; the same span is reported for each code it hits.
/// - An exclusion removes its own code's hits that have exactly a span the
///   exclusion matches.
/// - `re:` patterns run with `NSRegularExpression`, case-insensitively, on
///   the original text of each searched range separately. Their hits are
///   the whole (non-empty) matches; no folding of æ/ae and no word
///   boundaries apply beyond what the expression says.
///
/// Hits come sorted by start, then end, then code.
public final class KeywordMatcher: Sendable {
  /// The rules, in the order given; ``KeywordHit/rule`` indexes this array.
  public let rules: [KeywordRule]
  private let automaton: KeywordAutomaton
  /// The rules of key `k` are `keyRules[keyRuleStarts[k]..<keyRuleStarts[k + 1]]`.
  private let keyRuleStarts: [Int]
  private let keyRules: [Int32]
  /// Whether each key is free of spaces, so that where the text is ASCII a
  /// key of *n* bytes covers exactly *n* bytes of it.
  private let keyHasNoSpace: [Bool]
  /// The code of each rule.
  private let ruleCodes: [Int]
  /// Whether each rule is a stem.
  private let ruleIsStem: [Bool]
  /// Whether each rule is an exclusion.
  private let ruleIsExclusion: [Bool]
  /// The compiled `re:` rules with their rule indices.
  private let regexRules: [(rule: Int, regex: NSRegularExpression)]
  private let fold: FoldTable

  /// Builds a matcher for a set of rules.
  ///
  /// - Parameter rules: The patterns with their codes; hits name a rule by
  ///   its index here.
  /// - Complexity: Linear in the total length of the patterns times the
  ///   number of distinct folded bytes in them.
  public init(rules: [KeywordRule]) {
    self.rules = rules
    fold = FoldTable.shared
    var keyIndex: [[UInt8]: Int] = [:]
    var keys: [[UInt8]] = []
    var keyRules: [[Int]] = []
    var regexRules: [(rule: Int, regex: NSRegularExpression)] = []
    for (index, rule) in rules.enumerated() {
      if rule.pattern.kind == .regex {
        // Parsing validated the expression, so it compiles.
        if let regex = KeywordRegex.compile(rule.pattern.body) {
          regexRules.append((index, regex))
        }
        continue
      }
      let key = KeywordFolding.foldedKey(rule.pattern.body)
      if key.isEmpty { continue }
      if let existing = keyIndex[key] {
        keyRules[existing].append(index)
      } else {
        keyIndex[key] = keys.count
        keys.append(key)
        keyRules.append([index])
      }
    }
    automaton = KeywordAutomaton(keys: keys, asciiFold: fold.ascii)
    keyHasNoSpace = keys.map { !$0.contains(0x20) }
    var starts = [0]
    for list in keyRules { starts.append(starts[starts.count - 1] + list.count) }
    keyRuleStarts = starts
    self.keyRules = keyRules.flatMap { $0.map { Int32($0) } }
    ruleCodes = rules.map(\.code)
    ruleIsStem = rules.map { $0.pattern.kind == .stem }
    ruleIsExclusion = rules.map(\.pattern.isExclusion)
    self.regexRules = regexRules
  }

  /// Whether the automaton's transitions are stored in 16 bits.
  var usesCompactTransitions: Bool { !automaton.compactTransitions.isEmpty }

  /// Every hit in the whole text.
  ///
  /// - Parameter text: The normalised text.
  /// - Returns: The hits, sorted by start, end and code.
  public func hits(in text: String) -> [KeywordHit] {
    hits(in: text, ranges: [0..<text.utf8.count])
  }

  /// Every hit in the given parts of a text, such as the contents of a
  /// transcript's turns.
  ///
  /// Offsets in the hits are into the whole text. Ranges are clamped to the
  /// text, narrowed to scalar boundaries, sorted, and merged where they
  /// overlap; the edge of a range is a word boundary.
  ///
  /// - Parameters:
  ///   - text: The normalised text.
  ///   - ranges: The UTF-8 byte ranges to search.
  /// - Returns: The hits, sorted by start, end and code.
  /// - Complexity: O(*n* + *h* log *h*) for *n* searched bytes and *h* hits,
  ///   plus the regular expressions' own cost.
  public func hits(in text: String, ranges: [Range<Int>]) -> [KeywordHit] {
    var text = text
    return text.withUTF8 { bytes in
      let ranges = Self.normalised(ranges, in: bytes)
      // The ranges are cut into two halves of about equal size, walked
      // side by side (see `scan`); the first half's hits followed by the
      // second's are exactly the hits of one walk over all ranges in order.
      var total = 0
      for range in ranges { total += range.count }
      var split = 0
      var covered = 0
      while split < ranges.count && covered * 2 < total {
        covered += ranges[split].count
        split += 1
      }
      var first: [RawHit] = []
      var second: [RawHit] = []
      first.reserveCapacity(min(bytes.count / 64, 1 << 15))
      second.reserveCapacity(min(bytes.count / 64, 1 << 15))
      if !usesCompactTransitions {
        automaton.transitions.withUnsafeBufferPointer {
          scan(bytes, ranges[..<split], ranges[split...], $0, &first, &second)
        }
      } else {
        automaton.compactTransitions.withUnsafeBufferPointer {
          scan(bytes, ranges[..<split], ranges[split...], $0, &first, &second)
        }
      }
      first += second
      Self.sort(&first)
      return finished(first, in: bytes)
    }
  }

  // MARK: - Scanning

  /// A hit before exclusions, de-duplication and scalar offsets.
  private struct RawHit {
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
  private struct MatchEnd {
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
  private func scan<Entry: FixedWidthInteger & UnsignedInteger>(
    _ text: UnsafeBufferPointer<UInt8>, _ one: ArraySlice<Range<Int>>,
    _ two: ArraySlice<Range<Int>>, _ transitions: UnsafeBufferPointer<Entry>,
    _ rawOne: inout [RawHit], _ rawTwo: inout [RawHit]
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
            if nextOne > one.startIndex { addRegexHits(text, rangeOne, &rawOne) }
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
            if nextTwo > two.startIndex { addRegexHits(text, rangeTwo, &rawTwo) }
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
          _ state: Int, _ raw: inout [RawHit]
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
            addRegexHits(text, range, &raw)
            guard next < ranges.endIndex else { return }
            range = ranges[next]
            next += 1
            index = range.lowerBound
            state = 0
          }
        }
        if !isDoneOne { finishAlone(one, nextOne, rangeOne, indexOne, stateOne, &rawOne) }
        if !isDoneTwo { finishAlone(two, nextTwo, rangeTwo, indexTwo, stateTwo, &rawTwo) }
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
    _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ raw: inout [RawHit]
  ) {
    for (rule, regex) in regexRules {
      for span in KeywordRegex.matches(of: regex, in: text, range: range) {
        raw.append(RawHit(span, rule: rule, code: ruleCodes[rule]))
      }
    }
  }

  /// Checks the keys ending at an output state and records their hits.
  private func report(
    _ state: Int, _ match: MatchEnd, _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
    _ raw: inout [RawHit]
  ) {
    let output = automaton.outputIndex(of: state)
    let first = Int(automaton.outputStarts[output])
    let last = Int(automaton.outputStarts[output + 1])
    for slot in first..<last {
      let key = Int(automaton.outputKeys[slot])
      guard let start = matchStart(key, match, text, range) else { continue }
      if start > range.lowerBound, isWord(before: start, text, lower: range.lowerBound) {
        continue
      }
      let endsAtBoundary =
        match.usedBytes == match.foldedLength
        && (match.scalarEnd >= range.upperBound
          || !isWord(at: match.scalarEnd, text, end: range.upperBound))
      var wordEnd = -1
      for slot in keyRuleStarts[key]..<keyRuleStarts[key + 1] {
        let rule = Int(keyRules[slot])
        if ruleIsStem[rule] {
          if wordEnd < 0 { wordEnd = self.wordEnd(from: match.scalarEnd, text, range) }
          raw.append(RawHit(start..<wordEnd, rule: rule, code: ruleCodes[rule]))
        } else if endsAtBoundary {
          raw.append(RawHit(start..<match.scalarEnd, rule: rule, code: ruleCodes[rule]))
        }
      }
    }
  }

  /// The original byte offset where a key that ended at `match` starts, or
  /// `nil` if it starts inside the folded form of a scalar.
  ///
  /// The automaton has already compared the bytes, so this only walks back
  /// over as many scalars as the key's folded length covers, taking a run
  /// of whitespace as the one space it folds to.
  private func matchStart(
    _ key: Int, _ match: MatchEnd, _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
  ) -> Int? {
    let keyLength = automaton.keyLengths[key]
    if keyHasNoSpace[key], match.scalarEnd - match.scalarStart == 1 {
      // Fast path: an all-ASCII stretch folds byte for byte.
      let start = match.scalarEnd - keyLength
      if start >= range.lowerBound {
        var bits: UInt8 = 0
        for index in start..<match.scalarEnd { bits |= text[index] }
        if bits < 0x80 { return start }
      }
    }
    var remaining = keyLength - match.usedBytes
    var start = match.scalarStart
    while remaining > 0 {
      guard start > range.lowerBound else { return nil }
      let (value, length) = Self.decodeBackward(text, before: start, lower: range.lowerBound)
      start -= length
      if isWhitespace(value) {
        while start > range.lowerBound {
          let (previous, previousLength) = Self.decodeBackward(
            text, before: start, lower: range.lowerBound)
          if !isWhitespace(previous) { break }
          start -= previousLength
        }
        remaining -= 1
      } else {
        remaining -= foldedLength(value, utf8Length: length)
      }
    }
    return remaining == 0 ? start : nil
  }

  /// The end of the run of letters and digits that starts at `offset`.
  private func wordEnd(from offset: Int, _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> Int
  {
    var end = offset
    while end < range.upperBound {
      let byte = text[end]
      if byte < 0x80 {
        if !fold.asciiWord[Int(byte)] { break }
        end += 1
        continue
      }
      let (value, length) = Self.decode(text, at: end, end: range.upperBound)
      if !isWord(value) { break }
      end += length
    }
    return end
  }

  private func isWhitespace(_ value: UInt32) -> Bool {
    value < 0x80 ? fold.ascii[Int(value)] == 0x20 : fold.entry(value) == FoldTable.space
  }

  /// Whether the scalar that starts at `offset` (before `end`) is a letter
  /// or digit; an ASCII byte is looked up without decoding.
  private func isWord(at offset: Int, _ text: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
    let byte = text[offset]
    if byte < 0x80 { return fold.asciiWord[Int(byte)] }
    return isWord(Self.decode(text, at: offset, end: end).value)
  }

  /// Whether the scalar that ends at `offset` (after `lower`) is a letter or
  /// digit; an ASCII byte is looked up without decoding.
  private func isWord(before offset: Int, _ text: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
    let byte = text[offset - 1]
    if byte < 0x80 { return fold.asciiWord[Int(byte)] }
    return isWord(Self.decodeBackward(text, before: offset, lower: lower).value)
  }

  // Not inlined: the Unicode property look-up needs type metadata, which
  // callers such as `report` would otherwise fetch on every call, even when
  // every neighbour is ASCII.
  @inline(never)
  private func isWord(_ value: UInt32) -> Bool {
    if value < 0x80 { return fold.asciiWord[Int(value)] }
    guard let scalar = Unicode.Scalar(value) else { return false }
    return KeywordFolding.isWordScalar(scalar)
  }

  private func foldedLength(_ value: UInt32, utf8Length: Int) -> Int {
    if value < 0x80 { return 1 }
    let packed = fold.entry(value)
    return packed == 0 ? utf8Length : Int(packed >> 56)
  }

  /// The scalar value and byte length at `offset`; a malformed byte reads as
  /// a one-byte U+FFFD.
  private static func decode(_ text: UnsafeBufferPointer<UInt8>, at offset: Int, end: Int)
    -> (value: UInt32, length: Int)
  {
    let lead = UInt32(text[offset])
    if lead < 0x80 { return (lead, 1) }
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    guard length > 1, offset + length <= end else { return (0xFFFD, 1) }
    var value = lead & (0x7F >> UInt32(length))
    for index in (offset + 1)..<(offset + length) {
      value = value << 6 | UInt32(text[index] & 0x3F)
    }
    return (value, length)
  }

  /// The scalar value and byte length of the scalar that ends at `offset`.
  private static func decodeBackward(
    _ text: UnsafeBufferPointer<UInt8>, before offset: Int, lower: Int
  ) -> (value: UInt32, length: Int) {
    var start = offset - 1
    while start > lower, offset - start < 4, text[start] & 0xC0 == 0x80 { start -= 1 }
    let (value, length) = decode(text, at: start, end: offset)
    return start + length == offset ? (value, length) : (0xFFFD, 1)
  }

  // MARK: - Results

  /// Ranges clamped, on scalar boundaries, sorted and without overlaps.
  private static func normalised(_ ranges: [Range<Int>], in text: UnsafeBufferPointer<UInt8>)
    -> [Range<Int>]
  {
    func isBoundary(_ offset: Int) -> Bool {
      offset >= text.count || text[offset] & 0xC0 != 0x80
    }
    var result: [Range<Int>] = []
    for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
      var lower = min(max(range.lowerBound, 0), text.count)
      var upper = min(max(range.upperBound, 0), text.count)
      while !isBoundary(lower) { lower += 1 }
      while !isBoundary(upper) { upper -= 1 }
      guard lower < upper else { continue }
      if let last = result.last, lower < last.upperBound {
        result[result.count - 1] = last.lowerBound..<max(last.upperBound, upper)
      } else {
        result.append(lower..<upper)
      }
    }
    return result
  }

  /// Applies exclusions to the sorted raw hits, removes duplicates and adds
  /// scalar offsets.
  private func finished(_ sorted: [RawHit], in text: UnsafeBufferPointer<UInt8>) -> [KeywordHit] {
    var result: [KeywordHit] = []
    result.reserveCapacity(sorted.count)
    var scalarOffset = 0
    var byteOffset = 0
    var index = 0
    while index < sorted.count {
      let first = sorted[index]
      var groupEnd = index
      var rule: Int?
      var isExcluded = false
      while groupEnd < sorted.count, sorted[groupEnd].start == first.start,
        sorted[groupEnd].end == first.end, sorted[groupEnd].code == first.code
      {
        if ruleIsExclusion[sorted[groupEnd].rule] {
          isExcluded = true
        } else if rule == nil {
          rule = sorted[groupEnd].rule
        }
        groupEnd += 1
      }
      index = groupEnd
      guard let rule, !isExcluded else { continue }
      scalarOffset += Self.scalarCount(text, byteOffset..<first.start)
      byteOffset = first.start
      let scalarEnd = scalarOffset + Self.scalarCount(text, first.start..<first.end)
      result.append(
        KeywordHit(
          code: first.code, rule: rule, utf8Range: first.start..<first.end,
          scalarRange: scalarOffset..<scalarEnd))
    }
    return result
  }

  /// Sorts hits in place by start, end, code and rule.
  ///
  /// The automaton reports hits in order of their end, so they are nearly
  /// sorted by start already: an insertion sort finishes them in about
  /// linear time. If it has to move hits too far (many long hits, or
  /// regular-expression hits after the others), a full sort takes over.
  private static func sort(_ hits: inout [RawHit]) {
    var moves = 0
    let budget = 8 * hits.count + 64
    for index in hits.indices.dropFirst() {
      let hit = hits[index]
      var slot = index
      while slot > 0, hit.precedes(hits[slot - 1]) {
        hits[slot] = hits[slot - 1]
        slot -= 1
      }
      hits[slot] = hit
      moves += index - slot
      if moves > budget {
        hits.sort { $0.precedes($1) }
        return
      }
    }
  }

  /// The number of bytes of `word` whose bit 7 is set, for a word whose
  /// other bits are all clear.
  ///
  /// One multiplication adds the eight bits up in the top byte; the baseline
  /// x86-64 target has no population-count instruction, and
  /// `nonzeroBitCount` there takes about a dozen instructions.
  private static func highBitCount(_ word: UInt64) -> Int {
    Int(truncatingIfNeeded: ((word >> 7) &* 0x0101_0101_0101_0101) >> 56)
  }

  /// The number of scalars in a byte range: the bytes that are not UTF-8
  /// continuation bytes (`10xxxxxx`), counted eight bytes at a time.
  ///
  /// Most ranges are short (the gap between two hits, or a hit), so the
  /// last one to seven bytes are counted in one word too when the text
  /// extends far enough: the bytes past the range are masked off.
  private static func scalarCount(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    guard let base = text.baseAddress, !range.isEmpty else { return 0 }
    let highBits: UInt64 = 0x8080_8080_8080_8080
    var continuation = 0
    var index = range.lowerBound
    while index + 8 <= range.upperBound {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      continuation &+= Self.highBitCount(word & ~(word << 1) & highBits)
      index += 8
    }
    let rest = range.upperBound - index
    if rest > 0 && index + 8 <= text.count {
      // Read as little-endian, the range's bytes are the low `rest` bytes.
      let loaded = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      let word = UInt64(littleEndian: loaded) & (UInt64.max >> UInt64(8 * (8 - rest)))
      continuation &+= Self.highBitCount(word & ~(word << 1) & highBits)
      return range.count - continuation
    }
    while index < range.upperBound {
      if text[index] & 0xC0 == 0x80 { continuation &+= 1 }
      index += 1
    }
    return range.count - continuation
  }
}
