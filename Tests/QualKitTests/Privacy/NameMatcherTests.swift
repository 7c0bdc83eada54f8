import Testing

@testable import QualKit

/// The obvious twin of ``NameMatcher``: every rule tried at every offset
/// on lowercased strings, the longest match taken.
private func referenceMatches(_ text: String, _ originals: [String]) -> [String] {
  let scalars = Array(text.unicodeScalars)
  let folded = scalars.map(NameMatcher.fold)
  var found: [String] = []
  var offset = 0
  while offset < scalars.count {
    var best: (end: Int, wordEnd: Int)?
    for original in originals {
      let pattern = Array(original.unicodeScalars).map(NameMatcher.fold)
      let end = offset + pattern.count
      guard end <= scalars.count, Array(folded[offset..<end]) == pattern,
        offset == 0 || !NameMatcher.isWord(scalars[offset - 1])
      else { continue }
      var wordEnd: Int?
      for suffix in ["", "ernes", "erne", "s"] {
        let candidate = end + suffix.unicodeScalars.count
        guard candidate <= scalars.count,
          Array(folded[end..<candidate]) == Array(suffix.unicodeScalars),
          candidate == scalars.count || !NameMatcher.isWord(scalars[candidate])
        else { continue }
        wordEnd = candidate
        break
      }
      guard let wordEnd else { continue }
      if best.map({ end > $0.end }) ?? true { best = (end, wordEnd) }
    }
    if let best {
      found.append(String(String.UnicodeScalarView(scalars[offset..<best.end])))
      offset = best.wordEnd
    } else {
      offset += 1
    }
  }
  return found
}

@Suite struct NameMatcherTests {
  static func found(_ text: String, _ rules: [NameMatcher.Rule]) -> [String] {
    let matcher = NameMatcher(rules)
    let scalars = Array(text.unicodeScalars)
    return matcher.matches(in: scalars).map { Pseudonymizer.text(scalars, $0.range) }
  }

  @Test(
    "Names match as whole words in any case, with the Danish genitive and plural",
    arguments: [
      ("Mette sagde ja", ["Mette"]),
      ("det sagde METTE og mette", ["METTE", "mette"]),
      ("Mettes kontor", ["Mette"]),
      ("Mette's kontor og Mette’s bil", ["Mette", "Mette"]),
      ("Mettebakken og Bomette", []),
      ("Jensenerne og Jensenernes hus", ["Jensen", "Jensen"]),
      ("Jensene", []),
    ])
  func wordsAndInflections(text: String, expected: [String]) {
    let rules = [NameMatcher.Rule("Mette"), NameMatcher.Rule("Jensen")]
    #expect(Self.found(text, rules) == expected)
  }

  @Test("The longest original wins where two start at one place (Anne Marie before Anne)")
  func longestWins() {
    let rules = [NameMatcher.Rule("Anne"), NameMatcher.Rule("Anne Marie")]
    #expect(Self.found("Anne Marie og Anne", rules) == ["Anne Marie", "Anne"])
    #expect(Self.found("Anne  Marie", rules) == ["Anne  Marie"])
    #expect(Self.found("Anne\nMarie", rules) == ["Anne"])
  }

  @Test("A capitalised-only original (Rask, Bo) needs its capital and takes only the genitive")
  func capitalisedOnly() {
    let rules = [
      NameMatcher.Rule("Rask", casing: .capitalized), NameMatcher.Rule("Bo", casing: .capitalized),
    ]
    #expect(Self.found("Peter Rask er rask igen", rules) == ["Rask"])
    #expect(Self.found("Rasks bil, Bo og Bodil, at bo", rules) == ["Rask", "Bo"])
    #expect(Self.found("Raskerne", rules) == [])
  }

  @Test("An identifier takes no inflection and needs no letter at its ends")
  func identifiers() {
    let rules = [NameMatcher.Rule("23456789", takesInflections: false)]
    #expect(Self.found("ring 23456789.", rules) == ["23456789"])
    #expect(Self.found("ring 23456789s", rules) == [])
  }

  @Test("Replacing keeps the inflection after the pseudonym")
  func replacing() {
    let matcher = NameMatcher([NameMatcher.Rule("Mette")])
    #expect(
      matcher.replacing(in: "Mettes og Mette", with: { _ in "[PERSON 1]" })
        == "[PERSON 1]s og [PERSON 1]")
  }

  @Test("Random texts: the matcher finds what the obvious twin finds", arguments: [1, 2, 3])
  func reference(seed: UInt64) {
    var random = SplitMix64(seed: seed)
    let words = ["Anne", "anne", "Marie", "Mette", "mettes", "Jensen", "erne", "s", "x", "Bo"]
    let separators = [" ", ", ", "\n", "-", "", "'"]
    let originals = ["Anne", "Anne Marie", "Mette", "Jensen", "Bo"]
    let rules = originals.map { NameMatcher.Rule($0) }
    for _ in 0..<300 {
      var text = ""
      for _ in 0..<Int(random.next() % 12) {
        text += words[Int(random.next() % UInt64(words.count))]
        text += separators[Int(random.next() % UInt64(separators.count))]
      }
      #expect(
        Self.found(text, rules) == referenceMatches(text, originals), "\(text.debugDescription)")
    }
  }
}
