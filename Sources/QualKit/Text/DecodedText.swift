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
    // One pass confirms the UTF-8 of most text and rules out carriage
    // returns and what NFC may change; the precise checks run only where it
    // cannot.
    var scan = body.withUnsafeBufferPointer { Self.quickScan($0) }
    if scan.mayHaveCarriageReturn && Self.containsCarriageReturn(body) {
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
      scan = body.withUnsafeBufferPointer { Self.quickScan($0) }
    }
    var decoded: String
    if let text = Self.string(validating: body, isSurelyValid: scan.isSurelyUTF8) {
      decoded = text
      wasWindows1252 = false
    } else {
      decoded = Self.decodeWindows1252(body)
      wasWindows1252 = true
    }
    if wasWindows1252
      ? Self.mayNeedNormalization(Array(decoded.utf8)[...])
      : scan.mayHaveHighLead && Self.mayNeedNormalization(body)
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

  /// The bytes as a string, or nil if they are not valid UTF-8.
  ///
  /// `String(validating:)` checks byte by byte. Latin text, Danish
  /// included, is ASCII and two-byte scalars, which ``quickScan(_:)``
  /// confirms eight bytes at a time; the string is then made without a
  /// second check. Whatever it cannot confirm (four-byte scalars, malformed
  /// bytes) is left to the standard library. `isSurelyValid` says whether
  /// ``quickScan(_:)`` confirmed `bytes`.
  private static func string(validating bytes: ArraySlice<UInt8>, isSurelyValid: Bool) -> String? {
    if #available(macOS 26, iOS 26, watchOS 26, tvOS 26, visionOS 26, *), isSurelyValid {
      // Sound: the check above accepts only well-formed UTF-8.
      return String(copying: unsafe UTF8Span(unchecked: bytes.span))
    }
    return String(validating: bytes, as: UTF8.self)
  }

  /// What one quick pass over some bytes found.
  struct QuickScan {
    /// Whether the bytes are ASCII and well-formed UTF-8 scalars of two and
    /// three bytes only; `false` means "not confirmed", not "invalid".
    var isSurelyUTF8: Bool
    /// Whether the bytes may hold a carriage return (true when not
    /// confirmed as UTF-8).
    var mayHaveCarriageReturn: Bool
    /// Whether the bytes may hold a byte of 0xCC or more, which starts the
    /// scalars NFC may change (true when not confirmed as UTF-8).
    var mayHaveHighLead: Bool
  }

  /// Whether `bytes` are ASCII and well-formed UTF-8 scalars of two and
  /// three bytes only (see ``quickScan(_:)``).
  static func isSurelyValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    quickScan(bytes).isSurelyUTF8
  }

  /// Checks `bytes` for UTF-8 of one to three bytes a scalar, carriage
  /// returns, and bytes of 0xCC or more, in one pass.
  ///
  /// Eight bytes are tested at a time: in a word of ASCII and two-byte
  /// scalars, the bytes `11xxxxxx` are leads, which must be C2–DF (not
  /// `111xxxxx`, not the overlong C0 and C1), and the bytes `10xxxxxx` are
  /// exactly those that follow a lead, the first byte's lead possibly ending
  /// the word before. A word that fails is checked scalar by scalar, which
  /// also accepts three-byte scalars (such as quotes and dashes).
  static func quickScan(_ bytes: UnsafeBufferPointer<UInt8>) -> QuickScan {
    let unconfirmed = QuickScan(
      isSurelyUTF8: false, mayHaveCarriageReturn: true, mayHaveHighLead: true)
    guard let base = bytes.baseAddress else {
      return QuickScan(isSurelyUTF8: true, mayHaveCarriageReturn: false, mayHaveHighLead: false)
    }
    let ones: UInt64 = 0x0101_0101_0101_0101
    // Bit 7 of a byte is set in these where a word had a CR, a byte of
    // 0xCC or more (as in `mayNeedNormalization`).
    var carriageReturns: UInt64 = 0
    var highLeads: UInt64 = 0
    let count = bytes.count
    let highBits: UInt64 = 0x8080_8080_8080_8080
    var index = 0
    // Bit 7 is set when the byte before `index` is a two-byte lead.
    var pendingLead: UInt64 = 0
    while index + 8 <= count {
      let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
      let crs = word ^ (ones &* 0x0D)
      carriageReturns |= (crs &- ones) & ~crs & highBits
      highLeads |= ((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x3434_3434_3434_3434) & word & highBits
      // Bit 7 of each byte: bits 7 and 6 set (a lead), or bit 7 alone.
      let leads = word & (word << 1) & highBits
      let continuations = word & ~(word << 1) & highBits
      let longLeads = leads & (word << 2)
      // A lead whose bits 4 to 1 are all clear is C0 or C1.
      let overlong = leads & ~((word & 0x1E1E_1E1E_1E1E_1E1E) &+ 0x7E7E_7E7E_7E7E_7E7E)
      // No branch for all-ASCII words: in Danish text they alternate with
      // others too often to predict.
      if longLeads | overlong == 0 && continuations == (leads << 8) | pendingLead {
        pendingLead = leads >> 56
        index += 8
        continue
      }
      // The word's scalars one by one, from the scalar that holds its first byte.
      var cursor = pendingLead != 0 ? index - 1 : index
      while cursor < index + 8 {
        guard let next = scalarEnd(base, count, cursor) else { return unconfirmed }
        cursor = next
      }
      index = cursor
      pendingLead = 0
    }
    for tail in index..<count {
      if base[tail] == 0x0D { carriageReturns = highBits }
      if base[tail] >= 0xCC { highLeads = highBits }
    }
    var cursor = pendingLead != 0 ? index - 1 : index
    while cursor < count {
      guard let next = scalarEnd(base, count, cursor) else { return unconfirmed }
      cursor = next
    }
    return QuickScan(
      isSurelyUTF8: true, mayHaveCarriageReturn: carriageReturns != 0,
      mayHaveHighLead: highLeads != 0)
  }

  /// The end of the well-formed scalar of one to three bytes at `index`, or
  /// nil.
  private static func scalarEnd(_ base: UnsafePointer<UInt8>, _ count: Int, _ index: Int) -> Int? {
    let lead = base[index]
    if lead < 0x80 { return index + 1 }
    if lead >= 0xC2 && lead <= 0xDF {
      guard index + 1 < count, base[index + 1] & 0xC0 == 0x80 else { return nil }
      return index + 2
    }
    guard lead >= 0xE0 && lead <= 0xEF, index + 2 < count,
      base[index + 1] & 0xC0 == 0x80, base[index + 2] & 0xC0 == 0x80
    else { return nil }
    // E0 needs A0–BF next (no overlong forms), ED 80–9F (no surrogates).
    let second = base[index + 1]
    if (lead == 0xE0 && second < 0xA0) || (lead == 0xED && second >= 0xA0) { return nil }
    return index + 3
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
