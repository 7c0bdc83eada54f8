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
    text.withUnsafeBufferPointer { buffer in
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
  /// The offset of the first delimiter or line feed at or after `start`, or
  /// the end of `bytes`, tested eight bytes at a time (an unquoted field
  /// ends at one; quotes inside it are text).
  static func nextStop(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, delimiter: UInt8)
    -> Int
  {
    var index = start
    let count = bytes.count
    if let base = bytes.baseAddress {
      while index + 8 <= count {
        let word = SWAR.load(base, at: index)
        // The lowest flag of each test is exact (see `SWAR`).
        let stops =
          SWAR.anyLane(of: word, equalTo: delimiter) | SWAR.anyLane(of: word, equalTo: asciiNewline)
        if stops != 0 { return index + stops.trailingZeroBitCount >> 3 }
        index += 8
      }
    }
    while index < count, bytes[index] != delimiter, bytes[index] != asciiNewline { index += 1 }
    return index
  }

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

  /// The arrays of one pass, written in place: their capacity is known
  /// before the pass, so a field costs no capacity or uniqueness check.
  private struct Columns {
    var starts: UnsafeMutableBufferPointer<UInt32>
    var ends: UnsafeMutableBufferPointer<UInt32>
    var rowStarts: UnsafeMutableBufferPointer<UInt32>
    var rowLines: UnsafeMutableBufferPointer<UInt32>
    var fieldCount = 0
    var rowCount = 0

    mutating func addField(_ start: Int, _ end: Int) {
      starts[fieldCount] = UInt32(truncatingIfNeeded: start)
      ends[fieldCount] = UInt32(truncatingIfNeeded: end)
      fieldCount += 1
    }
  }

  /// An upper bound of the fields of `bytes`: every field but the last ends
  /// at a delimiter or a line feed (counted eight bytes at a time, quoted
  /// ones too), and every row holds at least one field.
  private static func fieldBound(_ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8) -> Int {
    guard let base = bytes.baseAddress else { return 1 }
    // Bit 7 of each lane that is exactly `byte`.
    func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
      let difference = word ^ SWAR.broadcast(byte)
      return SWAR.lanes(of: difference, clearIn: 0x7F) & ~difference
    }
    var stops = 0
    var index = 0
    while index + 8 <= bytes.count {
      let word = SWAR.load(base, at: index)
      let flags = equal(word, delimiter) | equal(word, asciiNewline)
      // One multiplication adds up the flags in the top byte.
      stops &+= Int(truncatingIfNeeded: ((flags >> 7) &* SWAR.lowBits) >> 56)
      index += 8
    }
    while index < bytes.count {
      if bytes[index] == delimiter || bytes[index] == asciiNewline { stops += 1 }
      index += 1
    }
    return stops + 1
  }

  mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(CSVError) {
    let bound = Self.fieldBound(bytes, delimiter: delimiter)
    var failure: CSVError?
    var starts: [UInt32] = []
    var ends: [UInt32] = []
    var lines: [UInt32] = []
    rowStarts = [UInt32](unsafeUninitializedCapacity: bound + 1) { rowStarts, rowCount in
      lines = [UInt32](unsafeUninitializedCapacity: bound) { rowLines, lineCount in
        starts = [UInt32](unsafeUninitializedCapacity: bound) { starts, startCount in
          ends = [UInt32](unsafeUninitializedCapacity: bound) { ends, endCount in
            var columns = Columns(
              starts: starts, ends: ends, rowStarts: rowStarts, rowLines: rowLines)
            rowStarts[0] = 0
            do throws(CSVError) {
              try scan(bytes, into: &columns)
            } catch {
              failure = error
            }
            endCount = columns.fieldCount
            startCount = columns.fieldCount
            lineCount = columns.rowCount
            rowCount = columns.rowCount + 1
          }
        }
      }
    }
    if let failure { throw failure }
    contentStarts = starts
    contentEnds = ends
    rowLines = lines
  }

  private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, into columns: inout Columns)
    throws(CSVError)
  {
    let count = bytes.count
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
            escapedRawStarts[columns.fieldCount] = UInt32(truncatingIfNeeded: rawStart)
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
          index = Self.nextStop(in: bytes, from: index, delimiter: delimiter)
          contentEnd = index
          if index < count, bytes[index] == asciiNewline, contentEnd > contentStart,
            bytes[contentEnd - 1] == asciiReturn
          {
            contentEnd -= 1
          }
        }
        columns.addField(contentStart, contentEnd)
        if index < count, bytes[index] == delimiter {
          index += 1
          if index == count {
            // A delimiter at the very end: one last empty field.
            columns.addField(index, index)
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
      let first = Int(columns.rowStarts[columns.rowCount])
      let isBlank =
        columns.fieldCount - first == 1 && columns.starts[first] == columns.ends[first]
        && !lastFieldQuoted
      if skipsBlankLines && isBlank {
        columns.fieldCount -= 1
      } else {
        columns.rowLines[columns.rowCount] = UInt32(truncatingIfNeeded: recordLine)
        columns.rowCount += 1
        columns.rowStarts[columns.rowCount] = UInt32(truncatingIfNeeded: columns.fieldCount)
      }
    }
  }
}
