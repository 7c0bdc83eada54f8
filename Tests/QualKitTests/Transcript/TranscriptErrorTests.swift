import Foundation
import Testing

@testable import QualKit

@Suite struct TranscriptErrorTests {
  @Test(
    "Each unreadable fixture fails with its kind",
    arguments: [
      ("empty.txt", TranscriptError.Kind.empty), ("binary.txt", .binary), ("blank.txt", .noText),
      ("unclosed.txt", .unclosedFrontMatter), ("noheader.vtt", .missingHeader),
      ("badtiming.srt", .malformedTiming), ("not-a-zip.docx", .unreadableDocument),
      ("bomb.docx", .unreadableDocument), ("truncated.docx", .unreadableDocument),
    ])
  func kinds(name: String, kind: TranscriptError.Kind) throws {
    let url = URL(fileURLWithPath: name)
    let bytes = try fixture("Transcript/\(name)")
    var diagnostics: [Diagnostic] = []
    let error = #expect(throws: TranscriptError.self) {
      try Transcript(
        parsing: bytes, format: TranscriptFormat(pathExtension: url.pathExtension) ?? .text,
        fallbackID: "T", diagnostics: &diagnostics)
    }
    #expect(error?.kind == kind)
  }

  @Test("Malformed document XML is told apart from bad UTF-8 in it")
  func documentXML() {
    let bad = #expect(throws: TranscriptError.self) {
      try DocxReader.paragraphs(inDocumentXML: Array("<w:document>ab".utf8) + [0xC3, 0x28])
    }
    #expect(bad?.kind == .invalidEncoding)
    #expect(bad?.message == "word/document.xml is not valid UTF-8 (line 1, byte 15 of the line)")
    let cut = #expect(throws: TranscriptError.self) {
      try DocxReader.paragraphs(inDocumentXML: Array("<w:document><w:body>".utf8))
    }
    #expect(cut?.kind == .malformedXML)
  }
}
