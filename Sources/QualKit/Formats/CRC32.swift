/// A running CRC-32 checksum (IEEE 802.3, as used by ZIP, gzip and PNG).
///
/// ```swift
/// var crc = CRC32()
/// crc.update(Array("hello ".utf8))
/// crc.update(Array("world".utf8))
/// crc.value  // 0x0D4A1185
/// ```
public struct CRC32: Hashable, Sendable {
  /// The reflected polynomial 0x04C11DB7.
  private static let polynomial: UInt32 = 0xEDB8_8320

  /// One precomputed remainder for each byte value.
  private static let table: [UInt32] = (0..<256).map { byte in
    var crc = UInt32(byte)
    for _ in 0..<8 {
      crc = crc & 1 == 1 ? (crc >> 1) ^ polynomial : crc >> 1
    }
    return crc
  }

  /// The inverted internal state.
  private var state: UInt32 = 0xFFFF_FFFF

  /// Creates a checksum of no bytes.
  public init() {}

  /// The checksum of all bytes added so far.
  public var value: UInt32 { ~state }

  /// Adds bytes to the checksum.
  ///
  /// - Parameter bytes: The bytes that follow those added before.
  public mutating func update(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { update($0) }
  }

  /// Adds the bytes of a buffer to the checksum.
  mutating func update(_ bytes: UnsafeBufferPointer<UInt8>) {
    var crc = state
    Self.table.withUnsafeBufferPointer { table in
      for byte in bytes {
        crc = table[Int(UInt8(truncatingIfNeeded: crc) ^ byte)] ^ (crc >> 8)
      }
    }
    state = crc
  }

  /// Computes the checksum of a byte array in one step.
  ///
  /// - Parameter bytes: The bytes to check.
  /// - Returns: The CRC-32 of `bytes`.
  public static func checksum(_ bytes: [UInt8]) -> UInt32 {
    var crc = CRC32()
    crc.update(bytes)
    return crc.value
  }
}
