import Foundation
import Testing

@testable import QualKit

@Suite struct SHA1Tests {
  /// FIPS 180-2 Appendix A (one block, two blocks, a million `a`s) and
  /// RFC 3174 §7.3 (its TEST4 is 32 bytes repeated twenty times), plus the
  /// empty message and the FIPS 180-2 Appendix B.2 896-bit message.
  @Test(
    "Matches the published test vectors",
    arguments: [
      ("", 1, "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
      ("abc", 1, "a9993e364706816aba3e25717850c26c9cd0d89d"),
      (
        "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 1,
        "84983e441c3bd26ebaae4aa1f95129e5e54670f1"
      ),
      (
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
        1, "a49b2446a02c645bf419f995b67091253a04a259"
      ),
      ("a", 1_000_000, "34aa973cd4c4daa4f61eeb2bdbad27316534016f"),
      ("01234567012345670123456701234567", 20, "dea356a2cddd90c7a7ecedc5ebb563934f460452"),
    ])
  func publishedVectors(message: String, repeats: Int, digest: String) {
    let bytes = Array(String(repeating: message, count: repeats).utf8)
    #expect(SHA1.hex(of: bytes) == digest)
  }

  /// Lengths around the 55/56/64-byte padding boundaries, against Python's
  /// `hashlib.sha1(bytes(range(n)))`.
  @Test(
    "Pads correctly at the block boundaries",
    arguments: [
      (55, "8ae2d46729cfe68ff927af5eec9c7d1b66d65ac2"),
      (56, "636e2ec698dac903498e648bd2f3af641d3c88cb"),
      (63, "6d942da0c4392b123528f2905c713a3ce28364bd"),
      (64, "c6138d514ffa2135bfce0ed0b8fac65669917ec7"),
      (65, "69bd728ad6e13cd76ff19751fde427b00e395746"),
      (119, "41c89d06001bab4ab78736b44efe7ce18ce6ae08"),
      (120, "d3dbd653bd8597b7475321b60a36891278e6a04a"),
    ])
  func boundaries(length: Int, digest: String) {
    #expect(SHA1.hex(of: (0..<length).map { UInt8($0) }) == digest)
  }

  @Test("Feeding a message in pieces gives the digest of the whole")
  func pieces() {
    let message =
      Array("Sammenhæng og mestring i eget liv, øh. ".utf8) + (0..<200).map { UInt8($0) }
    let whole = SHA1.digest(of: message)
    #expect(whole.count == 20)
    for cut in stride(from: 0, through: message.count, by: 7) {
      var hash = SHA1()
      hash.update(message[..<cut])
      let partial = hash.finalize()
      hash.update(message[cut...])
      #expect(hash.finalize() == whole)
      #expect(partial == SHA1.digest(of: message[..<cut]))
    }
  }
}
