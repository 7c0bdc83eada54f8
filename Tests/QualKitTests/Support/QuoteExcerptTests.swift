import Testing

@testable import QualKit

@Suite struct QuoteExcerptTests {
  @Test("A short passage is quoted whole, on one line")
  func short() {
    #expect(Quote.excerpt("Ja.\n  Det var\tgodt.", limit: 40) == "Ja. Det var godt.")
  }

  @Test("A long passage keeps whole sentences while they fit, then […]")
  func sentences() {
    let text = "Ja. Det var godt! Var det? Meget godt… Slut."
    #expect(Quote.excerpt(text, limit: 18) == "Ja. Det var godt! […]")
    #expect(Quote.excerpt(text, limit: 27) == "Ja. Det var godt! Var det? […]")
  }

  @Test("A first sentence longer than the limit is cut at a space, without a trailing comma")
  func longSentence() {
    let text = "Jeg havde det svært, rigtig svært, og jeg vidste ikke hvad jeg skulle gøre."
    #expect(Quote.excerpt(text, limit: 21) == "Jeg havde det svært […]")
    #expect(Quote.excerpt(String(repeating: "x", count: 30), limit: 10) == "xxxxxxxxxx […]")
  }

  @Test("Emoji and right-to-left text count as characters, not bytes")
  func characters() {
    #expect(Quote.excerpt("שלום 👍🏽. עולם.", limit: 8) == "שלום 👍🏽. […]")
  }
}
