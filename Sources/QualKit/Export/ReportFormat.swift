/// A format `qualkit report` writes, with the writer that renders it.
public enum ReportFormat: String, Hashable, Sendable, CaseIterable {
  /// GitHub-flavoured Markdown, `report.md` (``MarkdownReportWriter``).
  case markdown = "md"
  /// One self-contained HTML file with SVG charts, `report.html` (``HTMLReportWriter``).
  case html
  /// A LaTeX main file and a fragment per table, `latex/` (``LaTeXReportWriter``).
  case latex
  /// A Word document, `report.docx` (``DocxReportWriter``).
  case docx
  /// One CSV file per table, `csv/` (``CSVReportWriter``).
  case csv
}

/// One file of a rendered report: its path inside the report folder and its bytes.
public struct ReportFile: Hashable, Sendable {
  /// The path relative to the report folder, with `/` separators.
  public var path: String
  /// The contents.
  public var bytes: [UInt8]

  /// Creates a file.
  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
  }

  /// Creates a text file, UTF-8.
  public init(path: String, text: String) {
    self.init(path: path, bytes: Array(text.utf8))
  }
}

extension Report {
  /// The report rendered in every format of `formats`, in that order.
  ///
  /// Each format is rendered by its writer; the same report always gives
  /// the same bytes. A number in a table that is not finite is undefined
  /// with a note (``Table/definingNonFiniteNumbers()``). The CSV files are
  /// in `csvDialect` (``CSVWriter/Dialect/excel(for:)`` for Excel).
  public func files(formats: [ReportFormat], csvDialect: CSVWriter.Dialect = .standard)
    -> [ReportFile]
  {
    var report = self
    report.blocks = blocks.map { block in
      if case .table(let table) = block { .table(table.definingNonFiniteNumbers()) } else { block }
    }
    return report.renderedFiles(formats: formats, csvDialect: csvDialect)
  }

  private func renderedFiles(formats: [ReportFormat], csvDialect: CSVWriter.Dialect)
    -> [ReportFile]
  {
    // Readers see a code by its label; the CSV files keep its id too.
    var paper = self
    paper.blocks = blocks.map { block in
      if case .table(let table) = block { .table(table.withoutCodeIDs()) } else { block }
    }
    var files: [ReportFile] = []
    for format in formats {
      switch format {
      case .markdown:
        files.append(ReportFile(path: "report.md", text: MarkdownReportWriter.render(paper)))
      case .html:
        files.append(ReportFile(path: "report.html", text: HTMLReportWriter.render(paper)))
      case .latex:
        files += LaTeXReportWriter.render(paper).map {
          ReportFile(path: "latex/" + $0.name, text: $0.text)
        }
      case .docx:
        files.append(ReportFile(path: "report.docx", bytes: DocxReportWriter.render(paper)))
      case .csv:
        files += CSVReportWriter.render(self, dialect: csvDialect).map {
          ReportFile(path: "csv/" + $0.name, bytes: $0.bytes)
        }
      }
    }
    return files
  }

  /// File names for `ids`, one each, in order: letters, digits, `-` and
  /// `_` kept (other characters become `-`), lower-cased, never empty, a
  /// repeated name numbered (`-2`, `-3`, …), none equal to `reserved`.
  static func fileNames(for ids: [String], reserved: Set<String> = []) -> [String] {
    var used = reserved
    return ids.map { id in
      var name = String(
        id.lowercased().unicodeScalars.map { scalar -> Character in
          scalar.isASCII
            && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
              || scalar == "-" || scalar == "_")
            ? Character(scalar) : "-"
        })
      if name.isEmpty || name.allSatisfy({ $0 == "-" }) { name = "table" }
      var candidate = name
      var number = 2
      while used.contains(candidate) {
        candidate = "\(name)-\(number)"
        number += 1
      }
      used.insert(candidate)
      return candidate
    }
  }
}

extension Table {
  /// The table without a `code` column that a `label` column follows: the
  /// label says the same to a reader, and the id stays in the CSV files.
  func withoutCodeIDs() -> Table {
    guard
      let index = columns.indices.first(where: { index in
        columns[index].key == "code" && index + 1 < columns.count
          && columns[index + 1].key == "label"
      })
    else { return self }
    var table = self
    table.columns.remove(at: index)
    for row in table.rows.indices where index < table.rows[row].cells.count {
      table.rows[row].cells.remove(at: index)
    }
    return table
  }
}
