import Foundation

extension ReliabilityData {
  /// Reads reliability data straight from the bytes of a CSV file, without
  /// building a ``CSVTable``, when the file is the usual case.
  ///
  /// The usual case: UTF-8 without a byte-order mark, no doubled quotes
  /// inside a quoted field, every row as long as the header, every value
  /// accepted at `level`, and unit ids (when the first column is `unit`)
  /// that increase row by row, as whole numbers or as bytes. A file of a
  /// million units then costs its bytes and one integer per value. A large
  /// file without quotes is read in two halves split at a line break, which
  /// `runner` may read at once; the result is the same either way.
  ///
  /// - Parameters:
  ///   - bytes: The file's contents.
  ///   - delimiter: The delimiter, or `nil` to detect it as ``CSVReader`` does.
  ///   - level: The level of measurement.
  ///   - categories: The declared categories in order, or `nil` to use the values found.
  ///   - runner: Runs the halves' reads (one after the other by default).
  ///
  /// The data are the same as ``init(csv:level:categories:)`` gives on
  /// `CSVReader(delimiter: delimiter).read(bytes)`; the initializer fails
  /// when the file is not the usual case or holds an error, and that reader
  /// then gives the data, or the error with its line and column.
  /// - Complexity: O(*n*) in the number of bytes.
  public init?(
    quickCSV bytes: [UInt8], delimiter: CSVDelimiter? = nil, level: MeasurementLevel = .nominal,
    categories: [String]? = nil, runner: JobRunner = Jobs.serial
  ) {
    guard
      let read = bytes.withUnsafeBufferPointer({ buffer in
        ReliabilityData(
          quickCSV: buffer, delimiter: delimiter, level: level, categories: categories,
          runner: runner)
      })
    else { return nil }
    self = read
  }

  /// Reads reliability data straight from the bytes of a CSV file in
  /// memory (a mapped file, say), as ``init(quickCSV:delimiter:level:categories:runner:)-([UInt8],_,_,_,_)``
  /// does from an array.
  ///
  /// - Parameters:
  ///   - bytes: The file's contents; they must stay unchanged during the call.
  ///   - delimiter: The delimiter, or `nil` to detect it.
  ///   - level: The level of measurement.
  ///   - categories: The declared categories in order, or `nil` to use the values found.
  ///   - runner: Runs the halves' reads.
  public init?(
    quickCSV bytes: UnsafeBufferPointer<UInt8>, delimiter: CSVDelimiter? = nil,
    level: MeasurementLevel = .nominal, categories: [String]? = nil,
    runner: JobRunner = Jobs.serial
  ) {
    let marks: [[UInt8]] = [DecodedText.byteOrderMark, [0xFF, 0xFE], [0xFE, 0xFF]]
    guard !marks.contains(where: { bytes.starts(with: $0) }),
      bytes.count < Int(UInt32.max) / 2,
      let builder = try? CategoryBuilder(declared: categories, level: level)
    else { return nil }
    let chosen = (delimiter ?? CSVReader.detectDelimiter(in: bytes)).rawValue
    // The header first, alone.
    var parser = CSVParser(delimiter: chosen, skipsBlankLines: true)
    var head = QuickReliabilitySink(bytes: bytes, builder: builder)
    guard let headerEnd = try? parser.scan(bytes, into: &head), !head.failed, head.row == 1,
      CSVReader.isValidUTF8(UnsafeBufferPointer(rebasing: bytes[..<headerEnd]))
    else { return nil }
    // Then the rows, in halves split after a line feed when no quote can
    // hide one inside a field.
    var split = [headerEnd, bytes.count]
    let rest = UnsafeBufferPointer(rebasing: bytes[headerEnd...])
    if rest.count >= 1 << 20, let base = rest.baseAddress,
      memchr(base, Int32(CSVByte.quote), rest.count) == nil,
      let middle = rest[(rest.count / 2)...].firstIndex(of: CSVByte.newline)
    {
      split.insert(headerEnd + middle + 1, at: 1)
    }
    let bounds = split
    let shared = SharedRead(bytes: bytes, head: head)
    var parts = Jobs.map(bounds.count - 1, runner: runner) { index in
      let part = UnsafeBufferPointer(rebasing: shared.bytes[bounds[index]..<bounds[index + 1]])
      // The first part's codes get room for all of them.
      var sink = shared.head.continuing(
        in: part, reservingFor: index == 0 ? shared.bytes.count - bounds[0] : part.count)
      var parser = CSVParser(delimiter: chosen, skipsBlankLines: true)
      if !CSVReader.isValidUTF8(part) || (try? parser.scan(part, into: &sink)) == nil {
        sink.failed = true
      }
      return QuickPart(sink, start: bounds[index])
    }
    guard let joined = QuickPart.join(&parts, header: head.header, in: bytes) else {
      return nil
    }
    self = joined
  }
}

/// The bytes of the file and the header's sink, handed to the jobs that
/// read the halves; each job only reads them, and they outlive the jobs.
private struct SharedRead: @unchecked Sendable {
  let bytes: UnsafeBufferPointer<UInt8>
  let head: QuickReliabilitySink
}

/// What the read of one half found.
private struct QuickPart: Sendable {
  var failed: Bool
  var builder: CategoryBuilder
  var codes: ContiguousArray<Int32>
  var rows: Int
  /// The half's unit ids, as ranges in the whole file.
  var units: IncreasingIDs

  init(_ sink: QuickReliabilitySink, start: Int) {
    failed = sink.failed
    builder = sink.builder
    codes = sink.codes
    rows = sink.row - 1
    units = sink.units.shifted(by: start)
  }

  /// The data of the halves in order, or nil when one failed or their unit
  /// ids do not increase across the split.
  static func join(
    _ parts: inout [QuickPart], header: [String], in bytes: UnsafeBufferPointer<UInt8>
  ) -> ReliabilityData? {
    guard !parts.contains(where: \.failed) else { return nil }
    let withRows = parts.filter { $0.rows > 0 }
    for (earlier, later) in zip(withRows, withRows.dropFirst())
    where !earlier.units.continues(into: later.units, in: bytes) {
      return nil
    }
    // The halves' values as indices of one builder, then in the final order:
    // the first half's codes rewritten in place, the others' appended.
    var merged = parts[0].builder
    var remaps: [[Int32]] = []
    for part in parts.dropFirst() {
      guard let remap = try? merged.absorb(part.builder) else { return nil }
      remaps.append(remap)
    }
    let final = merged.ordering()
    var codes = ContiguousArray<Int32>()
    swap(&codes, &parts[0].codes)
    if let newIndex = final.newIndex { CategoryBuilder.rewrite(&codes, to: newIndex) }
    for (part, remap) in zip(parts.dropFirst(), remaps) {
      let table = remap.map { final.newIndex?[Int($0)] ?? $0 }
      codes.reserveCapacity(codes.count + part.codes.count)
      for code in part.codes { codes.append(code < 0 ? code : table[Int(code)]) }
    }
    return ReliabilityData(
      coders: header, categories: final.categories, numericValues: final.numericValues,
      isOrdered: final.isOrdered, unitCount: parts.reduce(0) { $0 + $1.rows }, codes: codes)
  }
}
