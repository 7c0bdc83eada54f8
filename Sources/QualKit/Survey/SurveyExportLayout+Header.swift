/// One column of an export, named and described from its header rows.
struct ExportColumn: Hashable, Sendable {
  /// The column's name in the imported CSV (unique).
  var name: String
  /// The question text, when the header or the label file gives one.
  var text: String?
  /// The column's position in the export's rows.
  var index: Int
}

/// An export's header: how many rows it takes and the columns it names.
struct ExportHeader: Hashable, Sendable {
  /// The number of header rows before the first respondent.
  var rows: Int
  /// What the header rows hold, in words.
  var summary: String
  /// The columns, in file order.
  var columns: [ExportColumn]
}

extension SurveyExportLayout {
  /// Reads the header rows of `table` as this layout writes them.
  ///
  /// - Throws: ``SurveyError`` when the header rows disagree (different
  ///   numbers of fields, an import-id row with another cell, an option with
  ///   no question to its left) or the file is not of this layout.
  func header(of table: CSVTable, labels: SurveyLabels?, name: String) throws(SurveyError)
    -> ExportHeader
  {
    func cells(_ row: Int) -> [String] {
      row < table.rowCount ? table.row(row).map { $0.trimmingCharacters(in: " \t") } : []
    }
    func fail(_ message: String, _ position: SourcePosition) -> SurveyError {
      SurveyError(diagnostics: [.error(message, at: position, file: name)], kind: .invalidData)
    }
    func agree(_ count: Int) throws(SurveyError) {
      for row in 1..<count where row < table.rowCount {
        let fields = table.fieldCount(inRow: row)
        let expected = table.fieldCount(inRow: 0)
        if fields != expected {
          throw fail(
            "header rows 1 and \(row + 1) disagree: \(expected) and \(fields) fields",
            SourcePosition(line: table.line(ofRow: row)))
        }
      }
    }
    let first = cells(0)
    switch self {
    case .qualtrics:
      let second = cells(1)
      let third = cells(2)
      if third.contains(where: SurveyExportLayout.isImportID) {
        try agree(3)
        for (column, cell) in third.enumerated() where !SurveyExportLayout.isImportID(cell) {
          throw fail(
            "header row 3 should hold {\"ImportId\": …} in every column (Qualtrics' third header row), found '\(cell)' under '\(first[column])'",
            table.position(ofField: column, inRow: 2))
        }
        return ExportHeader(
          rows: 3, summary: "3 header rows: export tags, question texts, import ids",
          columns: columns(first, texts: second))
      }
      if first.count > 1, first[0] == "V1" {
        try agree(2)
        var names = zip(first, second).map { tag, text in
          tag.count > 1 && tag.first == "V" && tag.dropFirst().allSatisfy(\.isNumber) ? text : tag
        }
        // The legacy export ends every line with a comma: an unnamed last column.
        if names.last?.isEmpty ?? false, second.last?.isEmpty ?? true { names.removeLast() }
        let result = columns(names, texts: second)
        return ExportHeader(
          rows: 2, summary: "2 header rows (legacy export): V1, V2, … and tags, then texts",
          columns: result)
      }
      if second.contains("Start Date") || second.contains("Response ID") {
        try agree(2)
        return ExportHeader(
          rows: 2, summary: "2 header rows: export tags, question texts",
          columns: columns(first, texts: second))
      }
      guard
        first.contains(where: { ["ResponseId", "ResponseID"].contains($0) })
          || labels?.format == .qualtricsQSF
      else {
        throw fail(
          "not a Qualtrics export: no {\"ImportId\": …} header row, no V1, V2, … header and no ResponseId column",
          SourcePosition(line: 1))
      }
      return ExportHeader(
        rows: 1, summary: "1 header row of export tags", columns: columns(first, texts: first))
    case .surveyMonkey:
      let second = cells(1)
      let idIndex = first.firstIndex(of: "Respondent ID")
      guard table.rowCount > 1,
        second.contains(where: { ["Response", "Open-Ended Response"].contains($0) })
          || idIndex.map({ $0 < second.count && second[$0].isEmpty }) ?? false
      else {
        throw fail(
          "not a SurveyMonkey export: its second header row (\"Response\", \"Open-Ended Response\" or the options) is missing",
          SourcePosition(line: table.rowCount > 1 ? table.line(ofRow: 1) : 1))
      }
      try agree(2)
      return try surveyMonkeyHeader(first, cells(1), table: table, fail: fail)
    case .limeSurvey:
      var result = first.enumerated().map { index, header in
        let code = SurveyExportLayout.code(ofHeader: header)
        let text = code == header ? nil : String(header.dropFirst(code.count + 2))
        return ExportColumn(name: code, text: text, index: index)
      }
      if let labels, labels.format == .limeSurveyR {
        let named = Set(labels.columns.map(\.name))
        if !result.allSatisfy({ named.contains($0.name) }) {
          for column in labels.columns {
            guard let index = column.index else { continue }
            guard index < result.count else {
              throw SurveyError(
                diagnostics: [
                  .error(
                    "the R syntax file names column \(index + 1) '\(column.name)', but the data has \(result.count) columns",
                    at: column.position, file: labels.name)
                ], kind: .invalidLabels)
            }
            result[index].name = column.name
            result[index].text = column.text ?? first[index]
          }
        }
      }
      return ExportHeader(
        rows: 1, summary: "1 header row", columns: uniqued(result))
    case .googleForms:
      guard let name = first.first, SurveyExportLayout.formsTimestamps.contains(name.lowercased())
      else {
        throw fail(
          "not a Google Forms export: its first column should be the timestamp (Timestamp, Tidsstempel, Zeitstempel, …), found '\(first.first ?? "")'",
          SourcePosition(line: 1))
      }
      return ExportHeader(
        rows: 1, summary: "1 header row of question texts", columns: columns(first, texts: first))
    case .redcap, .surveyXact, .plain:
      return ExportHeader(
        rows: 1, summary: "1 header row", columns: columns(first, texts: first))
    }
  }

