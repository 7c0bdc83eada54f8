/// An object member kept as it was read: its name, and its value as JSON
/// text.
///
/// Formats that keep members they do not know (a coding line's `guid` from a
/// later version of QualKit) store them this way and write them back
/// unchanged, without having to understand them.
public struct JSONRawMember: Hashable, Sendable {
  /// The member's name (unescaped).
  public var key: String
  /// The member's value as JSON text, byte for byte as it was read.
  public var json: String

  /// Creates a member from its name and its value's JSON text.
  ///
  /// - Parameters:
  ///   - key: The name, unescaped.
  ///   - json: One JSON value, such as `"x"`, `12` or `{"a":[1]}`; it is
  ///     written as given, so it must be valid JSON on one line.
  public init(key: String, json: String) {
    self.key = key
    self.json = json
  }

  /// Creates a member from a parsed one, taking the value's text from the
  /// bytes it was parsed from (a node built by hand, without them, is
  /// written compactly).
  public init(_ member: JSONMember) {
    self.key = member.key
    self.json = member.value.sourceText ?? Self.compact(member.value).rendered()
  }

  private static func compact(_ node: JSONNode) -> JSONOutput {
    switch node.value {
    case .null: .null
    case .bool(let bool): .bool(bool)
    case .number(let number): .double(number)
    case .string(let string): .string(string)
    case .array(let elements): .array(elements.map(compact))
    case .object(let members): .object(members.map { ($0.key, compact($0.value)) })
    }
  }

  /// Appends `,"key":value` (the key escaped, the value as stored).
  func append(to bytes: inout [UInt8]) {
    bytes.append(UInt8(ascii: ","))
    var key = key
    key.withUTF8 { JSONOutput.appendEscaped($0, to: &bytes) }
    bytes.append(UInt8(ascii: ":"))
    bytes.append(contentsOf: json.utf8)
  }
}
