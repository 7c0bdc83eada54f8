extension XMLReader {
  /// The encoding labels an XML declaration may give: UTF-8 and its ASCII
  /// subset, and UTF-16 (the bytes, not the label, decide which is read).
  private static let readableEncodings: Set<String> = [
    "utf-8", "utf8", "us-ascii", "ascii", "utf-16", "utf-16le", "utf-16be",
  ]

  /// The document as UTF-8 without a byte order mark, and how it was
  /// encoded; checked to be valid and to hold only characters XML allows.
  static func utf8(from bytes: [UInt8]) throws(XMLError) -> (
    bytes: [UInt8], encoding: Encoding, hasByteOrderMark: Bool
  ) {
    let result: (bytes: [UInt8], encoding: Encoding, hasByteOrderMark: Bool)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      result = (Array(bytes[3...]), .utf8, true)
    } else if bytes.starts(with: [0xFF, 0xFE]) {
      result = (try utf16(bytes[2...], isLittleEndian: true), .utf16LittleEndian, true)
    } else if bytes.starts(with: [0xFE, 0xFF]) {
      result = (try utf16(bytes[2...], isLittleEndian: false), .utf16BigEndian, true)
    } else if bytes.starts(with: [0x3C, 0x00, 0x3F, 0x00]) {
      result = (try utf16(bytes[...], isLittleEndian: true), .utf16LittleEndian, false)
    } else if bytes.starts(with: [0x00, 0x3C, 0x00, 0x3F]) {
      result = (try utf16(bytes[...], isLittleEndian: false), .utf16BigEndian, false)
    } else {
      result = (bytes, .utf8, false)
    }
    if result.encoding == .utf8, let bad = UTF8Validation.firstInvalidOffset(in: result.bytes) {
      var counter = PositionCounter()
      throw XMLError(
        .invalidEncoding,
        "the document is not valid UTF-8 (byte 0x\(String(result.bytes[bad], radix: 16, uppercase: true)))",
        at: counter.position(of: bad, in: result.bytes))
    }
    try checkCharacters(result.bytes)
    return result
  }

  /// UTF-16 code units as UTF-8.
  private static func utf16(_ bytes: ArraySlice<UInt8>, isLittleEndian: Bool) throws(XMLError)
    -> [UInt8]
  {
    var output: [UInt8] = []
    // A unit of two bytes is at most three bytes of UTF-8.
    output.reserveCapacity(bytes.count / 2 * 3)
    var counter = PositionCounter()
    func failure(_ message: String) -> XMLError {
      XMLError(.invalidEncoding, message, at: counter.position(of: output.count, in: output))
    }
    var offset = bytes.startIndex
    func unit() -> UInt32 {
      let (first, second) = (UInt32(bytes[offset]), UInt32(bytes[offset + 1]))
      offset += 2
      return isLittleEndian ? first | second << 8 : first << 8 | second
    }
    while offset + 1 < bytes.endIndex {
      var value = unit()
      if (0xD800..<0xDC00).contains(value) {
        guard offset + 1 < bytes.endIndex else {
          throw failure("the document ends inside a UTF-16 surrogate pair")
        }
        let low = unit()
        guard (0xDC00..<0xE000).contains(low) else {
          throw failure("a UTF-16 high surrogate without its low surrogate")
        }
        value = 0x10000 + (value - 0xD800) << 10 + (low - 0xDC00)
      } else if (0xDC00..<0xE000).contains(value) {
        throw failure("a UTF-16 low surrogate without its high surrogate")
      }
      // Every value left is a scalar: surrogates are paired or refused.
      if let scalar = Unicode.Scalar(value) { UTF8.encode(scalar) { output.append($0) } }
    }
    guard offset == bytes.endIndex else {
      throw failure("the UTF-16 document has an odd number of bytes")
    }
    return output
  }

  /// Refuses a character XML 1.0 does not allow (a C0 control other than
  /// tab, line feed and carriage return; U+FFFE; U+FFFF) in valid UTF-8.
  private static func checkCharacters(_ bytes: [UInt8]) throws(XMLError) {
    for (offset, byte) in bytes.enumerated() where byte < 0x20 || byte == 0xEF {
      let isControl = byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D
      let isNonCharacter =
        byte == 0xEF && offset + 2 < bytes.count && bytes[offset + 1] == 0xBF
        && (bytes[offset + 2] == 0xBE || bytes[offset + 2] == 0xBF)
      guard isControl || isNonCharacter else { continue }
      var counter = PositionCounter()
      let name =
        isControl
        ? "U+00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true)
        : bytes[offset + 2] == 0xBE ? "U+FFFE" : "U+FFFF"
      throw XMLError(
        .invalidCharacter, "the character \(name) is not allowed in XML",
        at: counter.position(of: offset, in: bytes))
    }
  }

  /// Reads the XML declaration, `<?xml version="1.0" encoding="UTF-8"
  /// standalone="yes"?>`, if the document starts with one.
  mutating func readDeclaration() throws(XMLError) {
    guard startsWith("<?xml"), input.count > 5,
      XMLName.isSpace(input[5]) || input[5] == UInt8(ascii: "?")
    else { return }
    index = 5
    var values: [(name: String, value: String, offset: Int)] = []
    while true {
      let hadSpace = skipSpace()
      if startsWith("?>") {
        index += 2
        break
      }
      guard index < input.count else {
        throw error(.unexpectedEnd, "the XML declaration is never closed with '?>'", at: 0)
      }
      let start = index
      guard hadSpace, let name = readName() else {
        throw error(.malformedDeclaration, "malformed XML declaration", at: index)
      }
      skipSpace()
      guard index < input.count, input[index] == UInt8(ascii: "=") else {
        throw error(.malformedDeclaration, "expected '=' after '\(name)'", at: index)
      }
      index += 1
      skipSpace()
      guard index < input.count,
        input[index] == UInt8(ascii: "\"") || input[index] == UInt8(ascii: "'"),
        let close = input[(index + 1)...].firstIndex(of: input[index])
      else {
        throw error(.malformedDeclaration, "the value of '\(name)' must be in quotes", at: index)
      }
      values.append((name, String(decoding: input[(index + 1)..<close], as: UTF8.self), start))
      index = close + 1
    }
    let names = values.map(\.name)
    let allowed = [
      ["version"], ["version", "encoding"], ["version", "standalone"],
      ["version", "encoding", "standalone"],
    ]
    guard allowed.contains(names) else {
      throw error(
        .malformedDeclaration,
        "the XML declaration must give version, then optionally encoding and standalone, in that order",
        at: values.first?.offset ?? 0)
    }
    let version = values[0]
    guard version.value.hasPrefix("1."), version.value.count > 2,
      version.value.dropFirst(2).allSatisfy(\.isASCII), Int(version.value.dropFirst(2)) != nil
    else {
      throw error(
        .malformedDeclaration, "unknown XML version '\(version.value)'", at: version.offset)
    }
    var declaration = Declaration(version: version.value)
    for value in values.dropFirst() {
      if value.name == "encoding" {
        guard Self.readableEncodings.contains(value.value.lowercased()) else {
          throw error(
            .invalidEncoding,
            "the document declares encoding '\(value.value)'; only UTF-8 and UTF-16 are read",
            at: value.offset)
        }
        declaration.encoding = value.value
      } else {
        guard value.value == "yes" || value.value == "no" else {
          throw error(.malformedDeclaration, "standalone must be 'yes' or 'no'", at: value.offset)
        }
        declaration.isStandalone = value.value == "yes"
      }
    }
    self.declaration = declaration
  }
}

extension XMLReader.Declaration {
  /// A declaration of `version` alone.
  init(version: String) {
    self.version = version
    encoding = nil
    isStandalone = nil
  }
}
