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

  init(
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
    // A field the row does not have (a header of one column asked for its
    // second) is placed at the row's start rather than read out of bounds.
    guard row >= 0, row < rowCount, column >= 0, column < fieldCount(inRow: row) else {
      let line = row >= 0 && row < rowCount ? self.line(ofRow: row) : 1
      return SourcePosition(line: line, column: 1)
    }
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
  static func position(
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

private let asciiQuote = UInt8(ascii: "\"")
private let asciiNewline = UInt8(ascii: "\n")
