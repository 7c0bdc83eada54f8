import Foundation

extension CodingStore {
  /// Reads several files under their locks, lets `change` decide their new
  /// contents, and replaces them all in one step (``AtomicFile/writeAll(_:)``).
  ///
  /// The guards' locks are taken first, then the listed files' in sorted
  /// order, so two commands that change overlapping groups never wait on
  /// each other forever; `tag` takes the codebook's lock before its coding
  /// file's, in the same order. Nothing is written when `change` throws or
  /// returns no files.
  ///
  /// - Parameters:
  ///   - guards: Files locked first, such as the codebook, so that two
  ///     codebook edits, or an edit and a `tag`, never interleave; they are
  ///     read too, and may be written.
  ///   - paths: Lists the coding files to read, lock and perhaps write (a
  ///     missing one reads as nil); it runs once the guards are locked, so
  ///     that a file another command creates meanwhile is not missed.
  ///   - change: Gets each path's bytes; returns the files to write (among
  ///     the guards and the paths) and a value for the caller.
  /// - Returns: What `change` returned.
  /// - Throws: ``UpdateError``: `storage` for a file that cannot be read,
  ///   locked or written, `change` for what `paths` or `change` throws.
  public func updateAll<Result, Failure: Error>(
    guards: [String] = [], listing paths: () throws(Failure) -> [String],
    change: ([String: [UInt8]?]) throws(Failure) -> (
      writes: [(path: String, bytes: [UInt8])], result: Result
    )
  ) throws(UpdateError<Failure>) -> Result {
    let guarded = Array(Set(guards)).sorted()
    do {
      return try Self.locking(guarded.map { ($0, folder.url(for: $0)) }) {
        () throws(UpdateError<Failure>) -> Result in
        let listed: [String]
        do throws(Failure) { listed = try paths() } catch { throw .change(error) }
        let files = Array(Set(listed).subtracting(guarded)).sorted()
        do {
          return try Self.locking(files.map { ($0, folder.url(for: $0)) }) {
            () throws(UpdateError<Failure>) -> Result in
            try replace(guarded + files, change)
          }
        } catch let error as UpdateError<Failure> {
          throw error
        } catch let error as StorageError {
          throw .storage(error)
        } catch {
          throw .storage(StorageError(.cannotLock, path: files.first ?? "", reason: "\(error)"))
        }
      }
    } catch let error as UpdateError<Failure> {
      throw error
    } catch let error as StorageError {
      throw .storage(error)
    } catch {
      throw .storage(StorageError(.cannotLock, path: guarded.first ?? "", reason: "\(error)"))
    }
  }

  /// Reads `paths` (all locked), lets `change` decide, writes what it returns.
  private func replace<Result, Failure: Error>(
    _ paths: [String],
    _ change: ([String: [UInt8]?]) throws(Failure) -> (
      writes: [(path: String, bytes: [UInt8])], result: Result
    )
  ) throws(UpdateError<Failure>) -> Result {
    // A group write a killed command left half done is undone before the
    // files are read, so that this change is not made on top of it.
    for folder in Set(paths.map { folder.url(for: $0).deletingLastPathComponent() }) {
      _ = WriteJournal.recover(inFolder: folder)
    }
    var contents: [String: [UInt8]?] = [:]
    for path in paths {
      do throws(StorageError) {
        contents[path] = folder.exists(path) ? .some(try folder.read(path)) : .some(nil)
      } catch {
        throw .storage(error)
      }
    }
    let writes: [(path: String, bytes: [UInt8])]
    let result: Result
    do throws(Failure) {
      (writes, result) = try change(contents)
    } catch {
      throw .change(error)
    }
    do throws(StorageError) {
      for write in writes { try folder.checkWritable(write.bytes.count, to: write.path) }
      try AtomicFile.writeAll(
        writes.map { .init(url: folder.url(for: $0.path), bytes: $0.bytes, displayPath: $0.path) })
    } catch {
      throw .storage(error)
    }
    return result
  }
}
