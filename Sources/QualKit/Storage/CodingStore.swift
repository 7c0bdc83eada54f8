/// Reads and updates coding files (`Codings/<coder>.jsonl`) safely.
///
/// Every change is a read-modify-write under the file's ``FileLock``, held
/// from the read to the rename of ``AtomicFile``, so two processes that
/// change one file (`tag` and `merge --out`, say) never lose each other's
/// codings.
public struct CodingStore: Sendable {
  /// Where paths are resolved.
  public var folder: ProjectFolder

  /// Creates a store reading and writing through `folder`.
  public init(folder: ProjectFolder) {
    self.folder = folder
  }

  /// A coding file read from disk with what was found wrong in it.
  public struct Loaded: Sendable {
    /// The path as given.
    public var path: String
    /// The file's codings, malformed lines noted.
    public var file: CodingFile
    /// The file's warnings and errors, each naming ``path``.
    public var diagnostics: [Diagnostic]
  }

  /// Reads the coding file at `path`.
  ///
  /// - Parameters:
  ///   - path: The coding file.
  ///   - missingIsEmpty: Whether a missing file reads as empty (a coder's
  ///     first tag) rather than as an error.
  /// - Throws: ``StorageError`` when the file is missing (unless
  ///   `missingIsEmpty`) or unreadable.
  /// - Returns: The file with its diagnostics.
  public func read(_ path: String, missingIsEmpty: Bool = false) throws(StorageError) -> Loaded {
    if missingIsEmpty && !folder.exists(path) {
      return Loaded(path: path, file: CodingFile(codings: []), diagnostics: [])
    }
    let bytes = try folder.read(path)
    var diagnostics: [Diagnostic] = []
    let file = CodingFile(parsing: bytes, diagnostics: &diagnostics)
    return Loaded(path: path, file: file, diagnostics: diagnostics.inFile(path))
  }

  /// Reads, changes and rewrites the coding file at `path`, holding its lock
  /// from the read to the rename.
  ///
  /// The closure sees the file as it is on disk now (empty when there is
  /// none), including its malformed lines, and decides; the file is written
  /// only when the closure returns without throwing.
  ///
  /// - Parameters:
  ///   - path: The coding file.
  ///   - change: Changes the file; returns a value for the caller.
  /// - Returns: What `change` returned.
  /// - Throws: ``StorageError`` when the file cannot be read, locked or
  ///   written, or what `change` throws.
  public func update<Result>(
    _ path: String, _ change: (inout Loaded) throws -> Result
  ) throws -> Result {
    let url = folder.url(for: path)
    return try FileLock.withLock(on: url, displayPath: path) {
      var loaded = try read(path, missingIsEmpty: true)
      let result = try change(&loaded)
      try AtomicFile.write(Array(loaded.file.serialized.utf8), to: url, displayPath: path)
      return result
    }
  }
}
