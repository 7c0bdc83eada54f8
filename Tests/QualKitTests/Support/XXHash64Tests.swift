import Testing

@testable import QualKit

@Suite struct XXHash64Tests {
  /// Values from the reference implementation (Python `xxhash` 3.x, which
  /// wraps the C library), seed 0.
  @Test(
    "Matches the reference implementation",
    arguments: [
      ("", "ef46db3751d8e999"),
      ("a", "d24ec4f1a98c6e5b"),
      ("abc", "44bc2cf5ad770999"),
      ("abcdefgh12345", "09654208655d546e"),
      (String(repeating: "Sammenhæng og mestring i eget liv, øh. ", count: 7), "eb2ebbacdd8c8ecc"),
    ])
  func reference(input: String, digest: String) {
    #expect(XXHash64.hex(of: input) == digest)
  }

  @Test("Every input length up to 40 bytes takes its own path and all differ")
  func lengths() {
    let bytes = (0..<771).map { UInt8(truncatingIfNeeded: $0) }
    let hashes = (0...40).map { count in
      bytes.withUnsafeBytes { XXHash64.hash(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
    }
    #expect(Set(hashes).count == hashes.count)
    // 771 bytes: three runs of 0…255 then "xyz" in the reference; here 0…255 thrice and 3 more.
    let reference =
      (Array(0...255) + Array(0...255) + Array(0...255)).map(UInt8.init) + Array("xyz".utf8)
    #expect(reference.withUnsafeBytes { XXHash64.hash($0) } == 0xe921_a1b4_5bd7_79f8)
  }
}
