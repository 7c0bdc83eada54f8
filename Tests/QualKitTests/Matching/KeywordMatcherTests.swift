import QualKit
import Testing

/// A hit as the code and the text it covers, for readable expectations.
private struct Found: Hashable, CustomStringConvertible {
  var code: Int
  var text: String
  var description: String { "\(code):\(text)" }
}

@Suite struct KeywordMatcherTests {
  /// Matches `keywords` (code, keyword) in `text` with the fast matcher,
  /// checks that the reference matcher agrees and that the two kinds of
  /// offsets describe the same text, and returns the hits as found text.
  private func find(
    _ keywords: [(Int, String)], in text: String, ranges: [Range<Int>]? = nil
  ) throws -> [Found] {
    let rules = try keywords.map {
      KeywordRule(code: $0.0, pattern: try KeywordPattern(parsing: $0.1))
    }
    let searched = ranges ?? [0..<text.utf8.count]
    let hits = KeywordMatcher(rules: rules).hits(in: text, ranges: searched)
    #expect(hits == ReferenceKeywordMatcher(rules: rules).hits(in: text, ranges: searched))
    let bytes = Array(text.utf8)
    let scalars = Array(text.unicodeScalars)
    return hits.map { hit in
      let byUTF8 = String(decoding: bytes[hit.utf8Range], as: UTF8.self)
      let byScalar = String(String.UnicodeScalarView(scalars[hit.scalarRange]))
      #expect(byUTF8 == byScalar)
      return Found(code: hit.code, text: byUTF8)
    }
  }

  private func texts(_ found: [Found]) -> [String] { found.map(\.text) }

  @Test("A stem's hit is the whole word it starts, up to a non-letter")
  func stemHitIsWholeWord() throws {
    let found = try find(
      [(0, "jobkonsulent*")], in: "Jobkonsulentens råd. Jobkonsulent-samtalerne hjalp.")
    #expect(texts(found) == ["Jobkonsulentens", "Jobkonsulent"])
  }

  @Test("A stem matches with zero extra letters but not inside a word")
  func stemWithZeroExtraLetters() throws {
    let found = try find([(0, "mestr*")], in: "mestr mestring MESTRER umestret")
    #expect(texts(found) == ["mestr", "mestring", "MESTRER"])
  }

  @Test("An exclusion drops the hit with exactly its span")
  func exclusionDropsExactSpan() throws {
    let found = try find(
      [(0, "stress*"), (0, "-stressfri")], in: "stress, stressfri og stressfrie dage")
    #expect(texts(found) == ["stress", "stressfrie"])
  }

  @Test("An exclusion belongs to its own code only")
  func exclusionIsPerCode() throws {
    let found = try find(
      [(0, "stress*"), (1, "stress*"), (1, "-stressfri")], in: "helt stressfri")
    #expect(found == [Found(code: 0, text: "stressfri")])
  }

  @Test("A phrase matches across any run of whitespace, line breaks included")
  func phraseAcrossLineBreak() throws {
    let text = "vi skal tage det\nstille  og\troligt, tage\u{A0}det stille og roligt"
    let found = try find([(0, "tage det stille og roligt")], in: text)
    #expect(texts(found) == ["tage det\nstille  og\troligt", "tage\u{A0}det stille og roligt"])
  }

  @Test("A phrase does not match words joined by punctuation")
  func phraseNeedsWhitespace() throws {
    #expect(try find([(0, "tage det")], in: "tage-det tage,det tagedet").isEmpty)
  }

  @Test(
    "Danish letters equal their two-letter spellings in both directions",
    arguments: [
      ("sammenhæng", "sammenhaeng SAMMENHÆNG Sammenhæng SAMMENHAENG"),
      ("sammenhaeng", "sammenhæng SAMMENHÆNG sammenhaeng"),
      ("åbenrå", "Aabenraa AABENRAA Åbenrå aabenraa"),
      ("aabenraa", "Åbenrå ÅBENRÅ Aabenraa"),
      ("øje", "oeje ØJE Øje OEJE"),
    ])
  func danishSpellings(pattern: String, text: String) throws {
    let found = try find([(0, pattern)], in: text)
    #expect(texts(found) == text.split(separator: " ").map(String.init))
  }

  @Test("Matching is case-insensitive by full case folding")
  func fullCaseFolding() throws {
    let found = try find([(0, "strasse"), (1, "ΣΟΦΙΑ")], in: "Straße STRASSE σοφία σοφια ΣΟΦΙΑ")
    #expect(found.map(\.description) == ["0:Straße", "0:STRASSE", "1:σοφια", "1:ΣΟΦΙΑ"])
  }

  @Test("A match must cover whole characters of the original text")
  func noHitsInsideFoldedCharacters() throws {
    #expect(try find([(0, "a"), (0, "e"), (1, "s")], in: "æ ß Æ").isEmpty)
    #expect(try texts(find([(0, "sammenha*")], in: "sammenhæng")) == ["sammenhæng"])
  }

  @Test("The same span is reported for each code it hits")
  func twoCodesSameSpan() throws {
    let found = try find([(1, "stress"), (0, "stress")], in: "meget stress")
    #expect(found == [Found(code: 0, text: "stress"), Found(code: 1, text: "stress")])
  }

