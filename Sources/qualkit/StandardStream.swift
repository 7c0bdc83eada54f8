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

  /// Writes UTF-8 bytes.
  mutating func write(bytes: UnsafeBufferPointer<UInt8>) {
    if buffer.count + bytes.count > capacity { flush() }
    if bytes.count >= capacity {
      buffer.append(contentsOf: bytes)
      flush()
    } else {
      buffer.append(contentsOf: bytes)
    }
  }

  /// Writes out what is buffered.
  mutating func flush() {
    var offset = 0
    while offset < buffer.count {
      let written = buffer.withUnsafeBytes { raw in
        systemWrite(descriptor, raw.baseAddress! + offset, raw.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        break  // a closed pipe: nothing more can be written
      }
      offset += written
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Whether the descriptor is a terminal.
  var isTerminal: Bool { isatty(descriptor) == 1 }
}

private func systemWrite(_ descriptor: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
  #if canImport(Glibc)
    return Glibc.write(descriptor, pointer, count)
  #elseif canImport(Musl)
    return Musl.write(descriptor, pointer, count)
  #else
    return Darwin.write(descriptor, pointer, count)
  #endif
}
