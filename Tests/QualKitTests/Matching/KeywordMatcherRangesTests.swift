import Testing

@testable import QualKit

@Suite struct KeywordMatcherRangesTests {
  private static let lines = [
    "Mestrer du det, kæreste? Heller  ikke 42 aabenraa ø-øen kaereste mestring.\n",
    "Nej.\n",
    "Åbenrå og ÆBLER, heller\tikke mestre 7 gange — MESTR!\n",
  ]

  /// The matcher walks the two halves of the ranges side by side; whatever
  /// the number of ranges and where the halves meet, the hits must be those
  /// of each range searched alone, in order, and the reference matcher's.
  @Test(
    "Many ranges give the hits of each range searched alone, in order",
    arguments: [1, 2, 3, 4, 7, 40])
  func manyRanges(count: Int) throws {
    let patterns = ["mestr*", "kæreste", "heller ikke", "re:[0-9]+", "aa*", "ø", "æble*"]
    let rules = try patterns.enumerated().map {
      KeywordRule(code: $0.offset % 3, pattern: try KeywordPattern(parsing: $0.element))
    }
    var text = ""
    var ranges: [Range<Int>] = []
    for index in 0..<count {
      let line = Self.lines[index % Self.lines.count]
      let start = text.utf8.count
      ranges.append(start..<(start + line.utf8.count - 1))  // without the line break
      text += line
    }
    let matcher = KeywordMatcher(rules: rules)
    let all = matcher.hits(in: text, ranges: ranges)
    let alone = ranges.flatMap { matcher.hits(in: text, ranges: [$0]) }
    #expect(!all.isEmpty)
    #expect(all == alone)
    #expect(all == ReferenceKeywordMatcher(rules: rules).hits(in: text, ranges: ranges))
  }
}
