/// Byte values the CSV reader and table share.
enum CSVByte {
  static let quote = UInt8(ascii: "\"")
  static let newline = UInt8(ascii: "\n")
  static let carriageReturn = UInt8(ascii: "\r")
}

/// What one pass of ``CSVParser`` hands its fields to.
///
/// The parser finds the fields; a sink keeps what it needs of them: the
/// table's offset arrays (``CSVParser/Columns``), or a consumer that reads
/// the values as they go by (the quick reliability reader).
protocol CSVFieldSink {
  /// A field whose content is `bytes[start..<end]` (quotes already removed).
  mutating func addField(_ start: Int, _ end: Int)
  /// A quoted field with doubled quotes: its unescaped content is
  /// `extras[start - bytes.count ..< end - bytes.count]`, and the field
  /// starts at `rawStart` in the bytes.
  mutating func addEscapedField(_ start: Int, _ end: Int, rawStart: Int)
  /// The end of a record that started on line `line`.
  mutating func endRecord(line: Int)
  /// Whether the parser should go on; checked once a record.
  var wantsMore: Bool { get }
}

/// The state of one pass over a CSV buffer: flat arrays of field offsets.
struct CSVParser {
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
          SWAR.anyLane(of: word, equalTo: delimiter)
          | SWAR.anyLane(of: word, equalTo: CSVByte.newline)
        if stops != 0 { return index + stops.trailingZeroBitCount >> 3 }
        index += 8
      }
    }
    while index < count, bytes[index] != delimiter, bytes[index] != CSVByte.newline { index += 1 }
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
  struct Columns: CSVFieldSink {
    var starts: UnsafeMutableBufferPointer<UInt32>
    var ends: UnsafeMutableBufferPointer<UInt32>
    var rowStarts: UnsafeMutableBufferPointer<UInt32>
    var rowLines: UnsafeMutableBufferPointer<UInt32>
    var escapedRawStarts: [Int: UInt32] = [:]
    var fieldCount = 0
    var rowCount = 0

    mutating func addField(_ start: Int, _ end: Int) {
      starts[fieldCount] = UInt32(truncatingIfNeeded: start)
      ends[fieldCount] = UInt32(truncatingIfNeeded: end)
      fieldCount += 1
    }

    mutating func addEscapedField(_ start: Int, _ end: Int, rawStart: Int) {
      escapedRawStarts[fieldCount] = UInt32(truncatingIfNeeded: rawStart)
      addField(start, end)
    }

    mutating func endRecord(line: Int) {
      rowLines[rowCount] = UInt32(truncatingIfNeeded: line)
      rowCount += 1
      rowStarts[rowCount] = UInt32(truncatingIfNeeded: fieldCount)
    }

    var wantsMore: Bool { true }
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
      let flags = equal(word, delimiter) | equal(word, CSVByte.newline)
      // One multiplication adds up the flags in the top byte.
      stops &+= Int(truncatingIfNeeded: ((flags >> 7) &* SWAR.lowBits) >> 56)
      index += 8
    }
    while index < bytes.count {
      if bytes[index] == delimiter || bytes[index] == CSVByte.newline { stops += 1 }
      index += 1
    }
    return stops + 1
  }

  /// Parses `bytes` into the offset arrays of a ``CSVTable``.
  mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(CSVError) {
    let bound = Self.fieldBound(bytes, delimiter: delimiter)
    var failure: CSVError?
    var starts: [UInt32] = []
    var ends: [UInt32] = []
    var lines: [UInt32] = []
    var escaped: [Int: UInt32] = [:]
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
            escaped = columns.escapedRawStarts
          }
        }
      }
    }
    if let failure { throw failure }
    contentStarts = starts
    contentEnds = ends
    rowLines = lines
    escapedRawStarts = escaped
  }
  /// One pass over `bytes`, handing each field and record end to `sink`,
  /// until the end or until the sink wants no more.
  ///
  /// A blank line (nothing but its line break) is no record when
  /// ``skipsBlankLines`` is set; a quoted empty field is a record.
  ///
  /// - Returns: The offset where the pass stopped: the end, or the start of
  ///   the record after the last one handed over.
  @discardableResult
  mutating func scan<Sink: CSVFieldSink>(
    _ bytes: UnsafeBufferPointer<UInt8>, into sink: inout Sink
  ) throws(CSVError) -> Int {
    let count = bytes.count
    var index = 0
    var line = 1
    while index < count && sink.wantsMore {
      if skipsBlankLines {
        if bytes[index] == CSVByte.newline {
          index += 1
          line += 1
          continue
        }
        if bytes[index] == CSVByte.carriageReturn, index + 1 < count,
          bytes[index + 1] == CSVByte.newline
        {
          index += 2
          line += 1
          continue
        }
      }
      let recordLine = line
      var atRecordEnd = false
      while !atRecordEnd {
        let rawStart = index
        if index < count && bytes[index] == CSVByte.quote {
          let openLine = line
          index += 1
          let contentStart = index
          var escaped = false
          var closed = false
          while index < count {
            let byte = bytes[index]
            if byte == CSVByte.quote {
              if index + 1 < count, bytes[index + 1] == CSVByte.quote {
                escaped = true
                index += 2
                continue
              }
              closed = true
              break
            }
            if byte == CSVByte.newline { line += 1 }
            index += 1
          }
          guard closed else {
            throw CSVError(
              .unterminatedQuote,
              at: CSVTable.position(of: rawStart, line: openLine, in: bytes))
          }
          let contentEnd = index
          index += 1  // the closing quote
          if escaped {
            let extraStart = count + extras.count
            var next = contentStart
            while next < contentEnd {
              extras.append(bytes[next])
              next += bytes[next] == CSVByte.quote ? 2 : 1
            }
            sink.addEscapedField(extraStart, count + extras.count, rawStart: rawStart)
          } else {
            sink.addField(contentStart, contentEnd)
          }
          if index < count {
            let next = bytes[index]
            let endsLine =
              next == CSVByte.newline
              || (next == CSVByte.carriageReturn && index + 1 < count
                && bytes[index + 1] == CSVByte.newline)
            if next != delimiter && !endsLine {
              throw CSVError(
                .textAfterClosingQuote,
                at: CSVTable.position(of: index, line: line, in: bytes))
            }
          }
        } else {
          let contentStart = index
          index = Self.nextStop(in: bytes, from: index, delimiter: delimiter)
          var contentEnd = index
          if index < count, bytes[index] == CSVByte.newline, contentEnd > contentStart,
            bytes[contentEnd - 1] == CSVByte.carriageReturn
          {
            contentEnd -= 1
          }
          sink.addField(contentStart, contentEnd)
        }
        if index < count, bytes[index] == delimiter {
          index += 1
          if index == count {
            // A delimiter at the very end: one last empty field.
            sink.addField(index, index)
            atRecordEnd = true
          }
          continue
        }
        // End of the record: skip the line break (CR already excluded).
        if index < count, bytes[index] == CSVByte.carriageReturn { index += 1 }
        if index < count, bytes[index] == CSVByte.newline {
          index += 1
          line += 1
        }
        atRecordEnd = true
      }
      sink.endRecord(line: recordLine)
    }
    return index
  }
}
