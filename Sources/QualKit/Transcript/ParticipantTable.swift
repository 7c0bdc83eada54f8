/// Participant attributes by transcript id, from `Transcripts/participants.csv`.
///
/// The first column holds the transcript id and every other column one
/// attribute; a `speakers` column holds a speaker map. Empty cells are
/// absent attributes. A transcript's front matter wins over the table where
/// both give a value.
public struct ParticipantTable: Hashable, Sendable {
  /// One transcript's row.
  public struct Record: Hashable, Sendable {
    /// The attributes in column order, empty cells left out.
    public var attributes: [(String, String)]
    /// The 1-based line of the row in the file.
    public var line: Int

    public static func == (lhs: Record, rhs: Record) -> Bool {
      lhs.line == rhs.line && lhs.attributes.elementsEqual(rhs.attributes, by: { $0 == $1 })
    }

    public func hash(into hasher: inout Hasher) {
      hasher.combine(line)
      for (key, value) in attributes {
        hasher.combine(key)
        hasher.combine(value)
      }
    }

    /// The value of attribute `key`, if the row has one.
    public subscript(key: String) -> String? {
      attributes.first(where: { $0.0 == key })?.1
    }
  }

  /// The attribute names in column order (without the id column).
  public private(set) var columns: [String]
  /// The rows by transcript id.
  public private(set) var records: [String: Record]

  /// Creates a table from a header row and data rows with their line numbers.
  ///
  /// - Parameters:
  ///   - header: The column names; the first names the id column.
  ///   - rows: Each data row's cells and 1-based line number.
  ///   - diagnostics: Receives warnings for duplicate ids, ragged rows and empty ids.
  public init(
    header: [String], rows: [(cells: [String], line: Int)], diagnostics: inout [Diagnostic]
  ) {
    columns = Array(header.dropFirst())
    records = [:]
    for (cells, line) in rows {
      if cells.allSatisfy({ $0.trimmingCharacters(in: " \t").isEmpty }) { continue }
      let id = cells.first?.trimmingCharacters(in: " \t") ?? ""
      guard !id.isEmpty else {
        diagnostics.append(
          .warning(
            "row has no transcript id in its first column; ignored it",
            at: SourcePosition(line: line)))
        continue
      }
      if cells.count != header.count {
        diagnostics.append(
          .warning(
            "row has \(cells.count) cells but the header has \(header.count)",
            at: SourcePosition(line: line)))
      }
      if let previous = records[id] {
        diagnostics.append(
          .warning(
            "transcript '\(id)' has a second row (first on line \(previous.line)); the later row wins",
            at: SourcePosition(line: line)))
      }
      var attributes: [(String, String)] = []
      for (index, name) in columns.enumerated() where index + 1 < cells.count {
        let value = cells[index + 1].trimmingCharacters(in: " \t")
        if !value.isEmpty && !name.isEmpty { attributes.append((name, value)) }
      }
      records[id] = Record(attributes: attributes, line: line)
    }
  }

  /// The row for transcript `id`, if the table has one.
  public func record(for id: String) -> Record? { records[id] }
}
