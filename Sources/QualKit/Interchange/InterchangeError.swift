/// A REFI-QDA file (`.qdc`, `.qdpx`, `.qde`) that cannot be read or
/// written: a kind, a message, and where the problem is when it has a place.
///
/// Errors inside a project archive name the entry (``entry``), such as
/// `project.qde`, and the line and column in it; the caller prefixes the
/// archive's own path, so that a message reads
/// `study.qdpx/project.qde:12:5: error: …`.
public struct InterchangeError: InputError, Hashable, Sendable {
  /// What is wrong.
  public enum Kind: Hashable, Sendable {
    /// The bytes are neither a ZIP archive nor an XML document.
    case notREFI
    /// An archive entry whose path leaves the archive (`../x`, `/etc/x`, `C:\x`).
    case unsafePath
    /// A `.qdpx` without a `.qde` project file.
    case noProjectFile
    /// A `.qdpx` with several `.qde` files and none named `project.qde`.
    case ambiguousProjectFile
    /// The archive cannot be read, or an entry is over a limit (see ``ZipError``).
    case archive
    /// The XML is not well-formed, has a DOCTYPE or is over a limit (see ``XMLError``).
    case xml
    /// The XML is well-formed but not a REFI-QDA codebook or project.
    case notACodebookOrProject
    /// A code tree deeper than a QualKit codebook holds.
    case tooDeep
    /// Something QualKit cannot write as REFI-QDA (a codebook without codes).
    case cannotExport
  }

  /// What is wrong.
  public var kind: Kind
  /// A lowercase sentence fragment without a final period.
  public var message: String
  /// Where, in ``entry`` (or in the file itself when there is no entry).
  public var position: SourcePosition?
  /// The archive entry the position is in, such as `project.qde`.
  public var entry: String?

  /// Creates an error.
  public init(
    _ kind: Kind, _ message: String, at position: SourcePosition? = nil, entry: String? = nil
  ) {
    self.kind = kind
    self.message = message
    self.position = position
    self.entry = entry
  }

  /// The error as a diagnostic about `path` (the `.qdpx` or `.qdc` as the
  /// user named it), its entry appended as a path inside it.
  public func diagnostic(path: String) -> Diagnostic {
    Diagnostic(.error, message, at: position, file: entry.map { path + "/" + $0 } ?? path)
  }
}
