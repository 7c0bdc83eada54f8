import Testing

@testable import QualKit

@Suite struct JSONParserTests {
  @Test("Values, nesting and positions")
  func values() throws {
    let node = try JSONParser.parse(
      "{\n  \"a\": [1, -2.5e1, true, null],\n  \"b\": \"æ\\u00f8\\n\"\n}")
    #expect(node.position == SourcePosition(line: 1, column: 1))
    let a = try #require(node["a"]?.elements)
    #expect(a.map(\.numberValue) == [1, -25, nil, nil])
    #expect(a[2].boolValue == true)
    #expect(a[1].position == SourcePosition(line: 2, column: 12))
    #expect(node["b"]?.stringValue == "æø\n")
    #expect(node.members?.map(\.key) == ["a", "b"])
    #expect(node.members?[1].keyPosition == SourcePosition(line: 3, column: 3))
  }

  @Test("Surrogate pairs decode to one scalar")
  func surrogates() throws {
    #expect(try JSONParser.parse(#""\ud83d\ude00""#).stringValue == "😀")
  }

  @Test(
    "Syntax errors give a message and a line and column",
    arguments: [
      ("{\"a\": 1,}", "trailing comma before '}'", 1, 9),
      ("[1, 2", "unexpected end of file, expected ',' or ']'", 1, 6),
      ("{\n  \"a\" 1\n}", "expected ':' after member name \"a\", found '1'", 2, 7),
      ("{\"a\": tru}", "invalid literal, expected 'true'", 1, 7),
      ("\"abc", "string is never closed", 1, 1),
      ("[01]", "invalid number: leading zero", 1, 3),
      ("{} x", "unexpected text after the end of the JSON value", 1, 4),
      ("{\"æ\": ø}", "unexpected character 'ø', expected a value", 1, 7),
      ("", "unexpected end of file, expected a value", 1, 1),
    ])
  func syntaxErrors(text: String, message: String, line: Int, column: Int) {
    let error = #expect(throws: JSONError.self) { try JSONParser.parse(text) }
    #expect(error?.message == message)
    #expect(error?.position == SourcePosition(line: line, column: column))
  }

  @Test("Deep nesting is refused, not a stack overflow")
  func deepNesting() {
    let text = String(repeating: "[", count: 100_000)
    let error = #expect(throws: JSONError.self) { try JSONParser.parse(text) }
    #expect(error?.message.contains("nesting deeper") == true)
  }

  @Test("Output keeps member order and escapes control characters")
  func output() {
    let value = JSONOutput.object([
      ("z", .int(1)), ("a", .double(0.5)), ("s", .string("a\"b\\c\n\u{1}")), ("n", .double(.nan)),
      ("e", .array([])), ("w", .double(2)),
    ])
    #expect(value.rendered() == #"{"z":1,"a":0.5,"s":"a\"b\\c\n\u0001","n":null,"e":[],"w":2}"#)
    #expect(JSONOutput.array([.int(1)]).rendered(pretty: true) == "[\n  1\n]")
  }
}
