/// Writes a ``Table`` as JSON: an array of objects keyed by the columns' keys.
///
/// Numbers are numbers in full precision (a percentage as its proportion),
/// an undefined cell is `null` (its reason is in the table's notes), a quote
/// is `{"text", "transcript", "firstLine", "lastLine"}`.
public enum JSONTableWriter {
  /// The rows as JSON values.
  public static func rows(_ table: Table) -> JSONOutput {
    .array(
      table.rows.map { row in
        .object(zip(table.columns, row.cells).map { column, cell in (column.key, value(cell)) })
      })
  }

  /// `{"id", "caption", "preamble", "rows", "notes"}`.
  public static func render(_ table: Table) -> JSONOutput {
    .object([
      ("id", .string(table.id)), ("caption", .string(table.caption)),
      ("preamble", .array(table.preamble.map { .string($0) })),
      ("rows", rows(table)), ("notes", .array(table.notes.map { .string($0) })),
    ])
  }

  /// One cell as a JSON value.
  public static func value(_ cell: Cell) -> JSONOutput {
    switch cell {
    case .empty, .undefined: .null
    case .text(let text): .string(text)
    case .code(let id, _): .string(id)
    case .integer(let value): .int(value)
    case .number(let value, _), .percent(let value, _): .double(value)
    case .quote(let text, let citation):
      .object([
        ("text", .string(text)), ("transcript", .string(citation.transcript)),
        ("firstLine", .int(citation.firstLine)), ("lastLine", .int(citation.lastLine)),
      ])
    }
  }
}
