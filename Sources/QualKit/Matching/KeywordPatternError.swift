/// An invalid entry in a code's `keywords`: empty, a bare wildcard, or a
/// regular expression that does not compile.
///
/// The error has no position of its own; the codebook validator that reads
/// the keyword adds its JSON path.
public struct KeywordPatternError: InputError, Hashable, Sendable {
  /// What is wrong with the keyword.
  public enum Kind: Hashable, Sendable {
    /// The keyword is empty or only whitespace.
    case empty
    /// The keyword is a `-` with nothing to exclude after it.
    case emptyExclusion
    /// The keyword ends in `*` but has no letter or digit before it.
    case noLettersBeforeWildcard
    /// The keyword has a `*` that is not its last character.
    case misplacedWildcard
    /// The keyword is `re:` with no expression after it.
    case emptyRegularExpression
    /// The expression after `re:` does not compile; the reason says why.
    case invalidRegularExpression(reason: String)
  }

  /// What is wrong with the keyword.
  public var kind: Kind
  /// The keyword exactly as it was written.
  public var keyword: String

  /// Creates an error about a keyword.
  public init(_ kind: Kind, keyword: String) {
    self.kind = kind
    self.keyword = keyword
  }

  public var position: SourcePosition? { nil }

  public var message: String {
    switch kind {
    case .empty:
      return "keyword is empty"
    case .emptyExclusion:
      return "keyword '\(keyword)' has nothing to exclude after '-'"
    case .noLettersBeforeWildcard:
      return "keyword '\(keyword)' has no letters before the wildcard"
    case .misplacedWildcard:
      return "keyword '\(keyword)' has a '*' that is not at its end"
    case .emptyRegularExpression:
      return "keyword '\(keyword)' has no regular expression after 're:'"
    case .invalidRegularExpression(let reason):
      return "invalid regular expression '\(keyword)': \(reason)"
    }
  }
}
