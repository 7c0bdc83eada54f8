extension XMLReader {
  // MARK: - Text, references and attribute values

  /// Reads text up to the next `<`, references decoded, line ends made LF.
  ///
  /// Outside the root element only white space may stand.
  mutating func characterData() throws(XMLError) {
    guard part == .root else {
      while index < input.count && input[index] != UInt8(ascii: "<") {
        guard XMLName.isSpace(input[index]) else {
          throw error(
            .misplacedContent,
            part == .prolog ? "text before the root element" : "text after the root element ends",
            at: index)
        }
        index += 1
      }
      return
    }
    while index < input.count {
      switch input[index] {
      case UInt8(ascii: "<"):
        return
      case UInt8(ascii: "&"):
        let scalar = try reference()
        UTF8.encode(scalar) { text.append($0) }
      case UInt8(ascii: "\r"):
        text.append(UInt8(ascii: "\n"))
        index += 1
        if index < input.count && input[index] == UInt8(ascii: "\n") { index += 1 }
      case UInt8(ascii: "]") where startsWith("]]>"):
        throw error(.malformedMarkup, "']]>' is not allowed in text (write ']]&gt;')", at: index)
      default:
        var end = index + 1
        while end < input.count && !Self.isSpecialInText(input[end]) { end += 1 }
        text.append(contentsOf: input[index..<end])
        index = end
      }
    }
  }

  private static func isSpecialInText(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\r")
      || byte == UInt8(ascii: "]")
  }

  /// Reads the reference at `&` and returns the character it stands for.
  mutating func reference() throws(XMLError) -> Unicode.Scalar {
    let start = index
    index += 1
    if index < input.count && input[index] == UInt8(ascii: "#") {
      index += 1
      var radix: UInt32 = 10
      if index < input.count && input[index] == UInt8(ascii: "x") {
        radix = 16
        index += 1
      }
      var value: UInt32 = 0
      var digits = 0
      while index < input.count, let digit = Self.digit(input[index], radix: radix) {
        // Past U+10FFFF the value stays put: it is refused below anyway.
        if value <= 0x10FFFF { value = value * radix + digit }
        digits += 1
        index += 1
      }
      guard digits > 0, index < input.count, input[index] == UInt8(ascii: ";") else {
        throw error(
          .malformedReference,
          "malformed character reference (write '&#233;' or '&#xE9;', or '&amp;' for a '&')",
          at: start)
      }
      index += 1
      guard let scalar = Unicode.Scalar(value), XMLName.isCharacter(scalar) else {
        throw error(
          .invalidCharacter, "the character reference names a character XML does not allow",
          at: start)
      }
      return scalar
    }
    guard let name = readName() else {
      throw error(
        .malformedReference, "'&' must start a reference such as '&amp;' (write '&amp;' for a '&')",
        at: start)
    }
    guard index < input.count && input[index] == UInt8(ascii: ";") else {
      throw error(.malformedReference, "the reference '&\(name)' must end with ';'", at: start)
    }
    index += 1
    switch name {
    case "lt": return "<"
    case "gt": return ">"
    case "amp": return "&"
    case "apos": return "'"
    case "quot": return "\""
    default:
      throw error(
        .undefinedEntity,
        "entity '&\(name);' is not defined (only &lt; &gt; &amp; &apos; &quot; are; no DOCTYPE may define more)",
        at: start)
    }
  }

  private static func digit(_ byte: UInt8, radix: UInt32) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16:
      UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16:
      UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }

  /// Reads a quoted attribute value: references decoded, each literal
  /// tab, line feed, carriage return or CRLF one space.
  mutating func attributeValue(of name: String) throws(XMLError) -> String {
    guard index < input.count,
      input[index] == UInt8(ascii: "\"") || input[index] == UInt8(ascii: "'")
    else {
      throw error(.malformedMarkup, "the value of attribute '\(name)' must be in quotes", at: index)
    }
    let quote = input[index]
    let start = index
    index += 1
    var value: [UInt8] = []
    while true {
      guard index < input.count else {
        throw error(.unexpectedEnd, "the value of attribute '\(name)' is never closed", at: start)
      }
      let byte = input[index]
      switch byte {
      case quote:
        index += 1
        return String(decoding: value, as: UTF8.self)
      case UInt8(ascii: "<"):
        throw error(
          .malformedMarkup, "'<' is not allowed in the value of attribute '\(name)' (write '&lt;')",
          at: index)
      case UInt8(ascii: "&"):
        let scalar = try reference()
        UTF8.encode(scalar) { value.append($0) }
      case UInt8(ascii: "\r"):
        value.append(UInt8(ascii: " "))
        index += 1
        if index < input.count && input[index] == UInt8(ascii: "\n") { index += 1 }
      case UInt8(ascii: "\n"), UInt8(ascii: "\t"):
        value.append(UInt8(ascii: " "))
        index += 1
      default:
        value.append(byte)
        index += 1
      }
    }
  }

  // MARK: - Markup that gives no event

  /// Skips a processing instruction `<?target …?>`.
  mutating func processingInstruction() throws(XMLError) {
    let start = index
    index += 2
    guard let target = readName() else {
      throw error(.malformedMarkup, "expected a name after '<?'", at: index)
    }
    if target.lowercased() == "xml" {
      throw error(
        .malformedDeclaration,
        "the XML declaration may stand only at the very start of the document", at: start)
    }
    guard let end = find("?>") else {
      throw error(.unexpectedEnd, "the processing instruction is never closed with '?>'", at: start)
    }
    guard end == index || XMLName.isSpace(input[index]) else {
      throw error(.malformedMarkup, "expected a space after '<?\(target)'", at: index)
    }
    index = end + 2
  }

  /// Skips a comment `<!-- … -->`, in which `--` may not stand.
  mutating func comment() throws(XMLError) {
    let start = index
    index += 4
    guard let dashes = find("--") else {
      throw error(.unexpectedEnd, "the comment is never closed with '-->'", at: start)
    }
    guard dashes + 2 < input.count, input[dashes + 2] == UInt8(ascii: ">") else {
      throw error(.malformedMarkup, "'--' is not allowed inside a comment", at: dashes)
    }
    index = dashes + 3
  }

  /// Reads a CDATA section `<![CDATA[ … ]]>` into the text.
  mutating func cdataSection() throws(XMLError) {
    let start = index
    guard part == .root else {
      throw error(.misplacedContent, "a CDATA section outside the root element", at: start)
    }
    index += "<![CDATA[".utf8.count
    guard let end = find("]]>") else {
      throw error(.unexpectedEnd, "the CDATA section is never closed with ']]>'", at: start)
    }
    var cursor = index
    while cursor < end {
      let byte = input[cursor]
      cursor += 1
      if byte == UInt8(ascii: "\r") {
        text.append(UInt8(ascii: "\n"))
        if cursor < end && input[cursor] == UInt8(ascii: "\n") { cursor += 1 }
      } else {
        text.append(byte)
      }
    }
    index = end + 3
  }

  // MARK: - Lexical helpers

  /// Reads an XML name at the cursor, or returns nil (the cursor unmoved)
  /// when none starts there.
  mutating func readName() -> String? {
    let start = index
    guard let (first, length) = scalar(at: index), XMLName.isNameStart(first) else { return nil }
    index += length
    while let (next, length) = scalar(at: index), XMLName.isNameCharacter(next) { index += length }
    return String(decoding: input[start..<index], as: UTF8.self)
  }

  /// The scalar whose UTF-8 starts at `offset` (the input is valid UTF-8).
  private func scalar(at offset: Int) -> (Unicode.Scalar, Int)? {
    guard offset < input.count else { return nil }
    let lead = input[offset]
    let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    guard offset + length <= input.count else { return nil }
    var value = length == 1 ? UInt32(lead) : UInt32(lead) & (0x7F >> length)
    for next in input[(offset + 1)..<(offset + length)] {
      value = value << 6 | UInt32(next & 0x3F)
    }
    return Unicode.Scalar(value).map { ($0, length) }
  }

  /// Skips white space; returns whether there was any.
  @discardableResult
  mutating func skipSpace() -> Bool {
    let start = index
    while index < input.count && XMLName.isSpace(input[index]) { index += 1 }
    return index > start
  }

  /// Whether the input at the cursor starts with `prefix` (ASCII).
  func startsWith(_ prefix: String) -> Bool {
    var offset = index
    for byte in prefix.utf8 {
      guard offset < input.count && input[offset] == byte else { return false }
      offset += 1
    }
    return true
  }

  /// The offset of the next `pattern` (ASCII) from the cursor on, if any.
  func find(_ pattern: String) -> Int? {
    let bytes = Array(pattern.utf8)
    guard let first = bytes.first else { return nil }
    var offset = index
    let last = input.count - bytes.count
    while offset <= last {
      if input[offset] == first && input[offset..<(offset + bytes.count)].elementsEqual(bytes) {
        return offset
      }
      offset += 1
    }
    return nil
  }

  /// The line and column of the byte at `offset`.
  mutating func position(of offset: Int) -> SourcePosition {
    counter.position(of: offset, in: input)
  }

  /// An error of `kind` at the byte at `offset`.
  mutating func error(_ kind: XMLError.Kind, _ message: String, at offset: Int) -> XMLError {
    XMLError(kind, message, at: position(of: offset))
  }
}

/// Turns byte offsets into lines and columns, walking forward from the last
/// offset asked for (so that asking in document order costs one pass).
struct PositionCounter: Sendable {
  private var offset = 0
  private var line = 1
  private var column = 1

  /// The line and column (in scalars) of the byte at `target` of `bytes`,
  /// UTF-8 whose lines end in LF, CRLF or CR.
  mutating func position(of target: Int, in bytes: [UInt8]) -> SourcePosition {
    if target < offset { self = PositionCounter() }
    let end = min(target, bytes.count)
    while offset < end {
      let byte = bytes[offset]
      if byte == 0x0A || (byte == 0x0D && (offset + 1 == bytes.count || bytes[offset + 1] != 0x0A))
      {
        line += 1
        column = 1
      } else if byte != 0x0D && byte & 0xC0 != 0x80 {
        column += 1
      }
      offset += 1
    }
    return SourcePosition(line: line, column: column)
  }
}
