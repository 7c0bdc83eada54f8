/// Parses JSON text (RFC 8259) into ``JSONNode`` values that remember their
/// byte offsets, and so their line and column.
///
/// ```swift
/// let node = try JSONParser.parse(Array(#"{"id": "mastery"}"#.utf8))
/// node["id"]?.stringValue  // "mastery"
/// ```
///
/// The parser is strict (no comments, no trailing commas) and bounded: it
/// refuses nesting deeper than ``maximumDepth`` instead of overflowing the
/// stack. It takes time linear in the size of the text: nodes keep byte
/// offsets, and a line and column is only worked out when asked for (an
/// error's position, ``JSONNode/position``).
public enum JSONParser {
  /// The deepest nesting of arrays and objects accepted.
  public static let maximumDepth = 256

  /// Parses one JSON document.
  ///
  /// - Parameter bytes: UTF-8 text, optionally starting with a byte order mark.
  /// - Returns: The document's root value.
  /// - Throws: ``JSONError`` at the position of the first syntax error.
  public static func parse(_ bytes: [UInt8]) throws(JSONError) -> JSONNode {
    let source = JSONSource(bytes: bytes)
    let result = source.bytes.withUnsafeBufferPointer { buffer -> Result<JSONNode, JSONError> in
      var scanner = Scanner(source: source, bytes: buffer)
      scanner.offset = source.textStart
      scanner.skipWhitespace()
      do throws(JSONError) {
        let node = try scanner.parseValue(depth: 0)
        scanner.skipWhitespace()
        if scanner.offset < buffer.count {
          throw scanner.error(.textAfterValue)
        }
        return .success(node)
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }

  /// Parses one JSON document from a string.
  public static func parse(_ text: String) throws(JSONError) -> JSONNode {
    try parse(Array(text.utf8))
  }
}

private struct Scanner {
  let source: JSONSource
  /// The source's bytes, valid while the parse runs.
  let bytes: UnsafeBufferPointer<UInt8>
  var offset = 0

  init(source: JSONSource, bytes: UnsafeBufferPointer<UInt8>) {
    self.source = source
    self.bytes = bytes
  }

  /// An error at the current offset.
  func error(_ kind: JSONError.Kind) -> JSONError { error(kind, atOffset: offset) }

  /// An error at `offset`, whose line and column are only computed now.
  func error(_ kind: JSONError.Kind, atOffset offset: Int) -> JSONError {
    JSONError(kind, at: source.position(atOffset: offset))
  }

  func node(_ value: JSONNode.Value, from start: Int) -> JSONNode {
    JSONNode(value, offset: start, endOffset: offset, source: source)
  }

  mutating func skipWhitespace() {
    while offset < bytes.count {
      switch bytes[offset] {
      case 0x20, 0x09, 0x0D, 0x0A: offset += 1
      default: return
      }
    }
  }

  mutating func parseValue(depth: Int) throws(JSONError) -> JSONNode {
    guard offset < bytes.count else { throw error(.unexpectedEnd(expected: "a value")) }
    let start = offset
    switch bytes[offset] {
    case UInt8(ascii: "{"):
      let members = try parseObject(depth: depth + 1)
      return node(.object(members), from: start)
    case UInt8(ascii: "["):
      let elements = try parseArray(depth: depth + 1)
      return node(.array(elements), from: start)
    case UInt8(ascii: "\""):
      let string = try parseString()
      return node(.string(string), from: start)
    case UInt8(ascii: "t"):
      try expectLiteral("true")
      return node(.bool(true), from: start)
    case UInt8(ascii: "f"):
      try expectLiteral("false")
      return node(.bool(false), from: start)
    case UInt8(ascii: "n"):
      try expectLiteral("null")
      return node(.null, from: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      let number = try parseNumber()
      return node(.number(number), from: start)
    default:
      throw error(.unexpectedCharacter(found: describe(at: offset)))
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
      throw error(.invalidLiteral(expected: "\(literal)"))
    }
    offset += count
  }

  mutating func parseObject(depth: Int) throws(JSONError) -> [JSONMember] {
    guard depth <= JSONParser.maximumDepth else {
      throw error(.nestingTooDeep(limit: JSONParser.maximumDepth))
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
            ? .trailingComma(before: "}") : .expectedMemberName(found: describe(at: offset)))
      }
      let keyOffset = offset
      let key = try parseString()
      skipWhitespace()
      guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else {
        throw error(.expectedColon(key: key, found: describe(at: offset)))
      }
      offset += 1
      skipWhitespace()
      let value = try parseValue(depth: depth)
      members.append(JSONMember(key: key, keyOffset: keyOffset, value: value))
      skipWhitespace()
      guard offset < bytes.count else { throw error(.unexpectedEnd(expected: "',' or '}'")) }
      if bytes[offset] == UInt8(ascii: ",") {
        offset += 1
        continue
      }
      if bytes[offset] == UInt8(ascii: "}") {
        offset += 1
        return members
      }
      throw error(.expectedCommaOrBrace(found: describe(at: offset)))
    }
  }

  mutating func parseArray(depth: Int) throws(JSONError) -> [JSONNode] {
    guard depth <= JSONParser.maximumDepth else {
      throw error(.nestingTooDeep(limit: JSONParser.maximumDepth))
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
        throw error(.trailingComma(before: "]"))
      }
      elements.append(try parseValue(depth: depth))
      skipWhitespace()
      guard offset < bytes.count else { throw error(.unexpectedEnd(expected: "',' or ']'")) }
      if bytes[offset] == UInt8(ascii: ",") {
        offset += 1
        continue
      }
      if bytes[offset] == UInt8(ascii: "]") {
        offset += 1
        return elements
      }
      throw error(.expectedCommaOrBracket(found: describe(at: offset)))
    }
  }

