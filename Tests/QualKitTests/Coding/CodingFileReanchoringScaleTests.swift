import Testing

@testable import QualKit

/// Re-anchoring looks for every stored text of a transcript in one pass
/// (F31: a search per coding made 16,144 codings over 20,000 turns take 81 s).
@Suite struct CodingFileReanchoringScaleTests {
  @Test("The one-pass search finds what a search per text finds", arguments: 0..<40)
  func matchesReference(seed: UInt64) {
    var random = SplitMix64(seed: seed)
    // A small alphabet, so that texts repeat and share long prefixes.
    let alphabet: [Unicode.Scalar] = ["a", "b", " ", "æ", "\n", "😀"]
    let haystack = (0..<Int(random.next() % 3000)).map { _ in
      alphabet[Int(random.next() % UInt64(alphabet.count))]
    }
    var needles: [[Unicode.Scalar]] = []
    for _ in 0..<60 {
      let length = 1 + Int(random.next() % 90)
      if !haystack.isEmpty && random.next() % 4 != 0 {
        let start = Int(random.next() % UInt64(haystack.count))
        needles.append(Array(haystack[start..<min(haystack.count, start + length)]))
      } else {
        needles.append((0..<length).map { _ in alphabet[Int(random.next() % 3)] })
      }
    }
    needles.append([])
    let limit = 1 + Int(random.next() % 4)
    let found = CodingFile.occurrences(of: needles, in: haystack, limit: limit)
    for (needle, places) in zip(needles, found) {
      #expect(places == CodingFile.occurrences(of: needle, in: haystack, limit: limit))
    }
  }

  @Test("Codings whose texts share a long beginning each find their own place")
  func sharedBeginnings() throws {
    let opening = "Jeg har haft det svært og snakket med min læge om at komme videre, "
    let turns = (0..<300).map { "B: \(opening)dag \($0)." }
    let text = turns.joined(separator: "\n\n") + "\n"
    var diagnostics: [Diagnostic] = []
    let before = try Transcript(
      parsing: Array(text.utf8), format: .text, fallbackID: "R", diagnostics: &diagnostics)
    let after = try Transcript(
      parsing: Array(("I: En ny linje.\n\n" + text).utf8), format: .text, fallbackID: "R",
      diagnostics: &diagnostics)
    let codings = before.turns.map { turn in
      Coding(
        transcript: "R", code: "c", coder: "a", span: Span(turn.textRange, in: before),
        text: before.text(in: turn.textRange), transcriptHash: before.contentHash)
    }
    let file = CodingFile(codings: codings)
    let (moved, entries) = file.reanchored(to: ["R": after])
    #expect(entries.count == 300)
    #expect(entries.allSatisfy { !$0.isLeft })
    for (old, new) in zip(codings, moved.codings) {
      #expect(new.text == old.text)
      #expect(new.span.firstLine == old.span.firstLine + 2)
    }
  }
}
