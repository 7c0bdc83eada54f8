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
///   boundaries apply beyond what the expression says. A search for one
///   match that takes longer than ``regexTimeLimit`` (an expression that
///   backtracks without end, like `(a+)+b` on a run of `a`s) is stopped:
///   that pattern's hits in the rest of the range are not found, and the
///   range is reported as a ``KeywordStall``. A pattern that stalls again
///   and again is dropped for the rest of the matcher's searches (see
///   ``KeywordRegexBudget``).
///
/// Hits come sorted by start, then end, then code.
public final class KeywordMatcher: Sendable {
  /// The rules, in the order given; ``KeywordHit/rule`` indexes this array.
  public let rules: [KeywordRule]
  let automaton: KeywordAutomaton
  /// What a match of each key needs checked, by key.
  let keyInfo: [KeyInfo]
  /// The rules of key `k` are `keyRules[keyInfo[k].firstRule..<keyInfo[k].endRule]`.
  let keyRules: [KeyRule]
  /// The code of each rule.
  let ruleCodes: [Int]
  /// Whether each rule is an exclusion.
  let ruleIsExclusion: [Bool]
  /// The compiled `re:` rules with their rule indices.
  let regexRules: [(rule: Int, regex: NSRegularExpression)]
  let fold: FoldTable
  /// The longest a regular expression may search for one match in one range.
  public let regexTimeLimit: Duration

  /// What each `re:` rule may cost over the matcher's life (a whole run):
  /// a rule that stalls again and again is dropped.
  public let regexBudget: KeywordRegexBudget

  /// The default ``regexTimeLimit``: a quarter of a second.
  public static let defaultRegexTimeLimit: Duration = .milliseconds(250)

  /// Builds a matcher for a set of rules.
  ///
  /// - Parameters:
  ///   - rules: The patterns with their codes; hits name a rule by its
  ///     index here.
  ///   - regexTimeLimit: The longest a `re:` pattern may search for one
  ///     match in one range before it is stopped there.
  ///   - regexBudget: What each `re:` pattern may cost in all before it is
  ///     dropped for the rest of the matcher's searches.
  /// - Complexity: Linear in the total length of the patterns times the
  ///   number of distinct folded bytes in them.
  public init(
    rules: [KeywordRule], regexTimeLimit: Duration = defaultRegexTimeLimit,
    regexBudget: KeywordRegexBudget = KeywordRegexBudget()
  ) {
    self.rules = rules
    self.regexTimeLimit = regexTimeLimit
    self.regexBudget = regexBudget
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
    var keyInfo: [KeyInfo] = []
    var flatRules: [KeyRule] = []
    for (key, list) in zip(keys, keyRules) {
      let first = flatRules.count
      for rule in list {
        flatRules.append(
          KeyRule(rule: rule, code: rules[rule].code, isStem: rules[rule].pattern.kind == .stem))
      }
      keyInfo.append(
        KeyInfo(
          length: key.count, hasNoSpace: !key.contains(0x20), firstRule: first,
          endRule: flatRules.count))
    }
    self.keyInfo = keyInfo
    self.keyRules = flatRules
    ruleCodes = rules.map(\.code)
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
    var stalls: [KeywordStall] = []
    return hits(in: text, ranges: ranges, stalls: &stalls)
  }

  /// Every hit in the given parts of a text, and the ranges in which a
  /// regular expression was stopped for taking too long.
  ///
  /// - Parameters:
  ///   - text: The normalised text.
  ///   - ranges: The UTF-8 byte ranges to search.
  ///   - stalls: Receives each rule stopped in a range, by offset.
  /// - Returns: The hits, sorted by start, end and code.
  public func hits(in text: String, ranges: [Range<Int>], stalls: inout [KeywordStall])
    -> [KeywordHit]
  {
    hits(in: text, ranges: ranges, stalls: &stalls, knownOffset: (0, 0))
  }

  /// Every hit in the given parts of a text, as
  /// ``hits(in:ranges:stalls:)`` finds them, counting scalar offsets from a
  /// known place instead of the start of the text.
  ///
  /// - Parameters:
  ///   - text: The normalised text.
  ///   - ranges: The UTF-8 byte ranges to search.
  ///   - stalls: Receives each rule stopped in a range, by offset.
  ///   - knownOffset: A scalar boundary at or before the first range, as a
  ///     UTF-8 and a scalar offset (such as the start of the line the first
  ///     range is on), so that a part of a long text costs no count from
  ///     its start.
  /// - Returns: The hits, sorted by start, end and code.
  func hits(
    in text: String, ranges: [Range<Int>], stalls: inout [KeywordStall],
    knownOffset: (utf8: Int, scalar: Int)
  ) -> [KeywordHit] {
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
      var one = Walk(ranges[..<split])
      var two = Walk(ranges[split...])
      var first: [RawHit] = []
      var second: [RawHit] = []
      first.reserveCapacity(min(bytes.count / 64, 1 << 15))
      second.reserveCapacity(min(bytes.count / 64, 1 << 15))
      var found: [KeywordStall] = []
      if !usesCompactTransitions {
        automaton.transitions.withUnsafeBufferPointer {
          scan(bytes, &one, &two, $0, &first, &second, &found)
        }
      } else {
        automaton.compactTransitions.withUnsafeBufferPointer {
          scan(bytes, &one, &two, $0, &first, &second, &found)
        }
      }
      found.sort { ($0.utf8Offset, $0.rule) < ($1.utf8Offset, $1.rule) }
      // The halves are walked side by side, so the stall that used up a
      // rule's budget may come before one of the other half in the text:
      // the last stall of a dropped rule is the one that says so.
      let dropped = Set(found.filter(\.dropsRule).map(\.rule))
      if !dropped.isEmpty {
        for index in found.indices { found[index].dropsRule = false }
        for rule in dropped {
          if let last = found.lastIndex(where: { $0.rule == rule }) { found[last].dropsRule = true }
        }
      }
      stalls += found
      // Each walk counted its continuation bytes from its origin; the
      // scalar offset of the first origin comes from the known place, that
      // of the second from the first walk's count and the gap after it.
      let known: (utf8: Int, scalar: Int) =
        (0...one.origin).contains(knownOffset.utf8) ? knownOffset : (0, 0)
      let scalarOne =
        known.scalar + (one.origin - known.utf8)
        - SWAR.continuationCount(bytes, known.utf8..<one.origin)
      let gap = one.range.upperBound..<max(one.range.upperBound, two.origin)
      let scalarTwo =
        scalarOne + (two.origin - one.origin) - one.continuations
        - SWAR.continuationCount(bytes, gap)
      Self.shift(&first, by: scalarOne - one.origin)
      Self.shift(&second, by: scalarTwo - two.origin)
      first += second
      Self.sort(&first)
      return finished(first)
    }
  }

  /// Adds `offset` to the hits' scalar offsets.
  private static func shift(_ hits: inout [RawHit], by offset: Int) {
    guard offset != 0 else { return }
    for index in hits.indices {
      hits[index].scalarStart += offset
      hits[index].scalarEnd += offset
    }
  }
}
