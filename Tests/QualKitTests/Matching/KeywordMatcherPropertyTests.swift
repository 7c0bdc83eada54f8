import Testing

@testable import QualKit

/// Danish-ish random texts and pattern sets for comparing the fast matcher
/// with the reference matcher.
private struct RandomInput {
  static let words = [
    "stress", "stressfri", "stressede", "mestring", "mestre", "mestrer", "mestr", "sammenhæng",
    "sammenhaeng", "jobkonsulent", "jobkonsulentens", "tage", "det", "stille", "og", "roligt",
    "ærlig", "aerlig", "øje", "oeje", "år", "aar", "åbenrå", "aabenraa", "på", "paa", "straße",
    "strasse", "ß", "ss", "s", "a", "e", "ae", "æ", "ø", "å", "aa", "oe", "i", "İstanbul",
    "ﬁnde", "finde", "σοφία", "ς", "2024", "k2", "covid-19", "é", "café", "ŉ", "n", "ꭰ", "Ꭰ",
    "hjem", "arbejde", "familie", "søvn", "soevn", "𝐀", "😀", "中文",
  ]
  static let separators = [
    " ", " ", " ", " ", "  ", "\n", "\t", "\u{A0}", ", ", ". ", "-", "—", " (", ") ", "\"", "“",
    "” ", "’", "", "\r\n", "3", " \n ", "\u{2028}", "_", "/",
  ]

  var generator: SplitMix64

  mutating func pick<T>(_ items: [T]) -> T {
    items[Int.random(in: 0..<items.count, using: &generator)]
  }

  mutating func chance(_ percent: Int) -> Bool {
    Int.random(in: 0..<100, using: &generator) < percent
  }

  mutating func cased(_ word: String) -> String {
    switch Int.random(in: 0..<6, using: &generator) {
    case 0: return word.uppercased()
    case 1: return word.prefix(1).uppercased() + word.dropFirst()
    default: return word
    }
  }

  mutating func text(words count: Int) -> String {
    var text = ""
    for _ in 0..<count {
      text += cased(pick(Self.words))
      text += pick(Self.separators)
    }
    return text
  }

  mutating func keyword() -> String {
    let word = cased(pick(Self.words))
    var keyword: String
    switch Int.random(in: 0..<10, using: &generator) {
    case 0, 1, 2:
      let scalars = Array(word.unicodeScalars)
      let length = Int.random(in: 1...scalars.count, using: &generator)
      keyword = String(String.UnicodeScalarView(scalars[0..<length])) + "*"
    case 3, 4:
      keyword = word + " " + cased(pick(Self.words))
      if chance(30) { keyword += " " + pick(Self.words) }
      if chance(20) { keyword += "*" }
    default:
      keyword = word
    }
    if chance(15) { keyword = "-" + keyword }
    return keyword
  }

  /// One to three ranges on scalar boundaries, sorted and not overlapping,
  /// or the whole text.
  mutating func ranges(in text: String) -> [Range<Int>] {
    var boundaries: [Int] = [0]
    for scalar in text.unicodeScalars {
      boundaries.append(boundaries[boundaries.count - 1] + UTF8.width(scalar))
    }
    if chance(40) { return [0..<boundaries[boundaries.count - 1]] }
    let picked = (0..<Int.random(in: 2...6, using: &generator)).map { _ in pick(boundaries) }
    let sorted = Array(Set(picked)).sorted()
    var ranges: [Range<Int>] = []
    var index = 0
    while index + 1 < sorted.count {
      ranges.append(sorted[index]..<sorted[index + 1])
      index += chance(50) ? 2 : 1
    }
    return ranges
  }
}

@Suite struct KeywordMatcherPropertyTests {
  @Test("The fast matcher finds exactly the reference matcher's hits", arguments: 0..<40)
  func fastEqualsReference(seed: UInt64) {
    var input = RandomInput(generator: SplitMix64(seed: seed))
    for _ in 0..<25 {
      // Keywords that are invalid (a stem of `😀`) are left out.
      let rules = (0..<Int.random(in: 1...12, using: &input.generator)).compactMap { _ in
        (try? KeywordPattern(parsing: input.keyword())).map {
          KeywordRule(code: Int.random(in: 0..<4, using: &input.generator), pattern: $0)
        }
      }
      let text = input.text(words: Int.random(in: 0...40, using: &input.generator))
      let ranges = input.ranges(in: text)
      let matcher = KeywordMatcher(rules: rules)
      #expect(matcher.usesCompactTransitions)
      let fast = matcher.hits(in: text, ranges: ranges)
      let reference = ReferenceKeywordMatcher(rules: rules).hits(in: text, ranges: ranges)
      #expect(
        fast == reference,
        "rules \(rules.map(\.pattern.source)) text \(text.debugDescription) ranges \(ranges)")
      if fast != reference { return }
    }
  }

  @Test(
    "The fast matcher agrees with the reference with hundreds of patterns",
    arguments: [false, true])
  func manyPatterns(withMadeUpWords: Bool) {
    let count = 400
    var input = RandomInput(generator: SplitMix64(seed: 2026))
    let letters = Array("abcdefghijklmnopqrstuvwxyzæøåé".unicodeScalars)
    let rules = (0..<count).compactMap { index in
      var keyword = input.keyword()
      if withMadeUpWords, index % 2 == 1 {
        // Made-up words make the automaton big enough for 32-bit entries.
        let length = Int.random(in: 3...10, using: &input.generator)
        keyword = String(String.UnicodeScalarView((0..<length).map { _ in input.pick(letters) }))
        if input.chance(30) { keyword += "*" }
      }
      return (try? KeywordPattern(parsing: keyword)).map {
        KeywordRule(code: index % 40, pattern: $0)
      }
    }
    #expect(rules.count > count * 9 / 10)
    let matcher = KeywordMatcher(rules: rules)
    #expect(matcher.usesCompactTransitions == !withMadeUpWords)
    let reference = ReferenceKeywordMatcher(rules: rules)
    var total = 0
    for _ in 0..<5 {
      let text = input.text(words: 300)
      let ranges = input.ranges(in: text)
      let hits = matcher.hits(in: text, ranges: ranges)
      #expect(hits == reference.hits(in: text, ranges: ranges))
      total += hits.count
    }
    #expect(total > 100)
  }
}
