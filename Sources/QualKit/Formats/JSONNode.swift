/// A JSON value read from a file, with the byte offsets it was read at.
///
/// QualKit reads its own JSON formats (codebooks, coding files) through
/// ``JSONParser`` rather than `JSONDecoder`, so that every problem, from a
/// syntax error to a duplicate code id, can be reported at its line and
/// column.
public struct JSONNode: Hashable, Sendable {
  /// A JSON value whose members keep their positions.
  public enum Value: Hashable, Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, as written and as a double.
    case number(Double)
    /// A string.
    case string(String)
    /// An array of values.
    case array([JSONNode])
    /// An object's members in the order they were written.
    case object([JSONMember])
  }

  /// The value.
  public var value: Value
  /// The UTF-8 offset in the parsed bytes at which the value starts.
  public var offset: Int
  /// The UTF-8 offset just after the value's last byte.
  public var endOffset: Int
  /// The bytes the value was parsed from, if it was parsed.
  public let source: JSONSource?

  /// Creates a node for the bytes `offset..<endOffset` of `source`.
  ///
  /// - Parameters:
  ///   - value: The value.
  ///   - offset: Where it starts, as a UTF-8 offset.
  ///   - endOffset: Where it ends (defaults to `offset`).
  ///   - source: The parsed bytes; without them, ``position`` takes the
  ///     offset as a column on line 1.
  public init(_ value: Value, offset: Int, endOffset: Int? = nil, source: JSONSource? = nil) {
    self.value = value
    self.offset = offset
    self.endOffset = endOffset ?? offset
    self.source = source
  }

  /// Where the value starts, as a line and a Unicode-scalar column.
  ///
  /// Computed on each call from the byte offset (see
  /// ``JSONSource/position(atOffset:)``): ask for it when a message needs it.
  public var position: SourcePosition { Self.position(atOffset: offset, in: source) }

  /// The value's JSON text exactly as it was read, if the node was parsed.
  public var sourceText: String? {
    guard let source, offset <= endOffset, endOffset <= source.bytes.count else { return nil }
    return String(decoding: source.bytes[offset..<endOffset], as: UTF8.self)
  }

  /// The members given a second (or later) time, in order: each has a key
  /// that an earlier member of the same object already has.
  ///
  /// The parser keeps every member (``subscript(_:)`` finds the first), so
  /// callers decide whether a repeated key is an error; this lists them with
  /// their positions (``JSONMember/keyPosition``). Empty for a value that is
  /// not an object. Nested objects are not searched.
  public var duplicateMembers: [JSONMember] {
    guard let members, members.count > 1 else { return [] }
    var seen = Set<String>()
    return members.filter { !seen.insert($0.key).inserted }
  }

  static func position(atOffset offset: Int, in source: JSONSource?) -> SourcePosition {
    source?.position(atOffset: offset) ?? SourcePosition(line: 1, column: offset + 1)
  }

  /// Nodes are equal when their values and byte ranges are; the source is
  /// not compared.
  public static func == (lhs: JSONNode, rhs: JSONNode) -> Bool {
    lhs.offset == rhs.offset && lhs.endOffset == rhs.endOffset && lhs.value == rhs.value
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(value)
    hasher.combine(offset)
    hasher.combine(endOffset)
  }

  /// The value's kind, for messages ("expected a string, found a number").
  public var kindName: String {
    switch value {
    case .null: "null"
    case .bool: "a boolean"
    case .number: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }

  /// The string, if the value is one.
  public var stringValue: String? {
    if case .string(let string) = value { return string }
    return nil
  }

  /// The members, if the value is an object.
  public var members: [JSONMember]? {
    if case .object(let members) = value { return members }
    return nil
  }

  /// The elements, if the value is an array.
  public var elements: [JSONNode]? {
    if case .array(let elements) = value { return elements }
    return nil
  }

  /// The number, if the value is one.
  public var numberValue: Double? {
    if case .number(let number) = value { return number }
    return nil
  }

  /// The Boolean, if the value is one.
  public var boolValue: Bool? {
    if case .bool(let bool) = value { return bool }
    return nil
  }

  /// The first member named `key`, if the value is an object that has one.
  public subscript(key: String) -> JSONNode? {
    members?.first(where: { $0.key == key })?.value
  }
}
