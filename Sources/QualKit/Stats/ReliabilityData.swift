/// Reliability data: the values that several coders gave the same units,
/// as a units × coders table in which any value may be missing.
///
/// Values are stored as indices into ``categories`` in one flat row-major
/// array, so large tables (a million units) stay compact and fast to scan.
/// For interval and ratio data every category is a number, kept in
/// ``numericValues``.
///
/// The order of ``categories`` matters for ordinal alpha, weighted kappa and
/// the number of categories *q* used by Brennan–Prediger and AC1. It is the
/// declared order when categories are given; otherwise the distinct values
/// sorted numerically when they are all numbers, else sorted by their
/// Unicode scalars (then ``isOrdered`` is false).
public struct ReliabilityData: Hashable, Sendable {
  /// The coders' names, one per column.
  public let coders: [String]
  /// The categories (distinct values), in order.
  public let categories: [String]
  /// The number of each category, for interval and ratio data; empty otherwise.
  public let numericValues: [Double]
  /// Whether the category order is meaningful (declared, or all values are numbers).
  public let isOrdered: Bool
  /// The number of units (rows, or the sum of the row weights for weighted data).
  public let unitCount: Int
  /// Category indices, row-major (`unit * coders.count + coder`), −1 for missing.
  let codes: ContiguousArray<Int32>
  /// How many identical units each row stands for; `nil` is one unit a row.
  ///
  /// Weighted data let many identical units (such as the characters of a run
  /// in `qualkit agree --unit char`) cost one row; every coefficient gives
  /// the same value as on the data with each row repeated.
  let rowWeights: ContiguousArray<Int>?

  /// The number of rows (``unitCount`` unless the data are weighted).
  var rowCount: Int { coders.isEmpty ? 0 : codes.count / coders.count }

  /// How many units row `row` stands for.
  func weight(ofRow row: Int) -> Int { rowWeights?[row] ?? 1 }

  /// The number of coders (columns).
  public var coderCount: Int { coders.count }

  /// The category index coder `coder` gave unit `unit`, or `nil` when missing.
  ///
  /// For weighted data (built inside QualKit only), `unit` is a row.
  public func value(unit: Int, coder: Int) -> Int? {
    let code = codes[unit * coders.count + coder]
    return code < 0 ? nil : Int(code)
  }

  /// The number of values (non-missing cells) each coder gave.
  public var valueCountsByCoder: [Int] {
    var counts = [Int](repeating: 0, count: coders.count)
    let width = coders.count
    guard width > 0 else { return counts }
    codes.withUnsafeBufferPointer { buffer in
      var base = 0
      var row = 0
      while base < buffer.count {
        let weight = self.weight(ofRow: row)
        for coder in 0..<width where buffer[base + coder] >= 0 { counts[coder] += weight }
        base += width
        row += 1
      }
    }
    return counts
  }

  /// The first coder who gave no value at all, if any; the scan stops as
  /// soon as every coder has given one (usually in the first rows).
  var firstCoderWithoutValues: Int? {
    let width = coders.count
    var seen = [Bool](repeating: false, count: width)
    var missing = width
    codes.withUnsafeBufferPointer { buffer in
      var index = 0
      while missing > 0 && index < buffer.count {
        let coder = index % width
        if buffer[index] >= 0 && !seen[coder] {
          seen[coder] = true
          missing -= 1
        }
        index += 1
      }
    }
    return seen.firstIndex(of: false)
  }

  /// Creates reliability data from already-coded category indices.
  ///
  /// - Parameters:
  ///   - coders: The coders' names, one per column.
  ///   - categories: The categories, in order.
  ///   - numericValues: The number of each category (interval and ratio data).
  ///   - isOrdered: Whether the category order is meaningful.
  ///   - unitCount: The number of rows (ignored when `rowWeights` is given).
  ///   - codes: Category indices, row-major, −1 for missing.
  ///   - rowWeights: How many identical units each row stands for (each at
  ///     least 1), or `nil` for one unit a row.
  init(
    coders: [String], categories: [String], numericValues: [Double], isOrdered: Bool,
    unitCount: Int, codes: ContiguousArray<Int32>, rowWeights: ContiguousArray<Int>? = nil
  ) {
    self.coders = coders
    self.categories = categories
    self.numericValues = numericValues
    self.isOrdered = isOrdered
    self.unitCount = rowWeights.map { $0.reduce(0, +) } ?? unitCount
    self.codes = codes
    self.rowWeights = rowWeights
  }

  /// The same data with every weighted row repeated, one row per unit.
  func expandingRowWeights() -> ReliabilityData {
    guard let rowWeights else { return self }
    let width = coders.count
    var expanded = ContiguousArray<Int32>()
    expanded.reserveCapacity(unitCount * width)
    for row in 0..<rowCount {
      for _ in 0..<rowWeights[row] {
        expanded.append(contentsOf: codes[(row * width)..<((row + 1) * width)])
      }
    }
    return ReliabilityData(
      coders: coders, categories: categories, numericValues: numericValues, isOrdered: isOrdered,
      unitCount: unitCount, codes: expanded)
  }

