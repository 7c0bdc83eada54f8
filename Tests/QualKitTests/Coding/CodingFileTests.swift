import Foundation
import Testing

@testable import QualKit

@Suite struct CodingFileTests {
  static let line =
    #"{"transcript":"B01","code":"mastery","coder":"anna","firstLine":3,"lastLine":4,"start":10,"end":20,"origin":"keyword:mestr*","status":"proposed","memo":null,"text":"mestrer \"det\"","hash":"xxh64:00"}"#

  static let header = #"{"format":"qualkit-codings","version":1}"#

  @Test("A line reads and writes back byte for byte, after the header")
  func roundTrip() {
    var diagnostics: [Diagnostic] = []
    let file = CodingFile(parsing: Array((Self.line + "\n").utf8), diagnostics: &diagnostics)
    #expect(diagnostics.isEmpty)
    #expect(file.codings.count == 1)
    #expect(file.codings[0].origin == .keyword("mestr*"))
    #expect(file.codings[0].text == "mestrer \"det\"")
    #expect(file.serialized == Self.header + "\n" + Self.line + "\n")
  }

  @Test("A duplicate line is a warning and both lines are kept")
  func duplicate() {
    var diagnostics: [Diagnostic] = []
    let file = CodingFile(
      parsing: Array((Self.line + "\n" + Self.line + "\n").utf8), diagnostics: &diagnostics)
    #expect(file.codings.count == 2)
    #expect(file.sourceLines == [1, 2])
    #expect(
      diagnostics == [.warning("duplicate of line 1; kept both", at: SourcePosition(line: 2))])
  }

  @Test("Duplicates among many codings name the first line of each, however far apart")
  func duplicatesFarApart() {
    var diagnostics: [Diagnostic] = []
    let lines = (0..<3000).map { Self.line.replacingOccurrences(of: "mestr*", with: "k\($0)") }
    let text = (lines + [lines[2], lines[2999], lines[2]]).joined(separator: "\n") + "\n"
    let file = CodingFile(parsing: Array(text.utf8), diagnostics: &diagnostics)
    #expect(file.codings.count == 3003)
    #expect(
      diagnostics == [
        .warning("duplicate of line 3; kept both", at: SourcePosition(line: 3001)),
        .warning("duplicate of line 3000; kept both", at: SourcePosition(line: 3002)),
        .warning("duplicate of line 3; kept both", at: SourcePosition(line: 3003)),
      ])
  }

  @Test("An unknown key is a warning at its column, and a rewrite keeps it")
  func unknownKey() {
    var diagnostics: [Diagnostic] = []
    let line = Self.line.replacingOccurrences(of: #""hash""#, with: #""note":"x","hash""#)
    let file = CodingFile(parsing: Array((line + "\n").utf8), diagnostics: &diagnostics)
    #expect(file.codings.count == 1)
    #expect(file.codings.first?.extraMembers == [JSONRawMember(key: "note", json: #""x""#)])
    #expect(
      diagnostics == [
        .warning(
          "unknown key 'note'; qualkit keeps it as it is when it rewrites this file",
          at: SourcePosition(line: 1, column: 183))
      ])
    #expect(file.serialized.hasSuffix(#""hash":"xxh64:00","note":"x"}"# + "\n"))
  }

  @Test(
    "Malformed lines are errors at their line; the other lines are still read",
    arguments: [
      ("{oops", "invalid JSON: expected a member name in double quotes, found 'o'"),
      (#"{"transcript":"B01"}"#, "missing \"code\""),
      (
        Self.line.replacingOccurrences(of: "\"proposed\"", with: "\"maybe\""),
        "\"status\" must be proposed, accepted or rejected, not \"maybe\""
      ),
      (
        Self.line.replacingOccurrences(of: "\"start\":10", with: "\"start\":30"),
        "\"start\" (30) is after \"end\" (20)"
      ),
      (
        Self.line.replacingOccurrences(of: "keyword:mestr*", with: "robot"),
        "\"origin\" must be \"manual\" or \"keyword:<pattern>\", not \"robot\""
      ),
      ("[1]", "expected a JSON object, found an array"),
    ])
  func malformed(bad: String, message: String) {
    var diagnostics: [Diagnostic] = []
    let file = CodingFile(
      parsing: Array((Self.line + "\n" + bad + "\n" + Self.line + "\n").utf8),
      diagnostics: &diagnostics)
    #expect(file.codings.count == 2)
    #expect(file.malformedLines == [2])
    #expect(diagnostics.first?.severity == .error)
    #expect(diagnostics.first?.position?.line == 2)
    #expect(diagnostics.first?.message == message)
  }

  @Test("Lines are written sorted by transcript, start, end and code")
  func sorted() {
    let span = { (start: Int) in Span(firstLine: 1, lastLine: 1, start: start, end: start + 5) }
    let codings = [
      Coding(transcript: "B02", code: "a", coder: "x", span: span(0)),
      Coding(transcript: "B01", code: "z", coder: "x", span: span(5)),
      Coding(transcript: "B01", code: "b", coder: "x", span: span(5)),
      Coding(transcript: "B01", code: "c", coder: "x", span: span(1)),
    ]
    let order = CodingFile(codings: codings).serialized.split(separator: "\n").dropFirst().map {
      String($0.split(separator: ",")[0...1].joined(separator: ","))
    }
    #expect(
      order == [
        #"{"transcript":"B01","code":"c""#, #"{"transcript":"B01","code":"b""#,
        #"{"transcript":"B01","code":"z""#, #"{"transcript":"B02","code":"a""#,
      ])
  }

  @Test(
    "Pieces of every size are whole lines that join to the file's bytes", arguments: [1, 90, 4096])
  func pieces(size: Int) {
    let codings = (0..<1_500).map { index in
      Coding(
        transcript: "T\(index % 7)", code: "c\(index % 11)", coder: "a",
        span: Span(firstLine: 1, lastLine: 1, start: index, end: index + 3), text: "æøå")
    }
    let file = CodingFile(codings: codings)
    var joined: [UInt8] = []
    var pieces = 0
    file.serialize(inPiecesOf: size) { piece in
      #expect(piece.last == 0x0A)
      joined += piece
      pieces += 1
    }
    #expect(joined == file.serializedBytes)
    #expect(pieces > 1)
  }
}
