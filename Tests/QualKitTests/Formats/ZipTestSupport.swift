import Foundation

@testable import QualKit

/// Reads the fixtures in `Fixtures/Zip`, made by `make_fixtures.py`.
enum ZipFixtures {
  static let directory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures").appendingPathComponent("Zip")

  /// The bytes of a fixture file.
  static func bytes(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: directory.appendingPathComponent(name)))
  }
}

extension SplitMix64 {
  /// `count` random bytes.
  mutating func bytes(_ count: Int) -> [UInt8] {
    (0..<count).map { _ in UInt8.random(in: 0...255, using: &self) }
  }
}

/// Writes bits least significant first, for hand-made DEFLATE streams.
struct TestBitWriter {
  var bytes: [UInt8] = []
  var bitCount = 0

  /// Appends the low `count` bits of `value`, least significant first.
  mutating func bits(_ value: Int, _ count: Int) {
    for bit in 0..<count {
      if bitCount % 8 == 0 { bytes.append(0) }
      if value >> bit & 1 == 1 { bytes[bytes.count - 1] |= 1 << (bitCount % 8) }
      bitCount += 1
    }
  }

  /// Appends a Huffman code of `count` bits, most significant first.
  mutating func code(_ value: Int, _ count: Int) {
    for bit in (0..<count).reversed() { bits(value >> bit & 1, 1) }
  }
}
