import Foundation

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
    /// Whether the file was on disk (a missing one reads as empty).
    public var exists = true
    /// Set by a change to an existing file that left it as it was: the
    /// update then does not rewrite it (a run that adds nothing leaves the
    /// file, its time stamp and its layout alone).
    public var isUnchanged = false
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
      return Loaded(path: path, file: CodingFile(codings: []), diagnostics: [], exists: false)
    }
    let bytes = try folder.read(path)
    var diagnostics: [Diagnostic] = []
    let file = CodingFile(parsing: bytes, diagnostics: &diagnostics)
    return Loaded(path: path, file: file, diagnostics: diagnostics.inFile(path))
  }

  /// Why an update of coding files did not happen.
  public enum UpdateError<Failure: Error>: Error {
    /// A file could not be read, locked or written.
    case storage(StorageError)
    /// The coding file has lines that cannot be read: rewriting it would
    /// drop them, so it is not changed (the file's errors, at their lines).
    case malformedLines(path: String, lines: [Int], diagnostics: [Diagnostic])
    /// The change itself refused.
    case change(Failure)
  }

  /// Reads, changes and rewrites the coding file at `path`, holding its lock
  /// from the read to the rename.
  ///
  /// The closure sees the file as it is on disk now (empty when there is
  /// none) and decides; the file is written only when the closure returns
  /// without throwing. A file with malformed lines is never rewritten
  /// (that would drop them) unless `refusesMalformedLines` is false, for
  /// a change that keeps them itself.
  ///
  /// - Parameters:
  ///   - path: The coding file.
  ///   - guards: Files whose locks are taken first, in path order (such as
  ///     the codebook, so that a codebook edit cannot slip in between a
  ///     check of a code and the write).
  ///   - refusesMalformedLines: Whether a file with malformed lines stops
  ///     the update before `change` runs.
  ///   - change: Changes the file; returns a value for the caller.
  /// - Returns: What `change` returned.
  /// - Throws: ``UpdateError``.
  public func update<Result, Failure: Error>(
    _ path: String, guards: [String] = [], refusesMalformedLines: Bool = true,
    _ change: (inout Loaded) throws(Failure) -> Result
  ) throws(UpdateError<Failure>) -> Result {
    let url = folder.url(for: path)
    do {
      let locked = Array(Set(guards + [path])).sorted().map { ($0, folder.url(for: $0)) }
      return try Self.locking(locked) {
        () throws(UpdateError<Failure>) -> Result in
        // A group write a killed command left half done is undone before
        // the file is read, so that this change is not made on top of it.
        _ = WriteJournal.recover(inFolder: url.deletingLastPathComponent())
        var loaded: Loaded
        do throws(StorageError) {
          loaded = try read(path, missingIsEmpty: true)
        } catch {
          throw .storage(error)
        }
        if refusesMalformedLines && !loaded.file.malformedLines.isEmpty {
          throw .malformedLines(
            path: path, lines: loaded.file.malformedLines, diagnostics: loaded.diagnostics)
        }
        let result: Result
        do throws(Failure) { result = try change(&loaded) } catch { throw .change(error) }
        if loaded.isUnchanged && loaded.exists { return result }
        do throws(StorageError) {
          try write(loaded.file, to: url, path: path)
        } catch {
          throw .storage(error)
        }
        return result
      }
    } catch let error as UpdateError<Failure> {
      throw error
    } catch let error as StorageError {
      throw .storage(error)
    } catch {
      throw .storage(StorageError(.cannotLock, path: path, reason: "\(error)"))
    }
  }

  /// Replaces the coding file at `url` with `file`, streamed in pieces of
  /// 4 MiB so that a large file is never held whole besides its codings.
  ///
  /// What is written must read back (F36: a 2.5 GB auto-coding): a file
  /// that grows past the input limit is not written, and the error gives
  /// its whole size.
  private func write(_ file: CodingFile, to url: URL, path: String) throws(StorageError) {
    try AtomicFile.write(to: url, displayPath: path) {
      (stream: inout AtomicFile.Stream) throws(StorageError) in
      var size = 0
      try file.serialize(inPiecesOf: 1 << 22) { (piece) throws(StorageError) in
        size += piece.count
        // Past the limit the rest is only counted, for the message.
        if size <= folder.maximumFileSize { try stream.write(piece) }
      }
      try folder.checkWritable(size, to: path)
    }
  }

  /// Runs `body` holding the locks of `files`, in the order given.
  static func locking<Result, Failure: Error>(
    _ files: [(path: String, url: URL)], _ body: () throws(Failure) -> Result
  ) throws -> Result {
    guard let first = files.first else { return try body() }
    return try FileLock.withLock(on: first.url, displayPath: first.path) {
      try locking(Array(files.dropFirst()), body)
    }
  }
}
