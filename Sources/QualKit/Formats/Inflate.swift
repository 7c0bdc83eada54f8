/// A decompressor for raw DEFLATE streams (RFC 1951), as stored in ZIP entries.
///
/// It handles stored, fixed-Huffman and dynamic-Huffman blocks and decodes
/// Huffman codes through lookup tables. Every malformed or truncated stream
/// throws a ``ZipError`` of kind ``ZipError/Kind/malformedDeflate``; output
/// that would grow past the limit stops decoding at once with
/// ``ZipError/Kind/limitExceeded``, so a small "zip bomb" cannot make it
/// allocate more than the limit.
///
/// ```swift
/// let text = try Inflate.decompress(compressed, limit: 1 << 20)
/// ```
public enum Inflate {
  /// Decompresses a raw DEFLATE stream.
  ///
  /// Bytes after the final block are ignored.
  ///
  /// - Parameters:
  ///   - input: A raw DEFLATE stream, without a zlib or gzip header.
  ///   - limit: The most bytes the output may have.
  ///   - expectedSize: The size the output is expected to have, if known; it
  ///     only sets how much memory is reserved up front.
  /// - Returns: The decompressed bytes.
  /// - Throws: ``ZipError`` if the stream is malformed or truncated, or if the
  ///   output would have more than `limit` bytes.
  public static func decompress(
    _ input: [UInt8], limit: Int = Int.max, expectedSize: Int? = nil
  ) throws -> [UInt8] {
    try input.withUnsafeBufferPointer { buffer in
      try decompress(buffer, limit: limit, expectedSize: expectedSize)
    }
  }

  /// Decompresses a raw DEFLATE stream held in a buffer.
  static func decompress(
    _ input: UnsafeBufferPointer<UInt8>, limit: Int, expectedSize: Int?
  ) throws -> [UInt8] {
    let limit = max(0, limit)
    // DEFLATE expands at most 1032 times, so a larger expected size is a lie.
    let (most, overflow) = input.count.multipliedReportingOverflow(by: 1032)
    let guess = expectedSize ?? input.count.multipliedReportingOverflow(by: 4).partialValue
    let capacity = min(max(guess, 1024), limit, overflow ? Int.max : most + 1024)
    var inflater = Inflater(input: input, limit: limit, capacity: capacity)
    defer { inflater.deallocate() }
    try inflater.run()
    return inflater.output()
  }
}

// MARK: - Huffman decoding table

/// A two-level lookup table that decodes one canonical Huffman code.
///
/// An entry holds the symbol in bits 0–15 and the code length in bits 16–20.
/// A primary entry with ``subtableFlag`` set holds instead the offset of a
/// subtable indexed by the bits after the primary ones. An entry of zero is a
/// bit pattern that no code starts with.
private struct HuffmanTable {
  static let subtableFlag: UInt32 = 1 << 31

  var entries: [UInt32]
  var primaryBits: Int
  var primaryMask: UInt64
  var subtableMask: UInt64

