extension Survey {
  /// The most problems one read reports before it stops listing them.
  public static let errorLimit = 50

  /// Reads a survey CSV with `spec`.
  ///
  /// The CSV may be `;`-, `,`- or tab-separated, with or without a BOM,
  /// with CRLF line ends and quoted fields holding line breaks; text that is
  /// not UTF-8 is read as Windows-1252 with a warning. Answers are matched
  /// to the item's scale by label (ignoring surrounding spaces and case), or
  /// by a level's value written as a number (`4`, or `4,0` when the
  /// delimiter is `;`).
  ///
  /// Errors (all reported, up to ``errorLimit``): an empty file or one
  /// without respondents; a spec column the header lacks (with the nearest
  /// column names); a row whose number of fields differs from the header's;
  /// an empty or duplicate respondent id (naming both lines); an answer not
  /// on the item's scale, naming row, column and the allowed labels
  /// (`lenient` makes it missing with a warning instead); a scale with more
  /// than ``LikertScale/maximumLevels`` levels.
  ///
  /// - Parameters:
  ///   - bytes: The CSV file's contents.
  ///   - spec: What the columns hold.
  ///   - lenient: Whether answers not on the scale are missing (a warning) rather than errors.
  ///   - diagnostics: Receives warnings.
  /// - Throws: ``SurveyError`` with every problem found.
  public init(
    csv bytes: [UInt8], spec: SurveySpec, lenient: Bool = false,
    diagnostics: inout [Diagnostic]
  ) throws(SurveyError) {
    // A spec made in code is held to the limit the spec file reader checks.
    for scale in spec.items.compactMap({ spec.scale(named: $0.scale) })
    where scale.levels.count > LikertScale.maximumLevels {
      throw SurveyError(
        "scale '\(scale.id)' has \(scale.levels.count) levels; a scale has at most \(LikertScale.maximumLevels)",
        kind: .invalidSpec)
    }
    for scale in spec.items.compactMap({ spec.scale(named: $0.scale) }) {
      if let level = scale.levels.first(where: { !$0.value.isFinite }) {
        throw SurveyError(
          "level '\(level.label)' of scale '\(scale.id)' has the value \(level.value); a level's value must be a finite number",
          kind: .invalidSpec)
      }
    }
    let table: CSVTable
    do {
      table = try CSVReader().read(bytes)
    } catch {
      throw SurveyError(error.message, at: error.position, kind: .invalidData)
    }
    var reader = SurveyCSVReader(table: table, spec: spec, lenient: lenient)
    let survey = reader.read()
    if reader.problems.hasErrors {
      throw SurveyError(diagnostics: reader.problems, kind: .invalidData)
    }
    diagnostics += table.diagnostics + reader.problems
    guard let survey else {
      throw SurveyError(
        "the survey has no respondents", at: SourcePosition(line: 1), kind: .invalidData)
    }
    self = survey
  }
}

/// Reads the rows of a CSV table into a ``Survey``, collecting every problem.
private struct SurveyCSVReader {
  let table: CSVTable
  let spec: SurveySpec
  let lenient: Bool
  var problems: [Diagnostic] = []
  private var errorCount = 0

  init(table: CSVTable, spec: SurveySpec, lenient: Bool) {
    self.table = table
    self.spec = spec
    self.lenient = lenient
  }

