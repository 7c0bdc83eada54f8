/// A codebook edit that cannot be made (``Codebook/applying(_:)``).
public struct CodebookEditError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Why the edit cannot be made.
  public enum Kind: Hashable, Sendable {
    /// A code the edit names is not in the codebook.
    case unknownCode
    /// The new id is already a code's.
    case existingID
    /// A code would be moved or merged into itself or its own sub-codes.
    case intoOwnSubtree
    /// An empty id or label.
    case invalidID
  }

  /// Why the edit cannot be made.
  public var kind: Kind
  /// What is wrong, a lowercase fragment.
  public var message: String
  /// The nearest existing ids, for an unknown code.
  public var nearest: [String]

  /// Creates an error.
  public init(_ kind: Kind, _ message: String, nearest: [String] = []) {
    self.kind = kind
    self.message = message
    self.nearest = nearest
  }

  /// The message, with the nearest ids when there are any.
  public var description: String {
    nearest.isEmpty ? message : "\(message) (nearest: \(nearest.joined(separator: ", ")))"
  }
}
