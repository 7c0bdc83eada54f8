/// Interns cell values as category indices while reading, then orders them.
struct CategoryBuilder {
  let level: MeasurementLevel
  let declared: [String]?
  /// Distinct values in order of first appearance.
  var found: [[UInt8]] = []
  var foundNumbers: [Double] = []
  var lookup: [String: Int32] = [:]
  /// Packed short values already seen (see `packedKey`) and their indices,
  /// in a direct-mapped table of 64 slots (see `slot(of:)`); 0 is empty.
  var shortKeys = [UInt64](repeating: 0, count: 64)
  var shortCodes = [Int32](repeating: 0, count: 64)

  init(declared: [String]?, level: MeasurementLevel) throws(ReliabilityDataError) {
    self.level = level
    self.declared = declared
    if let declared {
      for name in declared {
        let trimmed = name.trimmingASCIIWhitespace()
        if lookup[trimmed] != nil { throw ReliabilityDataError(.duplicateCategory(trimmed)) }
        let number = try Self.number(trimmed, level: level)
        lookup[trimmed] = Int32(found.count)
        found.append(Array(trimmed.utf8))
        foundNumbers.append(number)
      }
    }
  }

  /// The category index of a cell, or −1 for a blank cell.
  mutating func code(
    for raw: UnsafeBufferPointer<UInt8>
  ) throws(ReliabilityDataError) -> Int32 {
    var start = 0
    var end = raw.count
    while start < end, raw[start].isASCIIBlank { start += 1 }
    while end > start, raw[end - 1].isASCIIBlank { end -= 1 }
    if start == end { return -1 }
    let bytes = UnsafeBufferPointer(rebasing: raw[start..<end])
    // Short values (the common case: codes, numbers) are packed into an integer
    // and found in a small table without hashing a string.
    let key = Self.packedKey(bytes)
    let slot = Self.slot(of: key)
    if key != 0 && shortKeys[slot] == key { return shortCodes[slot] }
    let text = String(decoding: bytes, as: UTF8.self)
    let code: Int32
    if let known = lookup[text] {
      code = known
    } else {
      code = try add(bytes)
    }
    if key != 0 && shortKeys[slot] == 0 {
      shortKeys[slot] = key
      shortCodes[slot] = code
    }
    return code
  }

  /// The category index of the cell `text[range]` when that is quick to
  /// find: an empty cell, or a short value already seen with no blank at
  /// either end, read with one load from the text; nil otherwise, and
  /// ``code(for:)`` decides.
  @inline(__always)
  func knownCode(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int32? {
    let length = range.count
    if length == 0 { return -1 }
    guard length <= 7, range.lowerBound + 8 <= text.count, let base = text.baseAddress,
      !text[range.lowerBound].isASCIIBlank, !text[range.upperBound - 1].isASCIIBlank
    else { return nil }
    // The same integer as `packedKey`: the bytes, first lowest, and the count on top.
    let bytes = SWAR.load(base, at: range.lowerBound) & (UInt64.max >> UInt64(64 - 8 * length))
    let key = bytes | UInt64(length) << 56
    let slot = Self.slot(of: key)
    return shortKeys[slot] == key ? shortCodes[slot] : nil
  }

  /// The slot of a packed key: the top six bits of a multiplicative hash.
  @inline(__always)
  private static func slot(of key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 58)
  }

  /// Adds the values `other` found that this builder has not, in `other`'s
  /// order, as if read after this builder's.
  ///
  /// - Returns: For each of `other`'s value indices, the index here.
  mutating func absorb(_ other: CategoryBuilder) throws(ReliabilityDataError) -> [Int32] {
    var indices: [Int32] = []
    for bytes in other.found {
      if let known = lookup[String(decoding: bytes, as: UTF8.self)] {
        indices.append(known)
      } else {
        indices.append(
          try bytes.withUnsafeBufferPointer { buffer throws(ReliabilityDataError) in
            try add(buffer)
          })
      }
    }
    return indices
  }

