/// Parses JSON text (RFC 8259) into ``JSONNode`` values that remember their
/// line and column.
///
/// ```swift
/// let node = try JSONParser.parse(Array(#"{"id": "mastery"}"#.utf8))
/// node["id"]?.stringValue  // "mastery"
/// ```
///
/// The parser is strict (no comments, no trailing commas) and bounded: it
/// refuses nesting deeper than ``maximumDepth`` instead of overflowing the
/// stack.
public enum JSONParser {
  /// The deepest nesting of arrays and objects accepted.
  public static let maximumDepth = 256

  /// Parses one JSON document.
  ///
  /// - Parameter bytes: UTF-8 text, optionally starting with a byte order mark.
  /// - Returns: The document's root value.
  /// - Throws: ``JSONError`` at the position of the first syntax error.
  public static func parse(_ bytes: [UInt8]) throws(JSONError) -> JSONNode {
    var scanner = Scanner(bytes: bytes)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      scanner.offset = 3
      scanner.lineStart = 3
    }
    scanner.skipWhitespace()
    let node = try scanner.parseValue(depth: 0)
    scanner.skipWhitespace()
    if scanner.offset < bytes.count {
      throw scanner.error("unexpected text after the end of the JSON value")
    }
    return node
  }

  /// Parses one JSON document from a string.
  public static func parse(_ text: String) throws(JSONError) -> JSONNode {
    try parse(Array(text.utf8))
  }
}

private struct Scanner {
  let bytes: [UInt8]
  var offset = 0
  var line = 1
  var lineStart = 0

  init(bytes: [UInt8]) { self.bytes = bytes }

  var position: SourcePosition {
    var column = 1
    var index = lineStart
    while index < offset && index < bytes.count {
      if bytes[index] & 0xC0 != 0x80 { column += 1 }
      index += 1
    }
    return SourcePosition(line: line, column: column)
  }

  func error(_ message: String) -> JSONError { JSONError(message, at: position) }

  mutating func skipWhitespace() {
    while offset < bytes.count {
      switch bytes[offset] {
      case 0x20, 0x09, 0x0D: offset += 1
      case 0x0A:
        offset += 1
        line += 1
        lineStart = offset
      default: return
      }
    }
  }

  mutating func parseValue(depth: Int) throws(JSONError) -> JSONNode {
    guard offset < bytes.count else { throw error("unexpected end of file, expected a value") }
    let start = position
    switch bytes[offset] {
    case UInt8(ascii: "{"):
      return JSONNode(.object(try parseObject(depth: depth + 1)), at: start)
    case UInt8(ascii: "["):
      return JSONNode(.array(try parseArray(depth: depth + 1)), at: start)
    case UInt8(ascii: "\""):
      return JSONNode(.string(try parseString()), at: start)
    case UInt8(ascii: "t"):
      try expectLiteral("true")
      return JSONNode(.bool(true), at: start)
    case UInt8(ascii: "f"):
      try expectLiteral("false")
      return JSONNode(.bool(false), at: start)
    case UInt8(ascii: "n"):
      try expectLiteral("null")
      return JSONNode(.null, at: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return JSONNode(.number(try parseNumber()), at: start)
    default:
      throw error("unexpected character \(describe(at: offset)), expected a value")
    }
  }

  func describe(at index: Int) -> String {
    guard index < bytes.count else { return "end of file" }
    let byte = bytes[index]
    if byte >= 0x21 && byte < 0x7F { return "'\(Character(UnicodeScalar(byte)))'" }
    var end = index + 1
    while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
    if let text = String(validating: bytes[index..<end], as: UTF8.self), byte >= 0x80 {
      return "'\(text)'"
    }
    let hex = String(byte, radix: 16, uppercase: true)
    return "byte 0x" + (hex.count == 1 ? "0" + hex : hex)
  }

  mutating func expectLiteral(_ literal: StaticString) throws(JSONError) {
    let count = literal.utf8CodeUnitCount
    let expected = UnsafeBufferPointer(start: literal.utf8Start, count: count)
    guard offset + count <= bytes.count, bytes[offset..<offset + count].elementsEqual(expected)
    else {
      throw error("invalid literal, expected '\(literal)'")
    }
    offset += count
  }

  mutating func parseObject(depth: Int) throws(JSONError) -> [JSONMember] {
    guard depth <= JSONParser.maximumDepth else {
      throw error("nesting deeper than \(JSONParser.maximumDepth) levels")
    }
    offset += 1  // {
    var members: [JSONMember] = []
    skipWhitespace()
    if offset < bytes.count && bytes[offset] == UInt8(ascii: "}") {
      offset += 1
      return members
    }
    while true {
      skipWhitespace()
      guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
        throw error(
          offset < bytes.count && bytes[offset] == UInt8(ascii: "}")
            ? "trailing comma before '}'"
            : "expected a member name in double quotes, found \(describe(at: offset))")
      }
      let keyPosition = position
      let key = try parseString()
      skipWhitespace()
      guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else {
        throw error("expected ':' after member name \"\(key)\", found \(describe(at: offset))")
      }
      offset += 1
      skipWhitespace()
      let value = try parseValue(depth: depth)
      members.append(JSONMember(key: key, keyPosition: keyPosition, value: value))
      skipWhitespace()
      guard offset < bytes.count else { throw error("unexpected end of file, expected ',' or '}'") }
      if bytes[offset] == UInt8(ascii: ",") {
        offset += 1
        continue
      }
      if bytes[offset] == UInt8(ascii: "}") {
        offset += 1
        return members
      }
      throw error("expected ',' or '}' after a member, found \(describe(at: offset))")
    }
  }

