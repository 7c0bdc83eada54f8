extension CSVTable {
  /// The first row whose field `column` repeats an earlier row's, with the
  /// earlier row: both 0-based, counting from row `first`.
  ///
  /// Fields are compared as bytes, after trimming ASCII spaces and tabs, and
  /// an empty field is never a duplicate. Values that increase row by row
  /// (as numbers, or as bytes), as unit ids usually do, are told distinct
  /// by one pass in order; otherwise an open-addressing table of row numbers
  /// keyed by an FNV-1a hash of the bytes finds the first repeat. No strings
  /// are made either way.
  ///
  /// - Returns: `(row, earlier)`, or `nil` when every value is distinct.
  func firstDuplicate(inColumn column: Int, fromRow first: Int = 1) -> (row: Int, earlier: Int)? {
    guard first < rowCount else { return nil }
    if valuesIncrease(inColumn: column, fromRow: first) { return nil }
    var capacity = 16
    while capacity < (rowCount - first) * 2 { capacity <<= 1 }
    let mask = capacity - 1
    // Row number + 1 in each slot; 0 is empty.
    var slots = [Int32](repeating: 0, count: capacity)
    return withUnsafeStorage { bytes, starts, ends, rowStarts in
      func trimmed(_ row: Int) -> UnsafeBufferPointer<UInt8>? {
        let fieldIndex = Int(rowStarts[row]) + column
        guard fieldIndex < Int(rowStarts[row + 1]) else { return nil }
        let range = Self.trimmed(bytes, Int(starts[fieldIndex])..<Int(ends[fieldIndex]))
        return range.isEmpty ? nil : UnsafeBufferPointer(rebasing: bytes[range])
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

  /// Whether the non-empty values of field `column` increase strictly from
  /// row to row, all as whole numbers (without leading zeros) or all as bytes.
  private func valuesIncrease(inColumn column: Int, fromRow first: Int) -> Bool {
    withUnsafeStorage { bytes, starts, ends, rowStarts in
      var ids = IncreasingIDs()
      for row in first..<rowCount {
        let fieldIndex = Int(rowStarts[row]) + column
        guard fieldIndex < Int(rowStarts[row + 1]) else { continue }
        let range = Self.trimmed(bytes, Int(starts[fieldIndex])..<Int(ends[fieldIndex]))
        guard !range.isEmpty else { continue }
        ids.admit(range, in: bytes)
        if !ids.isIncreasing { return false }
      }
      return true
    }
  }

  /// `range` without the ASCII spaces and tabs at its ends.
  @inline(__always)
  static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
    var start = range.lowerBound
    var end = range.upperBound
    while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
    while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
    return start..<end
  }

  /// The bytes in `range` as a whole number of at most 18 digits, spaces and
  /// tabs around it ignored, without a leading zero ("01" is not 1, as ids);
  /// nil for anything else, an empty field included.
  @inline(__always)
  static func wholeNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    let digits = trimmed(bytes, range)
    guard !digits.isEmpty, digits.count <= 18, digits.count == 1 || bytes[digits.lowerBound] != 0x30
    else { return nil }
    var value = 0
    for index in digits {
      let digit = Int(bytes[index]) &- 0x30
      guard digit >= 0 && digit <= 9 else { return nil }
      value = value &* 10 &+ digit
    }
    return value
  }

  /// Whether `bytes[first]` sorts strictly before `bytes[second]`, compared
  /// eight bytes at a time.
  static func precedes(
    _ first: Range<Int>, _ second: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    let shared = min(first.count, second.count)
    var index = 0
    while index + 8 <= shared {
      // Byte-swapped, the first differing byte decides the order of the words.
      let left = SWAR.load(base, at: first.lowerBound + index).byteSwapped
      let right = SWAR.load(base, at: second.lowerBound + index).byteSwapped
      if left != right { return left < right }
      index += 8
    }
    while index < shared {
      let left = base[first.lowerBound + index]
      let right = base[second.lowerBound + index]
      if left != right { return left < right }
      index += 1
    }
    return first.count < second.count
  }
}
