/// One `"key": value` member of a JSON object.
public struct JSONMember: Hashable, Sendable {
  /// The member's name.
  public var key: String
  /// The UTF-8 offset of the opening quote of the member's name.
  public var keyOffset: Int
  /// The member's value.
  public var value: JSONNode

  /// Creates a member whose name starts at `keyOffset` of the value's source.
  public init(key: String, keyOffset: Int, value: JSONNode) {
    self.key = key
    self.keyOffset = keyOffset
    self.value = value
  }

  /// Where the member's name starts, as a line and a Unicode-scalar column
  /// (computed on each call, like ``JSONNode/position``).
  public var keyPosition: SourcePosition {
    JSONNode.position(atOffset: keyOffset, in: value.source)
  }
}
