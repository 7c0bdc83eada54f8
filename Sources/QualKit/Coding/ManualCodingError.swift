/// A coding to remove that is not there.
public struct ManualCodingError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What was found instead.
  public enum Kind: Hashable, Sendable {
    /// No coding of the code near the span.
    case notCoded
    /// Codings of the code overlap the span, none has exactly its offsets.
    case overlapsOnly
  }

  /// What was found instead.
  public var kind: Kind
  /// A lowercase sentence fragment without a final period.
  public var message: String

  public var description: String { message }
}
