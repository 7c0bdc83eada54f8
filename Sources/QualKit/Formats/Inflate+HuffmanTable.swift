extension Inflate {
  /// A two-level lookup table that decodes one canonical Huffman code.
  ///
  /// An entry holds the symbol in bits 0–15 and the code length in bits 16–20.
  /// A primary entry with ``subtableFlag`` set holds instead the offset of a
  /// subtable indexed by the bits after the primary ones. An entry of zero is a
  /// bit pattern that no code starts with.
  struct HuffmanTable {
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
    ) throws(ZipError) {
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
}
