/// The Windows-1252 code page, the encoding of older Danish Word and Excel
/// exports, which QualKit reads when a file is not valid UTF-8.
///
/// Bytes below 0x80 are ASCII and bytes from 0xA0 are Latin-1; 0x80–0x9F
/// hold the euro sign, curly quotes, dashes and a few letters. The five bytes
/// that Windows-1252 leaves undefined (81, 8D, 8F, 90, 9D) map to the C1
/// control characters of the same value, as Windows itself does. Each byte is
/// one scalar, so byte offsets are scalar offsets.
enum Windows1252 {
  /// The scalars of bytes 0x80–0x9F.
  private static let highScalars: [Unicode.Scalar] = [
    "\u{20AC}", "\u{81}", "\u{201A}", "\u{192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
    "\u{2C6}", "\u{2030}", "\u{160}", "\u{2039}", "\u{152}", "\u{8D}", "\u{17D}", "\u{8F}",
    "\u{90}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
    "\u{2DC}", "\u{2122}", "\u{161}", "\u{203A}", "\u{153}", "\u{9D}", "\u{17E}", "\u{178}",
  ]

  /// The scalar `byte` stands for.
  static func scalar(_ byte: UInt8) -> Unicode.Scalar {
    byte >= 0x80 && byte < 0xA0 ? highScalars[Int(byte) - 0x80] : Unicode.Scalar(byte)
  }

  /// The UTF-8 encoding of `bytes` read as Windows-1252.
  static func utf8(from bytes: some Collection<UInt8>) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + bytes.count / 8)
    for byte in bytes {
      if byte < 0x80 {
        result.append(byte)
      } else {
        Unicode.UTF8.encode(scalar(byte)) { result.append($0) }
      }
    }
    return result
  }

  /// `bytes` read as Windows-1252.
  static func decode(_ bytes: some Collection<UInt8>) -> String {
    String(decoding: utf8(from: bytes), as: UTF8.self)
  }
}
