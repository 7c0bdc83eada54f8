/// A decompressor for raw DEFLATE streams (RFC 1951), as stored in ZIP entries.
///
/// It handles stored, fixed-Huffman and dynamic-Huffman blocks and decodes
/// Huffman codes through lookup tables. Every malformed or truncated stream
/// throws a ``ZipError`` of kind ``ZipError/Kind/malformedDeflate``; output
/// that would grow past the limit stops decoding at once with
/// ``ZipError/Kind/limitExceeded``, so a small "zip bomb" cannot make it
/// allocate more than the limit.
///
/// ```swift
/// let text = try Inflate.decompress(compressed, limit: 1 << 20)
/// ```
public enum Inflate {
  /// Decompresses a raw DEFLATE stream.
  ///
  /// Bytes after the final block are ignored.
  ///
  /// - Parameters:
  ///   - input: A raw DEFLATE stream, without a zlib or gzip header.
  ///   - limit: The most bytes the output may have.
  ///   - expectedSize: The size the output is expected to have, if known; it
  ///     only sets how much memory is reserved up front.
  /// - Returns: The decompressed bytes.
  /// - Throws: ``ZipError`` if the stream is malformed or truncated, or if the
  ///   output would have more than `limit` bytes.
  public static func decompress(
    _ input: [UInt8], limit: Int = Int.max, expectedSize: Int? = nil
  ) throws(ZipError) -> [UInt8] {
    try input.withUnsafeBufferPointer { buffer throws(ZipError) in
      try decompress(buffer, limit: limit, expectedSize: expectedSize)
    }
  }

  /// Decompresses a raw DEFLATE stream held in a buffer.
  static func decompress(
    _ input: UnsafeBufferPointer<UInt8>, limit: Int, expectedSize: Int?
  ) throws(ZipError) -> [UInt8] {
    let limit = max(0, limit)
    // DEFLATE expands at most 1032 times, so a larger expected size is a lie.
    let (most, overflow) = input.count.multipliedReportingOverflow(by: 1032)
    let guess = expectedSize ?? input.count.multipliedReportingOverflow(by: 4).partialValue
    let capacity = min(max(guess, 1024), limit, overflow ? Int.max : most + 1024)
    var inflater = Inflater(input: input, limit: limit, capacity: capacity)
    defer { inflater.deallocate() }
    try inflater.run()
    return inflater.output()
  }
}
