import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A large regular file mapped into memory, read-only: its bytes without
/// the copy, zeroed pages and page faults of reading it into an array
/// (23 MB: about 2 ms instead of 13 on Linux).
///
/// A file that another program shortens while it is mapped raises `SIGBUS`
/// when the lost part is touched; a command that maps files handles that
/// signal with a message (see `qualkit reliability`).
public final class MappedFile: @unchecked Sendable {
  /// The smallest file worth mapping; smaller ones are read as usual.
  public static let minimumSize = 1 << 20

  private let base: UnsafeMutableRawPointer
  /// The file's size in bytes.
  public let count: Int

  /// Maps the regular file at `path` (an absolute or working-folder path),
  /// or returns nil when it is not one, is smaller than ``minimumSize`` or
  /// larger than `limit`, or cannot be opened or mapped; the caller then
  /// reads it as usual, which names what is wrong.
  init?(path: String, limit: Int) {
    // Anything but a regular file is left to the usual reader unopened:
    // opening a FIFO, even to look, lets a writer waiting for a reader go
    // on, and what it writes is lost when this closes it.
    var named = stat()
    guard stat(path, &named) == 0, (named.st_mode & S_IFMT) == S_IFREG else { return nil }
    // Non-blocking all the same, should the path become a FIFO meanwhile.
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
      return nil
    }
    let size = Int(status.st_size)
    guard size >= Self.minimumSize, size <= limit else { return nil }
    #if os(Linux)
      let flags = MAP_PRIVATE | MAP_POPULATE
    #else
      let flags = MAP_PRIVATE
    #endif
    guard let mapped = mmap(nil, size, PROT_READ, flags, descriptor, 0), mapped != MAP_FAILED
    else { return nil }
    base = mapped
    count = size
  }

  deinit {
    munmap(base, count)
  }

  /// Calls `body` with the file's bytes, valid only during the call.
  public func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows
    -> Result
  {
    try body(UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: count))
  }
}

extension ProjectFolder {
  /// The file at `path` mapped into memory when it is a regular file of at
  /// least ``MappedFile/minimumSize`` bytes and at most ``maximumFileSize``;
  /// nil otherwise (read it with ``read(_:)``, which names any problem).
  public func mapped(_ path: String) -> MappedFile? {
    MappedFile(path: url(for: path).path, limit: maximumFileSize)
  }
}
