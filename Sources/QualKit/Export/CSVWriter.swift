/// Writes RFC 4180 CSV that spreadsheets open safely.
///
/// Fields with a comma, semicolon, quote or line break are quoted, quotes
/// doubled. A text field that starts with `=`, `+`, `-`, `@`, a tab or a
/// carriage return gets a leading `'` (``CSVFormulaGuard``), so that Excel
/// and LibreOffice do not run it as a formula (CSV injection, OWASP); only
/// plain decimal numbers (`-0.25`, `12`) are written as they are, not
/// `-infinity`, `+nan` or `-0x1p3`, which a spreadsheet would take as
/// formulas. Control characters other than tab and line feed are made
/// visible (``TerminalText``).
public enum CSVWriter {
  /// How the file is laid out for the program that opens it.
  public struct Dialect: Hashable, Sendable {
    /// The field separator.
    public var separator: String
    /// Whether the file starts with a UTF-8 byte order mark.
    public var hasByteOrderMark: Bool
    /// The character between a number's whole part and its decimals
    /// (`.` in the standard dialect, `,` for a decimal-comma locale).
    public var decimalSeparator: Character = "."

    /// Creates a dialect.
    public init(separator: String, hasByteOrderMark: Bool, decimalSeparator: Character = ".") {
      self.separator = separator
      self.hasByteOrderMark = hasByteOrderMark
      self.decimalSeparator = decimalSeparator
    }

    /// RFC 4180: commas, no byte order mark.
    public static let standard = Dialect(separator: ",", hasByteOrderMark: false)
    /// What Excel in a Danish (or other comma-decimal) locale opens by a
    /// double click: semicolons and a UTF-8 byte order mark (lines end in
    /// CRLF in every dialect).
    public static let excel = Dialect(separator: ";", hasByteOrderMark: true)

    /// ``excel`` with the decimal separator of `language` (`0,802` and
    /// `99,3%` in Danish, which Danish Excel reads as numbers).
    public static func excel(for language: ReportLanguage) -> Dialect {
      Dialect(
        separator: ";", hasByteOrderMark: true,
        decimalSeparator: language.numberStyle.decimalSeparator)
    }

    /// How the dialect writes numbers: its decimal separator, no space before `%`.
    var numberStyle: NumberStyle {
      NumberStyle(decimalSeparator: decimalSeparator, percentSeparator: "")
    }
  }

  /// One CSV line (with CRLF, as RFC 4180 asks) from text fields.
  public static func row(_ fields: [String], separator: String = ",") -> String {
    fields.map(field).joined(separator: separator) + "\r\n"
  }

  /// The table as CSV: a header of column keys, then one line per row.
  public static func render(_ table: Table, dialect: Dialect = .standard) -> String {
    let separator = dialect.separator
    var output =
      (dialect.hasByteOrderMark ? "\u{FEFF}" : "")
      + row(table.columns.map(\.key), separator: separator)
    for tableRow in table.rows {
      let fields = tableRow.cells.map { cell in
        switch cell {
        case .undefined: ""
        case .code(let id, _): id
        case .quote(let text, _): text
        case .number(let value, let decimals):
          dialect.numberStyle.fixed(value, decimals: decimals)
        case .percent(let value, let decimals):
          dialect.numberStyle.percent(value, decimals: decimals)
        default: cell.formatted
        }
      }
      output += row(fields, separator: separator)
    }
    return output
  }

  /// One field, neutralised (``CSVFormulaGuard``) and quoted as needed.
  public static func field(_ value: String) -> String {
    let text = CSVFormulaGuard.neutralised(TerminalText.visible(value))
    if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" }) {
      return "\"" + text.replacingAll("\"", "\"\"") + "\""
    }
    return text
  }
}
