/// A JSON value to write, with object members in a fixed order.
///
/// QualKit's outputs must be byte-identical for identical inputs, so objects
/// keep the order their members were given in (never a hash order), and
/// numbers are written in Swift's shortest round-trip form. NaN and infinity,
/// which JSON cannot express, are written as `null`.
public indirect enum JSONOutput: Sendable, Equatable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// A whole number.
  case int(Int)
  /// A number with a fraction; non-finite values become `null`.
  case double(Double)
  /// A string.
  case string(String)
  /// An array.
  case array([JSONOutput])
  /// An object, members in order.
  case object([(String, JSONOutput)])

  public static func == (lhs: JSONOutput, rhs: JSONOutput) -> Bool {
    lhs.rendered() == rhs.rendered()
  }

  /// A string, or `null` when `value` is nil.
  public static func string(_ value: String?) -> JSONOutput {
    value.map { .string($0) } ?? .null
  }

  /// The value as compact JSON text on one line, or indented by two spaces.
  ///
  /// - Parameter pretty: Whether to indent nested values on their own lines.
  /// - Returns: The JSON text, without a final line break.
  public func rendered(pretty: Bool = false) -> String {
    var output = ""
    write(to: &output, pretty: pretty, indent: 0)
    return output
  }

  private func write(to output: inout String, pretty: Bool, indent: Int) {
    switch self {
    case .null: output += "null"
    case .bool(let value): output += value ? "true" : "false"
    case .int(let value): output += String(value)
    case .double(let value): output += Self.format(value)
    case .string(let value): Self.writeString(value, to: &output)
    case .array(let elements):
      if elements.isEmpty {
        output += "[]"
        return
      }
      output += "["
      for (index, element) in elements.enumerated() {
        if index > 0 { output += pretty ? "," : "," }
        if pretty { output += "\n" + String(repeating: "  ", count: indent + 1) }
        element.write(to: &output, pretty: pretty, indent: indent + 1)
      }
      if pretty { output += "\n" + String(repeating: "  ", count: indent) }
      output += "]"
    case .object(let members):
      if members.isEmpty {
        output += "{}"
        return
      }
      output += "{"
      for (index, (key, value)) in members.enumerated() {
        if index > 0 { output += "," }
        if pretty { output += "\n" + String(repeating: "  ", count: indent + 1) }
        Self.writeString(key, to: &output)
        output += pretty ? ": " : ":"
        value.write(to: &output, pretty: pretty, indent: indent + 1)
      }
      if pretty { output += "\n" + String(repeating: "  ", count: indent) }
      output += "}"
    }
  }

  /// Formats a double as JSON: shortest round-trip digits, whole values without a fraction.
  public static func format(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    if value == value.rounded(), abs(value) < 1e15 {
      return String(Int(value))
    }
    return String(value)
  }

  /// Appends UTF-8 text as a JSON string literal, quotes included, escaping
  /// what ``writeString(_:to:)`` escapes.
  public static func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
    bytes.append(UInt8(ascii: "\""))
    var runStart = 0
    var index = 0
    let count = utf8.count
    func flush(_ end: Int) {
      if runStart < end {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<end]))
      }
    }
    while index < count {
      let byte = utf8[index]
      var escape: [UInt8]?
      var width = 1
      switch byte {
      case UInt8(ascii: "\""): escape = [0x5C, 0x22]
      case UInt8(ascii: "\\"): escape = [0x5C, 0x5C]
      case 0x0A: escape = [0x5C, UInt8(ascii: "n")]
      case 0x0D: escape = [0x5C, UInt8(ascii: "r")]
      case 0x09: escape = [0x5C, UInt8(ascii: "t")]
      case 0x08: escape = [0x5C, UInt8(ascii: "b")]
      case 0x0C: escape = [0x5C, UInt8(ascii: "f")]
      case 0x00...0x1F, 0x7F: escape = Array("\\u00".utf8) + hexDigits(byte)
      case 0xC2 where index + 1 < count && (0x80...0x9F).contains(utf8[index + 1]):
        // A C1 control character (U+0080–U+009F), which some terminals obey.
        escape = Array("\\u00".utf8) + hexDigits(utf8[index + 1])
        width = 2
      case 0xE2
      where index + 2 < count && utf8[index + 1] == 0x80
        && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
        escape =
          Array("\\u202".utf8) + [utf8[index + 2] == 0xA8 ? UInt8(ascii: "8") : UInt8(ascii: "9")]
        width = 3
      default: break
      }
      if let escape {
        flush(index)
        bytes.append(contentsOf: escape)
        index += width
        runStart = index
      } else {
        index += 1
      }
    }
    flush(count)
    bytes.append(UInt8(ascii: "\""))
  }

  private static func hexDigits(_ byte: UInt8) -> [UInt8] {
    let digits = Array("0123456789abcdef".utf8)
    return [digits[Int(byte >> 4)], digits[Int(byte & 0xF)]]
  }

  /// Appends `value` as a JSON string literal.
  public static func writeString(_ value: String, to output: inout String) {
    output += "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "\u{08}": output += "\\b"
      case "\u{0C}": output += "\\f"
      case "\u{00}"..."\u{1F}", "\u{7F}"..."\u{9F}", "\u{2028}", "\u{2029}":
        let hex = String(scalar.value, radix: 16, uppercase: false)
        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: output.unicodeScalars.append(scalar)
      }
    }
    output += "\""
  }
}
