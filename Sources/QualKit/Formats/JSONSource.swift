/// The bytes a JSON document was parsed from, shared by all of its nodes, so
/// that a node's byte offset becomes a line and column only when asked.
///
/// Parsing records where each line starts (line breaks can only occur in
/// whitespace between tokens), so turning an offset into a position costs a
/// binary search over the lines plus a count of the scalars before the
/// offset on its line, never a walk from the start of the file. Positions are
/// meant for diagnostics: compute them when a message needs one.
public final class JSONSource: Sendable {
  /// The document's bytes (UTF-8, possibly starting with a byte order mark).
  public let bytes: [UInt8]
  /// The byte offset at which each line after the first starts, ascending.
  let lineStarts: [Int]
  /// Where line 1 starts: 3 after a byte order mark, otherwise 0.
  let firstLineStart: Int

  /// Indexes the lines of `bytes`, skipping a byte order mark.
  ///
  /// - Complexity: O(*n*) for *n* bytes; eight bytes without a line break
  ///   are skipped at a time.
  public init(bytes: [UInt8]) {
    self.bytes = bytes
    self.firstLineStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    self.lineStarts = bytes.withUnsafeBufferPointer { buffer -> [Int] in
      guard let base = buffer.baseAddress else { return [] }
      var starts: [Int] = []
      let ones: UInt64 = 0x0101_0101_0101_0101
      let highBits: UInt64 = 0x8080_8080_8080_8080
      var index = 0
      while index < buffer.count {
        if index + 8 <= buffer.count {
          // A zero byte in `word ^ LFs` is an LF (the test may also flag a
          // byte above a real one, which then just takes the byte loop).
          let xored = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) ^ (ones &* 0x0A)
          if (xored &- ones) & ~xored & highBits == 0 {
            index += 8
            continue
          }
        }
        if base[index] == 0x0A { starts.append(index + 1) }
        index += 1
      }
      return starts
    }
  }

  /// Where the document's text starts: after a byte order mark, if any.
  public var textStart: Int { firstLineStart }

  /// The 1-based line and Unicode-scalar column of the byte at `offset`.
  ///
  /// - Parameter offset: A UTF-8 offset into ``bytes`` (clamped to its range).
  /// - Returns: The position; a column counts the scalars before `offset` on
  ///   its line, plus one.
  /// - Complexity: O(log *l* + *c*) for *l* lines and *c* bytes before
  ///   `offset` on its line.
  public func position(atOffset offset: Int) -> SourcePosition {
    let offset = min(max(offset, 0), bytes.count)
    // The number of lines after the first that start at or before `offset`.
    var low = 0
    var high = lineStarts.count
    while low < high {
      let middle = (low + high) / 2
      if lineStarts[middle] <= offset { low = middle + 1 } else { high = middle }
    }
    let lineStart = low == 0 ? min(firstLineStart, offset) : lineStarts[low - 1]
    let column = bytes.withUnsafeBufferPointer { buffer in
      Self.scalarCount(UnsafeBufferPointer(rebasing: buffer[lineStart..<offset]))
    }
    return SourcePosition(line: low + 1, column: column + 1)
  }

  /// The number of Unicode scalars in UTF-8 `bytes`: the bytes that are not
  /// continuation bytes (`10xxxxxx`), counted eight at a time.
  static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = bytes.baseAddress else { return 0 }
    let highBits: UInt64 = 0x8080_8080_8080_8080
    var count = 0
    var index = 0
    while index + 8 <= bytes.count {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      // Bit 7 of each byte says whether it is a continuation byte.
      let continuation = word & ~(word << 1) & highBits
      count += 8 - continuation.nonzeroBitCount
      index += 8
    }
    while index < bytes.count {
      if base[index] & 0xC0 != 0x80 { count += 1 }
      index += 1
    }
    return count
  }
}
