#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads one input file into memory, within a size limit: the reading behind
/// ``ProjectFolder/read(_:)``.
///
/// - A regular file is read straight into an array (no intermediate `Data`
///   and copy); one larger than the limit is refused before it is read.
/// - A pipe is read to its end, and refused once it passes the limit. A FIFO
///   named by its path is opened without waiting for a writer, then waited
///   on for at most `pipeWait` seconds for its first byte or its writer's end.
/// - A device (`/dev/zero`, `/dev/urandom`, a terminal) is refused at once: it
///   never ends or never says it has.
struct InputReader {
  /// The path to open.
  var path: String
  /// The path as the user wrote it, for messages.
  var shownAs: String
  /// The largest number of bytes read.
  var limit: Int
  /// How long to wait for a FIFO's first byte, or nil to wait as long as it takes.
  var pipeWait: Double?

  /// The file's bytes.
  func read() throws(StorageError) -> [UInt8] {
    var status = stat()
    guard stat(path, &status) == 0 else {
      throw StorageError(.unreadable, path: shownAs, reason: SystemCalls.errorText)
    }
    if Self.isDevice(status) { throw StorageError(.notAFile, path: shownAs) }
    let isFIFO = status.st_mode & S_IFMT == S_IFIFO
    let waits = isFIFO && pipeWait != nil
    let descriptor = open(path, waits ? O_RDONLY | O_NONBLOCK : O_RDONLY)
    guard descriptor >= 0 else {
      throw StorageError(.unreadable, path: shownAs, reason: SystemCalls.errorText)
    }
    defer { close(descriptor) }
    // What was opened decides (a link may have changed in between).
    guard fstat(descriptor, &status) == 0 else {
      throw StorageError(.unreadable, path: shownAs, reason: SystemCalls.errorText)
    }
    if Self.isDevice(status) { throw StorageError(.notAFile, path: shownAs) }
    let size = status.st_mode & S_IFMT == S_IFREG ? max(0, Int(status.st_size)) : 0
    if size > limit { throw tooLarge() }
    if waits, let pipeWait {
      var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
      var ready: Int32
      repeat {
        ready = poll(&request, 1, Int32(pipeWait * 1000))
      } while ready < 0 && errno == EINTR
      guard ready > 0 else { throw StorageError(.noWriter, path: shownAs) }
      // From here the writer is there: read as long as it takes.
      _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
    }
    return try contents(of: descriptor, expectedSize: size)
  }

  /// Whether the file is a character or block device.
  private static func isDevice(_ status: stat) -> Bool {
    let kind = status.st_mode & S_IFMT
    return kind == S_IFCHR || kind == S_IFBLK
  }

  private func tooLarge() -> StorageError {
    StorageError(.tooLarge, path: shownAs, reason: Self.describe(limit))
  }

  /// `1 GiB`, `64 MiB`, `100 bytes`.
  static func describe(_ size: Int) -> String {
    if size >= 1 << 30 && size % (1 << 30) == 0 { return "\(size >> 30) GiB" }
    if size >= 1 << 20 && size % (1 << 20) == 0 { return "\(size >> 20) MiB" }
    return "\(size) bytes"
  }

  /// Reads `descriptor` to its end: `expectedSize` bytes at once, then in
  /// pieces while more comes (a file that grew, or a pipe).
  private func contents(of descriptor: Int32, expectedSize: Int) throws(StorageError) -> [UInt8] {
    var failure: Int32?
    // Reads into `buffer` until it is full or the file ends; sets `failure` on error.
    func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>, _ count: inout Int) {
      guard let base = buffer.baseAddress else { return }
      while count < buffer.count {
        let got = SystemCalls.read(descriptor, base + count, buffer.count - count)
        if got < 0 && errno == EINTR { continue }
        if got < 0 { failure = errno }
        if got <= 0 { return }
        count += got
      }
    }
    var bytes = [UInt8](unsafeUninitializedCapacity: expectedSize) { fill($0, &$1) }
    if bytes.count == expectedSize {
      let piece = 1 << 16
      while failure == nil {
        let more = [UInt8](unsafeUninitializedCapacity: piece) { fill($0, &$1) }
        if bytes.count + more.count > limit { throw tooLarge() }
        bytes += more
        if more.count < piece { break }
      }
    }
    if let failure {
      throw StorageError(.unreadable, path: shownAs, reason: SystemCalls.text(of: failure))
    }
    return bytes
  }
}
