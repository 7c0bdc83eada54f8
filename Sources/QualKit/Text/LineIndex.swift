/// Where each line of a text starts, in Unicode scalars and in UTF-8 bytes,
/// so that offsets and 1-based line numbers convert both ways.
public struct LineIndex: Hashable, Sendable {
  /// The Unicode-scalar offset at which each line starts (index 0 is line 1).
  public private(set) var scalarStarts: [Int]
  /// The UTF-8 offset at which each line starts (index 0 is line 1).
  public private(set) var utf8Starts: [Int]
  /// The text's length in Unicode scalars.
  public private(set) var scalarCount: Int
  /// The text's length in UTF-8 bytes.
  public private(set) var utf8Count: Int

  /// Indexes the lines of `text`, split at LF.
  ///
  /// - Complexity: O(*n*) for *n* UTF-8 bytes; eight bytes without a line
  ///   break are counted at a time.
  public init(_ text: String) {
    var scalarStarts = [0]
    var utf8Starts = [0]
    var scalarOffset = 0
    var text = text
    let utf8Count = text.withUTF8 { bytes -> Int in
      guard let base = bytes.baseAddress else { return 0 }
      // Room for every line at once: arrays that grew by doubling would
      // free buffers of megabytes, which makes the C library keep later
      // blocks of that size in its heap instead of giving them back.
      let lineBreaks = bytes.reduce(into: 0) { count, byte in count &+= byte == 0x0A ? 1 : 0 }
      scalarStarts.reserveCapacity(lineBreaks + 1)
      utf8Starts.reserveCapacity(lineBreaks + 1)
      let count = bytes.count
      let ones: UInt64 = 0x0101_0101_0101_0101
      let highBits: UInt64 = 0x8080_8080_8080_8080
      var index = 0
      while index < count {
        if index + 8 <= count {
          let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
          // A zero byte in `word ^ LFs` is an LF (the test may also flag a
          // byte above a real one, which then just takes the slow path).
          let xored = word ^ (ones &* 0x0A)
          if (xored &- ones) & ~xored & highBits == 0 {
            // Scalars are the bytes that are not continuation bytes
            // (10xxxxxx). Bit 7 of each byte of `continuation` says whether
            // it is one; a multiplication adds those bits up in the top byte
            // (cheaper than `nonzeroBitCount` on the baseline x86-64 target,
            // which has no population-count instruction).
            let continuation = (word & ~(word << 1) & highBits) >> 7
            scalarOffset &+= 8 &- Int(truncatingIfNeeded: (continuation &* ones) >> 56)
            index += 8
            continue
          }
        }
        let byte = base[index]
        index += 1
        scalarOffset &+= byte & 0xC0 != 0x80 ? 1 : 0
        if byte == 0x0A {
          scalarStarts.append(scalarOffset)
          utf8Starts.append(index)
        }
      }
      return count
    }
    self.scalarStarts = scalarStarts
    self.utf8Starts = utf8Starts
    self.scalarCount = scalarOffset
    self.utf8Count = utf8Count
  }

  /// The number of lines (a final line break does not start an empty last line).
  public var lineCount: Int {
    if scalarStarts.count > 1 && scalarStarts[scalarStarts.count - 1] == scalarCount {
      return scalarStarts.count - 1
    }
    return scalarStarts.count
  }

  /// The 1-based line that contains the Unicode-scalar `offset`.
  public func line(containingScalarOffset offset: Int) -> Int {
    var low = 0
    var high = scalarStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if scalarStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return min(low + 1, lineCount)
  }

  /// The Unicode-scalar range of 1-based `line`, without its line break.
  public func scalarRange(ofLine line: Int) -> Range<Int> {
    let start = scalarStarts[line - 1]
    let end = line < scalarStarts.count ? scalarStarts[line] - 1 : scalarCount
    return start..<max(start, end)
  }

  /// The UTF-8 range of 1-based `line`, without its line break.
  public func utf8Range(ofLine line: Int) -> Range<Int> {
    let start = utf8Starts[line - 1]
    let end = line < utf8Starts.count ? utf8Starts[line] - 1 : utf8Count
    return start..<max(start, end)
  }
}
