import Foundation

/// A names list's or key's CSV, read with its header (if any), its
/// comment rows (`#…`) and blank rows left out, and each field's place.
struct PseudonymCSV {
  let table: CSVTable
  /// What the file is, for messages (`names list`, `key`).
  let what: String
  /// The rows that are neither blank nor comments, header included.
  private let rows: [Int]
  /// Whether the first of ``rows`` is a header.
  private(set) var hasHeader = false

  /// Reads `bytes`.
  ///
  /// - Throws: ``PseudonymFileError`` for malformed CSV, or a file
  ///   without a row.
  init(parsing bytes: [UInt8], what: String) throws(PseudonymFileError) {
    do {
      table = try CSVReader().read(bytes)
    } catch {
      throw PseudonymFileError(.malformedCSV, error.message, at: error.position)
    }
    self.what = what
    let table = self.table
    rows = (0..<table.rowCount).filter { row in
      let cells = table.row(row)
      let first = cells.first?.trimmingCharacters(in: " \t") ?? ""
      return !first.hasPrefix("#")
        && cells.contains { !$0.trimmingCharacters(in: " \t").isEmpty }
    }
    guard !rows.isEmpty else {
      throw PseudonymFileError(
        .empty, "the \(what) is empty (expected a header line and one row a name)",
        at: SourcePosition(line: 1))
    }
  }

  /// The column of each name: from the header, when the first row has
  /// one of the `required` names; else the `positional` order.
  ///
  /// - Throws: ``PseudonymFileError`` for a header without a required
  ///   column.
  mutating func columns(required: [String], optional: [String], positional: [String])
    throws(PseudonymFileError) -> [String: Int]
  {
    let header = table.row(rows[0]).map { $0.trimmingCharacters(in: " \t").lowercased() }
    guard header.contains(where: required.contains) else {
      return Dictionary(uniqueKeysWithValues: positional.enumerated().map { ($1, $0) })
    }
    hasHeader = true
    var columns: [String: Int] = [:]
    for name in required + optional {
      if let index = header.firstIndex(of: name) { columns[name] = index }
    }
    let missing = required.filter { columns[$0] == nil }
    guard missing.isEmpty else {
      throw PseudonymFileError(
        .invalidRow,
        "the \(what)'s header has no column \(missing.map { "'\($0)'" }.joined(separator: " or ")) (expected \(required.joined(separator: ",")))",
        at: SourcePosition(line: table.line(ofRow: rows[0])))
    }
    return columns
  }

  /// The rows after the header, if any.
  var dataRows: ArraySlice<Int> { hasHeader ? rows.dropFirst() : rows[...] }

  /// Field `column` of `row`, empty when the row is shorter.
  func field(_ column: Int, row: Int) -> String {
    column < table.fieldCount(inRow: row) ? table.field(column, inRow: row) : ""
  }

  /// Where field `column` of `row` starts (the row's start when the row
  /// is shorter).
  func position(_ column: Int, row: Int) -> SourcePosition {
    table.position(ofField: column, inRow: row)
  }

  /// The line `row` starts on.
  func line(row: Int) -> Int { table.line(ofRow: row) }

  /// The line of the last row read.
  var lastLine: Int { rows.last.map { table.line(ofRow: $0) } ?? 1 }
}
