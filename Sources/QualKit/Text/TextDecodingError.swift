/// Bytes that cannot be read as text.
public struct TextDecodingError: InputError, Hashable, Sendable {
  /// What is wrong with the bytes.
  public enum Kind: Hashable, Sendable {
    /// A NUL byte, or many control bytes: the data looks binary.
    case binary
  }

  /// What is wrong.
  public var kind: Kind
  /// Where the first offending byte is.
  public var position: SourcePosition?

  /// Creates an error of `kind` at `position`.
  public init(_ kind: Kind, at position: SourcePosition?) {
    self.kind = kind
    self.position = position
  }

  public var message: String {
    switch kind {
    case .binary: "file looks binary (it contains a NUL or control byte), not text"
    }
  }
}
