extension Table {
  /// Why a number that is not finite is shown as undefined.
  public static let nonFiniteNote =
    "too large to compute: the result is beyond the range of double-precision numbers (±1.8e308)"

  /// The table with every number and percentage that is not finite (an
  /// overflow, or a difference of two overflows) made undefined, with
  /// ``nonFiniteNote`` as its note, so that no writer shows `nan` or `inf`.
  ///
  /// Every writer of tables calls it first (``TableFormat``, the report writers).
  ///
  /// - Returns: The table, unchanged when every number is finite.
  public func definingNonFiniteNumbers() -> Table {
    func isNonFinite(_ cell: Cell) -> Bool {
      switch cell {
      case .number(let value, _), .percent(let value, _): !value.isFinite
      default: false
      }
    }
    guard rows.contains(where: { $0.cells.contains(where: isNonFinite) }) else { return self }
    var table = self
    let note = table.note(Self.nonFiniteNote)
    for row in table.rows.indices {
      for column in table.rows[row].cells.indices where isNonFinite(table.rows[row].cells[column]) {
        table.rows[row].cells[column] = .undefined(note: note)
      }
    }
    return table
  }
}