  /// Builds the table for a code from the code length of each symbol.
  ///
  /// - Parameters:
  ///   - lengths: The code length of each symbol, 0 for unused symbols.
  ///   - primaryBits: The most bits the first-level table is indexed by.
  ///   - allowIncomplete: Whether a code with a single one-bit code, or no
  ///     code at all, is accepted (RFC 1951 allows it for distances).
  ///   - name: What the code is for, in error messages.
  /// - Throws: ``ZipError`` if the lengths over-subscribe the code or leave it
  ///   incomplete where that is not allowed.
  init(
    lengths: ArraySlice<UInt8>, primaryBits: Int, allowIncomplete: Bool, name: String
  ) throws {
    var count = [Int](repeating: 0, count: 16)
    for length in lengths { count[Int(length)] += 1 }
    count[0] = 0
    let maxLength = count.lastIndex { $0 > 0 } ?? 0
    var left = 1
    for length in 1...15 {
      left = left << 1 - count[length]
      if left < 0 {
        throw ZipError(.malformedDeflate, "over-subscribed \(name) huffman code")
      }
    }
    if left > 0 && !(allowIncomplete && maxLength <= 1) {
      throw ZipError(.malformedDeflate, "incomplete \(name) huffman code")
    }

    var offsets = [Int](repeating: 0, count: 16)
    for length in 1..<15 { offsets[length + 1] = offsets[length] + count[length] }
    var sorted = [Int](repeating: 0, count: lengths.count)
    for (symbol, length) in zip(0..., lengths) where length > 0 {
      sorted[offsets[Int(length)]] = symbol
      offsets[Int(length)] += 1
    }
    let usedCount = count.reduce(0, +)

    let primary = max(1, min(primaryBits, maxLength))
    let subBits = max(0, maxLength - primary)
    var entries = [UInt32](repeating: 0, count: 1 << primary)
    var code = 0
    var currentLength = 0
    for symbol in sorted.prefix(usedCount) {
      let length = Int(lengths[lengths.startIndex + symbol])
      code <<= length - currentLength
      currentLength = length
      let reversed = Self.reverse(code, length: length)
      let entry = UInt32(symbol) | UInt32(length) << 16
      if length <= primary {
        var index = reversed
        while index < 1 << primary {
          entries[index] = entry
          index += 1 << length
        }
      } else {
        let prefix = reversed & (1 << primary - 1)
        if entries[prefix] == 0 {
          entries[prefix] = Self.subtableFlag | UInt32(entries.count)
          entries.append(contentsOf: repeatElement(0, count: 1 << subBits))
        }
        let offset = Int(entries[prefix] & 0xFFFF)
        var index = reversed >> primary
        while index < 1 << subBits {
          entries[offset + index] = entry
          index += 1 << (length - primary)
        }
      }
      code += 1
    }
    self.entries = entries
    self.primaryBits = primary
    self.primaryMask = UInt64(1 << primary - 1)
    self.subtableMask = UInt64(1 << subBits - 1)
  }

  /// Reverses the low `length` bits of `code`.
  private static func reverse(_ code: Int, length: Int) -> Int {
    var result = 0
    var code = code
    for _ in 0..<length {
      result = result << 1 | code & 1
      code >>= 1
    }
    return result
  }
}

// MARK: - Decoder

/// The state of one decompression: the input bit reader and the output buffer.
private struct Inflater {
  let input: UnsafeBufferPointer<UInt8>
  /// The next input byte not yet in `bitBuffer`.
  var inputIndex = 0
  /// Input bits not yet consumed, the next one lowest.
  var bitBuffer: UInt64 = 0
  /// How many bits of `bitBuffer` are valid.
  var bitCount = 0

  var out: UnsafeMutablePointer<UInt8>
  var outCount = 0
  var outCapacity: Int
  let limit: Int

  var fixedTables: (HuffmanTable, HuffmanTable)?

  init(input: UnsafeBufferPointer<UInt8>, limit: Int, capacity: Int) {
    self.input = input
    self.limit = limit
    self.outCapacity = capacity
    self.out = UnsafeMutablePointer<UInt8>.allocate(capacity: max(capacity, 1))
  }

  func deallocate() { out.deallocate() }

  func output() -> [UInt8] {
    Array(UnsafeBufferPointer(start: out, count: outCount))
  }

  // MARK: Bit input

  /// Loads input bytes until at least 56 bits are buffered or input ends.
  @inline(__always)
  mutating func refill() {
    if let base = input.baseAddress, input.count - inputIndex >= 8 {
      // Bits of a byte only partly loaded are loaded again, identically, later.
      let word = UInt64(
        littleEndian: UnsafeRawPointer(base + inputIndex).loadUnaligned(as: UInt64.self))
      bitBuffer |= word &<< UInt64(bitCount)
      let bytes = (63 - bitCount) >> 3
      inputIndex += bytes
      bitCount += bytes << 3
      return
    }
    while bitCount <= 56 && inputIndex < input.count {
      bitBuffer |= UInt64(input[inputIndex]) &<< UInt64(bitCount)
      inputIndex += 1
      bitCount += 8
    }
  }

