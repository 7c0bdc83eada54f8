extension Inflate {
  /// The state of one decompression: the input bit reader and the output buffer.
  struct Inflater {
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
    mutating func take(_ count: Int) throws(ZipError) -> Int {
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
    mutating func decode(_ table: borrowing HuffmanTable) throws(ZipError) -> Int {
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
    mutating func reserve(_ count: Int) throws(ZipError) {
      if count <= outCapacity - outCount { return }
      try grow(count)
    }

    mutating func grow(_ count: Int) throws(ZipError) {
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

    mutating func run() throws(ZipError) {
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

    mutating func storedBlock() throws(ZipError) {
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

    func makeFixedTables() throws(ZipError) -> (HuffmanTable, HuffmanTable) {
      let literals = try HuffmanTable(
        lengths: DeflateTables.fixedLiteralLengths[...], primaryBits: 9, allowIncomplete: false,
        name: "literal")
      let distances = try HuffmanTable(
        lengths: ArraySlice(repeating: 5, count: 32), primaryBits: 5, allowIncomplete: false,
        name: "distance")
      return (literals, distances)
    }

    mutating func readDynamicTables() throws(ZipError) -> (HuffmanTable, HuffmanTable) {
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

    mutating func huffmanBlock(literals: HuffmanTable, distances: HuffmanTable) throws(ZipError) {
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
}
