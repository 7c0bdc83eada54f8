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
    // The copy always fills, so the decoding is never nil.
    let decoded = try Self.decode(capacity: bytes.count) { buffer in
      buffer.initialize(from: bytes).1
    }
    text = decoded?.text ?? ""
    wasWindows1252 = decoded?.wasWindows1252 ?? false
  }

  /// Decodes and normalises the bytes that `fill` writes into the text's own
  /// storage, so that a file is held once, not once as bytes and again as
  /// text.
  ///
  /// The byte order mark and carriage returns are removed in place, and the
  /// UTF-8 becomes the text without a copy; only text that is not UTF-8
  /// (Windows-1252) or not in NFC is copied.
  ///
  /// - Parameters:
  ///   - capacity: The most bytes `fill` may write.
  ///   - fill: Writes the bytes into the buffer it is given (of at least
  ///     `capacity` bytes) and returns how many it wrote, or nil when it could
  ///     not (the caller knows why).
  ///
  /// The text is nil when `fill` returned nil.
  ///
  /// - Throws: ``TextDecodingError`` when the bytes look binary.
  public init?(
    capacity: Int, filling fill: (UnsafeMutableBufferPointer<UInt8>) -> Int?
  ) throws(TextDecodingError) {
    guard let decoded = try Self.decode(capacity: capacity, filling: fill) else { return nil }
    text = decoded.text
    wasWindows1252 = decoded.wasWindows1252
  }

  /// The text that ``init(capacity:filling:)`` makes, and whether it was read
  /// as Windows-1252; nil when `fill` returned nil.
  private static func decode(
    capacity: Int, filling fill: (UnsafeMutableBufferPointer<UInt8>) -> Int?
  ) throws(TextDecodingError) -> (text: String, wasWindows1252: Bool)? {
    var failure: TextDecodingError?
    var filled = true
    var notUTF8: [UInt8]?
    var needsNormalization = false
    var decoded = String(unsafeUninitializedCapacity: max(capacity, 1)) { buffer in
      guard let written = fill(buffer) else {
        filled = false
        return 0
      }
      guard let base = buffer.baseAddress else { return 0 }
      var count = min(written, buffer.count)
      let mark = Self.byteOrderMark.count
      if count >= mark && buffer[0..<mark].elementsEqual(Self.byteOrderMark) {
        memmove(base, base + mark, count - mark)
        count -= mark
      }
      let body = UnsafeBufferPointer(rebasing: buffer[..<count])
      if let position = Self.binaryPosition(in: body) {
        failure = TextDecodingError(.binary, at: position)
        return 0
      }
      // One pass validates the UTF-8 and rules out carriage returns and what
      // NFC may change in most text; the precise checks run only where it
      // cannot.
      var scan = UTF8Validation.scan(body)
      if scan.mayHaveCarriageReturn && Self.containsCarriageReturn(body) {
        // CRLF and lone CR become LF, in place (the text only gets shorter);
        // both are ASCII, so this is safe on bytes in UTF-8 and in
        // Windows-1252 alike.
        var read = 0
        var write = 0
        while read < count {
          let byte = base[read]
          if byte == Self.carriageReturn {
            base[write] = Self.lineFeed
            if read + 1 < count && base[read + 1] == Self.lineFeed { read += 1 }
          } else {
            base[write] = byte
          }
          read += 1
          write += 1
        }
        count = write
        scan = UTF8Validation.scan(UnsafeBufferPointer(rebasing: buffer[..<count]))
      }
      guard scan.isValid else {
        notUTF8 = Array(buffer[..<count])
        return 0
      }
      needsNormalization =
        scan.mayHaveHighLead
        && Self.mayNeedNormalization(UnsafeBufferPointer(rebasing: buffer[..<count]))
      return count
    }
    if let failure { throw failure }
    guard filled else { return nil }
    if let notUTF8 {
      decoded = Windows1252.decode(notUTF8)
      var utf8 = decoded
      needsNormalization = utf8.withUTF8 { Self.mayNeedNormalization($0) }
    }
    if needsNormalization {
      decoded = decoded.precomposedStringWithCanonicalMapping
    }
    return (decoded, notUTF8 != nil)
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
  private static func mayNeedNormalization(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
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

  /// Whether `bytes` contain a carriage return, checked eight bytes at a time.
  private static func containsCarriageReturn(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
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

  /// The position of the first byte that marks the data as binary, if any.
  ///
  /// Only the first 64 KiB are examined: a NUL byte there, or C0 control
  /// bytes other than tab, LF, CR and form feed making up more than 1% of it.
  private static func binaryPosition(in bytes: UnsafeBufferPointer<UInt8>) -> SourcePosition? {
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
