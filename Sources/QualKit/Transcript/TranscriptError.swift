/// A transcript file that cannot be read: empty, binary, malformed.
public struct TranscriptError: InputError, Hashable, Sendable {
  /// What is wrong.
  public var message: String
  /// Where, if the problem has a place in the file.
  public var position: SourcePosition?

  /// Creates an error.
  public init(_ message: String, at position: SourcePosition? = nil) {
    self.message = message
    self.position = position
  }
}