  /// Creates reliability data from rows of values, one row per unit.
  ///
  /// - Parameters:
  ///   - coders: The coders' names; at least two, all different.
  ///   - units: One array per unit with one value per coder; `nil` or a
  ///     blank string is a missing value.
  ///   - level: The level of measurement; interval and ratio need numbers.
  ///   - categories: The declared categories in order, or `nil` to use the values found.
  /// - Throws: ``ReliabilityDataError`` for too few or duplicate coders, a row of
  ///   the wrong length, an undeclared value or a value that is not a number.
  public init(
    coders: [String], units: [[String?]], level: MeasurementLevel = .nominal,
    categories: [String]? = nil
  ) throws(ReliabilityDataError) {
    try Self.checkCoders(coders) { _ in nil }
    var builder = try CategoryBuilder(declared: categories, level: level)
    var codes = ContiguousArray<Int32>()
    codes.reserveCapacity(units.count * coders.count)
    for unit in units {
      guard unit.count == coders.count else {
        throw ReliabilityDataError(
          .raggedRow(expected: coders.count, found: unit.count), at: nil)
      }
      for value in unit {
        let bytes = Array((value ?? "").utf8)
        let code = try bytes.withUnsafeBufferPointer { buffer throws(ReliabilityDataError) in
          try builder.code(for: buffer)
        }
        codes.append(code)
      }
    }
    self = builder.finish(coders: coders, unitCount: units.count, codes: &codes)
  }

  /// Creates reliability data from a CSV table: a header row of coder names
  /// (optionally starting with a `unit` column), then one row per unit.
  ///
  /// - Parameters:
  ///   - table: The CSV rows.
  ///   - level: The level of measurement; interval and ratio need numbers.
  ///   - categories: The declared categories in order, or `nil` to use the values found.
  /// - Throws: ``ReliabilityDataError`` with the line and column of the problem.
  /// - Complexity: O(units × coders).
  public init(
    csv table: CSVTable, level: MeasurementLevel = .nominal, categories: [String]? = nil
  ) throws(ReliabilityDataError) {
    guard table.rowCount > 0 else { throw ReliabilityDataError(.emptyFile, at: nil) }
    var header = table.row(0).map { $0.trimmingASCIIWhitespace() }
    let hasUnitColumn = header.first?.lowercased() == "unit"
    if hasUnitColumn { header.removeFirst() }
    let offset = hasUnitColumn ? 1 : 0
    try Self.checkCoders(header) { column in table.position(ofField: column + offset, inRow: 0) }
    var builder = try CategoryBuilder(declared: categories, level: level)
    let width = header.count + offset
    let coderCount = header.count
    let unitCount = table.rowCount - 1
    var codes = ContiguousArray<Int32>(repeating: -1, count: unitCount * coderCount)
    // Unit ids that increase (the usual case) are told distinct in the hot
    // loop; any others are checked after it.
    var units = IncreasingIDs()
    // The hot loop: raw field offsets, no strings, no closures per field.
    let failure: (error: ReliabilityDataError, row: Int, column: Int)? =
      codes.withUnsafeMutableBufferPointer { output in
        table.withUnsafeStorage { bytes, starts, ends, rowStarts in
          for row in 1..<max(1, table.rowCount) {
            let first = Int(rowStarts[row])
            let found = Int(rowStarts[row + 1]) - first
            guard found == width else {
              return (ReliabilityDataError(.raggedRow(expected: width, found: found)), row, -1)
            }
            if hasUnitColumn && units.isIncreasing {
              let unit = CSVTable.trimmed(bytes, Int(starts[first])..<Int(ends[first]))
              if !unit.isEmpty { units.admit(unit, in: bytes) }
            }
            let base = (row - 1) * coderCount
            for coder in 0..<coderCount {
              let field = first + coder + offset
              let start = Int(starts[field])
              let end = Int(ends[field])
              if let known = builder.knownCode(bytes, start..<end) {
                output[base + coder] = known
                continue
              }
              do throws(ReliabilityDataError) {
                output[base + coder] = try builder.code(
                  for: UnsafeBufferPointer(rebasing: bytes[start..<end]))
              } catch {
                return (error, row, coder + offset)
              }
            }
          }
          return nil
        }
      }
    if let failure {
      var error = failure.error
      error.position =
        failure.column < 0
        ? SourcePosition(line: table.line(ofRow: failure.row), column: 1)
        : table.position(ofField: failure.column, inRow: failure.row)
      throw error
    }
    if hasUnitColumn, !units.isIncreasing, let (row, earlier) = table.firstDuplicate(inColumn: 0) {
      throw ReliabilityDataError(
        .duplicateUnit(
          table.field(0, inRow: row).trimmingASCIIWhitespace(),
          firstLine: table.line(ofRow: earlier)),
        at: table.position(ofField: 0, inRow: row))
    }
    self = builder.finish(coders: header, unitCount: unitCount, codes: &codes)
  }
}

extension UInt8 {
  /// Whether the byte is an ASCII space or tab.
  var isASCIIBlank: Bool { self == 0x20 || self == 0x09 }
}

extension String {
  /// The string without leading and trailing ASCII spaces and tabs.
  func trimmingASCIIWhitespace() -> String {
    var scalars = Substring(self).unicodeScalars
    while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
    while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
    return String(scalars)
  }
}
