// The bytes of hit lines: integers, JSON escaping, and copies of short
// pieces.
extension AutoCoder {
  /// The decimal digits of 0 to 99, two bytes each (`00`, `01`, … `99`).
  static let digitPairs: [UInt8] = (0..<100).flatMap {
    [UInt8(ascii: "0") + UInt8($0 / 10), UInt8(ascii: "0") + UInt8($0 % 10)]
  }

  /// Whether a byte may start something JSON escapes: a quote, a backslash,
  /// a control character, or (0xE2) a line or paragraph separator.
  private static func mayNeedEscaping(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F
      || byte == 0xE2
  }

  /// Whether any byte of `part`, a slice of `whole`, may need escaping (see
  /// ``mayNeedEscaping(_:)``), tested eight bytes at a time.
  ///
  /// Hit texts are short, so a last partial word is loaded whole when
  /// `whole` extends far enough, with the bytes past `part` replaced by
  /// spaces, which need no escaping.
  static func mayNeedEscaping(
    _ part: UnsafeBufferPointer<UInt8>, in whole: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard let base = part.baseAddress, let wholeBase = whole.baseAddress else { return false }
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highBits = ones &* 0x80
    // Nonzero if and only if some byte of `word` is below `limit` (at most
    // 0x80); a borrow may flag the byte above a flagged one too, which
    // does not change whether the result is zero.
    func below(_ limit: UInt64, _ word: UInt64) -> UInt64 {
      (word &- ones &* limit) & ~word & highBits
    }
    // Nonzero if and only if some byte may need escaping (a byte of
    // `word ^ b` is zero where `word` has the byte `b`).
    func flags(_ word: UInt64) -> UInt64 {
      below(0x20, word) | below(1, word ^ (ones &* 0x22)) | below(1, word ^ (ones &* 0x5C))
        | below(1, word ^ (ones &* 0x7F)) | below(1, word ^ (ones &* 0xE2))
    }
    var index = 0
    let count = part.count
    while index + 8 <= count {
      let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
      if flags(word) != 0 { return true }
      index += 8
    }
    let rest = count - index
    guard rest > 0 else { return false }
    if base + index - wholeBase + 8 <= whole.count {
      let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
      let keep = UInt64.max >> UInt64(8 * (8 - rest))
      return flags((word & keep) | (ones &* 0x20 & ~keep)) != 0
    }
    return UnsafeBufferPointer(rebasing: part[index...]).contains { mayNeedEscaping($0) }
  }

  /// The JSON string literal of `value`, as bytes.
  static func escaped(_ value: String) -> [UInt8] {
    var value = value
    var out: [UInt8] = []
    value.withUTF8 { JSONOutput.appendEscaped($0, to: &out) }
    return out
  }

  /// The powers of ten that fit an `Int`: 1, 10, … 10¹⁸.
  ///
  /// Written out, so that the array is a constant in the binary: one made
  /// by code (a `map`) is made on first use, and every use then checks
  /// that it was (a `swift_once` call for each number of each hit line).
  private static let powersOfTen: [Int] = [
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000,
    10_000_000_000, 100_000_000_000, 1_000_000_000_000, 10_000_000_000_000,
    100_000_000_000_000, 1_000_000_000_000_000, 10_000_000_000_000_000,
    100_000_000_000_000_000, 1_000_000_000_000_000_000,
  ]

  /// The number of decimal digits of a non-negative whole number.
  ///
  /// Its bit length times log₁₀ 2 (1233 / 4096) is the digit count or one
  /// less; one comparison with a power of ten decides. (Setting the lowest
  /// bit makes 0 count as one digit and changes no other count.)
  static func digitCount(_ value: Int) -> Int {
    let odd = value | 1
    let guess = ((Int.bitWidth - odd.leadingZeroBitCount) &* 1233) >> 12
    return guess + (odd >= powersOfTen[guess] ? 1 : 0)
  }

  /// Copies `count` bytes sixteen at a time, reading and writing up to 15
  /// bytes past the end of each side: for the short pieces of hit lines,
  /// whose source and output both have that room, where a `memmove` call
  /// costs more than the copy.
  static func copyWithSlack(
    _ destination: UnsafeMutablePointer<UInt8>, _ source: UnsafePointer<UInt8>, _ count: Int
  ) {
    var offset = 0
    while offset < count {
      let low = UnsafeRawPointer(source + offset).loadUnaligned(as: UInt64.self)
      let high = UnsafeRawPointer(source + offset + 8).loadUnaligned(as: UInt64.self)
      UnsafeMutableRawPointer(destination + offset).storeBytes(of: low, as: UInt64.self)
      UnsafeMutableRawPointer(destination + offset + 8).storeBytes(of: high, as: UInt64.self)
      offset &+= 16
    }
  }

  /// The room ``copyWithSlack(_:_:_:)`` needs past each side's end.
  static let copySlack = 16

  /// Appends a non-negative whole number in decimal.
  static func appendInteger(_ value: Int, to bytes: inout [UInt8]) {
    if value < 10 {
      bytes.append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: max(0, value)))
      return
    }
    var digits:
      (
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
      ) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    var rest = value
    withUnsafeMutableBytes(of: &digits) { buffer in
      while rest > 0 {
        buffer[count] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
        rest /= 10
        count += 1
      }
      while count > 0 {
        count -= 1
        bytes.append(buffer[count])
      }
    }
  }
}
