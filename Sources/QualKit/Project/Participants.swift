/// The participants table as typed columns: each participant's attributes,
/// keyed by participant (transcript) id, with one type per column.
///
/// A column whose every value is a plain number is numeric; a column that
/// mixes numbers and text is text, with a warning (a typo such as `5O` for
/// `50` would otherwise make some ages text and some numbers).
public struct Participants: Hashable, Sendable {
  /// A column's type.
  public enum ColumnType: String, Hashable, Sendable {
    /// Every value is a number.
    case number
    /// Some value is not a number.
    case text
  }

  /// The attribute columns in file order, with their types.
  public private(set) var columns: [(name: String, type: ColumnType)]
  /// Each participant's attributes by id, empty cells left out.
  public private(set) var attributes: [String: [String: AttributeValue]]

  /// Types the columns of `table`.
  ///
  /// - Parameters:
  ///   - table: The table read from `participants.csv`.
  ///   - diagnostics: Receives a warning for each column that mixes numbers and text.
  public init(_ table: ParticipantTable, diagnostics: inout [Diagnostic]) {
    var columns: [(name: String, type: ColumnType)] = []
    var attributes: [String: [String: AttributeValue]] = [:]
    let ids = table.records.keys.sorted()
    for name in table.columns where !name.isEmpty && name != "speakers" {
      var numbers = 0
      var texts: [(id: String, value: String, line: Int)] = []
      for id in ids {
        guard let record = table.record(for: id), let raw = record[name] else { continue }
        if case .number = AttributeValue(inferring: raw) {
          numbers += 1
        } else {
          texts.append((id, raw, record.line))
        }
      }
      let type: ColumnType = texts.isEmpty && numbers > 0 ? .number : .text
      if numbers > 0, let first = texts.min(by: { $0.line < $1.line }) {
        diagnostics.append(
          .warning(
            "column '\(name)' mixes numbers and text ('\(first.value)' for '\(first.id)'); all its values are read as text",
            at: SourcePosition(line: first.line)))
      }
      columns.append((name, type))
      for id in ids {
        guard let raw = table.record(for: id)?[name] else { continue }
        attributes[id, default: [:]][name] =
          type == .number ? AttributeValue(inferring: raw) : .text(raw)
      }
    }
    self.columns = columns
    self.attributes = attributes
  }

  /// The participant ids, sorted.
  public var ids: [String] { attributes.keys.sorted() }

  /// The type of column `name`, if the table has it.
  public func type(of name: String) -> ColumnType? {
    columns.first { $0.name == name }?.type
  }

  public static func == (lhs: Participants, rhs: Participants) -> Bool {
    lhs.attributes == rhs.attributes
      && lhs.columns.elementsEqual(rhs.columns) { $0.name == $1.name && $0.type == $1.type }
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(attributes)
    for column in columns {
      hasher.combine(column.name)
      hasher.combine(column.type)
    }
  }
}
