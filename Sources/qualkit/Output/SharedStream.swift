/// A reference to a standard stream, so copies of the context share one buffer.
final class SharedStream: TextOutputStream, ByteOutputStream, @unchecked Sendable {
  // Written by one thread at a time: the main thread, or an autocode worker
  // while it holds the ordered emitter's lock. The class exists so that the
  // buffer is shared by every copy of the context and flushed once at exit.
  private var stream: StandardStream

  init(_ stream: StandardStream) { self.stream = stream }

  func write(_ string: String) { stream.write(string) }

  func write(bytes: UnsafeBufferPointer<UInt8>) { stream.write(bytes: bytes) }

  func flush() { stream.flush() }
}

/// A text stream that can also take UTF-8 bytes directly, so that large
/// outputs are not converted to `String` and back.
protocol ByteOutputStream: AnyObject {
  /// Writes UTF-8 bytes.
  func write(bytes: UnsafeBufferPointer<UInt8>)
}
