/// The steps of one ``SurveyImport``: header, rows kept, respondent id,
/// columns classified, scales built, answers checked, CSV written.
struct SurveyImportBuilder {
  let table: CSVTable
  let name: String
  let labels: SurveyLabels?
  let options: SurveyImport.Options
  let detection: SurveyExportLayout.Detection
  var layout: SurveyExportLayout { detection.layout }

  var header = ExportHeader(rows: 1, summary: "", columns: [])
  /// The label file's column for each export column index.
  var labelColumns: [Int: SurveyLabels.Column] = [:]
  /// The rows kept, as table row indices.
  var rows: [Int] = []
  var leftOut: [SurveyImportReport.LeftOut] = []
  /// The export column that identifies respondents, or `nil` for an added numbered column.
  var idColumn: Int?
  var idName = ""
  var problems: [Diagnostic] = []
  var warnings: [Diagnostic] = []
  var notes: [String] = []

  var csv: [UInt8] = []
  var spec = SurveySpec(respondentID: "", items: [])
  var report: SurveyImportReport

  init(
    table: CSVTable, name: String, labels: SurveyLabels?, options: SurveyImport.Options,
    detection: SurveyExportLayout.Detection
  ) {
    self.table = table
    self.name = name
    self.labels = labels
    self.options = options
    self.detection = detection
    report = SurveyImportReport(
      layout: detection, headerRows: 1, headerSummary: "", respondentID: "",
      isRespondentIDAdded: false, respondents: 0, scales: [], groups: [], ignored: [],
      leftOut: [], notes: [])
  }

  mutating func build() throws(SurveyError) {
    try buildSpec()
    try writeCSV()
  }

  /// Every step but writing the CSV: what `survey infer` needs.
  mutating func buildSpec() throws(SurveyError) {
    header = try layout.header(of: table, labels: labels, name: name)
    try checkRows()
    try matchLabels()
    keepRows()
    guard !rows.isEmpty else {
      let message =
        leftOut.isEmpty
        ? "the export has no responses below its \(header.rows) header \(header.rows == 1 ? "row" : "rows")"
        : "no responses left: all \(leftOut.count) were left out (\(leftOut[0].reason)); --keep-incomplete keeps unfinished ones"
      throw SurveyError(
        diagnostics: [.error(message, at: SourcePosition(line: 1), file: name)],
        kind: .invalidData)
    }
    var plan = classify()
    try chooseRespondentID(&plan)
    var scales = buildScales(&plan)
    try checkAnswers(plan, scales: &scales)
    makeSpec(plan, scales: scales)
  }

  /// Every data row has the header's number of fields.
  private mutating func checkRows() throws(SurveyError) {
    let expected = table.fieldCount(inRow: 0)
    for row in header.rows..<max(header.rows, table.rowCount)
    where table.fieldCount(inRow: row) != expected {
      error(
        "row has \(table.fieldCount(inRow: row)) fields, the header has \(expected)",
        at: SourcePosition(line: table.line(ofRow: row)))
      if problems.count >= Survey.errorLimit { break }
    }
    try stopOnErrors(kind: .invalidData)
  }

  /// Pairs export columns with the label file's, by name.
  private mutating func matchLabels() throws(SurveyError) {
    guard let labels else { return }
    var byName: [String: SurveyLabels.Column] = [:]
    for column in labels.columns where byName[column.name] == nil { byName[column.name] = column }
    for column in header.columns {
      if let described = byName[column.name] { labelColumns[column.index] = described }
    }
    let described = labels.columns.filter { $0.kind != .other }
    guard labelColumns.isEmpty, !described.isEmpty else {
      let missing = described.filter { column in
        !header.columns.contains { $0.name == column.name }
      }
      if !missing.isEmpty && !labelColumns.isEmpty {
        notes.append(
          "the label file describes \(missing.count) columns the export lacks (\(SurveyImportBuilder.list(missing.map(\.name))))"
        )
      }
      return
    }
    let names = SurveyImportBuilder.list(described.map(\.name))
    throw SurveyError(
      diagnostics: [
        .error(
          "the label file describes other columns: none of its columns (\(names)) is in the export's header",
          at: described[0].position, file: labels.name)
      ], kind: .invalidLabels)
  }

