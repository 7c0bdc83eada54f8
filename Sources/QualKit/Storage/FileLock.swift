public import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// An exclusive advisory lock on a file, held while a closure runs.
///
/// The lock is `flock(2)` on a lock file beside the real file
/// (`.<name>.lock`), so it is released when the process ends, even by a
/// crash, and two symbolic links to one file share one lock. The lock file
/// is left in place.
public enum FileLock {
  /// Runs `body` while holding the lock of the file at `url`, waiting for
  /// other holders.
  ///
  /// - Parameters:
  ///   - url: The file to lock (it need not exist yet).
  ///   - displayPath: The path to name in messages.
  ///   - body: The work to do under the lock.
  /// - Returns: What `body` returned.
  /// - Throws: ``StorageError`` (`cannotLock`) or what `body` throws.
  public static func withLock<Result>(
    on url: URL, displayPath: String, _ body: () throws -> Result
  ) throws -> Result {
    let url = url.resolvingSymlinksInPath()
    let folder = url.deletingLastPathComponent()
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let lockPath = folder.appendingPathComponent(".\(url.lastPathComponent).lock").path
    let descriptor = open(lockPath, O_RDWR | O_CREAT, 0o644)
    guard descriptor >= 0 else {
      throw StorageError(.cannotLock, path: displayPath, reason: SystemCalls.errorText)
    }
    defer { close(descriptor) }
    while flock(descriptor, LOCK_EX) != 0 {
      if errno != EINTR {
        throw StorageError(.cannotLock, path: displayPath, reason: SystemCalls.errorText)
      }
    }
    defer { flock(descriptor, LOCK_UN) }
    return try body()
  }
}
