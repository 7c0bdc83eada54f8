import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes files atomically (temporary file, flush, rename) and serialises
/// writers of one file with an advisory lock, so that an interrupted run
/// never leaves half a file and two processes never lose each other's work.
enum AtomicFile {
  /// Replaces the file at `url` with `bytes` in one step.
  ///
  /// - Throws: exit 1 with a message naming the file when it cannot be written.
  static func write(_ bytes: [UInt8], to url: URL, displayPath: String) throws(CLIError) {
    // A symbolic link (say to a shared folder) is followed: the file it points
    // to is replaced, and the link stays.
    let url = url.resolvingSymlinksInPath()
    let folder = url.deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw .failure("cannot create folder '\(folder.path)': \(error.localizedDescription)")
    }
    let temporary = folder.appendingPathComponent(
      ".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    guard descriptor >= 0 else {
      throw .failure("cannot write '\(displayPath)': \(String(cString: strerror(errno)))")
    }
    var offset = 0
    var failure: Int32 = 0
    bytes.withUnsafeBytes { raw in
      guard let base = raw.baseAddress else { return }
      while offset < raw.count {
        let written = systemWrite(descriptor, base + offset, raw.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        offset += written
      }
    }
    if failure == 0 && fsync(descriptor) != 0 { failure = errno }
    close(descriptor)
    if failure == 0 && rename(temporary.path, url.path) != 0 { failure = errno }
    if failure != 0 {
      unlink(temporary.path)
      throw .failure("cannot write '\(displayPath)': \(String(cString: strerror(failure)))")
    }
  }

  /// Runs `body` while holding an exclusive lock on `url`'s lock file
  /// (`<file>.lock` beside it), waiting for other holders.
  ///
  /// The lock is `flock(2)` on the lock file, so it is released when the
  /// process ends, even by a crash; the lock file itself is left in place.
  static func withLock<Result>(
    on url: URL, displayPath: String, _ body: () throws(CLIError) -> Result
  ) throws(CLIError) -> Result {
    // Locks beside the real file, so that two links to it share one lock.
    let url = url.resolvingSymlinksInPath()
    let folder = url.deletingLastPathComponent()
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let lockPath = folder.appendingPathComponent(".\(url.lastPathComponent).lock").path
    let descriptor = open(lockPath, O_RDWR | O_CREAT, 0o644)
    guard descriptor >= 0 else {
      throw .failure("cannot lock '\(displayPath)': \(String(cString: strerror(errno)))")
    }
    defer { close(descriptor) }
    while flock(descriptor, LOCK_EX) != 0 {
      if errno != EINTR {
        throw .failure("cannot lock '\(displayPath)': \(String(cString: strerror(errno)))")
      }
    }
    defer { flock(descriptor, LOCK_UN) }
    return try body()
  }
}
