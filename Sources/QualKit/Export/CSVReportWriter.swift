/// Writes a ``Report``'s tables as CSV files for supplementary material: one
/// file per table (a chart's data included) and `quotes.csv` with every
/// quotation, each UTF-8 with a byte order mark (so that Excel reads the
/// Danish letters) and written by ``CSVWriter`` (formula injection
/// neutralised, RFC 4180 quoting, CRLF).
///
/// The header row is the columns' keys (machine names, English in every
/// language); the cells' words are in the report's language, but numbers
/// stay machine-readable in every language (`99.3%`, `0.802`, comma
/// separated), so that R, Python and a script read the same file whatever
/// the report's language. A spreadsheet in a decimal-comma locale gets its
/// own dialect (``CSVWriter/Dialect/excel(for:)``, `report --excel`).
public enum CSVReportWriter {
  /// The UTF-8 byte order mark at the start of every file.
  public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// The files: a name (the table's id made safe, `.csv`) and the bytes,
  /// in `dialect` (``CSVWriter/Dialect/excel(for:)`` for `--excel`); every
  /// dialect starts with a byte order mark here.
  public static func render(_ report: Report, dialect: CSVWriter.Dialect = .standard)
    -> [(name: String, bytes: [UInt8])]
  {
    var tables = report.tables
    let quotes = report.quotes
    let names = Report.fileNames(for: tables.map(\.id), reserved: quotes.isEmpty ? [] : ["quotes"])
    if !quotes.isEmpty {
      tables.append(report.quoteTable)
    }
    let allNames = names + (quotes.isEmpty ? [] : ["quotes"])
    return zip(allNames, tables).map { name, table in
      var dialect = dialect
      dialect.hasByteOrderMark = false
      return (name + ".csv", byteOrderMark + Array(CSVWriter.render(table, dialect: dialect).utf8))
    }
  }
}
