/// A results report as a value: a title and blocks in reading order, which
/// every report writer (Markdown, HTML, LaTeX, Word, CSV) renders the same way.
///
/// ``ReportBuilder`` makes one from a loaded ``Project``; the writers in
/// `Export/` never compute anything, so that a number reads the same in
/// every format and in every other command that prints it.
///
/// ```swift
/// let report = ReportBuilder(project: project, options: ReportOptions()).report()
/// let markdown = MarkdownReportWriter.render(report)
/// ```
public struct Report: Hashable, Sendable {
  /// One piece of the report.
  public enum Block: Hashable, Sendable {
    /// A heading; level 1 is a section, 2 a theme, 3 and 4 the codes below it.
    case heading(String, level: Int)
    /// A paragraph of plain text.
    case paragraph(String)
    /// A table, with its caption, preamble and notes.
    case table(Table)
    /// A chart, drawn by the HTML writer and given as its data elsewhere.
    case chart(Chart)
    /// A quotation from a transcript.
    case quote(ReportQuote)
  }

  /// The file in a report folder that marks it as written by QualKit, so
  /// that a later report may replace the folder (``AtomicFolder``).
  public static let folderMarker = ".qualkit-report"

  /// Whether a file in a report folder whose marker predates file lists is
  /// one a report writes (`report.md`, `latex/*.tex`, `csv/*.csv`, …), so
  /// that such a folder can still be replaced.
  public static func isLegacyFile(_ path: String) -> Bool {
    let parts = path.split(separator: "/")
    switch parts.count {
    case 1: return ["report.md", "report.html", "report.docx"].contains(parts[0])
    case 2:
      return (parts[0] == "latex" && parts[1].hasSuffix(".tex"))
        || (parts[0] == "csv" && parts[1].hasSuffix(".csv"))
    default: return false
    }
  }

  /// The report's title.
  public var title: String
  /// Lines under the title (the codebook, the date when one is given).
  public var subtitle: [String]
  /// The language of the report's own words; the writers take their words
  /// (`Table`, `Figure`, …) from its ``Vocabulary``.
  public var language: ReportLanguage
  /// The blocks in reading order.
  public var blocks: [Block]

  /// Creates a report.
  public init(
    title: String, subtitle: [String] = [], language: ReportLanguage = .english, blocks: [Block]
  ) {
    self.title = title
    self.subtitle = subtitle
    self.language = language
    self.blocks = blocks
  }

  /// Every table of the report in order, a chart's data as a table after
  /// the tables before it; ids are unique.
  public var tables: [Table] {
    blocks.compactMap { block in
      switch block {
      case .table(let table): table
      case .chart(let chart): chart.table
      default: nil
      }
    }
  }

  /// The vocabulary of the report's language.
  public var vocabulary: Vocabulary { language.vocabulary }

  /// Every quotation of the report in order.
  public var quotes: [ReportQuote] {
    blocks.compactMap { block in
      if case .quote(let quote) = block { return quote }
      return nil
    }
  }

  /// The quotations as a table for the CSV folder: code, transcript,
  /// lines, speaker, whether marked as an exemplar, and the text as quoted.
  public var quoteTable: Table {
    let words = vocabulary
    var table = Table(
      id: "quotes", caption: words[.quotations],
      columns: [
        .init("code"), .init("transcript"), .init("firstLine", isNumeric: true),
        .init("lastLine", isNumeric: true), .init("speaker"), .init("exemplar"), .init("text"),
      ],
      language: language)
    for quote in quotes {
      table.rows.append(
        Table.Row([
          .text(quote.code), .text(quote.citation.transcript), .integer(quote.citation.firstLine),
          .integer(quote.citation.lastLine), .text(quote.speaker ?? ""),
          .text(words.yesNo(quote.isExemplar)), .text(quote.text),
        ]))
    }
    return table
  }
}
