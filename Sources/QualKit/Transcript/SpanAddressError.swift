/// An address that names no text of a transcript: outside it, blank, in
/// its front matter, or a quote that is not there once inside one turn.
public struct SpanAddressError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Why the address names no text.
  public enum Kind: Hashable, Sendable {
    /// A line, turn or offset outside the transcript.
    case outside
    /// Only blank lines, or a turn without text.
    case blank
    /// A span that starts before the first turn.
    case frontMatter
    /// A quote that is not in the addressed text.
    case quoteNotFound
    /// A quote found more than once in the addressed text.
    case quoteAmbiguous
    /// A quote that runs from one turn into the next.
    case quoteAcrossTurns
  }

  /// Why the address names no text.
  public var kind: Kind
  /// A lowercase sentence fragment without a final period.
  public var message: String

  /// Creates an error of `kind` with `message`.
  public init(_ kind: Kind, _ message: String) {
    self.kind = kind
    self.message = message
  }

  public var description: String { message }
}
