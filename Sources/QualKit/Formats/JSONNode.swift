/// A JSON value read from a file, with the position it was read at.
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
  /// Where the value starts.
  public var position: SourcePosition

  /// Creates a node.
  public init(_ value: Value, at position: SourcePosition) {
    self.value = value
    self.position = position
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

/// One `"key": value` member of a JSON object.
public struct JSONMember: Hashable, Sendable {
  /// The member's name.
  public var key: String
  /// Where the member's name starts.
  public var keyPosition: SourcePosition
  /// The member's value.
  public var value: JSONNode

  /// Creates a member.
  public init(key: String, keyPosition: SourcePosition, value: JSONNode) {
    self.key = key
    self.keyPosition = keyPosition
    self.value = value
  }
}
