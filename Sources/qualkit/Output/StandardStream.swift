#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A buffered text stream on a file descriptor (standard output or error).
///
/// Swift 6 rejects the C `stdout` global as shared mutable state, so the
/// tool writes through `write(2)` on the descriptor it owns.
struct StandardStream: TextOutputStream {
  /// The file descriptor written to.
  let descriptor: Int32
  private var buffer: [UInt8] = []
  private let capacity: Int

  /// Creates a stream on `descriptor` that flushes every `capacity` bytes.
  init(descriptor: Int32, capacity: Int = 1 << 16) {
    self.descriptor = descriptor
    self.capacity = capacity
    buffer.reserveCapacity(capacity)
  }

  mutating func write(_ string: String) {
    buffer.append(contentsOf: string.utf8)
    if buffer.count >= capacity { flush() }
  }

  /// Writes UTF-8 bytes; a write of at least `capacity` bytes goes out
  /// directly, without being copied into the buffer.
  mutating func write(bytes: UnsafeBufferPointer<UInt8>) {
    if buffer.count + bytes.count > capacity { flush() }
    if bytes.count >= capacity {
      if let base = bytes.baseAddress { writeAll(UnsafeRawPointer(base), bytes.count) }
    } else {
      buffer.append(contentsOf: bytes)
    }
  }

  /// Writes out what is buffered.
  mutating func flush() {
    buffer.withUnsafeBytes { raw in
      if let base = raw.baseAddress { writeAll(base, raw.count) }
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes `count` bytes from `base`, retrying short writes.
  private func writeAll(_ base: UnsafeRawPointer, _ count: Int) {
    var offset = 0
    while offset < count {
      let written = systemWrite(descriptor, base + offset, count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        return  // a closed pipe: nothing more can be written
      }
      offset += written
    }
  }

  /// Whether the descriptor is a terminal.
  var isTerminal: Bool { isatty(descriptor) == 1 }
}

func systemWrite(_ descriptor: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
  #if canImport(Glibc)
    return Glibc.write(descriptor, pointer, count)
  #elseif canImport(Musl)
    return Musl.write(descriptor, pointer, count)
  #else
    return Darwin.write(descriptor, pointer, count)
  #endif
}