  /// Consumes `count` bits (at most 32) and returns them.
  @inline(__always)
  mutating func take(_ count: Int) throws -> Int {
    if bitCount < count {
      refill()
      if bitCount < count { throw truncated() }
    }
    let value = Int(truncatingIfNeeded: bitBuffer & (1 &<< UInt64(count) &- 1))
    bitBuffer &>>= UInt64(count)
    bitCount -= count
    return value
  }

  /// Decodes one symbol; the caller has refilled the bit buffer.
  @inline(__always)
  mutating func decode(_ table: borrowing HuffmanTable) throws -> Int {
    var entry = table.entries[Int(truncatingIfNeeded: bitBuffer & table.primaryMask)]
    if entry & HuffmanTable.subtableFlag != 0 {
      let index = (bitBuffer &>> UInt64(table.primaryBits)) & table.subtableMask
      entry = table.entries[Int(entry & 0xFFFF) + Int(truncatingIfNeeded: index)]
    }
    let length = Int((entry >> 16) & 0x1F)
    if length == 0 {
      throw ZipError(.malformedDeflate, "invalid huffman code in deflate stream")
    }
    if length > bitCount { throw truncated() }
    bitBuffer &>>= UInt64(length)
    bitCount -= length
    return Int(entry & 0xFFFF)
  }

  func truncated() -> ZipError {
    ZipError(.malformedDeflate, "deflate stream is truncated")
  }

  // MARK: Output

  /// Makes room for `count` more output bytes, or throws if the limit forbids it.
  @inline(__always)
  mutating func reserve(_ count: Int) throws {
    if count <= outCapacity - outCount { return }
    try grow(count)
  }

  mutating func grow(_ count: Int) throws {
    guard count <= limit - outCount else {
      throw ZipError(.limitExceeded, "deflate output exceeds the limit of \(limit) bytes")
    }
    let needed = outCount + count
    let doubled = outCapacity > limit / 2 ? limit : outCapacity * 2
    let capacity = max(needed, doubled)
    let newOut = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    newOut.initialize(from: out, count: outCount)
    out.deallocate()
    out = newOut
    outCapacity = capacity
  }

  // MARK: Blocks

  mutating func run() throws {
    var isFinal = false
    while !isFinal {
      let header = try take(3)
      isFinal = header & 1 == 1
      switch header >> 1 {
      case 0:
        try storedBlock()
      case 1:
        if fixedTables == nil { fixedTables = try makeFixedTables() }
        if let (literals, distances) = fixedTables {
          try huffmanBlock(literals: literals, distances: distances)
        }
      case 2:
        let (literals, distances) = try readDynamicTables()
        try huffmanBlock(literals: literals, distances: distances)
      default:
        throw ZipError(.malformedDeflate, "invalid deflate block type 3")
      }
    }
  }

  mutating func storedBlock() throws {
    // Skip to a byte boundary, then hand the buffered whole bytes back.
    let partial = bitCount & 7
    bitBuffer &>>= UInt64(partial)
    bitCount -= partial
    inputIndex -= bitCount >> 3
    bitBuffer = 0
    bitCount = 0
    guard input.count - inputIndex >= 4 else { throw truncated() }
    let length = Int(input[inputIndex]) | Int(input[inputIndex + 1]) << 8
    let complement = Int(input[inputIndex + 2]) | Int(input[inputIndex + 3]) << 8
    guard length == ~complement & 0xFFFF else {
      throw ZipError(.malformedDeflate, "stored block length does not match its complement")
    }
    inputIndex += 4
    guard input.count - inputIndex >= length else { throw truncated() }
    try reserve(length)
    if let base = input.baseAddress, length > 0 {
      (out + outCount).update(from: base + inputIndex, count: length)
    }
    outCount += length
    inputIndex += length
  }

