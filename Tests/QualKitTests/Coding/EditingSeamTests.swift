import Testing

@testable import QualKit

/// The seam used end to end, as pseudonymisation will: a key of names, the
/// transcript file rewritten, the coding file realigned and its quotes and
/// memos changed.
@Suite struct EditingSeamTests {
  static let file = """
    ---
    id: B07
    speakers: I=interviewer, B=citizen
    ---
    I: Hvordan var mødet med Anna Jensen fra jobcentret?
    B: Anna Jensen var god. Hun sagde, at Bo og jeg skulle
       lave en plan sammen med Anna.
    I: Og Bodil?
    B: Bodil kom ikke.

    """

  @Test(
    "Names leave the transcript file, the codings' quotes and memos; the codings keep their words")
  func pseudonymise() throws {
    var diagnostics: [Diagnostic] = []
    let bytes = Array(Self.file.utf8)
    let transcript = try Transcript(
      parsing: bytes, format: .text, fallbackID: "B07", diagnostics: &diagnostics)
    let key = try TextSubstitution([
      .init("Anna Jensen", "[JK]"), .init("Anna", "[JK]"), .init("Bo", "[P2]"),
      .init("Bodil", "[P3]"),
    ])
    func coding(_ quote: String, _ occurrence: Int = 0, memo: String? = nil) -> Coding {
      Coding(
        transcript: "B07", code: "collaboration", coder: "lk",
        span: Span(
          scalarRange(of: quote, in: transcript.text, occurrence: occurrence), in: transcript),
        memo: memo, text: quote, transcriptHash: transcript.contentHash)
    }
    let codings = CodingFile(codings: [
      coding("Anna Jensen var god.", memo: "Anna roses"),
      coding("at Bo og jeg skulle\n   lave en plan sammen med Anna."),
      coding("Bodil kom ikke."),
      coding("Jensen fra jobcentret", memo: "Jensen = Anna"),
    ])

    let rewrite = try transcript.applying(key.edit(of: transcript.text), toFile: bytes)
    let (realigned, unmoved) = codings.realigned(
      to: ["B07": .init(from: transcript, to: rewrite.transcript, map: rewrite.map)])
    let (result, changed) = realigned.substituting(key)

    let newFile = String(decoding: rewrite.file, as: UTF8.self)
    #expect(!newFile.contains("Anna") && !newFile.contains("Bo ") && !newFile.contains("Bodil"))
    #expect(newFile.contains("I: Hvordan var mødet med [JK] fra jobcentret?"))
    #expect(
      result.codings.map(\.text) == [
        "[JK] var god.", "at [P2] og jeg skulle\n   lave en plan sammen med [JK].",
        "[P3] kom ikke.",
        "Jensen fra jobcentret",
      ])
    #expect(result.codings.map(\.memo) == ["[JK] roses", nil, nil, "Jensen = [JK]"])
    #expect(changed == 2)
    // The one coding that held part of a name is listed and left as it was:
    // its quote keeps "Jensen", which this key does not name.
    #expect(unmoved.map(\.coding.text) == ["Jensen fra jobcentret"])
    #expect(
      unmoved.map(\.reason) == [
        .partlyReplaced(scalarRange(of: "Anna Jensen", in: transcript.text))
      ])
    for coding in result.codings.prefix(3) {
      #expect(rewrite.transcript.text(in: coding.span.range) == coding.text)
      #expect(coding.transcriptHash == rewrite.transcript.contentHash)
    }
    #expect(result.codings.map(\.span.firstLine) == [6, 6, 9, 5])
  }
}
