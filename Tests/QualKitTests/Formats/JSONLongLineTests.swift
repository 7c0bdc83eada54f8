import Testing

@testable import QualKit

/// Long one-line documents: positions cost nothing until a message needs
/// one, so parsing stays linear (the quadratic parser took minutes here).
@Suite struct JSONLongLineTests {
  /// `[{"i":0,"s":"æ…"},{"i":1,"s":"æ…"},…]` on one line: 2 MB, each string
  /// with one "æ" (two bytes, one scalar). (Tests run unoptimised, where
  /// the cost is per node; 200,000 objects would take seconds there.)
  static let count = 10_000
  static let filler = "æ" + String(repeating: "ord ", count: 50)
  static let array: [UInt8] = {
    var text = "["
    text.reserveCapacity(2_300_000)
    for index in 0..<count {
      if index > 0 { text += "," }
      text += #"{"i":\#(index),"s":"\#(filler)"}"#
    }
    return Array((text + "]").utf8)
  }()

  @Test("A 2 MB one-line array parses with its values and the columns of its end")
  func longArray() throws {
    #expect(Self.array.count > 2_000_000)
    let node = try JSONParser.parse(Self.array)
    let elements = try #require(node.elements)
    #expect(elements.count == Self.count)
    #expect(elements[0]["i"]?.numberValue == 0)
    #expect(elements[Self.count - 1]["i"]?.numberValue == Double(Self.count - 1))
    #expect(elements[Self.count - 1]["s"]?.stringValue == Self.filler)
    // Every object has one "æ", two bytes and one scalar.
    let scalars = Self.array.count - Self.count
    let last = elements[Self.count - 1]
    let lastText = #"{"i":9999,"s":"\#(Self.filler)"}"#
    #expect(last.position == SourcePosition(line: 1, column: scalars - lastText.count))
    #expect(last.sourceText == lastText)

    let error = #expect(throws: JSONError.self) {
      try JSONParser.parse(Self.array + Array(" x".utf8))
    }
    #expect(error?.kind == .textAfterValue)
    #expect(error?.position == SourcePosition(line: 1, column: scalars + 2))
    let diagnostic = Diagnostic(.error, "last", at: last["s"]?.position)
    #expect(diagnostic.position == SourcePosition(line: 1, column: scalars - 3 - Self.filler.count))
  }

  @Test("A 200 KB one-line codebook reports its error at the right column")
  func longCodebook() throws {
    var text = #"{"format":"qualkit-codebook","version":1,"name":"Long","codes":["#
    let codes = 3_000
    for index in 0..<codes {
      text +=
        (index > 0 ? "," : "")
        + #"{"id":"code-\#(index)","label":"Kode æøå \#(index)","keywords":["ord\#(index)*"]}"#
    }
    let bad = #"{"id":"code-0","label":"Gentaget"}"#
    let prefix = text + ","
    text = prefix + bad + "]}"
    #expect(text.utf8.count > 200_000)
    var diagnostics: [Diagnostic] = []
    let error = #expect(throws: CodebookError.self) {
      try Codebook(parsing: Array(text.utf8), diagnostics: &diagnostics)
    }
    // The duplicate id's value: after the prefix and `{"id":`.
    let column = prefix.unicodeScalars.count + #"{"id":"#.count + 1
    let duplicate = error?.diagnostics.first { $0.message.contains("duplicate id 'code-0'") }
    #expect(duplicate?.position == SourcePosition(line: 1, column: column))
    #expect(duplicate?.message.contains("line 1") == true)
    #expect(error?.diagnostics.count == 1)
  }

  @Test("Positions after line breaks count from their line, after a byte order mark too")
  func multiLinePositions() throws {
    let text = Array("\u{FEFF}[1,\n  \"æ\",\r\n\n   {\"k\": 2}]".utf8)
    let node = try JSONParser.parse(text)
    #expect(node.position == SourcePosition(line: 1, column: 1))
    let elements = try #require(node.elements)
    #expect(
      elements.map(\.position) == [
        SourcePosition(line: 1, column: 2), SourcePosition(line: 2, column: 3),
        SourcePosition(line: 4, column: 4),
      ])
    #expect(elements[2].members?[0].keyPosition == SourcePosition(line: 4, column: 5))
    #expect(elements[1].sourceText == "\"æ\"")
  }

  @Test("Members given twice are kept and listed with their positions")
  func duplicateMembers() throws {
    let node = try JSONParser.parse(#"{"a": 1, "b": {"a": 0, "a": 0}, "a": 2, "a": 3}"#)
    #expect(node["a"]?.numberValue == 1)
    #expect(node.duplicateMembers.map(\.key) == ["a", "a"])
    #expect(node.duplicateMembers.map(\.keyPosition.column) == [33, 41])
    #expect(node["b"]?.duplicateMembers.map(\.keyPosition.column) == [24])
    #expect(try JSONParser.parse(#"{"a": 1, "b": 2}"#).duplicateMembers.isEmpty)
    #expect(try JSONParser.parse("[1, 1]").duplicateMembers.isEmpty)
  }

  @Test(
    "Errors carry a kind",
    arguments: [
      ("{\"a\": 1,}", JSONError.Kind.trailingComma(before: "}")),
      ("[1 2]", .expectedCommaOrBracket(found: "'2'")),
      ("{\"a\" 1}", .expectedColon(key: "a", found: "'1'")),
      ("\"\\q\"", .invalidEscape("q")),
      ("\"\\ud800\"", .unpairedSurrogate),
      ("1e", .missingExponentDigits),
      ("1e999", .numberOutOfRange),
    ])
  func kinds(text: String, kind: JSONError.Kind) {
    let error = #expect(throws: JSONError.self) { try JSONParser.parse(text) }
    #expect(error?.kind == kind)
  }
}