  /// Leaves out previews, spam and (unless kept) unfinished responses.
  private mutating func keepRows() {
    let columns = Dictionary(
      header.columns.map { ($0.name.lowercased(), $0.index) },
      uniquingKeysWith: { first, _ in first })
    func value(_ name: String, _ row: Int) -> String? {
      guard let index = columns[name], index < table.fieldCount(inRow: row) else { return nil }
      return table.field(index, inRow: row).trimmingCharacters(in: " \t")
    }
    let completeColumns = header.columns.filter {
      $0.name.hasSuffix("_complete") || $0.name == "Complete?"
    }.map(\.index)
    for row in header.rows..<max(header.rows, table.rowCount) {
      var reason: String?
      var unfinished = false
      switch layout {
      case .qualtrics:
        if let status = value("status", row), !status.isEmpty, status != "0",
          status != "IP Address"
        {
          reason = "Status '\(SurveyImportBuilder.qualtricsStatus[status] ?? status)'"
        } else if let finished = value("finished", row),
          ["0", "false"].contains(finished.lowercased())
        {
          reason =
            "unfinished (Finished \(finished)\(value("progress", row).map { ", Progress \($0)%" } ?? ""))"
          unfinished = true
        } else if value("finished", row) == nil, let progress = value("progress", row),
          let percent = Double(progress), percent < 100
        {
          reason = "unfinished (Progress \(progress)%)"
          unfinished = true
        }
      case .limeSurvey:
        if let submitted = value("submitdate", row) ?? value("date submitted", row),
          submitted.isEmpty
        {
          reason = "incomplete (no submitdate)"
          unfinished = true
        }
      case .redcap:
        let flags = completeColumns.map { table.field($0, inRow: row).lowercased() }
        if !flags.isEmpty, flags.allSatisfy({ ["0", "incomplete", ""].contains($0) }) {
          reason = "incomplete (every form marked Incomplete)"
          unfinished = true
        }
      default:
        break
      }
      if let reason, !(unfinished && options.keepIncomplete) {
        let known = SurveyImportBuilder.knownIDs[layout] ?? []
        let idIndex =
          layout == .redcap
          ? header.columns.first?.index : header.columns.first { known.contains($0.name) }?.index
        leftOut.append(
          SurveyImportReport.LeftOut(
            line: table.line(ofRow: row),
            id: idIndex.map { table.field($0, inRow: row).trimmingCharacters(in: " \t") } ?? "",
            reason: reason))
      } else {
        rows.append(row)
      }
    }
  }

  mutating func error(_ message: String, at position: SourcePosition?, file: String? = nil) {
    problems.append(.error(message, at: position, file: file ?? name))
  }

  func stopOnErrors(kind: SurveyError.Kind) throws(SurveyError) {
    guard problems.hasErrors else { return }
    var shown = Array(problems.prefix(Survey.errorLimit))
    if problems.count > Survey.errorLimit {
      shown.append(.note("stopped after \(Survey.errorLimit) errors", file: name))
    }
    throw SurveyError(diagnostics: shown, kind: kind)
  }

  /// `names` joined with commas, the first eight and a count of the rest.
  static func list(_ names: [String]) -> String {
    let shown = names.prefix(8).joined(separator: ", ")
    return names.count > 8 ? "\(shown) and \(names.count - 8) more" : shown
  }

  /// Qualtrics' response types by code.
  static let qualtricsStatus = [
    "1": "Survey Preview", "2": "Survey Test", "4": "Imported", "8": "Spam", "9": "Preview Spam",
    "12": "Imported Spam", "16": "Offline", "17": "Offline Survey Preview",
  ]
}
