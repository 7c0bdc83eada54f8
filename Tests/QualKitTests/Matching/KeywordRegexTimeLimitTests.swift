import Testing

@testable import QualKit

/// A regular-expression keyword that backtracks without end must not stall
/// auto-coding: `re:(a+)+b` on 100 letters took 46 s, on 200 letters 109 s.
@Suite struct KeywordRegexTimeLimitTests {
  @Test("A catastrophic regular expression is stopped and reported; other keywords still hit")
  func catastrophicRegexIsStopped() throws {
    let rules = [
      KeywordRule(code: 0, pattern: try KeywordPattern(parsing: "re:(a+)+b")),
      KeywordRule(code: 1, pattern: try KeywordPattern(parsing: "hej")),
    ]
    let matcher = KeywordMatcher(rules: rules, regexTimeLimit: .milliseconds(50))
    let text = "hej " + "A" + String(repeating: "a", count: 200) + " hej"
    var stalls: [KeywordStall] = []
    let hits = matcher.hits(in: text, ranges: [0..<text.utf8.count], stalls: &stalls)
    #expect(stalls == [KeywordStall(rule: 0, utf8Offset: 0)])
    #expect(hits.map(\.code) == [1, 1])
  }

  @Test("An ordinary regular expression is not stopped, and finds every match")
  func ordinaryRegexRuns() throws {
    let rules = [KeywordRule(code: 0, pattern: try KeywordPattern(parsing: "re:a+b"))]
    let matcher = KeywordMatcher(rules: rules)
    let text = String(repeating: "xxab ", count: 20_000)
    var stalls: [KeywordStall] = []
    let hits = matcher.hits(in: text, ranges: [0..<text.utf8.count], stalls: &stalls)
    #expect(stalls.isEmpty)
    #expect(hits.count == 20_000)
  }

  @Test("Auto-coding warns about the stopped keyword by name, at its turn's line")
  func autoCoderWarns() throws {
    let codebook = Codebook(
      name: "T",
      codes: [
        Code(id: "stall", label: "Stall", keywords: ["re:(a+)+b"]),
        Code(id: "greeting", label: "Greeting", keywords: ["hej"]),
      ])
    let coder = try AutoCoder(codebook: codebook)
    var diagnostics: [Diagnostic] = []
    let text = "I: hej\nB: A" + String(repeating: "a", count: 150) + "\nI: hej\n"
    let transcript = try Transcript(
      parsing: Array(text.utf8), format: .text, fallbackID: "T", diagnostics: &diagnostics)
    let codings = coder.codings(
      for: transcript, turns: transcript.turns.indices, coder: "auto", scope: .hit, roles: nil,
      transcriptHash: transcript.contentHash, diagnostics: &diagnostics)
    #expect(codings.map(\.code) == ["greeting", "greeting"])
    let warning = try #require(diagnostics.first)
    #expect(warning.severity == .warning)
    #expect(warning.position?.line == 2)
    #expect(
      warning.message.hasPrefix("keyword 're:(a+)+b' of code 'stall' took longer than 0.25 s"))
  }
}