  func makeFixedTables() throws -> (HuffmanTable, HuffmanTable) {
    let literals = try HuffmanTable(
      lengths: DeflateTables.fixedLiteralLengths[...], primaryBits: 9, allowIncomplete: false,
      name: "literal")
    let distances = try HuffmanTable(
      lengths: ArraySlice(repeating: 5, count: 32), primaryBits: 5, allowIncomplete: false,
      name: "distance")
    return (literals, distances)
  }

  mutating func readDynamicTables() throws -> (HuffmanTable, HuffmanTable) {
    let literalCount = try take(5) + 257
    let distanceCount = try take(5) + 1
    let codeLengthCount = try take(4) + 4
    guard literalCount <= 286, distanceCount <= 30 else {
      throw ZipError(.malformedDeflate, "too many length or distance codes in deflate block")
    }
    var codeLengthLengths = [UInt8](repeating: 0, count: 19)
    for index in 0..<codeLengthCount {
      codeLengthLengths[DeflateTables.codeLengthOrder[index]] = UInt8(try take(3))
    }
    let codeLengthTable = try HuffmanTable(
      lengths: codeLengthLengths[...], primaryBits: 7, allowIncomplete: false,
      name: "code length")

    let total = literalCount + distanceCount
    var lengths = [UInt8](repeating: 0, count: total)
    var index = 0
    while index < total {
      refill()
      let symbol = try decode(codeLengthTable)
      if symbol < 16 {
        lengths[index] = UInt8(symbol)
        index += 1
        continue
      }
      var value: UInt8 = 0
      let repeatCount: Int
      switch symbol {
      case 16:
        guard index > 0 else {
          throw ZipError(.malformedDeflate, "code length repeat with no previous length")
        }
        value = lengths[index - 1]
        repeatCount = 3 + (try take(2))
      case 17:
        repeatCount = 3 + (try take(3))
      default:
        repeatCount = 11 + (try take(7))
      }
      guard repeatCount <= total - index else {
        throw ZipError(.malformedDeflate, "code length repeat runs past the end of the lengths")
      }
      for offset in index..<index + repeatCount { lengths[offset] = value }
      index += repeatCount
    }
    guard lengths[256] != 0 else {
      throw ZipError(.malformedDeflate, "deflate block has no end-of-block code")
    }
    let literals = try HuffmanTable(
      lengths: lengths[0..<literalCount], primaryBits: 10, allowIncomplete: true,
      name: "literal")
    let distances = try HuffmanTable(
      lengths: lengths[literalCount...], primaryBits: 8, allowIncomplete: true, name: "distance")
    return (literals, distances)
  }

  mutating func huffmanBlock(literals: HuffmanTable, distances: HuffmanTable) throws {
    let lengthBase = DeflateTables.lengthBase
    let lengthExtraBits = DeflateTables.lengthExtraBits
    let distanceBase = DeflateTables.distanceBase
    let distanceExtraBits = DeflateTables.distanceExtraBits
    while true {
      refill()
      let symbol = try decode(literals)
      if symbol < 256 {
        try reserve(1)
        out[outCount] = UInt8(truncatingIfNeeded: symbol)
        outCount += 1
        continue
      }
      if symbol == 256 { return }
      let lengthIndex = symbol - 257
      guard lengthIndex < 29 else {
        throw ZipError(.malformedDeflate, "invalid length symbol \(symbol) in deflate stream")
      }
      let length = lengthBase[lengthIndex] + (try take(lengthExtraBits[lengthIndex]))
      let distanceSymbol = try decode(distances)
      guard distanceSymbol < 30 else {
        throw ZipError(
          .malformedDeflate, "invalid distance symbol \(distanceSymbol) in deflate stream")
      }
      let distance =
        distanceBase[distanceSymbol] + (try take(distanceExtraBits[distanceSymbol]))
      guard distance <= outCount else {
        throw ZipError(
          .malformedDeflate,
          "deflate distance \(distance) is too far back (only \(outCount) bytes written)")
      }
      try reserve(length)
      let target = out + outCount
      let source = target - distance
      if distance >= length {
        target.update(from: source, count: length)
      } else {
        for offset in 0..<length { target[offset] = source[offset] }
      }
      outCount += length
    }
  }
}
