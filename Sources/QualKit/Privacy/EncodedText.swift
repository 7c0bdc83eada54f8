/// A text file's text as it is (line ends and normalisation untouched),
/// and how to write a changed text back the same way: UTF-8 or
/// Windows-1252, with or without a byte order mark.
struct EncodedText {
  /// The text, without a byte order mark.
  var text: String
  /// Whether the file starts with a UTF-8 byte order mark.
  var hasByteOrderMark: Bool
  /// Whether the file is not UTF-8 and was read as Windows-1252.
  var isWindows1252: Bool

  /// Reads `bytes`, or nil when they look binary (a NUL byte).
  init?(_ bytes: [UInt8]) {
    guard !bytes.contains(0) else { return nil }
    var body = bytes[...]
    hasByteOrderMark = bytes.starts(with: DecodedText.byteOrderMark)
    if hasByteOrderMark { body = body.dropFirst(DecodedText.byteOrderMark.count) }
    isWindows1252 = !UTF8Validation.isValid(Array(body))
    text = isWindows1252 ? Windows1252.decode(body) : String(decoding: body, as: UTF8.self)
  }

  /// `newText` encoded as the file was: Windows-1252 when it was and every
  /// character has a byte there, else UTF-8; the byte order mark kept.
  func encoded(_ newText: String) -> [UInt8] {
    var bytes = hasByteOrderMark ? DecodedText.byteOrderMark : []
    if isWindows1252 {
      let encoded = newText.unicodeScalars.map { Self.windows1252Bytes[$0] }
      if encoded.allSatisfy({ $0 != nil }) {
        return bytes + encoded.compactMap { $0 }
      }
    }
    bytes += Array(newText.utf8)
    return bytes
  }

  /// The byte of each character Windows-1252 has.
  private static let windows1252Bytes: [Unicode.Scalar: UInt8] = {
    var table: [Unicode.Scalar: UInt8] = [:]
    for byte in UInt8.min...UInt8.max where table[Windows1252.scalar(byte)] == nil {
      table[Windows1252.scalar(byte)] = byte
    }
    return table
  }()
}
