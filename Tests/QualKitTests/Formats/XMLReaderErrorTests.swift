import Testing

@testable import QualKit

@Suite struct XMLReaderErrorTests {
  @Test(
    "Malformed documents are refused with a kind, a line and a column",
    arguments: [
      ("<a><b></a>", XMLError.Kind.mismatchedEndTag, 1, 7),
      ("<a>\n<b>\n</b>", .unexpectedEnd, 3, 5),
      ("<a></a></b>", .mismatchedEndTag, 1, 8),
      ("<a/><b/>", .misplacedContent, 1, 5),
      ("text<a/>", .misplacedContent, 1, 1),
      ("<a/>tail", .misplacedContent, 1, 5),
      ("", .misplacedContent, 1, 1),
      ("  <!-- only a comment -->  ", .misplacedContent, 1, 28),
      ("<a x='1' x='2'/>", .duplicateAttribute, 1, 10),
      ("<a x=1/>", .malformedMarkup, 1, 6),
      ("<a x='<'/>", .malformedMarkup, 1, 7),
      ("<a x='1'y='2'/>", .malformedMarkup, 1, 9),
      ("<a x/>", .malformedMarkup, 1, 5),
      ("<a>1 < 2</a>", .invalidName, 1, 7),
      ("<1a/>", .invalidName, 1, 2),
      ("<a>&bogus;</a>", .undefinedEntity, 1, 4),
      ("<a>AT&T</a>", .malformedReference, 1, 6),
      ("<a>&#;</a>", .malformedReference, 1, 4),
      ("<a>&#0;</a>", .invalidCharacter, 1, 4),
      ("<a>&#xD800;</a>", .invalidCharacter, 1, 4),
      ("<a>&#x110000;</a>", .invalidCharacter, 1, 4),
      ("<a>\u{1}</a>", .invalidCharacter, 1, 4),
      ("<a>\u{FFFE}</a>", .invalidCharacter, 1, 4),
      ("<a>x]]>y</a>", .malformedMarkup, 1, 5),
      ("<a><!-- a -- b --></a>", .malformedMarkup, 1, 11),
      ("<a><!-- never closed", .unexpectedEnd, 1, 4),
      ("<a><![CDATA[never", .unexpectedEnd, 1, 4),
      ("<![CDATA[x]]><a/>", .misplacedContent, 1, 1),
      ("<a><?pi never", .unexpectedEnd, 1, 4),
      ("<a><!ELEMENT a ANY></a>", .malformedMarkup, 1, 4),
      ("<!DOCTYPE a><a/>", .doctypeNotAllowed, 1, 1),
      (" <?xml version='1.0'?><a/>", .malformedDeclaration, 1, 2),
      ("<a/><?xml version='1.0'?>", .malformedDeclaration, 1, 5),
      ("<?xml encoding='UTF-8'?><a/>", .malformedDeclaration, 1, 7),
      ("<?xml version='2.0'?><a/>", .malformedDeclaration, 1, 7),
      ("<?xml version='1.0' standalone='maybe'?><a/>", .malformedDeclaration, 1, 21),
      ("<?xml version='1.0' encoding='ISO-8859-1'?><a/>", .invalidEncoding, 1, 21),
      ("<?xml version='1.0'", .unexpectedEnd, 1, 1),
      ("<p:a/>", .invalidName, 1, 1),
      ("<a p:x='1'/>", .invalidName, 1, 1),
      ("<a:b:c xmlns:a='u'/>", .invalidName, 1, 1),
      ("<a xmlns:p=''/>", .invalidName, 1, 1),
      ("<a", .unexpectedEnd, 1, 3),
      ("<a x='1", .unexpectedEnd, 1, 6),
      ("<a></a", .unexpectedEnd, 1, 7),
      ("<a></a x>", .malformedMarkup, 1, 8),
      ("<a/ >", .malformedMarkup, 1, 3),
    ])
  func malformed(input: String, kind: XMLError.Kind, line: Int, column: Int) {
    let error = #expect(throws: XMLError.self) { try XMLTree(parsing: Array(input.utf8)) }
    #expect(error?.kind == kind)
    #expect(error?.position == SourcePosition(line: line, column: column))
    #expect(error.map { !$0.message.isEmpty && $0.message.first?.isUppercase == false } == true)
  }

  @Test(
    "Bytes that are not UTF-8 or UTF-16 are refused where they stand",
    arguments: [
      ([0x3C, 0x61, 0x3E, 0x0A, 0x78, 0xFF, 0x3C, 0x2F, 0x61, 0x3E], 2, 2),
      ([0x3C, 0x61, 0x3E, 0xC3, 0x28, 0x3C, 0x2F, 0x61, 0x3E], 1, 4),
      ([0x3C, 0x61, 0x3E, 0xED, 0xA0, 0x80, 0x3C, 0x2F, 0x61, 0x3E], 1, 4),
      ([0xFF, 0xFE] + utf16("<a>x", littleEndian: true) + [0x00, 0xD8, 0x41, 0x00], 1, 5),
      ([0xFF, 0xFE] + utf16("<a>", littleEndian: true) + [0x00, 0xDC], 1, 4),
      ([0xFE, 0xFF] + utf16("<a/>", littleEndian: false) + [0x00], 1, 5),
    ] as [([UInt8], Int, Int)])
  func badEncoding(bytes: [UInt8], line: Int, column: Int) {
    let error = #expect(throws: XMLError.self) { try XMLTree(parsing: bytes) }
    #expect(error?.kind == .invalidEncoding)
    #expect(error?.position == SourcePosition(line: line, column: column))
  }

  @Test("Errors print as line:column: error: message")
  func description() {
    let error = #expect(throws: XMLError.self) { try XMLTree(parsing: Array("<a>\n<b></c>".utf8)) }
    #expect(
      error?.description
        == "2:4: error: end tag 'c' does not match the start tag 'b' (line 2, column 1)")
  }
}
