/// The participants' attributes as typed columns: one row per participant
/// (transcript), keyed by id, with one type per column.
///
/// Made once per project from every transcript's attributes (front matter
/// and `participants.csv`, joined by id), so that every table reads a
/// participant's attributes from one place. A column is an integer column
/// when every value is a whole number (`54`), decimal when every value is a
/// number (`2.5`), date when every value is an ISO date (`2026-03-12`), else
/// text; a column that mixes numbers and text is text, with a warning (a
/// typo such as `5O` for `50` would otherwise make some ages text and some
/// numbers).
public struct Participants: Hashable, Sendable {
  /// A column's type.
  public enum ColumnType: String, Hashable, Sendable {
    /// Every value is a whole number.
    case integer
    /// Every value is a number, some with decimals.
    case decimal
    /// Every value is a date written `YYYY-MM-DD`.
    case date
    /// Anything else.
    case text
  }

  /// The attribute columns in order (the participants table's, then the
  /// others by name), with their types.
  public private(set) var columns: [(name: String, type: ColumnType)]
  /// Each participant's attributes by id, empty cells left out.
  public private(set) var attributes: [String: [String: AttributeValue]]

  /// Types the columns of `table` (a warning at its line for each column
  /// that mixes numbers and text).
  public init(_ table: ParticipantTable, diagnostics: inout [Diagnostic]) {
    var rows: [String: [String: AttributeValue]] = [:]
    var lines: [String: Int] = [:]
    for (id, record) in table.records {
      lines[id] = record.line
      for (name, raw) in record.attributes where name != "speakers" {
        rows[id, default: [:]][name] = AttributeValue(inferring: raw)
      }
    }
    self.init(
      rows: rows, order: table.columns.filter { $0 != "speakers" }, lines: lines,
      diagnostics: &diagnostics)
  }

  /// Types every attribute of `transcripts` (front matter and participants
  /// table alike); the table's columns come first, in its order.
  public init(
    transcripts: [Transcript], table: ParticipantTable? = nil, diagnostics: inout [Diagnostic]
  ) {
    var rows: [String: [String: AttributeValue]] = [:]
    for transcript in transcripts { rows[transcript.id] = transcript.attributes }
    self.init(
      rows: rows, order: table?.columns.filter { $0 != "speakers" } ?? [], lines: [:],
      diagnostics: &diagnostics)
  }

  private init(
    rows: [String: [String: AttributeValue]], order: [String], lines: [String: Int],
    diagnostics: inout [Diagnostic]
  ) {
    let ids = rows.keys.sorted()
    let names =
      order.filter { !$0.isEmpty }
      + Set(rows.values.flatMap(\.keys))
      .subtracting(order).sorted()
    var columns: [(name: String, type: ColumnType)] = []
    var attributes: [String: [String: AttributeValue]] = [:]
    for name in names {
      let values = ids.compactMap { id in rows[id]?[name].map { (id, $0) } }
      guard !values.isEmpty else { continue }
      let type = Self.type(of: values.map(\.1))
      let numbers = values.filter { if case .number = $0.1 { true } else { false } }
      if type == .text, !numbers.isEmpty,
        let first = values.first(where: { if case .text = $0.1 { true } else { false } })
      {
        diagnostics.append(
          .warning(
            "column '\(name)' mixes numbers and text ('\(first.1.description)' for '\(first.0)'); all its values are read as text",
            at: lines[first.0].map { SourcePosition(line: $0) }))
      }
      columns.append((name, type))
      for (id, value) in values {
        attributes[id, default: [:]][name] =
          type == .text ? .text(value.description) : value
      }
    }
    self.columns = columns
    self.attributes = attributes
  }

  /// The one type every value fits.
  private static func type(of values: [AttributeValue]) -> ColumnType {
    var integers = true
    var numbers = true
    var dates = true
    for value in values {
      switch value {
      case .number(_, let text):
        dates = false
        if text.contains(".") { integers = false }
      case .text(let text):
        integers = false
        numbers = false
        if !isDate(text) { dates = false }
      }
    }
    return integers ? .integer : numbers ? .decimal : dates ? .date : .text
  }

  /// Whether `text` is a date written `YYYY-MM-DD` with a month 1–12 and a day 1–31.
  static func isDate(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let month = Int(parts[1]), let day = Int(parts[2])
    else { return false }
    return (1...12).contains(month) && (1...31).contains(day)
  }

  /// The participant ids, sorted.
  public var ids: [String] { attributes.keys.sorted() }

  /// The type of column `name`, if there is one.
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