  @Test("Identical spans of one code are reported once, naming the first rule")
  func identicalSpansOnce() throws {
    let rules = try ["Stress", "stress*", "STRESS"].map {
      KeywordRule(code: 3, pattern: try KeywordPattern(parsing: $0))
    }
    let hits = KeywordMatcher(rules: rules).hits(in: "stress")
    #expect(hits == [KeywordHit(code: 3, rule: 0, utf8Range: 0..<6, scalarRange: 0..<6)])
  }

  @Test("Every occurrence is a hit, overlapping ones included")
  func overlappingHits() throws {
    let found = try find(
      [(0, "stress"), (1, "meget stress"), (2, "stress stress")], in: "meget stress stress")
    #expect(
      found.map(\.description) == [
        "1:meget stress", "0:stress", "2:stress stress", "0:stress",
      ])
  }

  @Test("Only the searched ranges are searched, and their edges are boundaries")
  func onlySearchedRanges() throws {
    let text = "id: stress\nI: Stress?\nB: xstressx"
    let bytes = Array(text.utf8)
    let turn1 = 14..<20
    let inner = 26..<32
    #expect(String(decoding: bytes[turn1], as: UTF8.self) == "Stress")
    #expect(String(decoding: bytes[inner], as: UTF8.self) == "stress")
    let found = try find([(0, "stress"), (1, "i")], in: text, ranges: [turn1, inner])
    #expect(texts(found) == ["Stress", "stress"])
    let hits = KeywordMatcher(rules: [
      KeywordRule(code: 0, pattern: try KeywordPattern(parsing: "stress"))
    ])
    .hits(in: text, ranges: [inner])
    #expect(hits.map(\.utf8Range) == [inner])
    #expect(hits.map(\.scalarRange) == [inner])
  }

  @Test("Letters and digits next to a match block it; other characters do not")
  func boundariesNextToDigits() throws {
    let found = try find(
      [(0, "stress"), (1, "covid-19")],
      in: "stress2 2stress stress-2 (stress) covid-19 covid-190 «stress»")
    #expect(found.map(\.description) == ["0:stress", "0:stress", "1:covid-19", "0:stress"])
  }

  @Test("Hits carry scalar and UTF-8 offsets into the whole text")
  func offsetsWithMultibyteText() throws {
    let rules = [KeywordRule(code: 0, pattern: try KeywordPattern(parsing: "stress"))]
    let hits = KeywordMatcher(rules: rules).hits(in: "æble “stress”")
    #expect(hits == [KeywordHit(code: 0, rule: 0, utf8Range: 9..<15, scalarRange: 6..<12)])
  }

  @Test("Regular expressions match case-insensitively on the original text")
  func regularExpressions() throws {
    let found = try find(
      [(0, "re:stres+\\w*"), (1, "re:sammenh(æ|ae)ng"), (0, "-re:stressfri")],
      in: "STRESSEN stressfri Sammenhæng")
    #expect(found.map(\.description) == ["0:STRESSEN", "1:Sammenhæng"])
  }

  @Test("Regular expressions run on each searched range separately")
  func regularExpressionsPerRange() throws {
    let text = "abc def"
    let found = try find([(0, "re:c d"), (1, "re:^d\\w+")], in: text, ranges: [0..<3, 4..<7])
    #expect(found.map(\.description) == ["1:def"])
  }

  @Test("Many regular-expression hits among word hits come out sorted")
  func manyRegularExpressionHitsSorted() throws {
    let text = Array(repeating: "ab stress b", count: 150).joined(separator: " ")
    let found = try find([(0, "re:\\bb\\b"), (1, "stress"), (2, "re:a")], in: text)
    #expect(found.count == 450)
    #expect(found.prefix(4).map(\.description) == ["2:a", "1:stress", "0:b", "2:a"])
  }

  @Test("A matcher without rules, or an empty text, finds nothing")
  func emptyInputs() throws {
    #expect(KeywordMatcher(rules: []).hits(in: "stress").isEmpty)
    let rules = [KeywordRule(code: 0, pattern: try KeywordPattern(parsing: "stress"))]
    #expect(KeywordMatcher(rules: rules).hits(in: "").isEmpty)
  }

  @Test("Ranges are clamped, snapped to scalar boundaries and merged where they overlap")
  func rangesAreNormalised() throws {
    let rules = [KeywordRule(code: 0, pattern: try KeywordPattern(parsing: "øl"))]
    let matcher = KeywordMatcher(rules: rules)
    let text = "øl og øl"
    #expect(matcher.hits(in: text, ranges: [-5..<100]).count == 2)
    #expect(matcher.hits(in: text, ranges: [1..<3]).isEmpty)
    #expect(matcher.hits(in: text, ranges: [7..<10, 0..<8, 6..<9]).count == 2)
    #expect(matcher.hits(in: text, ranges: [5..<5, 3..<4]).isEmpty)
  }

  @Test("Hits are sorted by start, then end, then code")
  func sortedHits() throws {
    let found = try find(
      [(2, "b"), (1, "a b*"), (0, "a"), (1, "a")], in: "b a bc")
    #expect(found.map(\.description) == ["2:b", "0:a", "1:a", "1:a bc"])
  }
}
