/// One original that pseudonymisation replaced or left, or that a check
/// found: the file, the place in it, the text and its pseudonym.
public struct PseudonymOccurrence: Hashable, Sendable {
  /// What part of a file the original stands in.
  public enum Place: Hashable, Sendable, CustomStringConvertible {
    /// A transcript's words, or a text file's text.
    case text
    /// A transcript's front matter (`key: value` at the top).
    case frontMatter(String)
    /// A coding's stored quote.
    case quote
    /// A coding's memo.
    case memo
    /// A member of a coding line that QualKit does not know.
    case member(String)
    /// A CSV file's column.
    case column(String)
    /// A file's name.
    case fileName

    public var description: String {
      switch self {
      case .text: "text"
      case .frontMatter(let key): "front matter '\(key)'"
      case .quote: "quote"
      case .memo: "memo"
      case .member(let key): "member '\(key)'"
      case .column(let name): "column '\(name)'"
      case .fileName: "file name"
      }
    }
  }

  /// The file, as the project names it.
  public var file: String
  /// Where in it (line and column), if known.
  public var position: SourcePosition?
  /// The original as it stands there.
  public var found: String
  /// Its pseudonym (nil for an identifier a check found that no key maps).
  public var pseudonym: String?
  /// What it names.
  public var category: PseudonymCategory
  /// What part of the file it stands in.
  public var place: Place
  /// Why it was left as it is; nil when it was replaced (or, in a check,
  /// simply found).
  public var reason: String?

  /// Creates an occurrence.
  public init(
    file: String, position: SourcePosition?, found: String, pseudonym: String?,
    category: PseudonymCategory, place: Place = .text, reason: String? = nil
  ) {
    self.file = file
    self.position = position
    self.found = found
    self.pseudonym = pseudonym
    self.category = category
    self.place = place
    self.reason = reason
  }

  /// `file:line:column`, the parts known.
  public var location: String {
    ([file] + (position.map { ["\($0.line)", "\($0.column)"] } ?? [])).joined(separator: ":")
  }

  /// The position of scalar `offset` in a text whose lines `lines` indexes.
  static func position(of offset: Int, in lines: LineIndex) -> SourcePosition {
    let line = lines.line(containingScalarOffset: offset)
    return SourcePosition(line: line, column: offset - lines.scalarStarts[line - 1] + 1)
  }
}
