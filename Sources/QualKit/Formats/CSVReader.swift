/// A reader of RFC 4180 CSV files that works on bytes.
///
/// It accepts quoted fields, doubled quotes inside them, line breaks inside
/// them, and both CRLF and LF line endings. Input is UTF-8 with or without a
/// byte-order mark; input that is not valid UTF-8 is read as Windows-1252 and
/// a warning says so. The delimiter is detected from the first line (the one
/// of `,`, `;` and tab that occurs most often outside quotes; a comma on a
/// tie or when none occurs) unless it is given.
///
/// Leniencies: a quote inside an unquoted field is kept as text, a lone
/// carriage return that is not followed by a line feed is kept as text, and
/// blank lines are skipped unless ``skipsBlankLines`` is false. Rows may have
/// different numbers of fields; the consumer decides whether that is an error
/// (``CSVTable/line(ofRow:)`` gives the line to report).
///
/// ```swift
/// let table = try CSVReader().read(Array("a;b\n1;2\n".utf8))
/// table.rows  // [["a", "b"], ["1", "2"]]
/// ```
public struct CSVReader: Hashable, Sendable {
  /// The delimiter to split on, or `nil` to detect it from the first line.
  public var delimiter: CSVDelimiter?
  /// Whether lines that are completely empty are left out of the rows.
  public var skipsBlankLines: Bool

  /// Creates a reader.
  ///
  /// - Parameters:
  ///   - delimiter: The delimiter, or `nil` to detect it from the first line.
  ///   - skipsBlankLines: Whether to leave out completely empty lines.
  public init(delimiter: CSVDelimiter? = nil, skipsBlankLines: Bool = true) {
    self.delimiter = delimiter
    self.skipsBlankLines = skipsBlankLines
  }

  /// Reads a whole CSV file from its bytes.
  ///
  /// - Parameter bytes: The file's contents.
  /// - Returns: The rows, with each row's line number and any warnings
  ///   (such as a Windows-1252 fallback).
  /// - Throws: ``CSVError`` for an unterminated quote or text after a
  ///   closing quote, with its line and column.
  /// - Complexity: O(*n*) in the number of bytes.
  public func read(_ bytes: some Collection<UInt8>) throws(CSVError) -> CSVTable {
    var text = Array(bytes)
    var diagnostics: [Diagnostic] = []
    if text.starts(with: DecodedText.byteOrderMark) {
      text.removeFirst(DecodedText.byteOrderMark.count)
    }
    if let decoded = Self.utf8(fromUTF16: text) {
      // Excel's "Unicode text" and some survey tools' exports.
      text = decoded
      diagnostics.append(.warning("file is UTF-16; it was read as such (save it as UTF-8 CSV)"))
    } else if !Self.isValidUTF8(text) {
      text = Windows1252.utf8(from: text)
      diagnostics.append(.warning("file is not valid UTF-8; it was read as Windows-1252"))
    }
    guard text.count < Int(UInt32.max) / 2 else {
      throw CSVError(.fileTooLarge, at: nil)
    }
    let chosen = delimiter ?? CSVReader.detectDelimiter(in: text)
    var parser = CSVParser(delimiter: chosen.rawValue, skipsBlankLines: skipsBlankLines)
    try text.withUnsafeBufferPointer { buffer throws(CSVError) in
      try parser.parse(buffer)
    }
    let textLength = text.count
    // Appended only when there are any: the caller's array is shared, not
    // copied, when nothing needs adding.
    if !parser.extras.isEmpty { text.append(contentsOf: parser.extras) }
    return CSVTable(
      delimiter: chosen, diagnostics: diagnostics, storage: text, textLength: textLength,
      escapedRawStarts: parser.escapedRawStarts, contentStarts: parser.contentStarts,
      contentEnds: parser.contentEnds, rowStarts: parser.rowStarts, rowLines: parser.rowLines)
  }

  /// The UTF-8 bytes of `bytes` when they start with a UTF-16 byte order
  /// mark (either byte order), without the mark; nil otherwise.
  static func utf8(fromUTF16 bytes: [UInt8]) -> [UInt8]? {
    let isLittleEndian = bytes.starts(with: [0xFF, 0xFE])
    guard isLittleEndian || bytes.starts(with: [0xFE, 0xFF]) else { return nil }
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = 2
    while index + 1 < bytes.count {
      let (first, second) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
      units.append(isLittleEndian ? first | second << 8 : first << 8 | second)
      index += 2
    }
    return Array(String(decoding: units, as: UTF16.self).utf8)
  }

  /// Whether `text` is well-formed UTF-8, as ``UTF8Validation`` decides.
  ///
  /// Words of eight ASCII bytes, most of a typical CSV file, are skipped;
  /// the validator gets the stretches between them, each of which starts
  /// and ends next to an ASCII byte and so on scalar boundaries.
  static func isValidUTF8(_ text: [UInt8]) -> Bool {
    text.withUnsafeBufferPointer { isValidUTF8($0) }
  }

  /// Whether `buffer` is well-formed UTF-8 (see ``isValidUTF8(_:)-([UInt8])``).
  static func isValidUTF8(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = buffer.baseAddress else { return true }
    let count = buffer.count
    var index = 0
    while index < count {
      while index + 8 <= count && SWAR.anyNonASCII(SWAR.load(base, at: index)) == 0 {
        index += 8
      }
      var end = min(index + 8, count)
      while end + 8 <= count && SWAR.anyNonASCII(SWAR.load(base, at: end)) != 0 { end += 8 }
      if end + 8 > count { end = count }
      guard UTF8Validation.scan(UnsafeBufferPointer(rebasing: buffer[index..<end])).isValid
      else { return false }
      index = end
    }
    return true
  }

  /// The delimiter that occurs most often outside quotes on the first line.
  ///
  /// - Parameter bytes: The file's UTF-8 bytes.
  /// - Returns: `,`, `;` or tab; a comma on a tie or when none occurs.
  public static func detectDelimiter(in bytes: [UInt8]) -> CSVDelimiter {
    bytes.withUnsafeBufferPointer { detectDelimiter(in: $0) }
  }

  /// The delimiter that occurs most often outside quotes on the first line
  /// of the bytes in `bytes`, as ``detectDelimiter(in:)-([UInt8])`` gives.
  static func detectDelimiter(in bytes: UnsafeBufferPointer<UInt8>) -> CSVDelimiter {
    var counts: [CSVDelimiter: Int] = [:]
    var inQuotes = false
    for byte in bytes {
      if byte == CSVByte.quote {
        inQuotes.toggle()
      } else if !inQuotes {
        if byte == CSVByte.newline { break }
        if let delimiter = CSVDelimiter(rawValue: byte) { counts[delimiter, default: 0] += 1 }
      }
    }
    var best = CSVDelimiter.comma
    for candidate in [CSVDelimiter.semicolon, .tab]
    where counts[candidate, default: 0] > counts[best, default: 0] {
      best = candidate
    }
    return best
  }
}
