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

  /// The UTF-8 byte order mark, which is dropped.
  static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
  private static let carriageReturn = UInt8(ascii: "\r")
  private static let lineFeed = UInt8(ascii: "\n")

  /// Decodes and normalises `bytes`.
  ///
  /// - Throws: ``TextDecodingError`` when the bytes look binary (NUL bytes,
  ///   or many control characters).
  public init(decoding bytes: [UInt8]) throws(TextDecodingError) {
    var body = bytes[...]
    if body.starts(with: Self.byteOrderMark) { body = body.dropFirst(Self.byteOrderMark.count) }
    if let position = Self.binaryPosition(in: body) {
      throw TextDecodingError(.binary, at: position)
    }
    // One pass validates the UTF-8 and rules out carriage returns and what
    // NFC may change in most text; the precise checks run only where it
    // cannot.
    var scan = body.withUnsafeBufferPointer { UTF8Validation.scan($0) }
    if scan.mayHaveCarriageReturn && Self.containsCarriageReturn(body) {
      // CRLF and lone CR become LF; both are ASCII, so this is safe on bytes
      // in UTF-8 and in Windows-1252 alike.
      var unified: [UInt8] = []
      unified.reserveCapacity(body.count)
      var index = body.startIndex
      while index < body.endIndex {
        let byte = body[index]
        if byte == Self.carriageReturn {
          unified.append(Self.lineFeed)
          if index + 1 < body.endIndex && body[index + 1] == Self.lineFeed { index += 1 }
        } else {
          unified.append(byte)
        }
        index += 1
      }
      body = unified[...]
      scan = body.withUnsafeBufferPointer { UTF8Validation.scan($0) }
    }
    var decoded: String
    if let text = Self.string(validating: body, isValid: scan.isValid) {
      decoded = text
      wasWindows1252 = false
    } else {
      decoded = Windows1252.decode(body)
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
          let word = SWAR.load(base, at: index)
          if SWAR.lanes(of: word, atLeast: UTF8Validation.normalizationLead) == 0 {
            index += 8
            continue
          }
        }
        let lead = base[index]
        if lead < UTF8Validation.normalizationLead {
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
  /// `isValid` says whether ``UTF8Validation/scan(_:)`` found `bytes` valid;
  /// the string is then made without a second check.
  private static func string(validating bytes: ArraySlice<UInt8>, isValid: Bool) -> String? {
    guard isValid else { return nil }
    if #available(macOS 26, iOS 26, watchOS 26, tvOS 26, visionOS 26, *) {
      // Sound: the scan accepts only well-formed UTF-8.
      return String(copying: unsafe UTF8Span(unchecked: bytes.span))
    }
    return String(validating: bytes, as: UTF8.self)
  }

  /// Whether `bytes` contain a carriage return, checked eight bytes at a time.
  private static func containsCarriageReturn(_ bytes: ArraySlice<UInt8>) -> Bool {
    bytes.withUnsafeBufferPointer { bytes in
      guard let base = bytes.baseAddress else { return false }
      var index = 0
      while index + 8 <= bytes.count {
        if SWAR.anyLane(of: SWAR.load(base, at: index), equalTo: carriageReturn) != 0 {
          return true
        }
        index += 8
      }
      return bytes[index...].contains(carriageReturn)
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
        SourcePosition(line: 1 + bytes[..<offset].reduce(0) { $0 + ($1 == lineFeed ? 1 : 0) })
      }
      let space = UInt8(ascii: " ")
      var controls = 0
      var firstControl: Int?
      var index = 0
      while index < examined {
        if index + 8 <= examined, let base = bytes.baseAddress {
          if SWAR.anyLane(of: SWAR.load(base, at: index), below: space) == 0 {
            index += 8
            continue
          }
        }
        let byte = bytes[index]
        if byte == 0 { return position(index) }
        if byte < space && byte != UInt8(ascii: "\t") && byte != lineFeed
          && byte != carriageReturn && byte != 0x0C
        {
          controls += 1
          if firstControl == nil { firstControl = index }
        }
        index += 1
      }
      if let firstControl, controls * 100 > examined { return position(firstControl) }
      return nil
    }
  }
}
