import Testing

@testable import QualKit

/// The obvious twin of ``TextSubstitution``: at each offset, every rule is
/// tried, the longest that matches (as a whole word if asked) wins.
private func referenceSubstitute(_ text: String, _ rules: [(String, String)], wholeWords: Bool)
  -> String
{
  let scalars = Array(text.unicodeScalars)
  func isWord(_ scalar: Unicode.Scalar) -> Bool { TextSubstitution.isWordCharacter(scalar) }
  var result = String.UnicodeScalarView()
  var offset = 0
  while offset < scalars.count {
    var best: (length: Int, replacement: String)?
    for (target, replacement) in rules {
      let pattern = Array(target.unicodeScalars)
      let end = offset + pattern.count
      guard end <= scalars.count, Array(scalars[offset..<end]) == pattern else { continue }
      if wholeWords {
        if isWord(pattern[0]) && offset > 0 && isWord(scalars[offset - 1]) { continue }
        if isWord(pattern[pattern.count - 1]) && end < scalars.count && isWord(scalars[end]) {
          continue
        }
      }
      if best == nil || pattern.count > best?.length ?? 0 { best = (pattern.count, replacement) }
    }
    if let best {
      result.append(contentsOf: best.replacement.unicodeScalars)
      offset += best.length
    } else {
      result.append(scalars[offset])
      offset += 1
    }
  }
  return String(result)
}

@Suite struct TextSubstitutionTests {
  @Test(
    "Names are replaced whole, longest first, never twice",
    arguments: [
      ("Anna Jensen sagde til Anna: ja", "P1 sagde til P1: ja"),
      ("Bodil og Bo og Bo's", "Bodil og P2 og P2's"),
      ("Anna Jensens mor", "P1 Jensens mor"),
      ("AnnaBo", "AnnaBo"),
      ("(Anna)", "(P1)"),
    ])
  func examples(input: String, expected: String) throws {
    let key = try TextSubstitution([
      .init("Anna Jensen", "P1"), .init("Anna", "P1"), .init("Bo", "P2"),
    ])
    #expect(key.applied(to: input) == expected)
  }

  @Test("Without whole words a target matches inside words; a replacement is not matched again")
  func insideWords() throws {
    let key = try TextSubstitution([.init("Bo", "Bo Bo")], isWholeWords: false)
    #expect(key.applied(to: "Bodil, Bo") == "Bo Bodil, Bo Bo")
  }

  @Test("Decomposed text and targets are matched as composed")
  func normalisation() throws {
    let key = try TextSubstitution([.init("So\u{308}ren", "P3")])
    #expect(key.rules[0].target == "Sören")
    #expect(key.applied(to: "hej So\u{308}ren!") == "hej P3!")
    #expect(key.edit(of: "hej Sören!").replacements == [.init(4..<9, with: "P3")])
  }

  @Test("An empty or repeated target is refused, naming the rule")
  func problems() {
    #expect(throws: TextSubstitution.Problem(rule: 1, description: "rule 2 has an empty target")) {
      try TextSubstitution([.init("a", "b"), .init("", "c")])
    }
    #expect(
      throws: TextSubstitution.Problem(
        rule: 2, description: "rule 3 repeats the target of rule 1, 'Sören'")
    ) {
      try TextSubstitution([.init("Sören", "P"), .init("Bo", "Q"), .init("So\u{308}ren", "R")])
    }
  }

  @Test("Matches the reference on random texts and keys; the edit gives the same text")
  func agreesWithReference() throws {
    var random = ScalarGenerator(seed: 31)
    let alphabet: [Unicode.Scalar] = ["a", "b", "A", " ", "ø", "1", "'", "😀"]
    func word(_ length: Int) -> String {
      String(
        String.UnicodeScalarView((0..<length).map { _ in alphabet[random.next(alphabet.count)] }))
    }
    for round in 0..<1_000 {
      var targets: [String] = []
      for _ in 0..<(1 + random.next(4)) {
        let target = word(1 + random.next(3))
        if !targets.contains(target) { targets.append(target) }
      }
      let rules = targets.map { ($0, word(random.next(3))) }
      let wholeWords = round % 2 == 0
      let key = try TextSubstitution(rules.map { .init($0.0, $0.1) }, isWholeWords: wholeWords)
      let text = word(random.next(40))
      let expected = referenceSubstitute(text, rules, wholeWords: wholeWords)
      #expect(key.applied(to: text) == expected)
      #expect(try key.edit(of: text).applied(to: text).text == expected)
    }
  }

  @Test("A coding's stored quote and memo change with the key; nothing else does")
  func codings() throws {
    let key = try TextSubstitution([.init("Anna Jensen", "P1"), .init("Anna", "P1")])
    let coding = Coding(
      transcript: "B01", code: "mastery", coder: "anna",
      span: Span(firstLine: 3, lastLine: 3, start: 10, end: 30), memo: "Anna taler om sin mor",
      text: "Anna Jensen sagde ja", transcriptHash: "xxh64:0123456789abcdef")
    let changed = coding.substituting(key)
    #expect(changed.text == "P1 sagde ja")
    #expect(changed.memo == "P1 taler om sin mor")
    #expect(changed.coder == "anna")
    #expect(changed.span == coding.span)
    #expect(changed.transcriptHash == coding.transcriptHash)
    var untouched = coding
    untouched.text = "intet navn"
    untouched.memo = nil
    let (file, count) = CodingFile(codings: [coding, untouched]).substituting(key)
    #expect(count == 1)
    #expect(file.codings == [changed, untouched])
  }
}
