import QualKit
import Testing

@Suite struct KeywordPatternTests {
  @Test(
    "Keywords parse into kind, exclusion flag and normalised body",
    arguments: [
      ("stress", KeywordPattern.Kind.word, false, "stress"),
      ("  Stress  ", .word, false, "Stress"),
      ("tage det stille og roligt", .phrase, false, "tage det stille og roligt"),
      ("tage  det\n\tstille", .phrase, false, "tage det stille"),
      ("mestr*", .stem, false, "mestr"),
      ("tage det*", .stem, false, "tage det"),
      ("-stressfri", .word, true, "stressfri"),
      ("-stress*", .stem, true, "stress"),
      ("- tage det", .phrase, true, "tage det"),
      ("re:stre\\w+", .regex, false, "stre\\w+"),
      ("-re:^a", .regex, true, "^a"),
      ("e-mail", .word, false, "e-mail"),
      ("covid-19", .word, false, "covid-19"),
    ])
  func parsesKeywords(source: String, kind: KeywordPattern.Kind, isExclusion: Bool, body: String)
    throws
  {
    let pattern = try KeywordPattern(parsing: source)
    #expect(pattern.source == source)
    #expect(pattern.kind == kind)
    #expect(pattern.isExclusion == isExclusion)
    #expect(pattern.body == body)
  }

  @Test(
    "Bad keywords are rejected with a precise message",
    arguments: [
      ("", "keyword is empty"),
      (" \t ", "keyword is empty"),
      ("-", "keyword '-' has nothing to exclude after '-'"),
      ("- ", "keyword '- ' has nothing to exclude after '-'"),
      ("*", "keyword '*' has no letters before the wildcard"),
      ("**", "keyword '**' has no letters before the wildcard"),
      ("-*", "keyword '-*' has no letters before the wildcard"),
      ("!*", "keyword '!*' has no letters before the wildcard"),
      ("me*tr", "keyword 'me*tr' has a '*' that is not at its end"),
      ("me*tr*", "keyword 'me*tr*' has a '*' that is not at its end"),
      ("re:", "keyword 're:' has no regular expression after 're:'"),
      ("re:(", "invalid regular expression 're:(': expected ')'"),
      ("-re:[a-", "invalid regular expression '-re:[a-': expected ']'"),
    ])
  func rejectsBadKeywords(source: String, message: String) {
    let error = #expect(throws: KeywordPatternError.self) {
      try KeywordPattern(parsing: source)
    }
    #expect(error?.message == message)
    #expect(error?.keyword == source)
    #expect(error?.position == nil)
  }

  @Test("An invalid regular expression reports its kind and reason")
  func invalidRegularExpressionKind() {
    let error = #expect(throws: KeywordPatternError.self) {
      try KeywordPattern(parsing: "re:a{2,1}")
    }
    guard case .invalidRegularExpression(let reason) = error?.kind else {
      Issue.record("expected an invalid regular expression, got \(String(describing: error))")
      return
    }
    #expect(reason.contains("'2'"))
    #expect(error?.description.hasPrefix("error: invalid regular expression 're:a{2,1}': ") == true)
  }
}
