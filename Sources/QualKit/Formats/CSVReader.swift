/// The field separator of a CSV file.
public enum CSVDelimiter: UInt8, Hashable, Sendable, CaseIterable {
  /// `,`, the RFC 4180 separator.
  case comma = 0x2C
  /// `;`, which Excel writes where the decimal separator is a comma (Danish, German).
  case semicolon = 0x3B
  /// A tab, as in `.tsv` files.
  case tab = 0x09
}

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
    if !UTF8Validation.isValid(text) {
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
    text.append(contentsOf: parser.extras)
    return CSVTable(
      delimiter: chosen, diagnostics: diagnostics, storage: text, textLength: textLength,
      escapedRawStarts: parser.escapedRawStarts, contentStarts: parser.contentStarts,
      contentEnds: parser.contentEnds, rowStarts: parser.rowStarts, rowLines: parser.rowLines)
  }

  /// The delimiter that occurs most often outside quotes on the first line.
  ///
  /// - Parameter bytes: The file's UTF-8 bytes.
  /// - Returns: `,`, `;` or tab; a comma on a tie or when none occurs.
  public static func detectDelimiter(in bytes: [UInt8]) -> CSVDelimiter {
    var counts: [CSVDelimiter: Int] = [:]
    var inQuotes = false
    for byte in bytes {
      if byte == asciiQuote {
        inQuotes.toggle()
      } else if !inQuotes {
        if byte == asciiNewline { break }
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

private let asciiQuote = UInt8(ascii: "\"")
private let asciiNewline = UInt8(ascii: "\n")
private let asciiReturn = UInt8(ascii: "\r")

/// The state of one pass over a CSV buffer: flat arrays of field offsets.
private struct CSVParser {
  let delimiter: UInt8
  let skipsBlankLines: Bool
  var contentStarts: [UInt32] = []
  var contentEnds: [UInt32] = []
  var rowStarts: [UInt32] = [0]
  var rowLines: [UInt32] = []
  /// Unescaped contents of quoted fields with doubled quotes, stored after the text.
  var extras: [UInt8] = []
  /// Where each quoted field with doubled quotes starts in the text, by field index.
  var escapedRawStarts: [Int: UInt32] = [:]

  init(delimiter: UInt8, skipsBlankLines: Bool) {
    self.delimiter = delimiter
    self.skipsBlankLines = skipsBlankLines
  }

  mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(CSVError) {
    let count = bytes.count
    // Most fields take at least two bytes (a value and a separator); the arrays
    // grow if not, and capacity that is never written costs no resident memory.
    contentStarts.reserveCapacity(count / 2 + 1)
    contentEnds.reserveCapacity(count / 2 + 1)
    var index = 0
    var line = 1
    while index < count {
      let recordLine = line
      var atRecordEnd = false
      var lastFieldQuoted = false
      while !atRecordEnd {
        let rawStart = index
        var contentStart = index
        var contentEnd = index
        lastFieldQuoted = index < count && bytes[index] == asciiQuote
        if lastFieldQuoted {
          let openLine = line
          index += 1
          contentStart = index
          var escaped = false
          var closed = false
          while index < count {
            let byte = bytes[index]
            if byte == asciiQuote {
              if index + 1 < count, bytes[index + 1] == asciiQuote {
                escaped = true
                index += 2
                continue
              }
              closed = true
              break
            }
            if byte == asciiNewline { line += 1 }
            index += 1
          }
          guard closed else {
            throw CSVError(
              .unterminatedQuote,
              at: CSVTable.position(of: rawStart, line: openLine, in: bytes))
          }
          contentEnd = index
          index += 1  // the closing quote
          if escaped {
            let extraStart = count + extras.count
            var scan = contentStart
            while scan < contentEnd {
              extras.append(bytes[scan])
              scan += bytes[scan] == asciiQuote ? 2 : 1
            }
            contentStart = extraStart
            contentEnd = count + extras.count
            escapedRawStarts[contentStarts.count] = UInt32(truncatingIfNeeded: rawStart)
          }
          if index < count {
            let next = bytes[index]
            let endsLine =
              next == asciiNewline
              || (next == asciiReturn && index + 1 < count && bytes[index + 1] == asciiNewline)
            if next != delimiter && !endsLine {
              throw CSVError(
                .textAfterClosingQuote,
                at: CSVTable.position(of: index, line: line, in: bytes))
            }
          }
        } else {
          while index < count {
            let byte = bytes[index]
            if byte == delimiter || byte == asciiNewline { break }
            index += 1
          }
          contentEnd = index
          if index < count, bytes[index] == asciiNewline, contentEnd > contentStart,
            bytes[contentEnd - 1] == asciiReturn
          {
            contentEnd -= 1
          }
        }
        contentStarts.append(UInt32(truncatingIfNeeded: contentStart))
        contentEnds.append(UInt32(truncatingIfNeeded: contentEnd))
        if index < count, bytes[index] == delimiter {
          index += 1
          if index == count {
            // A delimiter at the very end: one last empty field.
            contentStarts.append(UInt32(truncatingIfNeeded: index))
            contentEnds.append(UInt32(truncatingIfNeeded: index))
            atRecordEnd = true
          }
          continue
        }
        // End of the record: skip the line break (CR already excluded).
        if index < count, bytes[index] == asciiReturn { index += 1 }
        if index < count, bytes[index] == asciiNewline {
          index += 1
          line += 1
        }
        atRecordEnd = true
      }
      let first = Int(rowStarts[rowStarts.count - 1])
      let isBlank =
        contentStarts.count - first == 1 && contentStarts[first] == contentEnds[first]
        && !lastFieldQuoted
      if skipsBlankLines && isBlank {
        contentStarts.removeLast()
        contentEnds.removeLast()
      } else {
        rowStarts.append(UInt32(truncatingIfNeeded: contentStarts.count))
        rowLines.append(UInt32(truncatingIfNeeded: recordLine))
      }
    }
  }
}

/// The rows of a CSV file, stored as byte ranges of its UTF-8 text.
///
/// Fields are decoded to `String` only when asked for, so a large file costs
/// a few integers per field. ``withFieldBytes(_:inRow:_:)`` reads a field's
/// bytes without creating a string.
public struct CSVTable: Hashable, Sendable {
  /// The delimiter that was used (given or detected).
  public let delimiter: CSVDelimiter
  /// Warnings found while reading, such as a Windows-1252 fallback.
  public let diagnostics: [Diagnostic]
  /// The UTF-8 text followed by the unescaped contents of fields with doubled quotes.
  private let storage: [UInt8]
  private let textLength: Int
  private let escapedRawStarts: [Int: UInt32]
  private let contentStarts: [UInt32]
  private let contentEnds: [UInt32]
  private let rowStarts: [UInt32]
  private let rowLines: [UInt32]

  fileprivate init(
    delimiter: CSVDelimiter, diagnostics: [Diagnostic], storage: [UInt8], textLength: Int,
    escapedRawStarts: [Int: UInt32], contentStarts: [UInt32], contentEnds: [UInt32],
    rowStarts: [UInt32],
    rowLines: [UInt32]
  ) {
    self.delimiter = delimiter
    self.diagnostics = diagnostics
    self.storage = storage
    self.textLength = textLength
    self.escapedRawStarts = escapedRawStarts
    self.contentStarts = contentStarts
    self.contentEnds = contentEnds
    self.rowStarts = rowStarts
    self.rowLines = rowLines
  }

  /// The number of rows, including a header row.
  public var rowCount: Int { rowLines.count }

  /// The number of fields in row `row` (0-based).
  public func fieldCount(inRow row: Int) -> Int {
    Int(rowStarts[row + 1]) - Int(rowStarts[row])
  }

  /// The 1-based line on which row `row` (0-based) starts.
  public func line(ofRow row: Int) -> Int { Int(rowLines[row]) }

  /// Field `column` of row `row` (both 0-based) as a string.
  public func field(_ column: Int, inRow row: Int) -> String {
    withFieldBytes(column, inRow: row) { String(decoding: $0, as: UTF8.self) }
  }

  /// Every field of row `row` (0-based).
  public func row(_ row: Int) -> [String] {
    (0..<fieldCount(inRow: row)).map { field($0, inRow: row) }
  }

  /// All rows as arrays of strings.
  public var rows: [[String]] { (0..<rowCount).map { row($0) } }

  /// Calls `body` with the UTF-8 bytes of field `column` of row `row` (both 0-based).
  public func withFieldBytes<Result>(
    _ column: Int, inRow row: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
  ) rethrows -> Result {
    let index = Int(rowStarts[row]) + column
    let start = Int(contentStarts[index])
    let end = Int(contentEnds[index])
    return try storage.withUnsafeBufferPointer { buffer in
      try body(UnsafeBufferPointer(rebasing: buffer[start..<end]))
    }
  }

  /// Calls `body` once per row with the row's fields as byte buffers.
  ///
  /// This is the fast path for large files: no strings and no arrays per row.
  ///
  /// - Parameter body: Receives the 0-based row index and a closure that
  ///   returns the bytes of a 0-based column of that row.
  public func forEachRow(
    _ body: (Int, (Int) -> UnsafeBufferPointer<UInt8>) throws -> Void
  ) rethrows {
    try storage.withUnsafeBufferPointer { buffer in
      try contentStarts.withUnsafeBufferPointer { starts in
        try contentEnds.withUnsafeBufferPointer { ends in
          for row in 0..<rowCount {
            let first = Int(rowStarts[row])
            try body(row) { column in
              let index = first + column
              return UnsafeBufferPointer(
                rebasing: buffer[Int(starts[index])..<Int(ends[index])])
            }
          }
        }
      }
    }
  }

  /// Calls `body` with the raw storage: the bytes, each field's content start and
  /// end (fields of all rows in order), and each row's first field index
  /// (`rowCount + 1` entries).
  func withUnsafeStorage<Result>(
    _ body: (
      UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt32>, UnsafeBufferPointer<UInt32>,
      UnsafeBufferPointer<UInt32>
    ) throws -> Result
  ) rethrows -> Result {
    try storage.withUnsafeBufferPointer { bytes in
      try contentStarts.withUnsafeBufferPointer { starts in
        try contentEnds.withUnsafeBufferPointer { ends in
          try rowStarts.withUnsafeBufferPointer { rows in try body(bytes, starts, ends, rows) }
        }
      }
    }
  }

  /// Where field `column` of row `row` (both 0-based) starts in the file.
  ///
  /// The column counts Unicode scalars; a quoted field's position is its
  /// opening quote.
  public func position(ofField column: Int, inRow row: Int) -> SourcePosition {
    let offset = rawStart(ofField: Int(rowStarts[row]) + column)
    let rowOffset = rawStart(ofField: Int(rowStarts[row]))
    return storage.withUnsafeBufferPointer { buffer in
      let text = UnsafeBufferPointer(rebasing: buffer[0..<textLength])
      var line = Int(rowLines[row])
      for byte in text[rowOffset..<offset] where byte == asciiNewline { line += 1 }
      return CSVTable.position(of: offset, line: line, in: text)
    }
  }

  /// Where field `index` (counting all fields) starts in the text, at its opening quote if quoted.
  private func rawStart(ofField index: Int) -> Int {
    if let escaped = escapedRawStarts[index] { return Int(escaped) }
    let start = Int(contentStarts[index])
    // Only a quoted field's content follows a quote: after a closing quote comes a
    // delimiter or a line break, never another field's first byte.
    return start > 0 && storage[start - 1] == asciiQuote ? start - 1 : start
  }

  /// The position of byte `offset`, which is on line `line`.
  fileprivate static func position(
    of offset: Int, line: Int, in bytes: UnsafeBufferPointer<UInt8>
  ) -> SourcePosition {
    var lineStart = min(offset, bytes.count)
    while lineStart > 0, bytes[lineStart - 1] != asciiNewline { lineStart -= 1 }
    var column = 1
    for byte in bytes[lineStart..<min(offset, bytes.count)] where byte & 0xC0 != 0x80 {
      column += 1
    }
    return SourcePosition(line: line, column: column)
  }
}
