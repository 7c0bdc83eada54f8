/// Tests on the eight bytes of a 64-bit word at once ("SIMD within a
/// register"), for the scans of ``DecodedText`` and ``UTF8Validation`` and the
/// scalar counts of ``LineIndex`` and the keyword matcher.
///
/// A word holds eight lanes of one byte each, the first byte of the text in
/// the lowest lane (``load(_:at:)`` reads little-endian). The tests return a
/// word of flags: bit 7 of a lane set where the lane has the property, every
/// other bit clear. Tests named `any…` are exact only as a whole (nonzero if
/// and only if some lane has the property): a borrow can set the flag of a
/// lane above the first one that has it.
enum SWAR {
  /// Bit 0 of every lane.
  static let lowBits: UInt64 = 0x0101_0101_0101_0101
  /// Bit 7 of every lane: where the flags are.
  static let highBits: UInt64 = 0x8080_8080_8080_8080
  /// Bits 0 to 6 of every lane.
  static let lowSevenBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

  /// `byte` in every lane.
  static func broadcast(_ byte: UInt8) -> UInt64 { lowBits &* UInt64(byte) }

  /// The eight bytes at `offset` from `base`, the first in the lowest lane.
  static func load(_ base: UnsafePointer<UInt8>, at offset: Int) -> UInt64 {
    UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
  }

  /// Nonzero if and only if some lane of `word` is below `byte`, which must
  /// be 0x80 or less.
  static func anyLane(of word: UInt64, below byte: UInt8) -> UInt64 {
    (word &- broadcast(byte)) & ~word & highBits
  }

  /// Nonzero if and only if some lane of `word` is `byte`.
  static func anyLane(of word: UInt64, equalTo byte: UInt8) -> UInt64 {
    anyLane(of: word ^ broadcast(byte), below: 1)
  }

  /// Nonzero if and only if some lane of `word` has bit 7 set (is not ASCII).
  static func anyNonASCII(_ word: UInt64) -> UInt64 { word & highBits }

  /// The lanes of `word` at or above `byte`, which must be 0x81 or more
  /// (exact for every lane).
  ///
  /// Bits 0 to 6 of a lane plus `0x100 - byte` carry into bit 7 exactly when
  /// they are at least `byte - 0x80`, and never beyond it; bit 7 of the lane
  /// itself must be set too.
  static func lanes(of word: UInt64, atLeast byte: UInt8) -> UInt64 {
    ((word & lowSevenBits) &+ broadcast(0 &- byte)) & word & highBits
  }

  /// The lanes of `word` in which every bit of `mask` is clear; `mask` must
  /// be 0x7F or less (exact for every lane).
  static func lanes(of word: UInt64, clearIn mask: UInt8) -> UInt64 {
    // The masked bits plus 0x7F reach bit 7 unless they are all clear.
    ~((word & broadcast(mask)) &+ lowSevenBits) & highBits
  }

  /// The lanes of `word` whose bits 7 and 6 are both set: UTF-8 leads of
  /// scalars of two or more bytes (exact for every lane).
  static func utf8Leads(_ word: UInt64) -> UInt64 { word & (word << 1) & highBits }

  /// The lanes of `word` whose bit 7 is set and bit 6 clear: UTF-8
  /// continuation bytes (exact for every lane).
  static func utf8Continuations(_ word: UInt64) -> UInt64 { word & ~(word << 1) & highBits }

  /// The lanes among `leads` whose bit 5 is set too: leads of scalars of
  /// three or four bytes (exact for every lane).
  static func utf8LongLeads(_ word: UInt64, leads: UInt64) -> UInt64 { leads & (word << 2) }

  /// The number of bytes of `word` whose bit 7 is set, for a word whose
  /// other bits are all clear.
  ///
  /// One multiplication adds the eight bits up in the top byte; the baseline
  /// x86-64 target has no population-count instruction, and
  /// `nonzeroBitCount` there takes about a dozen instructions.
  static func highBitCount(_ word: UInt64) -> Int {
    Int(truncatingIfNeeded: ((word >> 7) &* 0x0101_0101_0101_0101) >> 56)
  }

  /// The number of UTF-8 continuation bytes (`10xxxxxx`) in a byte range,
  /// counted eight bytes at a time; the range's byte count less this is
  /// its number of scalars.
  ///
  /// Most ranges are short (a hit, or the gap between two searched
  /// ranges), so the last one to seven bytes are counted in one word too
  /// when the text extends far enough: the bytes past the range are masked
  /// off.
  static func continuationCount(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    guard let base = text.baseAddress, !range.isEmpty else { return 0 }
    let highBits: UInt64 = 0x8080_8080_8080_8080
    var continuation = 0
    var index = range.lowerBound
    while index + 8 <= range.upperBound {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      continuation &+= highBitCount(word & ~(word << 1) & highBits)
      index += 8
    }
    let rest = range.upperBound - index
    if rest > 0 && index + 8 <= text.count {
      // Read as little-endian, the range's bytes are the low `rest` bytes.
      let loaded = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      let word = UInt64(littleEndian: loaded) & (UInt64.max >> UInt64(8 * (8 - rest)))
      continuation &+= highBitCount(word & ~(word << 1) & highBits)
      return continuation
    }
    while index < range.upperBound {
      if text[index] & 0xC0 == 0x80 { continuation &+= 1 }
      index += 1
    }
    return continuation
  }
}
