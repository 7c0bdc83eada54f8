/// One entry of a code's `keywords`: a word, a phrase, a trailing-wildcard
/// stem or a regular expression, possibly negated with a leading `-`.
///
/// The syntax, after surrounding whitespace is trimmed:
///
/// - `stress` is a word and `tage det stille og roligt` a phrase. A phrase's
///   single spaces match any run of whitespace in the text, line breaks
///   included.
/// - `mestr*` is a stem: it matches the start of a word (`mestring`,
///   `mestre`, `mestr`), and its hit is the whole word. A stem may be a
///   phrase whose last word is the stem (`tage det*`).
/// - `re:<expression>` is a regular expression, matched case-insensitively
///   on the original text (see ``KeywordMatcher``).
/// - `-<pattern>` is an exclusion: it drops its own code's hit that has
///   exactly the span the pattern matches (`stress*` with `-stressfri`).
///
/// Words, phrases and stems match case-insensitively, whole words only, with
/// æ, ø, å equal to ae, oe, aa; ``KeywordMatcher`` gives the exact rules.
public struct KeywordPattern: Hashable, Sendable {
  /// The kind of pattern a keyword is.
  public enum Kind: Hashable, Sendable {
    /// A single word, such as `stress`.
    case word
    /// Several words separated by whitespace, such as `tage det stille`.
    case phrase
    /// A word or phrase followed by `*`, such as `mestr*`.
    case stem
    /// A regular expression after `re:`.
    case regex
  }

  /// The keyword exactly as it was written.
  public let source: String
  /// The kind of pattern.
  public let kind: Kind
  /// Whether the keyword starts with `-` and so removes hits instead of
  /// making them.
  public let isExclusion: Bool
  /// The pattern without `-`, `re:` and `*`; for words, phrases and stems
  /// the words joined by single spaces.
  public let body: String

  /// Parses one keyword.
  ///
  /// ```swift
  /// let stem = try KeywordPattern(parsing: "mestr*")  // kind .stem, body "mestr"
  /// let not = try KeywordPattern(parsing: "-stressfri")  // isExclusion
  /// ```
  ///
  /// - Parameter source: The keyword as written in the codebook.
  /// - Throws: ``KeywordPatternError`` if the keyword is empty, has no
  ///   letters before its wildcard, has a `*` before its end, or is a
  ///   regular expression that does not compile.
  public init(parsing source: String) throws(KeywordPatternError) {
    self.source = source
    var rest = Self.trimmed(Substring(source))
    if rest.isEmpty { throw KeywordPatternError(.empty, keyword: source) }
    isExclusion = rest.first == "-"
    if isExclusion {
      rest = Self.trimmed(rest.dropFirst())
      if rest.isEmpty { throw KeywordPatternError(.emptyExclusion, keyword: source) }
    }
    if rest.hasPrefix("re:") {
      let expression = String(rest.dropFirst(3))
      if expression.isEmpty {
        throw KeywordPatternError(.emptyRegularExpression, keyword: source)
      }
      if let reason = KeywordRegex.compilationError(expression) {
        throw KeywordPatternError(.invalidRegularExpression(reason: reason), keyword: source)
      }
      kind = .regex
      body = expression
      return
    }
    let isStem = rest.last == "*"
    if isStem { rest = Self.trimmed(rest.dropLast()) }
    if isStem, !rest.unicodeScalars.contains(where: KeywordFolding.isWordScalar) {
      throw KeywordPatternError(.noLettersBeforeWildcard, keyword: source)
    }
    if rest.contains("*") { throw KeywordPatternError(.misplacedWildcard, keyword: source) }
    let words = rest.unicodeScalars
      .split(whereSeparator: KeywordFolding.isWhitespace)
      .map { String(String.UnicodeScalarView($0)) }
    kind = isStem ? .stem : (words.count > 1 ? .phrase : .word)
    body = words.joined(separator: " ")
  }

  /// The substring without leading and trailing whitespace.
  private static func trimmed(_ text: Substring) -> Substring {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !KeywordFolding.isWhitespace($0) }),
      let last = scalars.lastIndex(where: { !KeywordFolding.isWhitespace($0) })
    else { return "" }
    return Substring(scalars[first...last])
  }
}
