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

  @Test(
    "A merge conflict left in a transcript is refused at its first marker, in every text format",
    arguments: [TranscriptFormat.text, .srt, .vtt, .csv, .json])
  func mergeConflict(format: TranscriptFormat) {
    let text = "WEBVTT\n\n<<<<<<< HEAD\nI: mine\n=======\nI: theirs\n>>>>>>> other\n"
    var diagnostics: [Diagnostic] = []
    let error = #expect(throws: TranscriptError.self) {
      try Transcript(
        parsing: Array(text.utf8), format: format, fallbackID: "T", diagnostics: &diagnostics)
    }
    #expect(error?.kind == .mergeConflict)
    #expect(error?.position == SourcePosition(line: 3))
  }

  @Test("Marker-like lines that are not a whole conflict are text")
  func notAConflict() throws {
    // A row of '=' as a section rule, eight '<', a marker not at a line's
    // start, and an opening without its closing marker.
    for text in [
      "I: Hello\n=======\nB: Hi\n", "<<<<<<<< eight\n=======\n>>>>>>>> eight\n",
      "I: see <<<<<<< here\n=======\n>>>>>>> x\n", "I: a\n<<<<<<< x\nB: b\n=======\nB: c\n",
    ] {
      #expect(Transcript.mergeConflict(in: text) == nil, "\(text)")
    }
    #expect(Transcript.mergeConflict(in: "<<<<<<<\n=======\n>>>>>>>") == 1...3)
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