  mutating func parseString() throws(JSONError) -> String {
    let opening = offset
    offset += 1  // opening quote
    // Most strings have no escapes: find the closing quote, then validate
    // the bytes in between once.
    var end = offset
    while end < bytes.count {
      let byte = bytes[end]
      if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
      end += 1
    }
    if end < bytes.count && bytes[end] == UInt8(ascii: "\"") {
      guard let string = String(validating: bytes[offset..<end], as: UTF8.self) else {
        throw error(.invalidUTF8, atOffset: opening)
      }
      offset = end + 1
      return string
    }
    var scalars = String.UnicodeScalarView()
    var runStart = offset
    func flush(_ end: Int) throws(JSONError) {
      if runStart < end {
        guard let run = String(validating: bytes[runStart..<end], as: UTF8.self) else {
          throw error(.invalidUTF8, atOffset: opening)
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
        throw error(byte == 0x0A ? .lineBreakInString : .controlCharacterInString)
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
            else { throw error(.unpairedSurrogate) }
            offset += 2
            let low = try parseHex4()
            guard (0xDC00..<0xE000).contains(low) else {
              throw error(.invalidSurrogatePair)
            }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
          }
          guard let scalar = Unicode.Scalar(code) else { throw error(.invalidUnicodeEscape) }
          scalars.append(scalar)
        default:
          offset -= 1
          throw error(.invalidEscape(Character(UnicodeScalar(escape))))
        }
        runStart = offset
        continue
      }
      offset += 1
    }
    throw error(.unterminatedString, atOffset: opening)
  }

  mutating func parseHex4() throws(JSONError) -> UInt32 {
    guard offset + 4 <= bytes.count else { throw error(.incompleteUnicodeEscape) }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[offset]
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
      default: throw error(.invalidHexDigit)
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
    guard isDigit(offset) else { throw error(.invalidNumber) }
    if bytes[offset] == UInt8(ascii: "0") {
      offset += 1
      if isDigit(offset) { throw error(.leadingZero) }
    } else {
      while isDigit(offset) { offset += 1 }
    }
    if offset < bytes.count && bytes[offset] == UInt8(ascii: ".") {
      offset += 1
      guard isDigit(offset) else { throw error(.missingFractionDigits) }
      while isDigit(offset) { offset += 1 }
    }
    if offset < bytes.count && (bytes[offset] | 0x20) == UInt8(ascii: "e") {
      offset += 1
      if offset < bytes.count
        && (bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-"))
      {
        offset += 1
      }
      guard isDigit(offset) else { throw error(.missingExponentDigits) }
      while isDigit(offset) { offset += 1 }
    }
    let text = String(decoding: bytes[start..<offset], as: UTF8.self)
    guard let value = Double(text), value.isFinite else {
      offset = start
      throw error(.numberOutOfRange)
    }
    return value
  }
}
