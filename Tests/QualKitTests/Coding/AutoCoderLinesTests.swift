import Testing

@testable import QualKit

@Suite struct AutoCoderLinesTests {
  /// Texts with multi-byte letters, quotes, tabs and line breaks inside hits.
  static let texts = [
    "I: Mestrer du \"stress\"?\nB: Jeg\tmestrer det. Overskud!\nStress-fri? Nej, stressfri.\n",
    "---\nid: Ø1\n---\nB: Trepartssamtalen\nhjalp. Jobkonsulenten var god, tage det\nstille og roligt.\n",
    "B: æøå Mestring — “citat” med overskud\u{2028}og mere.\n",
    // Escapes at every position of long hits, and a hit at the very end.
    "B: tage det\tstille og roligt, tage\u{2028}det stille og roligt, tage det stille\u{7F}og"
      + " roligt\nB: tage det stille og      \troligt.\nB: tage det stille og\n  roligt",
  ]

  @Test("The direct hit-line writer gives exactly the coding-file lines", arguments: texts)
  func sameBytes(text: String) throws {
    let codebook = Codebook(
      name: "T",
      codes: [
        Code(
          id: "mastery", label: "M", keywords: ["mestr*", "overskud", "tage det stille og roligt"]),
        Code(id: "stress\"q", label: "S", keywords: ["stress*", "-stressfri"]),
        Code(
          id: "meeting", label: "Møde", keywords: ["trepartssamtale*", "jobkonsulent*", "re:o[gm]"]),
      ])
    var diagnostics: [Diagnostic] = []
    let transcript = try Transcript(
      parsing: Array(text.utf8), format: .text, fallbackID: "T\"1", diagnostics: &diagnostics)
    let coder = try AutoCoder(codebook: codebook)
    for roles in [nil, Set(["participant"])] as [Set<String>?] {
      var expected: [UInt8] = []
      let codings = coder.codings(for: transcript, coder: "a\\b", scope: .hit, roles: roles)
      for coding in codings {
        CodingFile.appendLine(for: coding, to: &expected)
        expected.append(0x0A)
      }
      var actual: [UInt8] = []
      let count = coder.appendHitLines(for: transcript, coder: "a\\b", roles: roles, to: &actual)
      #expect(count == codings.count)
      #expect(String(decoding: actual, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
      #expect(!codings.isEmpty)
    }
  }

  @Test(
    "Digit counts are those of the written numbers",
    arguments: [0, 1, 9, 10, 11, 99, 100, 999, 1000, 65_535, 999_999, 1_000_000, Int.max]
      + (0..<19).map { power in (0..<power).reduce(1) { value, _ in value * 10 } }
      + (1..<19).map { power in (0..<power).reduce(1) { value, _ in value * 10 } - 1 })
  func digitCounts(value: Int) {
    #expect(AutoCoder.digitCount(value) == String(value).count)
  }
}
