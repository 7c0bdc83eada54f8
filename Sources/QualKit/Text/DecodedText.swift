import Foundation

/// Text decoded from a file's bytes and normalised the way every QualKit
/// offset expects: no byte order mark, LF line endings, Unicode NFC.
///
/// Files that are not valid UTF-8 are read as Windows-1252 (the encoding of
/// older Danish Word and Excel exports), with a warning.
public struct DecodedText: Hashable, Sendable {
  /// The normalised text.
  public var text: String
  /// Whether the bytes were not UTF-8 and were read as Windows-1252.
  public var wasWindows1252: Bool

  /// Decodes and normalises `bytes`.
  ///
  /// - Throws: ``TextDecodingError`` when the bytes look binary (NUL bytes,
  ///   or many control characters).
  public init(decoding bytes: [UInt8]) throws(TextDecodingError) {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    if let position = Self.binaryPosition(in: body) {
      throw TextDecodingError(
        message: "file looks binary (it contains a NUL or control byte), not text",
        position: position)
    }
    if Self.containsCarriageReturn(body) {
      // CRLF and lone CR become LF; both are ASCII, so this is safe on bytes
      // in UTF-8 and in Windows-1252 alike.
      var unified: [UInt8] = []
      unified.reserveCapacity(body.count)
      var index = body.startIndex
      while index < body.endIndex {
        let byte = body[index]
        if byte == 0x0D {
          unified.append(0x0A)
          if index + 1 < body.endIndex && body[index + 1] == 0x0A { index += 1 }
        } else {
          unified.append(byte)
        }
        index += 1
      }
      body = unified[...]
    }
    var decoded: String
    if let text = String(validating: body, as: UTF8.self) {
      decoded = text
      wasWindows1252 = false
    } else {
      decoded = Self.decodeWindows1252(body)
      wasWindows1252 = true
    }
    if wasWindows1252
      ? Self.mayNeedNormalization(Array(decoded.utf8)[...]) : Self.mayNeedNormalization(body)
    {
      decoded = decoded.precomposedStringWithCanonicalMapping
    }
    text = decoded
  }

  /// The warning to show when the file was read as Windows-1252.
  public var diagnostics: [Diagnostic] {
    wasWindows1252
      ? [
        .warning(
          "file is not valid UTF-8; read it as Windows-1252 (save it as UTF-8 to silence this)")
      ]
      : []
  }

  /// Whether the text may not be in NFC.
  ///
  /// It may when it has a scalar at or above U+0300, where combining marks and
  /// the other scalars NFC changes begin, other than U+2002–U+20CF
  /// (punctuation, quotes, dashes, currency signs), which NFC never changes.
  /// Latin text, Danish included, skips the costly normalisation.
  private static func mayNeedNormalization(_ utf8: ArraySlice<UInt8>) -> Bool {
    utf8.withUnsafeBufferPointer { utf8 in
      guard let base = utf8.baseAddress else { return false }
      var index = 0
      let end = utf8.count
      while index < end {
        if index + 8 <= end {
          // Bit 7 of a byte of `high` is set where the byte is at least 0xCC:
          // its low seven bits plus 0x34 carry into bit 7 (never beyond).
          let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
          let high = ((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x3434_3434_3434_3434) & word
          if high & 0x8080_8080_8080_8080 == 0 {
            index += 8
            continue
          }
        }
        let lead = base[index]
        if lead < 0xCC {
          index += 1
          continue
        }
        // Only E2 80 82 (U+2002) … E2 83 8F (U+20CF) is let through.
        guard lead == 0xE2, index + 2 < end else { return true }
        let value = (UInt32(base[index + 1] & 0x3F) << 6) | UInt32(base[index + 2] & 0x3F) | 0x2000
        if value < 0x2002 || value > 0x20CF { return true }
        index += 3
      }
      return false
    }
  }

  /// Whether `bytes` contain a carriage return (0x0D), checked eight bytes
  /// at a time.
  private static func containsCarriageReturn(_ bytes: ArraySlice<UInt8>) -> Bool {
    bytes.withUnsafeBufferPointer { bytes in
      guard let base = bytes.baseAddress else { return false }
      let ones: UInt64 = 0x0101_0101_0101_0101
      var index = 0
      while index + 8 <= bytes.count {
        // A zero byte in `word ^ CRs` is a CR; the test flags a word if and
        // only if it has one.
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) ^ (ones &* 0x0D)
        if (word &- ones) & ~word & (ones &* 0x80) != 0 { return true }
        index += 8
      }
      return bytes[index...].contains(0x0D)
    }
  }

  /// The position of the first byte that marks the data as binary, if any.
  ///
  /// Only the first 64 KiB are examined: a NUL byte there, or C0 control
  /// bytes other than tab, LF, CR and form feed making up more than 1% of it.
  private static func binaryPosition(in bytes: ArraySlice<UInt8>) -> SourcePosition? {
    bytes.withUnsafeBufferPointer { bytes in
      let examined = min(bytes.count, 65536)
      func position(_ offset: Int) -> SourcePosition {
        SourcePosition(line: 1 + bytes[..<offset].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) })
      }
      let ones: UInt64 = 0x0101_0101_0101_0101
      var controls = 0
      var firstControl: Int?
      var index = 0
      while index < examined {
        if index + 8 <= examined, let base = bytes.baseAddress {
          // Flags a word if and only if it has a byte below 0x20.
          let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
          if (word &- ones &* 0x20) & ~word & (ones &* 0x80) == 0 {
            index += 8
            continue
          }
        }
        let byte = bytes[index]
        if byte == 0 { return position(index) }
        if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C {
          controls += 1
          if firstControl == nil { firstControl = index }
        }
        index += 1
      }
      if let firstControl, controls * 100 > examined { return position(firstControl) }
      return nil
    }
  }

  /// Windows-1252 code points for bytes 0x80–0x9F (0 where undefined).
  private static let windows1252High: [UInt32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
  ]

  /// Decodes bytes as Windows-1252; undefined bytes map to their C1 code points.
  static func decodeWindows1252(_ bytes: ArraySlice<UInt8>) -> String {
    var scalars = String.UnicodeScalarView()
    for byte in bytes {
      var value = UInt32(byte)
      if byte >= 0x80 && byte <= 0x9F, windows1252High[Int(byte - 0x80)] != 0 {
        value = windows1252High[Int(byte - 0x80)]
      }
      scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
    }
    return String(scalars)
  }
}

/// Bytes that cannot be read as text.
public struct TextDecodingError: InputError, Hashable, Sendable {
  /// What is wrong.
  public var message: String
  /// Where the first offending byte is.
  public var position: SourcePosition?
}
