/// Codes the values of a reliability CSV as the parser finds them (see
/// ``ReliabilityData/init(quickCSV:delimiter:level:categories:runner:)``);
/// any case the quick reader leaves to the full one sets ``failed``.
///
/// Reading the header alone stops after its record; ``continuing(in:)``
/// then reads the rows of a part of the file.
struct QuickReliabilitySink: CSVFieldSink {
  private(set) var bytes: UnsafeBufferPointer<UInt8>
  var builder: CategoryBuilder
  /// The coders' names (the header, without a `unit` column).
  private(set) var header: [String] = []
  private(set) var codes = ContiguousArray<Int32>()
  /// Records seen so far, the header included.
  private(set) var row = 0
  /// 1 with a unit column, else 0.
  private(set) var offset = 0
  var failed = false
  /// The unit ids so far.
  private(set) var units = IncreasingIDs()
  /// The field's place in its record, and the record's width.
  private var column = 0
  private var width = 0
  /// Where the current record's first field starts, and its last field ends.
  private var recordStart = 0
  private var recordEnd = 0
  /// Whether only the header is read.
  private var headerOnly = true
  /// The bytes whose rows the codes get room for.
  private var reserveBytes = 0

  init(bytes: UnsafeBufferPointer<UInt8>, builder: CategoryBuilder) {
    self.bytes = bytes
    self.builder = builder
  }

  /// A sink for the rows in `part`, knowing this sink's header, that makes
  /// room for the codes of rows like the first in `bytes` bytes.
  func continuing(
    in part: UnsafeBufferPointer<UInt8>, reservingFor bytes: Int
  ) -> QuickReliabilitySink {
    var next = self
    next.bytes = part
    next.headerOnly = false
    next.reserveBytes = bytes
    return next
  }

  var wantsMore: Bool { !failed && !(headerOnly && row > 0) }

  @inline(__always)
  mutating func addField(_ start: Int, _ end: Int) {
    let place = column
    column = place + 1
    recordEnd = end
    if place == 0 { recordStart = start }
    // The hot path: a value already seen, in a row of the right width.
    if place >= offset && place < width, let known = builder.knownCode(bytes, start..<end) {
      codes.append(known)
      return
    }
    otherField(place, start, end)
  }

  @inline(never)
  private mutating func otherField(_ place: Int, _ start: Int, _ end: Int) {
    if row == 0 {
      header.append(
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
          .trimmingASCIIWhitespace())
    } else if place < offset {
      checkUnit(start..<end)
    } else if place >= width {
      failed = true
    } else {
      do throws(ReliabilityDataError) {
        codes.append(try builder.code(for: UnsafeBufferPointer(rebasing: bytes[start..<end])))
      } catch {
        failed = true
      }
    }
  }

  mutating func addEscapedField(_ start: Int, _ end: Int, rawStart: Int) {
    failed = true
  }

  mutating func endRecord(line: Int) {
    if row == 0 {
      if header.first?.lowercased() == "unit" {
        header.removeFirst()
        offset = 1
      }
      width = header.count + offset
      if (try? ReliabilityData.checkCoders(header) { _ in nil }) == nil { failed = true }
    } else if column != width {
      failed = true
    } else if row == 1 {
      // Room for about as many rows as the first one's length allows.
      let rowBytes = max(width, recordEnd - recordStart + 1)
      let rows = max(0, reserveBytes - recordStart) / rowBytes
      codes.reserveCapacity((rows + rows / 8 + 16) * header.count)
    }
    row += 1
    column = 0
  }

  /// Keeps the unit ids distinct: each must be greater than the one before,
  /// as a whole number or as bytes; otherwise the full reader checks them.
  private mutating func checkUnit(_ field: Range<Int>) {
    let range = CSVTable.trimmed(bytes, field)
    if range.isEmpty {
      failed = true
      return
    }
    units.admit(range, in: bytes)
    if !units.isIncreasing { failed = true }
  }
}
