import Testing

@testable import QualKit

/// One regular-expression keyword that backtracks without end costs a few
/// stalls per run, not one per turn (F27: 0.25 s × 189 turns of the sample).
@Suite struct KeywordRegexBudgetTests {
  /// `count` turns that make `(a+)+b` backtrack, each with a word that hits.
  func turns(_ count: Int) -> (text: String, ranges: [Range<Int>]) {
    var text = ""
    var ranges: [Range<Int>] = []
    for _ in 0..<count {
      let start = text.utf8.count
      text += "hej A" + String(repeating: "a", count: 60) + "!"
      ranges.append(start..<text.utf8.count)
      text += "\n"
    }
    return (text, ranges)
  }

  @Test(
    "After three stalls the keyword is left out of the rest of the run; other keywords still hit")
  func droppedAfterThreeStalls() throws {
    let rules = [
      KeywordRule(code: 0, pattern: try KeywordPattern(parsing: "re:(a+)+b")),
      KeywordRule(code: 1, pattern: try KeywordPattern(parsing: "hej")),
    ]
    let matcher = KeywordMatcher(rules: rules, regexTimeLimit: .milliseconds(20))
    let (text, ranges) = turns(40)
    var stalls: [KeywordStall] = []
    let hits = matcher.hits(in: text, ranges: ranges, stalls: &stalls)
    #expect(stalls.count == 3)
    #expect(hits.filter { $0.code == 1 }.count == 40)
    #expect(stalls.map(\.dropsRule) == [false, false, true])
    #expect(matcher.regexBudget.droppedRules == [0])
    // The rest of the run (another transcript) does not try it again.
    var later: [KeywordStall] = []
    let again = matcher.hits(in: text, ranges: ranges, stalls: &later)
    #expect(later.isEmpty)
    #expect(again.count == 40)
  }

  @Test("Slow searches that never reach the limit still use up the keyword's budget")
  func slowSearchesAddUp() {
    let budget = KeywordRegexBudget(maximumStalls: 3, maximumSlowTime: .seconds(2))
    var dropping: [Int] = []
    for call in 1...50
    where budget.record(rule: 7, elapsed: .milliseconds(200), stalled: false) {
      dropping.append(call)
    }
    #expect(dropping == [10])
    #expect(budget.isDropped(7))
    #expect(!budget.isDropped(8))
    // Fast searches cost nothing.
    for _ in 0..<10_000 {
      #expect(!budget.record(rule: 8, elapsed: .milliseconds(1), stalled: false))
    }
    #expect(!budget.isDropped(8))
  }

  @Test("Auto-coding gives one warning that the keyword is left out, after its first stalls")
  func autoCoderWarnsOnce() throws {
    let codebook = Codebook(
      name: "T",
      codes: [
        Code(id: "stall", label: "Stall", keywords: ["re:(a+)+b"]),
        Code(id: "greeting", label: "Greeting", keywords: ["hej"]),
      ])
    let coder = try AutoCoder(codebook: codebook)
    var diagnostics: [Diagnostic] = []
    let text = (0..<30).map { _ in "I: hej\nB: A" + String(repeating: "a", count: 60) + "!\n" }
      .joined()
    let transcript = try Transcript(
      parsing: Array(text.utf8), format: .text, fallbackID: "T", diagnostics: &diagnostics)
    let codings = coder.codings(
      for: transcript, turns: transcript.turns.indices, coder: "auto", scope: .hit, roles: nil,
      transcriptHash: transcript.contentHash, diagnostics: &diagnostics)
    #expect(codings.count == 30)
    #expect(diagnostics.count == 3)
    #expect(
      diagnostics.last?.message
        == "keyword 're:(a+)+b' of code 'stall' took too long to match 3 times (or 2 s in all), here last; it is left out for the rest of this run: fix or remove it"
    )
  }

  @Test("A search gives one warning that the pattern is left out")
  func searchWarnsOnce() throws {
    let search = try KeywordSearch(patterns: ["re:(a+)+b"])
    let text = (0..<30).map { _ in "I: hej\nB: A" + String(repeating: "a", count: 60) + "!\n" }
      .joined()
    var diagnostics: [Diagnostic] = []
    let transcript = try Transcript(
      parsing: Array(text.utf8), format: .text, fallbackID: "T", diagnostics: &diagnostics)
    _ = search.hits(in: transcript, diagnostics: &diagnostics)
    #expect(diagnostics.count == 3)
    #expect(diagnostics.last?.message.hasSuffix("left out for the rest of this search") == true)
  }
}
