import Foundation
import Testing

@testable import QualKit

/// The header line, keys given twice, and members kept across a rewrite.
@Suite struct CodingFileFormatTests {
  static let line = CodingFileTests.line
  static let headerLine = CodingFileTests.header

  private func read(_ text: String) -> (CodingFile, [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    let file = CodingFile(parsing: Array(text.utf8), diagnostics: &diagnostics)
    return (file, diagnostics)
  }

  @Test("A key given twice is an error at the second key's line and column")
  func duplicateKey() throws {
    let bad = Self.line.replacingOccurrences(of: #""memo":null"#, with: #""memo":null,"code":"x""#)
    let (file, diagnostics) = read(Self.line + "\n" + bad + "\n")
    #expect(file.codings.count == 1)
    #expect(file.malformedLines == [2])
    let column = try #require(bad.range(of: #""code":"x""#)).lowerBound.utf16Offset(in: bad) + 1
    #expect(
      diagnostics == [
        .error(
          "\"code\" is given twice; a key may appear only once",
          at: SourcePosition(line: 2, column: column))
      ])
    #expect(column == 158)
  }

  @Test("A key given twice in a source is an error too")
  func duplicateKeyInSource() {
    let bad = Self.line.replacingOccurrences(
      of: "}", with: #","sources":[{"coder":"a","file":"f","line":1,"line":2}]}"#)
    let error = #expect(throws: CodingFileError.self) {
      try CodingFile.coding(fromLine: Array(bad.utf8))
    }
    #expect(error?.kind == .duplicateKey("line"))
    #expect(error?.position?.column == bad.count - 10)
  }

  @Test("Unknown members survive a rewrite, in order and byte for byte")
  func unknownMembersKept() throws {
    let extra = #""guid":"9f2c", "provenance": {"tool" : "x", "n": [1, 2.50]},"z":null"#
    let line = String(Self.line.dropLast()) + "," + extra + "}"
    let (file, diagnostics) = read(line + "\n")
    #expect(file.malformedLines.isEmpty)
    #expect(diagnostics.map(\.severity) == [.warning, .warning, .warning])
    #expect(diagnostics.first?.message.contains("keeps it") == true)
    let coding = try #require(file.codings.first)
    #expect(coding.extraMembers.map(\.key) == ["guid", "provenance", "z"])
    #expect(coding.extraMembers[1].json == #"{"tool" : "x", "n": [1, 2.50]}"#)
    let rewritten = file.serialized
    #expect(
      rewritten
        == Self.headerLine + "\n" + String(Self.line.dropLast())
        + #","guid":"9f2c","provenance":{"tool" : "x", "n": [1, 2.50]},"z":null}"# + "\n")
    // And again: what was written reads back to the same file.
    let (again, _) = read(rewritten)
    #expect(again.codings == file.codings)
    #expect(again.serialized == rewritten)
  }

  @Test("Extra members are not part of a coding's identity as an application")
  func extraMembersAndIdentity() throws {
    var coding = try CodingFile.coding(fromLine: Array(Self.line.utf8))
    let plain = coding
    coding.extraMembers = [JSONRawMember(key: "guid", json: #""a""#)]
    #expect(coding != plain)
    #expect(coding.applicationKey == plain.applicationKey)
    #expect(coding.isSameApplication(as: plain))
  }

  @Test("The header is written first, read back, and its unknown members kept")
  func headerRoundTrip() {
    let text =
      #"{"format":"qualkit-codings","version":1,"tool":{"name":"x"}}"# + "\n\n" + Self.line + "\n"
    let (file, diagnostics) = read(text)
    #expect(file.version == 1)
    #expect(file.codings.count == 1)
    #expect(file.sourceLines == [3])
    #expect(file.headerExtraMembers == [JSONRawMember(key: "tool", json: #"{"name":"x"}"#)])
    #expect(diagnostics.map(\.position) == [SourcePosition(line: 1, column: 41)])
    #expect(
      file.serialized
        == #"{"format":"qualkit-codings","version":1,"tool":{"name":"x"}}"# + "\n" + Self.line
        + "\n")
    #expect(CodingFile(codings: []).serialized == Self.headerLine + "\n")
  }

  @Test("A file without a header reads as version 1, with physical line numbers")
  func headerless() {
    let (file, diagnostics) = read("\n" + Self.line + "\n" + Self.line + "\n")
    #expect(file.version == 1)
    #expect(file.sourceLines == [2, 3])
    #expect(file.malformedLines.isEmpty)
    #expect(diagnostics.map(\.severity) == [.warning])  // the duplicate line
  }

  @Test("A newer version is refused at line 1, and nothing else is read")
  func newerVersion() {
    let (file, diagnostics) = read(
      #"{"format":"qualkit-codings","version":2}"# + "\n" + Self.line + "\n")
    #expect(file.codings.isEmpty)
    #expect(file.malformedLines == [1])
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.severity == .error)
    #expect(diagnostics.first?.position == SourcePosition(line: 1, column: 39))
    #expect(
      diagnostics.first?.message
        == "this is a version 2 coding file, but this qualkit reads only version 1 or older; "
        + "update qualkit (the file is not read, so that nothing in it is lost)")
  }

  @Test(
    "A header that is wrong or not on the first line is an error at its line",
    arguments: [
      (Self.line + "\n" + Self.headerLine + "\n", CodingFileError.Kind.misplacedHeader, 2),
      ("\n" + Self.headerLine + "\n", .misplacedHeader, 2),
      (
        #"{"format":"qualkit-codebook","version":1}"# + "\n",
        .wrongFormat(found: #""qualkit-codebook""#), 1
      ),
      (#"{"format":"qualkit-codings"}"# + "\n", .missingKey("version"), 1),
      (#"{"format":"qualkit-codings","version":"1"}"# + "\n", .invalidVersion, 1),
    ])
  func badHeader(text: String, kind: CodingFileError.Kind, line: Int) {
    let (file, diagnostics) = read(text)
    #expect(file.malformedLines == [line])
    #expect(diagnostics.first?.position?.line == line)
    #expect(diagnostics.first?.message == CodingFileError(kind).message)
  }

  @Test("Errors carry a kind")
  func errorKinds() {
    let error = #expect(throws: CodingFileError.self) {
      try CodingFile.coding(fromLine: Array(#"{"transcript":"B01"}"#.utf8))
    }
    #expect(error?.kind == .missingKey("code"))
    let json = #expect(throws: CodingFileError.self) {
      try CodingFile.coding(fromLine: Array("{oops".utf8))
    }
    #expect(json?.kind == .invalidJSON(.expectedMemberName(found: "'o'")))
    #expect(json?.position == SourcePosition(line: 1, column: 2))
  }
}