  mutating func read() -> Survey? {
    guard table.rowCount > 0 else {
      error("the survey is empty: no header and no respondents", at: SourcePosition(line: 1))
      return nil
    }
    let header = table.row(0).map { $0.trimmingCharacters(in: " \t") }
    var columnIndex: [String: Int] = [:]
    for (index, name) in header.enumerated() {
      if let first = columnIndex[name] {
        if spec.items.contains(where: { $0.column == name }) || name == spec.respondentID {
          error(
            "column '\(name)' appears twice in the header (columns \(first + 1) and \(index + 1))",
            at: table.position(ofField: index, inRow: 0))
        }
      } else {
        columnIndex[name] = index
      }
    }
    let wanted =
      [(spec.respondentID, "respondentId")] + spec.groups.map { ($0, "groups") }
      + spec.items.map { ($0.column, "items") }
    for (name, role) in wanted where columnIndex[name] == nil {
      let nearest = Suggestions.nearest(to: name, in: header, limit: 3)
      let hint =
        nearest.isEmpty ? "" : " (nearest: \(nearest.map { "'\($0)'" }.joined(separator: ", ")))"
      error(
        "the spec's \(role) names column '\(name)', which the header does not have\(hint)",
        at: SourcePosition(line: 1, column: 1))
    }
    guard !problems.hasErrors else { return nil }
    guard table.rowCount > 1 else {
      error("the survey has a header but no respondents", at: SourcePosition(line: 1))
      return nil
    }
    let itemColumns = spec.items.map { columnIndex[$0.column] ?? 0 }
    let itemColumnSet = Set(spec.items.map(\.column))
    let otherColumns = header.indices.filter {
      !itemColumnSet.contains(header[$0]) && columnIndex[header[$0]] == $0
    }
    let matchers = spec.items.map { item in
      AnswerMatcher(
        scale: spec.scale(named: item.scale) ?? LikertScale(id: item.scale, label: "", levels: []),
        decimalComma: table.delimiter == .semicolon)
    }
    let idColumn = columnIndex[spec.respondentID] ?? 0
    let rows = table.rowCount - 1
    var respondents: [String] = []
    var lines: [Int] = []
    var attributes = [[String]](repeating: [], count: otherColumns.count)
    var codes = [[Int8]](repeating: [], count: spec.items.count)
    respondents.reserveCapacity(rows)
    for index in codes.indices { codes[index].reserveCapacity(rows) }
    var firstLine: [String: Int] = [:]
    let answers = AnswerTable(matchers.map(\.scale))
    answers.withLookup { lookup in
      table.forEachRow { row, field in
        guard row > 0, errorCount < Survey.errorLimit else { return }
        let line = table.line(ofRow: row)
        guard table.fieldCount(inRow: row) == header.count else {
          error(
            "row has \(table.fieldCount(inRow: row)) fields, the header has \(header.count)",
            at: SourcePosition(line: line, column: 1))
          return
        }
        let id = AnswerTable.trimmedText(field(idColumn))
        if id.isEmpty {
          error(
            "respondent id (column '\(spec.respondentID)') is empty",
            at: table.position(ofField: idColumn, inRow: row))
        } else if let first = firstLine[id] {
          error(
            "duplicate respondent id '\(id)' (first on line \(first))",
            at: table.position(ofField: idColumn, inRow: row))
        } else {
          firstLine[id] = line
        }
        respondents.append(id)
        lines.append(line)
        for (slot, column) in otherColumns.enumerated() {
          let bytes = field(column)
          let text = AnswerTable.trimmedText(bytes)
          // A quoted line break in a comment is one line break, as Excel wrote it.
          attributes[slot].append(bytes.contains(0x0D) ? text.replacingAll("\r\n", "\n") : text)
        }
        for (item, column) in itemColumns.enumerated() {
          let bytes = field(column)
          if let code = lookup(item, bytes) ?? matchers[item].match(bytes)?.code {
            codes[item].append(code)
            continue
          }
          let text = String(decoding: bytes, as: UTF8.self)
          let scale = matchers[item].scale
          let allowed = scale.levels.map(\.label) + scale.dontKnow
          let message =
            "'\(text)' is not an answer on scale '\(scale.id)' of column '\(spec.items[item].column)' (allowed: \(allowed.joined(separator: ", ")))"
          let position = table.position(ofField: column, inRow: row)
          if lenient {
            problems.append(.warning(message + "; read as missing", at: position))
          } else {
            error(message, at: position)
          }
          codes[item].append(SurveyAnswer.missing.code)
        }
      }
    }
    if errorCount >= Survey.errorLimit {
      problems.append(.note("stopped after \(Survey.errorLimit) errors"))
    }
    return Survey(
      spec: spec, columns: header, respondents: respondents, lines: lines,
      attributes: Dictionary(
        uniqueKeysWithValues: otherColumns.enumerated().map { (header[$1], attributes[$0]) }),
      answerCodes: codes)
  }

  private mutating func error(_ message: String, at position: SourcePosition) {
    errorCount += 1
    problems.append(.error(message, at: position))
  }
}
