import Foundation

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
  /// - Complexity: O(*n*) for *n* UTF-8 bytes.
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
      var lineBreaks = 0
      var cursor = 0
      while let lineFeed = memchr(base + cursor, 0x0A, bytes.count - cursor) {
        lineBreaks += 1
        cursor = base.distance(to: lineFeed.assumingMemoryBound(to: UInt8.self)) + 1
      }
      scalarStarts.reserveCapacity(lineBreaks + 1)
      utf8Starts.reserveCapacity(lineBreaks + 1)
      let count = bytes.count
      var lineStart = 0
      while lineStart < count {
        // `memchr` finds the line feed many bytes at a time.
        let lineFeed = memchr(base + lineStart, 0x0A, count - lineStart)
        let end =
          lineFeed.map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) + 1 } ?? count
        scalarOffset &+= end - lineStart - SWAR.continuationCount(bytes, lineStart..<end)
        if lineFeed != nil {
          scalarStarts.append(scalarOffset)
          utf8Starts.append(end)
        }
        lineStart = end
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
