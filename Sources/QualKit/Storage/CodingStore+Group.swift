extension CodingStore {
  /// Reads several files under their locks, lets `change` decide their new
  /// contents, and replaces them all in one step (``AtomicFile/writeAll(_:)``).
  ///
  /// The locks (``FileLock``) are taken in a fixed order (sorted paths), so
  /// two commands that change overlapping groups never wait on each other
  /// forever. Nothing is written when `change` throws or returns no files.
  ///
  /// - Parameters:
  ///   - paths: The files to read and lock (a missing one reads as nil).
  ///   - unlocked: Files to read (and perhaps write) without a lock file
  ///     beside them, such as the codebook, which only people edit.
  ///   - change: Gets each path's bytes; returns the files to write (paths
  ///     among `paths`) and a value for the caller.
  /// - Returns: What `change` returned.
  /// - Throws: ``StorageError`` or what `change` throws.
  public func updateAll<Result>(
    _ paths: [String], alsoReading unlocked: [String] = [],
    _ change: ([String: [UInt8]?]) throws -> (
      writes: [(path: String, bytes: [UInt8])], result: Result
    )
  ) throws -> Result {
    let ordered = Array(Set(paths)).sorted()
    func locked(_ remaining: ArraySlice<String>) throws -> Result {
      guard let first = remaining.first else {
        var contents: [String: [UInt8]?] = [:]
        for path in ordered + unlocked {
          contents[path] = folder.exists(path) ? .some(try folder.read(path)) : .some(nil)
        }
        let (writes, result) = try change(contents)
        try AtomicFile.writeAll(
          writes.map { .init(url: folder.url(for: $0.path), bytes: $0.bytes, displayPath: $0.path) }
        )
        return result
      }
      return try FileLock.withLock(on: folder.url(for: first), displayPath: first) {
        try locked(remaining.dropFirst())
      }
    }
    return try locked(ordered[...])
  }
}
