/// A filter name that matches nothing in the project.
public struct CodingFilterError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What kind of name it is.
  public enum Kind: String, Hashable, Sendable {
    /// A code not in the codebook.
    case unknownCode = "code"
    /// A coder with no codings.
    case unknownCoder = "coder"
    /// A transcript neither in the project nor coded.
    case unknownTranscript = "transcript"
    /// A speaker role no turn has.
    case unknownRole = "speaker role"
    /// An attribute no transcript has.
    case unknownAttribute = "attribute"
    /// An attribute value no transcript has.
    case unknownAttributeValue = "attribute value"
  }

  /// What kind of name it is.
  public var kind: Kind
  /// The name as given.
  public var name: String
  /// The nearest valid names, best first.
  public var nearest: [String]

  /// Creates an error for `name`, suggesting the nearest of `choices`.
  public init(_ kind: Kind, name: String, choices: some Collection<String>) {
    self.kind = kind
    self.name = name
    self.nearest = Suggestions.nearest(to: name, in: choices, limit: 3)
  }

  /// `unknown coder 'ana' (nearest: anna, bo)`.
  public var description: String {
    let hint =
      nearest.isEmpty ? " (there are none)" : " (nearest: \(nearest.joined(separator: ", ")))"
    return "unknown \(kind.rawValue) '\(name)'\(hint)"
  }
}
