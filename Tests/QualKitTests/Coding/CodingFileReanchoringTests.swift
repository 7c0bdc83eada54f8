import Foundation
import QualKit
import Testing

@Suite struct CodingFileReanchoringTests {
  func transcript(_ text: String) throws -> Transcript {
    var diagnostics: [Diagnostic] = []
    return try Transcript(
      parsing: Array(text.utf8), format: .text, fallbackID: "T1", diagnostics: &diagnostics)
  }

  /// A coding of `quote` in `transcript`, as tag makes it.
  func coding(_ quote: String, in transcript: Transcript) throws -> Coding {
    let text = transcript.text
    let range = try #require(text.range(of: quote))
    let start = text.unicodeScalars.distance(
      from: text.unicodeScalars.startIndex, to: range.lowerBound)
    let span = Span(start..<start + quote.unicodeScalars.count, in: transcript)
    return Coding(
      transcript: "T1", code: "a", coder: "c", span: span, text: quote,
      transcriptHash: transcript.contentHash)
  }

  @Test("A coding moves with its text when a line is inserted above it")
  func movesWithInsertedLine() throws {
    let before = try transcript("I: Hvordan går det?\nB: Det går godt, tak.\n")
    let after = try transcript("I: Hej.\nB: Hej.\nI: Hvordan går det?\nB: Det går godt, tak.\n")
    let file = CodingFile(codings: [try coding("Det går godt", in: before)])
    let (moved, entries) = file.reanchored(to: ["T1": after])
    let result = try #require(moved.codings.first)
    #expect(result.span.firstLine == 4)
    #expect(after.text(in: result.span.range) == "Det går godt")
    #expect(result.transcriptHash == after.contentHash)
    #expect(entries.map(\.isLeft) == [false])
  }

  @Test("A coding whose text is gone or stands twice is left as it is")
  func leftWhenGoneOrAmbiguous() throws {
    let before = try transcript("I: Og så?\nB: Det var godt.\n")
    let gone = try transcript("I: Og så?\nB: Det var skidt.\n")
    let twice = try transcript("I: Det var godt.\nB: Det var godt.\n")
    let file = CodingFile(codings: [try coding("Det var godt", in: before)])
    for (changed, expected) in [
      (gone, CodingFile.Reanchoring.Outcome.notFound),
      (
        twice,
        .ambiguous([
          Span(firstLine: 1, lastLine: 1, start: 3, end: 15),
          Span(firstLine: 2, lastLine: 2, start: 20, end: 32),
        ])
      ),
    ] {
      let (result, entries) = file.reanchored(to: ["T1": changed])
      #expect(result == file)
      #expect(entries.map(\.outcome) == [expected])
    }
  }

  @Test("Codings of unchanged transcripts are not looked at")
  func unchangedTranscriptIsSkipped() throws {
    let text = try transcript("I: Og så?\nB: Det var godt.\n")
    let file = CodingFile(codings: [try coding("Det var godt", in: text)])
    #expect(file.reanchored(to: ["T1": text]).entries.isEmpty)
  }
}
