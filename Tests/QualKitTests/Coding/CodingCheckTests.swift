import Testing

@testable import QualKit

@Suite struct CodingCheckTests {
  @Test("Each transcript is hashed once however many codings refer to it")
  func hashesOncePerTranscript() throws {
    var diagnostics: [Diagnostic] = []
    let text = "I: Hvordan går det?\nB: Det går godt.\n"
    let transcript = try Transcript(
      parsing: Array(text.utf8), format: .text, fallbackID: "T1", diagnostics: &diagnostics)
    let other = try Transcript(
      parsing: Array(text.utf8), format: .text, fallbackID: "T2", diagnostics: &diagnostics)
    let codings = (0..<500).map { index in
      Coding(
        transcript: index % 2 == 0 ? "T1" : "T2", code: "x", coder: "anna",
        span: Span(firstLine: 2, lastLine: 2, start: 23, end: 26), text: "Det",
        transcriptHash: index % 3 == 0 ? "xxh64:old" : transcript.contentHash)
    }
    var hashed: [String] = []
    let warnings = CodingCheck.warnings(
      for: codings, lines: [], codebook: nil, transcripts: ["T1": transcript, "T2": other]
    ) { transcript in
      hashed.append(transcript.id)
      return transcript.contentHash
    }
    #expect(hashed.sorted() == ["T1", "T2"])
    #expect(warnings.isEmpty)
  }
}
