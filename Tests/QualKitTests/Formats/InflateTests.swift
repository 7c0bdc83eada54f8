import Testing

@testable import QualKit

@Suite struct InflateTests {
  @Test(
    "Streams made by zlib decompress to the original bytes",
    arguments: [
      ("empty.deflate", "empty.txt"),
      ("stored.deflate", "stored.txt"),
      ("fixed.deflate", "fixed.txt"),
      ("danish.deflate", "danish.txt"),
      ("mixed.deflate", "mixed.bin"),
    ])
  func decompressesZlibOutput(stream: String, original: String) throws {
    let compressed = try ZipFixtures.bytes(stream)
    let expected = try ZipFixtures.bytes(original)
    let output = try Inflate.decompress(compressed)
    #expect(output.count == expected.count)
    #expect(output == expected)
  }

  @Test("Trailing bytes after the final block are ignored")
  func ignoresTrailingBytes() throws {
    let compressed = try ZipFixtures.bytes("fixed.deflate") + [1, 2, 3]
    #expect(try Inflate.decompress(compressed) == ZipFixtures.bytes("fixed.txt"))
  }

  @Test("Output up to the limit is allowed and one byte more is refused")
  func enforcesLimitExactly() throws {
    let compressed = try ZipFixtures.bytes("danish.deflate")
    let size = try ZipFixtures.bytes("danish.txt").count
    #expect(try Inflate.decompress(compressed, limit: size).count == size)
    let error = #expect(throws: ZipError.self) {
      try Inflate.decompress(compressed, limit: size - 1)
    }
    #expect(error?.kind == .limitExceeded)
    #expect(error?.message == "deflate output exceeds the limit of \(size - 1) bytes")
  }

  @Test(
    "A stream of 10 MB of zeros stops at a small limit",
    arguments: [0, 1, 1000, 65_536, 1_000_000])
  func stopsBombAtLimit(limit: Int) throws {
    let compressed = try ZipFixtures.bytes("zeros.deflate")
    let error = #expect(throws: ZipError.self) {
      try Inflate.decompress(compressed, limit: limit)
    }
    #expect(error?.kind == .limitExceeded)
  }

  @Test("The stored-block limit applies before copying")
  func limitsStoredBlock() throws {
    let compressed = try ZipFixtures.bytes("stored.deflate")
    let error = #expect(throws: ZipError.self) { try Inflate.decompress(compressed, limit: 10) }
    #expect(error?.kind == .limitExceeded)
  }

  @Test("A truncated stream is reported as truncated", arguments: [0, 1, 100, 1000, 12_000])
  func rejectsTruncatedStream(length: Int) throws {
    let compressed = try ZipFixtures.bytes("danish.deflate")
    let error = #expect(throws: ZipError.self) {
      try Inflate.decompress(Array(compressed.prefix(length)))
    }
    #expect(error == ZipError(.malformedDeflate, "deflate stream is truncated"))
  }

  @Test(
    "Malformed streams throw a clear error",
    arguments: [
      (Self.blockTypeThree, "invalid deflate block type 3"),
      ([0x01, 0x05, 0x00, 0x00, 0x00], "stored block length does not match its complement"),
      ([0x01, 0x05, 0x00, 0xFA, 0xFF, 0x41], "deflate stream is truncated"),
      (Self.distanceTooFar, "deflate distance 1 is too far back (only 0 bytes written)"),
      (Self.invalidLengthSymbol, "invalid length symbol 286 in deflate stream"),
      (Self.invalidDistanceSymbol, "invalid distance symbol 30 in deflate stream"),
      (Self.tooManyCodes, "too many length or distance codes in deflate block"),
      (Self.codeLengths([1, 1, 1, 1]), "over-subscribed code length huffman code"),
      (Self.codeLengths([0, 0, 1, 0]), "incomplete code length huffman code"),
      (Self.noEndOfBlock, "deflate block has no end-of-block code"),
      (Self.repeatWithoutPrevious, "code length repeat with no previous length"),
      (Self.incompleteLiterals, "incomplete literal huffman code"),
    ])
  func rejectsMalformedStream(stream: [UInt8], message: String) {
    let error = #expect(throws: ZipError.self) { try Inflate.decompress(stream) }
    #expect(error?.kind == .malformedDeflate)
    #expect(error?.message == message)
  }

  @Test("A single distance code of one bit is accepted")
  func acceptsSingleDistanceCode() throws {
    // Literal 'a' and end-of-block get 1-bit codes; one 1-bit distance code.
    var stream = Self.dynamicHeader(literalCount: 257, distanceCount: 1)
    stream.bits(14, 4)  // HCLEN 18: order up to ... 2, 14, 1
    let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1]
    for symbol in order { stream.bits(symbol == 1 || symbol == 18 ? 1 : 0, 3) }
    // Lengths: 97 zeros, 'a' = 1, 158 zeros, end-of-block = 1, distance 0 = 1.
    stream.code(1, 1)
    stream.bits(97 - 11, 7)
    stream.code(0, 1)
    stream.code(1, 1)
    stream.bits(138 - 11, 7)
    stream.code(1, 1)
    stream.bits(20 - 11, 7)
    stream.code(0, 1)
    stream.code(0, 1)
    // Data: 'a', 'a', end-of-block (literal code: 'a' = 0, end = 1).
    stream.code(0, 1)
    stream.code(0, 1)
    stream.code(1, 1)
    #expect(try Inflate.decompress(stream.bytes) == Array("aa".utf8))
  }

  @Test("Fixtures decode the same with the bit-by-bit reference decoder")
  func matchesReferenceOnFixtures() throws {
    for name in ["empty", "stored", "fixed", "danish", "mixed"] {
      let compressed = try ZipFixtures.bytes("\(name).deflate")
      #expect(try ReferenceInflater.inflate(compressed) == Inflate.decompress(compressed))
    }
  }

  @Test("Random and mutated input never traps and decodes as the reference decoder does")
  func matchesReferenceOnRandomInput() throws {
    var generator = SplitMix64(seed: 1951)
    let valid = try [
      ZipFixtures.bytes("fixed.deflate"), ZipFixtures.bytes("danish.deflate"),
      ZipFixtures.bytes("stored.deflate"),
    ]
    var thrown = 0
    var returned = 0
    for round in 0..<600 {
      var input: [UInt8]
      if round % 2 == 0 {
        input = generator.bytes(Int.random(in: 0...2000, using: &generator))
        // Make most streams start with a fixed or dynamic block.
        if !input.isEmpty && round % 3 != 0 {
          input[0] = input[0] & 0b1111_1001 | UInt8(round % 4 == 0 ? 0b010 : 0b100)
        }
      } else {
        input = valid[round % valid.count]
        for _ in 0..<Int.random(in: 1...8, using: &generator) {
          let index = Int.random(in: 0..<min(input.count, 300), using: &generator)
          input[index] ^= UInt8.random(in: 1...255, using: &generator)
        }
      }
      let expected = try? ReferenceInflater.inflate(input)
      do {
        let output = try Inflate.decompress(input)
        #expect(output == expected, "round \(round)")
        returned += 1
      } catch {
        #expect(expected == nil, "round \(round): \(error.message)")
        #expect(error.kind == .malformedDeflate)
        thrown += 1
      }
    }
    #expect(thrown + returned == 600)
    #expect(thrown > 100 && returned > 10)
  }

  // MARK: - Hand-made streams

  static let blockTypeThree: [UInt8] = [0x07]

  /// A final fixed-Huffman block starts with bits 1, 1, 0.
  static func fixedBlock(_ body: (inout TestBitWriter) -> Void) -> [UInt8] {
    var writer = TestBitWriter()
    writer.bits(1, 1)
    writer.bits(1, 2)
    body(&writer)
    return writer.bytes
  }

  static let distanceTooFar = fixedBlock { writer in
    writer.code(0b000_0001, 7)  // length symbol 257: 3 bytes
    writer.code(0, 5)  // distance 1
    writer.code(0, 7)  // end of block
  }

  static let invalidLengthSymbol = fixedBlock { writer in
    writer.code(0b1100_0110, 8)  // symbol 286
  }

  static let invalidDistanceSymbol = fixedBlock { writer in
    writer.code(0b0011_0000 + 0x61, 8)  // literal 'a'
    writer.code(0b000_0001, 7)  // length symbol 257
    writer.code(30, 5)  // distance symbol 30
  }

  /// The start of a final dynamic block with the given code counts.
  static func dynamicHeader(literalCount: Int, distanceCount: Int) -> TestBitWriter {
    var writer = TestBitWriter()
    writer.bits(1, 1)
    writer.bits(2, 2)
    writer.bits(literalCount - 257, 5)
    writer.bits(distanceCount - 1, 5)
    return writer
  }

  static let tooManyCodes: [UInt8] = {
    var writer = dynamicHeader(literalCount: 287, distanceCount: 1)
    writer.bits(0, 4)
    return writer.bytes
  }()

  /// A dynamic block whose code length code gives symbols 16, 17, 18 and 0 these lengths.
  static func codeLengths(_ lengths: [Int]) -> [UInt8] {
    var writer = dynamicHeader(literalCount: 257, distanceCount: 1)
    writer.bits(0, 4)
    for length in lengths { writer.bits(length, 3) }
    writer.bits(0, 16)
    return writer.bytes
  }

  /// A dynamic block whose code lengths are all zero: 18 (zeros) and 0 get 1 bit.
  static let noEndOfBlock: [UInt8] = {
    var writer = dynamicHeader(literalCount: 257, distanceCount: 1)
    writer.bits(0, 4)
    for length in [0, 0, 1, 1] { writer.bits(length, 3) }
    writer.code(1, 1)  // symbol 18
    writer.bits(127, 7)  // 138 zeros
    writer.code(1, 1)
    writer.bits(109, 7)  // 120 zeros: 258 in all
    return writer.bytes
  }()

  /// A dynamic block that starts its code lengths with "repeat previous".
  static let repeatWithoutPrevious: [UInt8] = {
    var writer = dynamicHeader(literalCount: 257, distanceCount: 1)
    writer.bits(0, 4)
    for length in [1, 0, 0, 1] { writer.bits(length, 3) }  // 16 -> 1, 0 -> 0
    writer.code(1, 1)  // symbol 16
    writer.bits(0, 2)
    return writer.bytes
  }()

  /// A dynamic block whose literal code has two 2-bit codes only.
  static let incompleteLiterals: [UInt8] = {
    var writer = dynamicHeader(literalCount: 257, distanceCount: 1)
    writer.bits(15, 4)  // all 19 code length code lengths
    let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
    // Symbols 2 and 18 get 1 bit (canonical: 2 -> 0, 18 -> 1).
    for symbol in order { writer.bits(symbol == 2 || symbol == 18 ? 1 : 0, 3) }
    writer.code(0, 1)  // literal 0: length 2
    writer.code(1, 1)  // 18: 138 zeros
    writer.bits(127, 7)
    writer.code(1, 1)  // 18: 117 zeros (up to 255)
    writer.bits(106, 7)
    writer.code(0, 1)  // end of block: length 2
    writer.code(0, 1)  // distance 0: length 2
    writer.bits(0, 16)
    return writer.bytes
  }()
}
