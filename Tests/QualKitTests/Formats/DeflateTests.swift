import Testing

@testable import QualKit

@Suite struct DeflateTests {
  static func inputs() throws -> [[UInt8]] {
    var generator = SplitMix64(seed: 77)
    let random = generator.bytes(70_000)
    // A 40 KB block repeated after more than a window of other data.
    let far = random.prefix(1000) + generator.bytes(33_000) + random.prefix(1000)
    return try [
      [], [0x61], [UInt8](repeating: 0x61, count: 1000), [UInt8](repeating: 0, count: 300_000),
      Array("abcabcabcabd".utf8), ZipFixtures.bytes("danish.txt"), ZipFixtures.bytes("mixed.bin"),
      random, Array(far), (0..<100_000).map { UInt8(truncatingIfNeeded: $0 * $0 >> 7) },
    ]
  }

  @Test("Compressed data inflates back to the input")
  func roundTrips() throws {
    for input in try Self.inputs() {
      let compressed = Deflate.compress(input)
      #expect(try Inflate.decompress(compressed) == input)
    }
  }

  @Test("Repetitive text compresses well")
  func compressesText() throws {
    let danish = try ZipFixtures.bytes("danish.txt")
    #expect(Deflate.compress(danish).count < danish.count / 2)
    #expect(Deflate.compress([UInt8](repeating: 0, count: 300_000)).count < 2000)
  }

  @Test("Length symbols match the DEFLATE length table for every length")
  func mapsLengths() {
    for length in 3...258 {
      let symbol = Deflate.lengthSymbol(length)
      let base = DeflateTables.lengthBase[symbol]
      let extra = DeflateTables.lengthExtraBits[symbol]
      #expect(base <= length && length < base + (1 << extra))
      #expect(symbol == 28 || length != 258)
    }
  }

  @Test("Distance symbols match the DEFLATE distance table for every distance")
  func mapsDistances() {
    for distance in 1...32768 {
      let symbol = Deflate.distanceSymbol(distance)
      let base = DeflateTables.distanceBase[symbol]
      let extra = DeflateTables.distanceExtraBits[symbol]
      #expect(base <= distance && distance < base + (1 << extra))
    }
  }

  @Test(
    "CRC-32 matches known check values",
    arguments: [
      ("", 0x0000_0000), ("123456789", 0xCBF4_3926), ("hello world", 0x0D4A_1185),
      ("The quick brown fox jumps over the lazy dog", 0x414F_A339),
    ] as [(String, UInt32)])
  func checksums(text: String, crc: UInt32) {
    #expect(CRC32.checksum(Array(text.utf8)) == crc)
    var running = CRC32()
    for byte in text.utf8 { running.update([byte]) }
    #expect(running.value == crc)
  }
}