  /// SurveyMonkey's two rows: a question over its columns (blank cells
  /// continue the question to the left), then "Response", "Open-Ended
  /// Response" or the option or statement of each column.
  private func surveyMonkeyHeader(
    _ first: [String], _ second: [String], table: CSVTable,
    fail: (String, SourcePosition) -> SurveyError
  ) throws(SurveyError) -> ExportHeader {
    let metadata = SurveyImport.metadataNames[.surveyMonkey] ?? []
    var result: [ExportColumn] = []
    var question = 0
    var questionText: String?
    var part = 0
    var spans: [Int] = []
    for (index, cell) in first.enumerated() {
      let sub = index < second.count ? second[index] : ""
      if !cell.isEmpty {
        if metadata.contains(cell.lowercased()) || cell.lowercased().hasPrefix("custom data") {
          questionText = nil
          result.append(ExportColumn(name: cell, text: nil, index: index))
          spans.append(0)
          continue
        }
        question += 1
        part = 1
        questionText = cell
      } else {
        guard questionText != nil else {
          if sub.isEmpty {
            result.append(ExportColumn(name: "", text: nil, index: index))
            spans.append(0)
            continue
          }
          throw fail(
            "header row 2 names '\(sub)' in column \(index + 1), but no question stands above it or to its left",
            table.position(ofField: index, inRow: 1))
        }
        part += 1
      }
      let text = questionText ?? cell
      let isSingle = sub.isEmpty || sub == "Response" || sub == "Open-Ended Response"
      result.append(
        ExportColumn(
          name: "Q\(question)_\(part)", text: isSingle ? text : "\(text) - \(sub)", index: index))
      spans.append(question)
    }
    // A question of one column is named Q3, not Q3_1.
    var counts: [Int: Int] = [:]
    for span in spans where span > 0 { counts[span, default: 0] += 1 }
    for index in result.indices where spans[index] > 0 && counts[spans[index]] == 1 {
      result[index].name = "Q\(spans[index])"
    }
    return ExportHeader(
      rows: 2, summary: "2 header rows: questions, then options or \"Response\"",
      columns: uniqued(result))
  }

  /// Columns named `names` with `texts`, made unique.
  private func columns(_ names: [String], texts: [String]) -> [ExportColumn] {
    uniqued(
      names.enumerated().map { index, name in
        let text = index < texts.count && !texts[index].isEmpty ? texts[index] : nil
        return ExportColumn(name: name, text: text, index: index)
      })
  }

  /// `columns` with a name given to unnamed ones and ` (2)`, ` (3)` … added to repeated names.
  private func uniqued(_ columns: [ExportColumn]) -> [ExportColumn] {
    var seen: Set<String> = []
    return columns.map { column in
      var copy = column
      if copy.name.isEmpty { copy.name = "Column \(column.index + 1)" }
      var candidate = copy.name
      var number = 2
      while seen.contains(candidate) {
        candidate = "\(copy.name) (\(number))"
        number += 1
      }
      seen.insert(candidate)
      copy.name = candidate
      return copy
    }
  }
}
