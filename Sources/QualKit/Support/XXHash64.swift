/// The XXH64 hash (Yann Collet's xxHash, 64-bit), for telling when a
/// transcript changed under its codings.
///
/// Change detection needs a fast hash with few collisions, not a
/// cryptographic one: XXH64 runs at memory speed, so hashing every
/// transcript costs next to nothing even on a 500 MB corpus. This follows
/// the published specification (xxhash.com, `doc/xxhash_spec.md`) and is
/// checked against the reference implementation's values.
public enum XXHash64 {
  private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
  private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
  private static let prime3: UInt64 = 0x1656_67B1_9E37_79F9
  private static let prime4: UInt64 = 0x85EB_CA77_C2B2_AE63
  private static let prime5: UInt64 = 0x27D4_EB2F_1656_67C5

  /// The hash of `bytes` with `seed`.
  public static func hash(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = 0) -> UInt64 {
    let count = bytes.count
    var offset = 0
    var accumulator: UInt64
    func word64(_ at: Int) -> UInt64 {
      UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self))
    }
    func word32(_ at: Int) -> UInt64 {
      UInt64(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self)))
    }
    if count >= 32 {
      var v1 = seed &+ prime1 &+ prime2
      var v2 = seed &+ prime2
      var v3 = seed
      var v4 = seed &- prime1
      while offset + 32 <= count {
        v1 = round(v1, word64(offset))
        v2 = round(v2, word64(offset + 8))
        v3 = round(v3, word64(offset + 16))
        v4 = round(v4, word64(offset + 24))
        offset += 32
      }
      accumulator = rotate(v1, 1) &+ rotate(v2, 7) &+ rotate(v3, 12) &+ rotate(v4, 18)
      accumulator = merge(accumulator, v1)
      accumulator = merge(accumulator, v2)
      accumulator = merge(accumulator, v3)
      accumulator = merge(accumulator, v4)
    } else {
      accumulator = seed &+ prime5
    }
    accumulator &+= UInt64(count)
    while offset + 8 <= count {
      accumulator ^= round(0, word64(offset))
      accumulator = rotate(accumulator, 27) &* prime1 &+ prime4
      offset += 8
    }
    if offset + 4 <= count {
      accumulator ^= word32(offset) &* prime1
      accumulator = rotate(accumulator, 23) &* prime2 &+ prime3
      offset += 4
    }
    while offset < count {
      accumulator ^= UInt64(bytes[offset]) &* prime5
      accumulator = rotate(accumulator, 11) &* prime1
      offset += 1
    }
    accumulator ^= accumulator >> 33
    accumulator &*= prime2
    accumulator ^= accumulator >> 29
    accumulator &*= prime3
    accumulator ^= accumulator >> 32
    return accumulator
  }

  /// The hash of a string's UTF-8 bytes as 16 lowercase hexadecimal digits.
  public static func hex(of text: String) -> String {
    var text = text
    return hexDigits(text.withUTF8 { hash(UnsafeRawBufferPointer($0)) })
  }

  /// The hash of `bytes` as 16 lowercase hexadecimal digits.
  public static func hex(of bytes: [UInt8]) -> String {
    hexDigits(bytes.withUnsafeBytes { hash($0) })
  }

  private static func hexDigits(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  private static func round(_ accumulator: UInt64, _ input: UInt64) -> UInt64 {
    rotate(accumulator &+ input &* prime2, 31) &* prime1
  }

  private static func merge(_ accumulator: UInt64, _ value: UInt64) -> UInt64 {
    (accumulator ^ round(0, value)) &* prime1 &+ prime4
  }

  private static func rotate(_ value: UInt64, _ count: UInt64) -> UInt64 {
    (value << count) | (value >> (64 &- count))
  }
}