  mutating func parseArray(depth: Int) throws(JSONError) -> [JSONNode] {
    guard depth <= JSONParser.maximumDepth else {
      throw error("nesting deeper than \(JSONParser.maximumDepth) levels")
    }
    offset += 1  // [
    var elements: [JSONNode] = []
    skipWhitespace()
    if offset < bytes.count && bytes[offset] == UInt8(ascii: "]") {
      offset += 1
      return elements
    }
    while true {
      skipWhitespace()
      if offset < bytes.count && bytes[offset] == UInt8(ascii: "]") {
        throw error("trailing comma before ']'")
      }
      elements.append(try parseValue(depth: depth))
      skipWhitespace()
      guard offset < bytes.count else { throw error("unexpected end of file, expected ',' or ']'") }
      if bytes[offset] == UInt8(ascii: ",") {
        offset += 1
        continue
      }
      if bytes[offset] == UInt8(ascii: "]") {
        offset += 1
        return elements
      }
      throw error("expected ',' or ']' after an element, found \(describe(at: offset))")
    }
  }

  mutating func parseString() throws(JSONError) -> String {
    let openingPosition = position
    offset += 1  // opening quote
    var scalars = String.UnicodeScalarView()
    var runStart = offset
    func flush(_ end: Int) throws(JSONError) {
      if runStart < end {
        guard let run = String(validating: bytes[runStart..<end], as: UTF8.self) else {
          throw JSONError("string is not valid UTF-8", at: openingPosition)
        }
        scalars.append(contentsOf: run.unicodeScalars)
      }
    }
    while offset < bytes.count {
      let byte = bytes[offset]
      if byte == UInt8(ascii: "\"") {
        try flush(offset)
        offset += 1
        return String(scalars)
      }
      if byte < 0x20 {
        throw error(
          byte == 0x0A
            ? "string is not closed before the end of the line" : "control character in string")
      }
      if byte == UInt8(ascii: "\\") {
        try flush(offset)
        offset += 1
        guard offset < bytes.count else { break }
        let escape = bytes[offset]
        offset += 1
        switch escape {
        case UInt8(ascii: "\""): scalars.append("\"")
        case UInt8(ascii: "\\"): scalars.append("\\")
        case UInt8(ascii: "/"): scalars.append("/")
        case UInt8(ascii: "b"): scalars.append("\u{08}")
        case UInt8(ascii: "f"): scalars.append("\u{0C}")
        case UInt8(ascii: "n"): scalars.append("\n")
        case UInt8(ascii: "r"): scalars.append("\r")
        case UInt8(ascii: "t"): scalars.append("\t")
        case UInt8(ascii: "u"):
          var code = try parseHex4()
          if (0xD800..<0xDC00).contains(code) {
            guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"),
              bytes[offset + 1] == UInt8(ascii: "u")
            else { throw error("unpaired surrogate in \\u escape") }
            offset += 2
            let low = try parseHex4()
            guard (0xDC00..<0xE000).contains(low) else {
              throw error("invalid surrogate pair in \\u escape")
            }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
          }
          guard let scalar = Unicode.Scalar(code) else { throw error("invalid \\u escape") }
          scalars.append(scalar)
        default:
          offset -= 1
          throw error("invalid escape '\\\(Character(UnicodeScalar(escape)))' in string")
        }
        runStart = offset
        continue
      }
      offset += 1
    }
    throw JSONError("string is never closed", at: openingPosition)
  }

  mutating func parseHex4() throws(JSONError) -> UInt32 {
    guard offset + 4 <= bytes.count else { throw error("incomplete \\u escape") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[offset]
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
      default: throw error("invalid hexadecimal digit in \\u escape")
      }
      value = value << 4 | digit
      offset += 1
    }
    return value
  }

  mutating func parseNumber() throws(JSONError) -> Double {
    let start = offset
    func isDigit(_ index: Int) -> Bool {
      index < bytes.count && bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9")
    }
    if bytes[offset] == UInt8(ascii: "-") { offset += 1 }
    guard isDigit(offset) else { throw error("invalid number") }
    if bytes[offset] == UInt8(ascii: "0") {
      offset += 1
      if isDigit(offset) { throw error("invalid number: leading zero") }
    } else {
      while isDigit(offset) { offset += 1 }
    }
    if offset < bytes.count && bytes[offset] == UInt8(ascii: ".") {
      offset += 1
      guard isDigit(offset) else { throw error("invalid number: expected a digit after '.'") }
      while isDigit(offset) { offset += 1 }
    }
    if offset < bytes.count && (bytes[offset] | 0x20) == UInt8(ascii: "e") {
      offset += 1
      if offset < bytes.count
        && (bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-"))
      {
        offset += 1
      }
      guard isDigit(offset) else { throw error("invalid number: expected a digit in the exponent") }
      while isDigit(offset) { offset += 1 }
    }
    let text = String(decoding: bytes[start..<offset], as: UTF8.self)
    guard let value = Double(text), value.isFinite else {
      offset = start
      throw error("number out of range")
    }
    return value
  }
}
