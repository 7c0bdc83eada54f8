/// A problem in a spreadsheet codebook, at its row and column.
public struct CodebookImportError: InputError, Hashable, Sendable {
  /// What is wrong.
  public enum Kind: Hashable, Sendable {
    /// The file is not readable CSV (the reason says why).
    case csv(String)
    /// The header has no `path` column.
    case missingPathColumn
    /// A row's path is empty.
    case emptyPath
    /// A path names the same code as an earlier row (the line of that row).
    case duplicateCode(String, line: Int)
    /// A path's parent names no row of the file.
    case unknownParent(String)
    /// A colour that is not `#RRGGBB`.
    case colour(String)
    /// A keyword the keyword language rejects (its message).
    case keyword(String)
    /// A `codable` value that is not yes or no.
    case codable(String)
    /// An id that breaks the id rule (``Code/idProblem(_:)``'s fragment).
    case invalidID(String)
    /// A path with more levels than a codebook file can hold (its levels, the limit).
    case tooDeep(levels: Int, limit: Int)
    /// A codebook-wide column (`codebook.name`) with a second, different
    /// value (the column and the line of the first).
    case conflictingValue(column: String, line: Int)
  }

  /// What is wrong.
  public var kind: Kind
  /// The line and column of the field (or of the file's start).
  public var position: SourcePosition?

  /// Creates an error at `position`.
  public init(_ kind: Kind, at position: SourcePosition?) {
    self.kind = kind
    self.position = position
  }

  public var message: String {
    switch kind {
    case .csv(let reason): reason
    case .missingPathColumn:
      "the header has no 'path' column (the code's place, like 'theme > sub-theme')"
    case .emptyPath: "the path is empty"
    case .duplicateCode(let id, let line): "code '\(id)' is already on line \(line)"
    case .unknownParent(let parent): "parent '\(parent)' is the path of no row"
    case .colour(let value): "'\(value)' is not a colour like '#1F77B4'"
    case .keyword(let message): message
    case .codable(let value): "codable must be yes or no, not '\(value)'"
    case .invalidID(let problem): problem
    case .tooDeep(let levels, let limit):
      "the path has \(levels) levels; a codebook holds at most \(limit)"
    case .conflictingValue(let column, let line):
      "'\(column)' differs from its value on line \(line); the codebook has one"
    }
  }
}
