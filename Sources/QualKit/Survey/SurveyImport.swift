/// A survey tool's CSV export made into a survey QualKit reads: a CSV with
/// one header row and one row per respondent, its ``SurveySpec``, and what
/// was decided on the way.
///
/// The import is a pure function of the export's bytes, the label file and
/// the options; it reads no file and writes none, so the caller writes
/// ``csv`` and ``spec`` together (or not at all).
///
/// ```swift
/// let result = try SurveyImport(export: bytes, name: "export.csv")
/// result.report.layout.layout   // .qualtrics
/// result.spec.items.map(\.scale) // ["en5-agree", "en5-agree", …]
/// ```
public struct SurveyImport: Sendable {
  /// What the caller chooses.
  public struct Options: Hashable, Sendable {
    /// The export's layout, or `nil` to detect it.
    public var layout: SurveyExportLayout?
    /// Whether unfinished responses are kept (previews and spam never are).
    public var keepIncomplete: Bool
    /// Whether an answer that is not on its label file's scale is read as
    /// missing (a warning) rather than an error.
    public var lenient: Bool
    /// The column that identifies respondents, or `nil` to choose one.
    public var respondentID: String?

    /// Creates options.
    public init(
      layout: SurveyExportLayout? = nil, keepIncomplete: Bool = false, lenient: Bool = false,
      respondentID: String? = nil
    ) {
      self.layout = layout
      self.keepIncomplete = keepIncomplete
      self.lenient = lenient
      self.respondentID = respondentID
    }
  }

  /// The imported survey: one header row, one row per respondent, UTF-8,
  /// the answers as in the export (a numbered respondent column first when
  /// the export has no id).
  public var csv: [UInt8]
  /// The spec of ``csv``.
  public var spec: SurveySpec
  /// What was detected and decided, for the researcher to check.
  public var report: SurveyImportReport
  /// Warnings (each with its file), such as answers read as missing.
  public var diagnostics: [Diagnostic]

  /// Imports an export.
  ///
  /// - Parameters:
  ///   - bytes: The export's contents (CSV; `,` or `;`; UTF-8 with or
  ///     without a BOM, or Windows-1252).
  ///   - name: The export's path, for messages.
  ///   - labels: The tool's label file, if one was given.
  ///   - options: The layout, whether to keep unfinished responses, and so on.
  /// - Throws: ``SurveyError`` with every problem, each with its file and
  ///   position: a layout that cannot be told, header rows that disagree,
  ///   a label file that does not match the data, a duplicate or empty
  ///   respondent id, a ragged row, an answer not on its scale.
  public init(
    export bytes: [UInt8], name: String, labels: SurveyLabels? = nil, options: Options = Options()
  ) throws(SurveyError) {
    if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.prefix(4096).contains(0) {
      throw SurveyError(
        diagnostics: [
          .error(
            "not a CSV file (an Excel workbook or other binary file): export the responses as CSV",
            at: SourcePosition(line: 1), file: name)
        ], kind: .unknownLayout)
    }
    let table: CSVTable
    do {
      table = try CSVReader().read(bytes)
    } catch {
      throw SurveyError(
        diagnostics: [.error(error.message, at: error.position, file: name)], kind: .invalidData)
    }
    let detection: SurveyExportLayout.Detection
    if let layout = options.layout {
      detection = .init(layout: layout, isCertain: true, evidence: "as --from says")
    } else if let found = SurveyExportLayout.detect(table, labels: labels) {
      detection = found
    } else {
      throw SurveyError(
        diagnostics: [
          .error(
            "cannot tell which tool exported this file: looked for \(SurveyExportLayout.fingerprints); name the tool with --from \(SurveyExportLayout.allCases.map(\.rawValue).joined(separator: "|"))",
            at: SourcePosition(line: 1), file: name)
        ], kind: .unknownLayout)
    }
    var builder = SurveyImportBuilder(
      table: table, name: name, labels: labels, options: options, detection: detection)
    try builder.build()
    csv = builder.csv
    spec = builder.spec
    report = builder.report
    diagnostics = table.diagnostics.inFile(name) + builder.warnings
  }
}
