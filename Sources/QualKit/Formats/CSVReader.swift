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
    } else if !UTF8Validation.isValid(text) {
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
