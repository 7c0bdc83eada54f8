extension CSVTable {
  /// The first row whose field `column` repeats an earlier row's, with the
  /// earlier row: both 0-based, counting from row `first`.
  ///
  /// Fields are compared as bytes, after trimming ASCII spaces and tabs, and
  /// an empty field is never a duplicate. One pass with an open-addressing
  /// table of row numbers keyed by an FNV-1a hash of the bytes, so a million
  /// rows cost a few milliseconds and no strings.
  ///
  /// - Returns: `(row, earlier)`, or `nil` when every value is distinct.
  func firstDuplicate(inColumn column: Int, fromRow first: Int = 1) -> (row: Int, earlier: Int)? {
    guard first < rowCount else { return nil }
    var capacity = 16
    while capacity < (rowCount - first) * 2 { capacity <<= 1 }
    let mask = capacity - 1
    // Row number + 1 in each slot; 0 is empty.
    var slots = [Int32](repeating: 0, count: capacity)
    return withUnsafeStorage { bytes, starts, ends, rowStarts in
      func trimmed(_ row: Int) -> UnsafeBufferPointer<UInt8>? {
        let fieldIndex = Int(rowStarts[row]) + column
        guard fieldIndex < Int(rowStarts[row + 1]) else { return nil }
        var start = Int(starts[fieldIndex])
        var end = Int(ends[fieldIndex])
        while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
        while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        return start < end ? UnsafeBufferPointer(rebasing: bytes[start..<end]) : nil
      }
      for row in first..<rowCount {
        guard let value = trimmed(row) else { continue }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in value { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while slots[slot] != 0 {
          let earlier = Int(slots[slot]) - 1
          if let other = trimmed(earlier), other.elementsEqual(value) { return (row, earlier) }
          slot = (slot + 1) & mask
        }
        slots[slot] = Int32(truncatingIfNeeded: row + 1)
      }
      return nil
    }
  }
}
