/// A simple DEFLATE compressor (RFC 1951) that writes one fixed-Huffman block.
///
/// It finds repeats with greedy LZ77 matching over hash chains in a 32 KiB
/// window and codes them with the fixed Huffman code, so no code tables are
/// stored. That compresses XML and plain text well, if less tightly than
/// zlib, and the output is the same on every platform and every run.
public enum Deflate {
  /// The most candidates compared for each position.
  private static let maxChainLength = 128
  /// How many bits of the first three bytes index the hash chains.
  private static let hashBits = 15
  private static let windowSize = 1 << 15
  private static let minMatch = 3
  private static let maxMatch = 258

  /// Compresses bytes to a raw DEFLATE stream, without a zlib or gzip header.
  ///
  /// - Parameter input: The bytes to compress.
  /// - Returns: A single final fixed-Huffman block that ``Inflate`` and zlib decode.
  /// - Complexity: O(*n*) with a constant bounded by the chain length.
  public static func compress(_ input: [UInt8]) -> [UInt8] {
    var writer = BitWriter(capacity: input.count / 2 + 16)
    writer.write(0b011, bits: 3)  // BFINAL = 1, BTYPE = 01 (fixed Huffman)
    input.withUnsafeBufferPointer { input in
      encodeMatches(input, into: &writer)
    }
    writer.writeLiteral(256)
    return writer.finish()
  }

  /// Emits literals and matches for all of `input`.
  private static func encodeMatches(
    _ input: UnsafeBufferPointer<UInt8>, into writer: inout BitWriter
  ) {
    let count = input.count
    let windowMask = windowSize - 1
    var head = [Int32](repeating: -1, count: 1 << hashBits)
    var previous = [Int32](repeating: -1, count: windowSize)

    func hash(_ index: Int) -> Int {
      let key =
        UInt32(input[index]) | UInt32(input[index + 1]) << 8
        | UInt32(input[index + 2]) << 16
      return Int((key &* 2_654_435_761) >> (32 - UInt32(hashBits)))
    }

    func insert(_ index: Int) {
      let bucket = hash(index)
      previous[index & windowMask] = head[bucket]
      head[bucket] = Int32(index)
    }

    var index = 0
    while index < count {
      var bestLength = 0
      var bestDistance = 0
      if count - index >= minMatch {
        let longest = min(maxMatch, count - index)
        var candidate = Int(head[hash(index)])
        var chain = maxChainLength
        while candidate >= 0 && index - candidate <= windowSize && chain > 0 {
          if input[candidate + bestLength] == input[index + bestLength] {
            var length = 0
            while length < longest && input[candidate + length] == input[index + length] {
              length += 1
            }
            if length > bestLength {
              bestLength = length
              bestDistance = index - candidate
              if length == longest { break }
            }
          }
          let next = Int(previous[candidate & windowMask])
          if next >= candidate { break }
          candidate = next
          chain -= 1
        }
        insert(index)
      }
      if bestLength >= minMatch {
        writer.writeMatch(length: bestLength, distance: bestDistance)
        for skipped in index + 1..<index + bestLength where count - skipped >= minMatch {
          insert(skipped)
        }
        index += bestLength
      } else {
        writer.writeLiteral(Int(input[index]))
        index += 1
      }
    }
  }

  /// The index into the length tables for a match length of 3...258.
  static func lengthSymbol(_ length: Int) -> Int {
    if length == 258 { return 28 }
    let excess = length - 3
    if excess < 8 { return excess }
    let log2 = Int.bitWidth - 1 - excess.leadingZeroBitCount
    return 4 * (log2 - 1) + ((excess >> (log2 - 2)) & 3)
  }

  /// The distance symbol for a distance of 1...32768.
  static func distanceSymbol(_ distance: Int) -> Int {
    let excess = distance - 1
    if excess < 4 { return excess }
    let log2 = Int.bitWidth - 1 - excess.leadingZeroBitCount
    return 2 * log2 + ((excess >> (log2 - 1)) & 1)
  }
}

/// Writes bits least significant first and codes symbols with the fixed Huffman code.
private struct BitWriter {
  /// Bit-reversed fixed literal/length codes, ready to write LSB first.
  private static let literalCodes: [UInt32] = (0..<288).map { symbol in
    let (code, length) =
      switch symbol {
      case 0..<144: (0x30 + symbol, 8)
      case 144..<256: (0x190 + symbol - 144, 9)
      case 256..<280: (symbol - 256, 7)
      default: (0xC0 + symbol - 280, 8)
      }
    return reverse(UInt32(code), length: length)
  }

  private var bytes: [UInt8] = []
  private var buffer: UInt64 = 0
  private var bitCount = 0

  init(capacity: Int) { bytes.reserveCapacity(capacity) }

  static func reverse(_ code: UInt32, length: Int) -> UInt32 {
    var result: UInt32 = 0
    var code = code
    for _ in 0..<length {
      result = result << 1 | code & 1
      code >>= 1
    }
    return result
  }

  /// Appends the low `bits` bits of `value` (at most 32).
  mutating func write(_ value: UInt32, bits: Int) {
    buffer |= UInt64(value) << UInt64(bitCount)
    bitCount += bits
    while bitCount >= 8 {
      bytes.append(UInt8(truncatingIfNeeded: buffer))
      buffer >>= 8
      bitCount -= 8
    }
  }

  /// Appends a literal/length symbol (0...287).
  mutating func writeLiteral(_ symbol: Int) {
    write(Self.literalCodes[symbol], bits: Int(DeflateTables.fixedLiteralLengths[symbol]))
  }

  /// Appends a match of 3...258 bytes at a distance of 1...32768.
  mutating func writeMatch(length: Int, distance: Int) {
    let lengthSymbol = Deflate.lengthSymbol(length)
    writeLiteral(257 + lengthSymbol)
    let lengthExtra = DeflateTables.lengthExtraBits[lengthSymbol]
    if lengthExtra > 0 {
      write(UInt32(length - DeflateTables.lengthBase[lengthSymbol]), bits: lengthExtra)
    }
    let distanceSymbol = Deflate.distanceSymbol(distance)
    write(Self.reverse(UInt32(distanceSymbol), length: 5), bits: 5)
    let distanceExtra = DeflateTables.distanceExtraBits[distanceSymbol]
    if distanceExtra > 0 {
      write(UInt32(distance - DeflateTables.distanceBase[distanceSymbol]), bits: distanceExtra)
    }
  }

  /// Pads the last byte with zero bits and returns the stream.
  mutating func finish() -> [UInt8] {
    if bitCount > 0 { bytes.append(UInt8(truncatingIfNeeded: buffer)) }
    buffer = 0
    bitCount = 0
    return bytes
  }
}
