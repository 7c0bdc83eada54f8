/// Rows of a sparse matrix in compressed form (CSR): each unit's feature
/// values, only those that are not zero.
///
/// Row `i` holds the columns `columns[rowStarts[i]..<rowStarts[i + 1]]`,
/// ascending, with the values at the same places in `values`.
public struct SparseRows: Hashable, Sendable {
  /// Where each row starts in ``columns`` and ``values``, and the end.
  public private(set) var rowStarts: [Int]
  /// The column of each stored value.
  public private(set) var columns: [Int32]
  /// The stored values.
  public private(set) var values: [Double]
  /// How many columns the matrix has.
  public var columnCount: Int

  /// An empty matrix of `columnCount` columns.
  public init(columnCount: Int) {
    rowStarts = [0]
    columns = []
    values = []
    self.columnCount = columnCount
  }

  /// How many rows there are.
  public var rowCount: Int { rowStarts.count - 1 }

  /// Appends a row of (column, value) pairs with ascending columns.
  public mutating func append(_ row: some Sequence<(column: Int32, value: Double)>) {
    for entry in row {
      columns.append(entry.column)
      values.append(entry.value)
    }
    rowStarts.append(columns.count)
  }

  /// The stored entries of row `index`.
  public func row(_ index: Int) -> [(column: Int32, value: Double)] {
    (rowStarts[index]..<rowStarts[index + 1]).map { (columns[$0], values[$0]) }
  }

  /// The rows `indices`, in that order.
  public func rows(_ indices: some Sequence<Int>) -> SparseRows {
    var result = SparseRows(columnCount: columnCount)
    for index in indices {
      let range = rowStarts[index]..<rowStarts[index + 1]
      result.columns.append(contentsOf: columns[range])
      result.values.append(contentsOf: values[range])
      result.rowStarts.append(result.columns.count)
    }
    return result
  }

  /// The dot product of each row with `weights`, plus `intercept`.
  ///
  /// - Complexity: O(stored values).
  public func scores(weights: [Double], intercept: Double) -> [Double] {
    var scores = [Double](repeating: intercept, count: rowCount)
    rowStarts.withUnsafeBufferPointer { starts in
      columns.withUnsafeBufferPointer { columns in
        values.withUnsafeBufferPointer { values in
          weights.withUnsafeBufferPointer { weights in
            scores.withUnsafeMutableBufferPointer { scores in
              for row in 0..<scores.count {
                var sum = intercept
                for entry in starts[row]..<starts[row + 1] {
                  sum += values[entry] * weights[Int(columns[entry])]
                }
                scores[row] = sum
              }
            }
          }
        }
      }
    }
    return scores
  }

  /// Adds `factors[i]` times row `i` to `sums`, for every row (the
  /// transpose times a vector).
  ///
  /// - Complexity: O(stored values).
  public func addWeightedRows(_ factors: [Double], to sums: inout [Double]) {
    rowStarts.withUnsafeBufferPointer { starts in
      columns.withUnsafeBufferPointer { columns in
        values.withUnsafeBufferPointer { values in
          factors.withUnsafeBufferPointer { factors in
            sums.withUnsafeMutableBufferPointer { sums in
              for row in 0..<factors.count where factors[row] != 0 {
                let factor = factors[row]
                for entry in starts[row]..<starts[row + 1] {
                  sums[Int(columns[entry])] += factor * values[entry]
                }
              }
            }
          }
        }
      }
    }
  }
}
