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
  /// The language of the table's words, in which writers render its cells
  /// (numbers in its ``NumberStyle``, `n/a` in its word).
  public var language: ReportLanguage

  /// The vocabulary of the table's ``language``.
  public var vocabulary: Vocabulary { language.vocabulary }

  /// Creates a table.
  public init(
    id: String, caption: String = "", preamble: [String] = [], columns: [Column],
    rows: [Row] = [], notes: [String] = [], language: ReportLanguage = .english
  ) {
    self.id = id
    self.caption = caption
    self.preamble = preamble
    self.columns = columns
    self.rows = rows
    self.notes = notes
    self.language = language
  }

  /// Adds the note that percentages may not sum to 100 when, in some row,
  /// the percentage cells of `columns` are shares of one whole (they add up
  /// to 1) but their values as shown do not add up to 100.
  public mutating func noteRounding(ofPercentagesIn columns: Range<Int>) {
    let uneven = rows.contains { row in
      var proportions: [Double] = []
      var decimals = 0
      for index in columns where index < row.cells.count {
        guard case .percent(let value, let places) = row.cells[index] else { return false }
        proportions.append(value)
        decimals = max(decimals, places)
      }
      let whole = abs(proportions.reduce(0, +) - 1) < 1e-9
      return whole && !NumberFormat.percentagesAddUp(proportions, decimals: decimals)
    }
    if uneven { _ = note(vocabulary[.roundingNote]) }
  }

  /// The index of `note` in ``notes``, added if it is new, for an undefined cell.
  public mutating func note(_ note: String) -> Int {
    if let index = notes.firstIndex(of: note) { return index }
    notes.append(note)
    return notes.count - 1
  }
}