  /// Up to 7 bytes and their count in one integer, or 0 for longer values.
  private static func packedKey(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    guard bytes.count <= 7 else { return 0 }
    var key = UInt64(bytes.count) << 56
    for (index, byte) in bytes.enumerated() { key |= UInt64(byte) << (8 * UInt64(index)) }
    return key
  }

  private mutating func add(
    _ bytes: UnsafeBufferPointer<UInt8>
  ) throws(ReliabilityDataError) -> Int32 {
    let text = String(decoding: bytes, as: UTF8.self)
    guard declared == nil else {
      throw ReliabilityDataError(.undeclaredValue(text))
    }
    let number = try Self.number(text, level: level)
    let index = Int32(found.count)
    found.append(Array(bytes))
    foundNumbers.append(number)
    lookup[text] = index
    return index
  }

  /// The number a value stands for (NaN when it is not one and the level allows that).
  static func number(
    _ text: String, level: MeasurementLevel
  ) throws(ReliabilityDataError) -> Double {
    var candidate = text
    if !text.contains("."), text.filter({ $0 == "," }).count == 1 {
      candidate = String(text.map { $0 == "," ? "." : $0 })
    }
    let value = Double(candidate).flatMap { $0.isFinite ? $0 : nil }
    switch level {
    case .nominal, .ordinal:
      return value ?? .nan
    case .interval, .ratio:
      guard let value else { throw ReliabilityDataError(.notANumber(text, level)) }
      if level == .ratio && value < 0 {
        throw ReliabilityDataError(.negativeAtRatioLevel(text))
      }
      return value
    }
  }

  /// The categories in their final order (declared; else numeric when all
  /// values are numbers; else by Unicode scalars), with their numbers for
  /// interval and ratio data, and for each value found its final index
  /// (`nil` when that is its index already).
  func ordering() -> (
    categories: [String], numericValues: [Double], isOrdered: Bool, newIndex: [Int32]?
  ) {
    let names = found.map { String(decoding: $0, as: UTF8.self) }
    let allNumeric = !foundNumbers.contains { $0.isNaN }
    var order = Array(names.indices)
    if declared == nil {
      if allNumeric {
        order.sort { (foundNumbers[$0], names[$0]) < (foundNumbers[$1], names[$1]) }
      } else {
        order.sort { names[$0].unicodeScalars.lexicographicallyPrecedes(names[$1].unicodeScalars) }
      }
    }
    var newIndex: [Int32]?
    if order != Array(names.indices) {
      var moved = [Int32](repeating: 0, count: order.count)
      for (position, old) in order.enumerated() { moved[old] = Int32(position) }
      newIndex = moved
    }
    let numeric = level == .interval || level == .ratio
    return (
      order.map { names[$0] }, numeric ? order.map { foundNumbers[$0] } : [],
      declared != nil || allNumeric, newIndex
    )
  }

  /// Rewrites each value's index in `codes` (not the −1 of a missing value)
  /// to `newIndex[index]`.
  static func rewrite(_ codes: inout ContiguousArray<Int32>, to newIndex: [Int32]) {
    codes.withUnsafeMutableBufferPointer { buffer in
      for index in buffer.indices where buffer[index] >= 0 {
        buffer[index] = newIndex[Int(buffer[index])]
      }
    }
  }

  /// Orders the categories and rewrites the codes to the final indices.
  func finish(
    coders: [String], unitCount: Int, codes: inout ContiguousArray<Int32>
  ) -> ReliabilityData {
    let final = ordering()
    if let newIndex = final.newIndex { Self.rewrite(&codes, to: newIndex) }
    return ReliabilityData(
      coders: coders, categories: final.categories, numericValues: final.numericValues,
      isOrdered: final.isOrdered, unitCount: unitCount, codes: codes)
  }
}
