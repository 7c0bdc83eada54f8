public import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Replaces files in one step (temporary file, `fsync`, `rename`, `fsync` of
/// the folder), so that an interrupted run never leaves half a file.
///
/// Temporary files are named `.<name>.tmp-<pid>-<random>` beside the target;
/// those left by a writer that was killed are removed by the next write of
/// the same file, and every folder listing of QualKit skips them.
public enum AtomicFile {
  /// Replaces the file at `url` with `bytes`.
  ///
  /// A symbolic link is followed: the file it points to is replaced and the
  /// link stays.
  ///
  /// - Parameters:
  ///   - bytes: The new contents.
  ///   - url: The file to replace or create (its folder is created if needed).
  ///   - displayPath: The path to name in messages.
  ///   - permissions: The new file's mode, such as `0o600` for a key file.
  /// - Throws: ``StorageError`` (`cannotWrite`) naming `displayPath`.
  public static func write(
    _ bytes: [UInt8], to url: URL, displayPath: String, permissions: UInt16 = 0o644
  ) throws(StorageError) {
    try write(to: url, displayPath: displayPath, permissions: permissions) {
      (stream: inout Stream) throws(StorageError) in try stream.write(bytes)
    }
  }

  /// Replaces the file at `url` with the bytes that `produce` writes to the
  /// stream it is given, piece by piece, so that a large file is never held
  /// whole in memory.
  ///
  /// The file is replaced only when `produce` returns; when it throws, the
  /// temporary file is removed and the old file stays as it was.
  ///
  /// - Parameters:
  ///   - url: The file to replace or create (its folder is created if needed);
  ///     a symbolic link is followed as in ``write(_:to:displayPath:permissions:)``.
  ///   - displayPath: The path to name in messages.
  ///   - permissions: The new file's mode.
  ///   - produce: Writes the new contents to the stream.
  /// - Throws: ``StorageError`` (`cannotWrite`) naming `displayPath`, or what
  ///   `produce` threw.
  public static func write(
    to url: URL, displayPath: String, permissions: UInt16 = 0o644,
    producing produce: (inout Stream) throws(StorageError) -> Void
  ) throws(StorageError) {
    let url = url.resolvingSymlinksInPath()
    let folder = url.deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw StorageError(.cannotWrite, path: displayPath, reason: "cannot create its folder")
    }
    removeStaleTemporaries(of: url)
    let temporary = folder.appendingPathComponent(
      temporaryPrefix(of: url) + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, mode_t(permissions))
    guard descriptor >= 0 else {
      throw StorageError(.cannotWrite, path: displayPath, reason: SystemCalls.errorText)
    }
    // The umask may have narrowed the mode; a key file must be exactly as asked.
    _ = fchmod(descriptor, mode_t(permissions))
    var stream = Stream(descriptor: descriptor, displayPath: displayPath)
    do {
      try produce(&stream)
    } catch {
      close(descriptor)
      unlink(temporary.path)
      throw error
    }
    var failure = syncAndClose(descriptor, after: stream.failure)
    if failure == 0 && rename(temporary.path, url.path) != 0 { failure = errno }
    if failure != 0 {
      unlink(temporary.path)
      throw StorageError(.cannotWrite, path: displayPath, reason: SystemCalls.text(of: failure))
    }
    syncFolder(folder)
  }

  /// Where ``write(to:displayPath:permissions:producing:)`` sends a file's
  /// bytes: its temporary file.
  public struct Stream: ~Copyable {
    fileprivate let descriptor: Int32
    fileprivate let displayPath: String
    /// The `errno` of the first write that failed, or 0.
    fileprivate var failure: Int32 = 0
    /// The bytes written so far.
    public private(set) var count = 0

    fileprivate init(descriptor: Int32, displayPath: String) {
      self.descriptor = descriptor
      self.displayPath = displayPath
    }

    /// Appends `bytes` to the file.
    ///
    /// - Throws: ``StorageError`` (`cannotWrite`) when the write fails (a
    ///   full disk, say).
    public mutating func write(_ bytes: [UInt8]) throws(StorageError) {
      failure = AtomicFile.writeAll(bytes, to: descriptor)
      if failure != 0 {
        throw StorageError(.cannotWrite, path: displayPath, reason: SystemCalls.text(of: failure))
      }
      count += bytes.count
    }
  }

  /// Writes all of `bytes` to `descriptor` (retrying interrupted writes),
  /// syncs it to the disk and closes it.
  ///
  /// - Returns: 0, or the `errno` of the first call that failed.
  static func writeAndClose(_ bytes: [UInt8], to descriptor: Int32) -> Int32 {
    syncAndClose(descriptor, after: writeAll(bytes, to: descriptor))
  }

  /// Syncs `descriptor` to the disk unless writing it failed (`failure`,
  /// an `errno`, is not 0), and closes it.
  ///
  /// - Returns: `failure`, or the `errno` of a failed sync.
  private static func syncAndClose(_ descriptor: Int32, after failure: Int32) -> Int32 {
    var failure = failure
    if failure == 0 && fsync(descriptor) != 0 { failure = errno }
    close(descriptor)
    return failure
  }

  /// Writes all of `bytes` to `descriptor`, retrying interrupted writes.
  ///
  /// - Returns: 0, or the `errno` of the first call that failed.
  static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32 {
    var offset = 0
    var failure: Int32 = 0
    bytes.withUnsafeBytes { raw in
      guard let base = raw.baseAddress else { return }
      while offset < raw.count {
        let written = SystemCalls.write(descriptor, base + offset, raw.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        offset += written
      }
    }
    return failure
  }

  /// The start of the names of `url`'s temporary files.
  static func temporaryPrefix(of url: URL) -> String {
    ".\(url.lastPathComponent).tmp-"
  }

  /// Removes temporary files of `url` whose writer process no longer runs,
  /// after undoing any group write in its folder whose writer was killed
  /// (``WriteJournal``): the temporaries and old versions of such a write
  /// are never removed while its journal needs them.
  static func removeStaleTemporaries(of url: URL) {
    removeStaleTemporaries(of: [url])
  }

  /// ``removeStaleTemporaries(of:)`` for several files, each folder listed once.
  static func removeStaleTemporaries(of urls: [URL]) {
    var byFolder: [URL: Set<String>] = [:]
    for url in urls {
      byFolder[url.deletingLastPathComponent(), default: []].insert(temporaryPrefix(of: url))
    }
    for (folder, prefixes) in byFolder {
      _ = WriteJournal.recover(inFolder: folder)
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path),
        !names.contains(where: { $0.hasPrefix(WriteJournal.prefix) })
      else { continue }
      for name in names where name.hasPrefix(".") {
        // The end of the target's prefix: the `.tmp-` after its name.
        var marker: Range<String.Index>?
        var searched = name.startIndex..<name.endIndex
        while let found = name.range(of: ".tmp-", range: searched) {
          if prefixes.contains(String(name[..<found.upperBound])) {
            marker = found
            break
          }
          searched = found.upperBound..<name.endIndex
        }
        guard let marker else { continue }
        let rest = name[marker.upperBound...]
        guard let dash = rest.firstIndex(of: "-"), let pid = Int32(rest[..<dash]) else { continue }
        if pid != getpid() && !SystemCalls.processExists(pid) {
          unlink(folder.appendingPathComponent(name).path)
        }
      }
    }
  }

  /// Removes every temporary file in `folder` (`.NAME.tmp-PID-…`, a new
  /// version or an old version's link) whose writer process no longer runs,
  /// unless a group write's journal there still needs them.
  ///
  /// A writer killed after its last rename but before it removed the old
  /// versions leaves such files; the next write of the same file removes
  /// them too, but a command that only reads would leave them.
  static func removeStaleTemporaries(inFolder folder: URL) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path),
      !names.contains(where: { $0.hasPrefix(WriteJournal.prefix) })
    else { return }
    for name in names where name.hasPrefix(".") {
      guard let marker = name.range(of: ".tmp-", options: .backwards) else { continue }
      let rest = name[marker.upperBound...]
      guard let dash = rest.firstIndex(of: "-"), let pid = Int32(rest[..<dash]), pid > 0 else {
        continue
      }
      let path = folder.appendingPathComponent(name).path
      var status = stat()
      // Files only: a report's staging folder is the report writer's to remove.
      guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { continue }
      if pid != getpid() && !SystemCalls.processExists(pid) { unlink(path) }
    }
  }

  /// Flushes a folder's entries, so that a rename survives a power cut.
  private static func syncFolder(_ folder: URL) {
    WriteJournal.syncFolder(folder)
  }
}
