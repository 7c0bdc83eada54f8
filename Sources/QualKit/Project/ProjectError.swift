/// Why a project, or a part of it, could not be loaded: a kind that decides
/// the exit status, and the diagnostics to show, each naming its file.
public struct ProjectError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What went wrong.
  public enum Kind: Hashable, Sendable {
    /// A file or folder is missing or unreadable (exit 66).
    case missingInput
    /// A file was read but is invalid, or names something that does not
    /// exist (exit 65).
    case invalidData
    /// The project leaves a choice open that the user must make, such as
    /// which of several codebooks to use (exit 64).
    case ambiguous
  }

  /// What went wrong.
  public var kind: Kind
  /// The problems, errors first; at least one.
  public var diagnostics: [Diagnostic]

  /// Creates an error of `kind` from its diagnostics.
  public init(_ kind: Kind, _ diagnostics: [Diagnostic]) {
    self.kind = kind
    self.diagnostics = diagnostics
  }

  /// An error of `kind` with one message about `file`.
  public init(_ kind: Kind, _ message: String, file: String? = nil) {
    self.init(kind, [Diagnostic(.error, message, file: file)])
  }

  /// A file that could not be read.
  public init(_ error: StorageError) {
    self.init(error.isMissingInput ? .missingInput : .invalidData, error.description)
  }

  /// An invalid input file: every problem the parser found, at its place.
  public init(_ error: any InputError, file: String) {
    self.init(.invalidData, error.diagnostics.inFile(file))
  }

  /// The diagnostics, one per line.
  public var description: String {
    diagnostics.map(\.description).joined(separator: "\n")
  }
}
