/// Byte-level text encoding helpers for ``CSVReader``: UTF-8 validation and
/// the Windows-1252 fallback.
enum CSVEncoding {
  /// Whether `bytes` is well-formed UTF-8 (no overlong forms, surrogates or
  /// code points above U+10FFFF).
  static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return true }
      let count = buffer.count
      var index = 0
      while index < count {
        // ASCII fast path, 8 bytes at a time.
        while index + 8 <= count {
          let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
          if word & 0x8080_8080_8080_8080 != 0 { break }
          index += 8
        }
        guard index < count else { return true }
        let lead = buffer[index]
        if lead < 0x80 {
          index += 1
          continue
        }
        let length: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
          length = 3
          lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
          length = 3
          upper = 0x9F
        case 0xF0:
          length = 4
          lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
          length = 4
          upper = 0x8F
        default: return false
        }
        guard index + length <= count else { return false }
        let second = buffer[index + 1]
        guard second >= lower && second <= upper else { return false }
        for offset in 2..<max(2, length) where buffer[index + offset] & 0xC0 != 0x80 {
          return false
        }
        index += length
      }
      return true
    }
  }

  /// The UTF-8 encoding of `bytes` read as Windows-1252.
  ///
  /// The five bytes that Windows-1252 leaves undefined map to the C1 control
  /// characters with the same value, as Windows itself does.
  static func utf8FromWindows1252(_ bytes: [UInt8]) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + bytes.count / 8)
    for byte in bytes {
      if byte < 0x80 {
        result.append(byte)
        continue
      }
      let value: UInt32 =
        byte < 0xA0 ? UInt32(windows1252High[Int(byte) - 0x80]) : UInt32(byte)
      let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"  // every table entry is a valid scalar
      Unicode.UTF8.encode(scalar) { result.append($0) }
    }
    return result
  }
}

/// Unicode scalars for Windows-1252 bytes 0x80–0x9F.
private let windows1252High: [UInt16] = [
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
]
