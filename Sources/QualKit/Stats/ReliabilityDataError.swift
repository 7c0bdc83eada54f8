/// An error in reliability data (a units × coders table) that stops it from
/// being used: a ragged row, too few coders, a duplicate coder name, a value
/// that is not a number at interval level, and so on.
public struct ReliabilityDataError: InputError, Hashable, Sendable {
  /// What went wrong.
  public enum Kind: Hashable, Sendable {
    /// The file has no header row.
    case emptyFile
    /// Fewer than two coder columns.
    case tooFewCoders(found: Int)
    /// Two coder columns with the same name.
    case duplicateCoder(String)
    /// A coder column whose header cell is empty (1-based column).
    case unnamedCoder(column: Int)
    /// A row whose number of fields differs from the header's.
    case raggedRow(expected: Int, found: Int)
    /// A value that is not among the declared categories.
    case undeclaredValue(String)
    /// A category declared twice.
    case duplicateCategory(String)
    /// A value that is not a finite number at interval or ratio level.
    case notANumber(String, MeasurementLevel)
    /// A negative value at ratio level.
    case negativeAtRatioLevel(String)
    /// A unit named twice in the `unit` column (1-based line of the first).
    case duplicateUnit(String, firstLine: Int)
    /// A CSV syntax error.
    case csv(CSVError)
  }

  /// What went wrong.
  public var kind: Kind
  /// Where, if the data came from a file.
  public var position: SourcePosition?

  /// Creates an error of `kind` at `position`.
  public init(_ kind: Kind, at position: SourcePosition? = nil) {
    self.kind = kind
    self.position = position
  }

  public var message: String {
    switch kind {
    case .emptyFile:
      "empty file: expected a header row of coder names"
    case .tooFewCoders(let found):
      "reliability data needs at least 2 coder columns, found \(found)"
    case .duplicateCoder(let name):
      "duplicate coder name '\(name)'"
    case .unnamedCoder(let column):
      "coder column \(column) has no name"
    case .raggedRow(let expected, let found):
      "row has \(found) field\(found == 1 ? "" : "s"), but the header has \(expected)"
    case .undeclaredValue(let value):
      "value '\(value)' is not one of the declared categories"
    case .duplicateCategory(let value):
      "category '\(value)' is declared twice"
    case .notANumber(let value, let level):
      "value '\(value)' is not a number (needed at \(level.rawValue) level)"
    case .negativeAtRatioLevel(let value):
      "value '\(value)' is negative (ratio level needs values of at least 0)"
    case .duplicateUnit(let unit, let line):
      "unit '\(unit)' has a second row (first on line \(line)); each unit is one row, its coders' values side by side"
    case .csv(let error):
      error.message
    }
  }
}
