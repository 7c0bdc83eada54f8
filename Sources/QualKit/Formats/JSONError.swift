/// A JSON syntax error at a line and column.
public struct JSONError: InputError, Hashable, Sendable {
  /// What is wrong.
  public var message: String
  /// Where the parser stopped.
  public var position: SourcePosition?

  /// Creates an error.
  public init(_ message: String, at position: SourcePosition?) {
    self.message = message
    self.position = position
  }
}
