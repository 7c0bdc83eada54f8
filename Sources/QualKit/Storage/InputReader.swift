#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads one input file into memory, within a size limit: the reading behind
/// ``ProjectFolder/read(_:)`` and ``ProjectFolder/read(_:making:orFrom:)``.
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

  /// Reads a regular file straight into storage that `make` allocates (a
  /// string's, so that a large file is never held twice); anything else, and
  /// a file that grew while it was read, is read into an array and given to
  /// `bytes`.
  ///
  /// - Parameters:
  ///   - make: Gets the file's size and a function that reads the file into
  ///     the buffer it is given (of more bytes than the size) and returns how
  ///     many it read, or nil when it failed or found the file longer; `make`
  ///     returns nil when that function did.
  ///   - bytes: Makes the value from the file's bytes.
  /// - Returns: The value `make` or `bytes` made.
  /// - Throws: ``StorageError`` when the file is a device, larger than the
  ///   limit, a FIFO nobody writes to, or unreadable.
  func read<Value>(
    making make: (_ size: Int, _ fill: (UnsafeMutableBufferPointer<UInt8>) -> Int?) -> Value?,
    orFrom bytes: ([UInt8]) -> Value
  ) throws(StorageError) -> Value {
    let (descriptor, size, isRegular) = try openFile()
    defer { close(descriptor) }
    if isRegular {
      var failure: Int32?
      let made = make(size) { buffer in
        var count = 0
        Self.fill(buffer, &count, from: descriptor, failure: &failure)
        return failure == nil && count <= size ? count : nil
      }
      if let failure {
        throw StorageError(.unreadable, path: shownAs, reason: SystemCalls.text(of: failure))
      }
      if let made { return made }
      // The file grew: read it again, as a pipe is read.
      guard lseek(descriptor, 0, SEEK_SET) == 0 else {
        throw StorageError(.unreadable, path: shownAs, reason: SystemCalls.errorText)
      }
    }
    return bytes(try contents(of: descriptor, expectedSize: size))
  }

  /// Opens the file: its descriptor, its size (0 unless it is a regular
  /// file) and whether it is a regular file.
  private func openFile() throws(StorageError) -> (Int32, Int, Bool) {
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
    do throws(StorageError) {
      // What was opened decides (a link may have changed in between).
      guard fstat(descriptor, &status) == 0 else {
        throw StorageError(.unreadable, path: shownAs, reason: SystemCalls.errorText)
      }
      if Self.isDevice(status) { throw StorageError(.notAFile, path: shownAs) }
      let isRegular = status.st_mode & S_IFMT == S_IFREG
      let size = isRegular ? max(0, Int(status.st_size)) : 0
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
      return (descriptor, size, isRegular)
    } catch {
      close(descriptor)
      throw error
    }
  }

  /// Reads `descriptor` into `buffer` from `count` on until the buffer is
  /// full or the file ends, counting in `count`; sets `failure` on error.
  private static func fill(
    _ buffer: UnsafeMutableBufferPointer<UInt8>, _ count: inout Int, from descriptor: Int32,
    failure: inout Int32?
  ) {
    guard let base = buffer.baseAddress else { return }
    while count < buffer.count {
      let got = SystemCalls.read(descriptor, base + count, buffer.count - count)
      if got < 0 && errno == EINTR { continue }
      if got < 0 { failure = errno }
      if got <= 0 { return }
      count += got
    }
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
    func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>, _ count: inout Int) {
      Self.fill(buffer, &count, from: descriptor, failure: &failure)
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
