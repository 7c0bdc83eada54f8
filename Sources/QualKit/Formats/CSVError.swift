/// An error in a CSV file that stops it from being read: an unterminated
/// quote, stray text after a closing quote, or a file too large to index.
public struct CSVError: InputError, Hashable, Sendable {
  /// What went wrong.
  public enum Kind: Hashable, Sendable {
    /// A quoted field that is never closed.
    case unterminatedQuote
    /// Characters between a closing quote and the next delimiter or line end.
    case textAfterClosingQuote
    /// A file larger than the reader can index (4 GiB).
    case fileTooLarge
  }

  /// What went wrong.
  public var kind: Kind
  /// Where it went wrong: for a quote, the opening or closing quote.
  public var position: SourcePosition?

  /// Creates an error of `kind` at `position`.
  public init(_ kind: Kind, at position: SourcePosition?) {
    self.kind = kind
    self.position = position
  }

  public var message: String {
    switch kind {
    case .unterminatedQuote: "unterminated quoted field"
    case .textAfterClosingQuote: "unexpected text after a closing quote"
    case .fileTooLarge: "file is too large to read (the limit is 4 GiB)"
    }
  }
}
