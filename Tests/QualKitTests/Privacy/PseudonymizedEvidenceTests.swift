import Testing

@testable import QualKit

/// A learned model's proposal quotes the passage's words in its reasons;
/// pseudonymising a coding file replaces the names there too.
@Suite struct PseudonymizedEvidenceTests {
  @Test("The words of a model proposal's reasons are pseudonymised, the terms kept")
  func reasons() throws {
    let key = PseudonymKey(entries: [
      .init(pseudonym: "[PERSON 2]", category: .person, original: "Kirsten")
    ])
    let pseudonymizer = Pseudonymizer(key: key, detectors: [])
    let coding = Coding(
      transcript: "B04", code: "workplace-contact", coder: "model",
      span: Span(firstLine: 3, lastLine: 3, start: 10, end: 40), origin: .model("m.json"),
      status: .proposed,
      evidence: ModelEvidence(
        probability: 0.8,
        reasons: [
          .init(term: "kirst", words: "Kirsten", weight: 0.4),
          .init(term: "led", words: "min leder", weight: 0.3),
        ]))
    let result = CodingFilePseudonymization(
      path: "Codings/model.jsonl", file: CodingFile(codings: [coding]), changes: [:],
      pseudonymizer: pseudonymizer, keepingQuotesOf: [])
    let bytes = try #require(result.bytes)
    var diagnostics: [Diagnostic] = []
    let after = CodingFile(parsing: bytes, diagnostics: &diagnostics)
    let reasons = try #require(after.codings.first?.evidence?.reasons)
    #expect(reasons.map(\.words) == ["[PERSON 2]", "min leder"])
    #expect(reasons.map(\.term) == ["kirst", "led"])
    #expect(!String(decoding: bytes, as: UTF8.self).contains("Kirsten"))
    #expect(result.occurrences.count == 1)
  }
}
