/// The SHA-1 message digest (FIPS 180-4 §6.1; RFC 3174), for name-based
/// UUIDs (version 5, RFC 9562 §5.5).
///
/// SHA-1 is broken for collision resistance, so it is used here only where a
/// standard requires it: a UUIDv5 is defined as the SHA-1 of a namespace and
/// a name. Nothing in QualKit relies on it for security.
///
/// Feed bytes with ``update(_:)`` in as many pieces as convenient, then read
/// ``finalize()``; or hash a whole message with ``digest(of:)``.
///
/// ```swift
/// SHA1.hex(of: Array("abc".utf8))  // "a9993e364706816aba3e25717850c26c9cd0d89d"
/// ```
public struct SHA1: Sendable {
  /// The five 32-bit words of the running hash.
  private var state: (UInt32, UInt32, UInt32, UInt32, UInt32) = (
    0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0
  )
  /// Bytes of the current 64-byte block not yet hashed.
  private var block: [UInt8] = []
  /// How many bytes were fed in all.
  private var length: UInt64 = 0

  /// A hash of nothing yet.
  public init() {
    block.reserveCapacity(64)
  }

  /// Feeds `bytes` to the hash.
  public mutating func update(_ bytes: some Sequence<UInt8>) {
    for byte in bytes {
      block.append(byte)
      length &+= 1
      if block.count == 64 {
        compress(block)
        block.removeAll(keepingCapacity: true)
      }
    }
  }

  /// The 20-byte digest of everything fed so far.
  ///
  /// The hash itself is not changed: more bytes may be fed afterwards, and
  /// the digest then covers those too.
  public func finalize() -> [UInt8] {
    var copy = self
    let bitLength = length &* 8
    // Padding: a one bit, zeros up to 56 bytes mod 64, the length in bits.
    copy.update(CollectionOfOne(0x80))
    while copy.block.count != 56 { copy.update(CollectionOfOne(0)) }
    copy.update((0..<8).reversed().map { UInt8(truncatingIfNeeded: bitLength >> ($0 * 8)) })
    let (h0, h1, h2, h3, h4) = copy.state
    return [h0, h1, h2, h3, h4].flatMap { word in
      (0..<4).reversed().map { UInt8(truncatingIfNeeded: word >> ($0 * 8)) }
    }
  }

  /// The digest of `bytes`.
  public static func digest(of bytes: some Sequence<UInt8>) -> [UInt8] {
    var hash = SHA1()
    hash.update(bytes)
    return hash.finalize()
  }

  /// The digest of `bytes` as 40 lowercase hex digits.
  public static func hex(of bytes: some Sequence<UInt8>) -> String {
    let digits = Array("0123456789abcdef".unicodeScalars)
    var text = String.UnicodeScalarView()
    for byte in digest(of: bytes) {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0x0F)])
    }
    return String(text)
  }

  /// Hashes one 64-byte block into the state (FIPS 180-4 §6.1.2).
  private mutating func compress(_ block: [UInt8]) {
    var words = [UInt32](repeating: 0, count: 80)
    for index in 0..<16 {
      words[index] =
        UInt32(block[index * 4]) << 24 | UInt32(block[index * 4 + 1]) << 16
        | UInt32(block[index * 4 + 2]) << 8 | UInt32(block[index * 4 + 3])
    }
    for index in 16..<80 {
      words[index] = rotate(
        words[index - 3] ^ words[index - 8] ^ words[index - 14] ^ words[index - 16], 1)
    }
    var (a, b, c, d, e) = state
    for index in 0..<80 {
      let mixed: UInt32
      let constant: UInt32
      switch index {
      case 0..<20:
        mixed = (b & c) | (~b & d)
        constant = 0x5A82_7999
      case 20..<40:
        mixed = b ^ c ^ d
        constant = 0x6ED9_EBA1
      case 40..<60:
        mixed = (b & c) | (b & d) | (c & d)
        constant = 0x8F1B_BCDC
      default:
        mixed = b ^ c ^ d
        constant = 0xCA62_C1D6
      }
      let next = rotate(a, 5) &+ mixed &+ e &+ constant &+ words[index]
      e = d
      d = c
      c = rotate(b, 30)
      b = a
      a = next
    }
    state = (state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d, state.4 &+ e)
  }

  private func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 {
    value << count | value >> (32 - count)
  }
}
