/// A table of results as a value: columns, rows of typed cells and notes.
///
/// Analyses build tables; writers (text, Markdown, CSV, JSON) render them,
/// so that a number looks the same in every format and every command.
public struct Table: Hashable, Sendable {
  /// A column: its key (for CSV and JSON) and its title (for text and Markdown).
  public struct Column: Hashable, Sendable {
    /// The machine name, camelCase, used as the CSV header and the JSON key.
    public var key: String
    /// The human title shown in text and Markdown.
    public var title: String
    /// Whether the column is aligned right (numbers).
    public var isNumeric: Bool

    /// Creates a column.
    public init(_ key: String, title: String? = nil, isNumeric: Bool = false) {
      self.key = key
      self.title = title ?? key
      self.isNumeric = isNumeric
    }
  }

  /// A row of cells, one per column.
  public struct Row: Hashable, Sendable {
    /// The cells, in column order.
    public var cells: [Cell]
    /// Whether the row sums up the others (a pooled or total row), shown in bold in Markdown.
    public var isSummary: Bool

    /// Creates a row.
    public init(_ cells: [Cell], isSummary: Bool = false) {
      self.cells = cells
      self.isSummary = isSummary
    }
  }

  /// A short stable name, such as `agreement`.
  public var id: String
  /// What the table shows, in one line.
  public var caption: String
  /// Lines shown before the table (what was counted, and how).
  public var preamble: [String]
  /// The columns.
  public var columns: [Column]
  /// The rows.
  public var rows: [Row]
  /// Footnotes; ``Cell/undefined(note:)`` points into them.
  public var notes: [String]

  /// Creates a table.
  public init(
    id: String, caption: String = "", preamble: [String] = [], columns: [Column],
    rows: [Row] = [], notes: [String] = []
  ) {
    self.id = id
    self.caption = caption
    self.preamble = preamble
    self.columns = columns
    self.rows = rows
    self.notes = notes
  }

  /// The index of `note` in ``notes``, added if it is new, for an undefined cell.
  public mutating func note(_ note: String) -> Int {
    if let index = notes.firstIndex(of: note) { return index }
    notes.append(note)
    return notes.count - 1
  }
}
