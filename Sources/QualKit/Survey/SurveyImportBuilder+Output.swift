extension SurveyImportBuilder {
  /// Chooses the respondent id column and checks that its values are
  /// present and distinct in the kept rows.
  mutating func chooseRespondentID(_ plan: inout ImportPlan) throws(SurveyError) {
    let columns = header.columns
    var chosen: ExportColumn?
    if let wanted = options.respondentID {
      guard let column = columns.first(where: { $0.name == wanted }) else {
        let nearest = Suggestions.nearest(to: wanted, in: columns.map(\.name), limit: 3)
        let hint =
          nearest.isEmpty ? "" : " (nearest: \(nearest.map { "'\($0)'" }.joined(separator: ", ")))"
        error(
          "--id names column '\(wanted)', which the export does not have\(hint)",
          at: SourcePosition(line: 1))
        try stopOnErrors(kind: .invalidData)
        return
      }
      chosen = column
    } else if let known = SurveyImportBuilder.knownIDs[layout] {
      chosen = columns.first { known.contains($0.name) }
    } else if layout == .redcap {
      chosen = columns.first
    }
    if chosen == nil, layout == .plain || layout == .surveyXact || layout == .limeSurvey {
      let snapshot = plan
      let complete: (ExportColumn) -> Bool = { column in
        let values = snapshot.values[column.index] ?? []
        return !values.contains("") && Set(values).count == values.count
      }
      chosen =
        columns.first {
          SurveyImportBuilder.idNames.contains($0.name.lowercased()) && complete($0)
        }
        ?? columns.first { column in
          switch snapshot.kinds[column.index] {
          case .ignored(let reason): reason != "metadata" && reason != "dates" && complete(column)
          case .group: complete(column)
          default: false
          }
        }
    }
    guard let chosen else {
      var name = "Respondent"
      var number = 2
      while columns.contains(where: { $0.name == name }) {
        name = "Respondent (\(number))"
        number += 1
      }
      idName = name
      return
    }
    idColumn = chosen.index
    idName = chosen.name
    plan.kinds[chosen.index] = .id
    var firstLine: [String: Int] = [:]
    for (position, row) in rows.enumerated() {
      let id = plan.values[chosen.index]?[position] ?? ""
      let place = table.position(ofField: chosen.index, inRow: row)
      if id.isEmpty {
        error("respondent id (column '\(chosen.name)') is empty", at: place)
      } else if let first = firstLine[id] {
        let hint =
          layout == .redcap ? " (a longitudinal export has a row per event: export one event)" : ""
        error(
          "duplicate respondent id '\(id)' in column '\(chosen.name)' (first on line \(first))\(hint)",
          at: place)
      } else {
        firstLine[id] = table.line(ofRow: row)
      }
      if problems.count >= Survey.errorLimit { break }
    }
    try stopOnErrors(kind: .invalidData)
  }

  /// Checks every answer of a column the label file lists options for (an
  /// item or a group): an answer that is neither a code nor a label of the
  /// file's options is an error at its cell (`--lenient`: a warning, and
  /// an item's answer is read as missing).
  mutating func checkAnswers(_ plan: ImportPlan, scales: inout ImportScales) throws(SurveyError) {
    for column in header.columns {
      guard let described = labelColumns[column.index], described.kind == .singleChoice,
        !described.choices.isEmpty
      else { continue }
      let scaleName = scales.itemScale[column.index]
      guard scaleName != nil || plan.kinds[column.index] == .group else { continue }
      var scale = scaleName.flatMap { scales.defined[$0] }
      let matcher = scale.map {
        AnswerMatcher(scale: $0, decimalComma: table.delimiter == .semicolon)
      }
      let known = Set(
        described.choices.flatMap {
          [AnswerMatcher.folded($0.code), AnswerMatcher.folded($0.label)]
        })
      var unknown: [String] = []
      for (position, row) in rows.enumerated() {
        let value = plan.values[column.index]?[position] ?? ""
        let matched: Bool
        if let matcher {
          var bytes = Array(value.utf8)
          matched = bytes.withUnsafeMutableBufferPointer { buffer in
            matcher.match(UnsafeBufferPointer(buffer)) != nil
          }
        } else {
          matched = value.isEmpty || known.contains(AnswerMatcher.folded(value))
        }
        guard !matched else { continue }
        // LimeSurvey writes `-oth-` for "Other" (its text is in the next
        // column); the R syntax file does not list it: an answer off the scale.
        if layout == .limeSurvey && value == "-oth-" {
          if !unknown.contains(value) { unknown.append(value) }
          continue
        }
        let codes = SurveyImportBuilder.list(described.choices.map(\.code))
        let message =
          "column '\(column.name)': '\(value)' is not one of the label file's codes for \(described.name) (\(codes))"
        let place = table.position(ofField: column.index, inRow: row)
        if options.lenient {
          let effect = scale == nil ? "kept as it is" : "read as missing"
          warnings.append(.warning("\(message); \(effect)", at: place, file: name))
          if !unknown.contains(value) { unknown.append(value) }
        } else {
          error(message, at: place)
        }
        if problems.count >= Survey.errorLimit { break }
      }
      if let scaleName, !unknown.isEmpty, var changed = scale {
        changed.missing += unknown.filter { !changed.missing.contains($0) }
        scale = changed
        scales.defined[scaleName] = changed
      }
    }
    try stopOnErrors(kind: .invalidLabels)
  }

  /// The spec and the report from the plan and the scales.
  mutating func makeSpec(_ plan: ImportPlan, scales: ImportScales) {
    var items: [SurveyItem] = []
    var uses: [SurveyImportReport.ScaleUse] = []
    var groups: [SurveyImportReport.Group] = []
    var ignored: [SurveyImportReport.Ignored] = []
    for column in header.columns {
      let text = labelColumns[column.index]?.text ?? column.text ?? column.name
      if let scaleName = scales.itemScale[column.index], let scale = scales.scale(scaleName) {
        items.append(SurveyItem(column: column.name, text: text, scale: scaleName))
        if let index = uses.firstIndex(where: { $0.scale == scaleName }) {
          uses[index].items.append(column.name)
        } else {
          uses.append(
            SurveyImportReport.ScaleUse(
              scale: scaleName, source: scales.sources[scaleName] ?? "built in",
              levels: scale.ascendingLevels.map { SurveyImportBuilder.describe(scale.levels[$0]) },
              dontKnow: scale.dontKnow, items: [column.name]))
        }
        continue
      }
      switch plan.kinds[column.index] {
      case .group:
        var seen: Set<String> = []
        let values = (plan.values[column.index] ?? []).filter {
          !$0.isEmpty && seen.insert($0).inserted
        }
        let labelled = values.map { value in
          labelColumns[column.index]?.choices.first { $0.code == value }.map {
            "\(value) = \($0.label)"
          } ?? value
        }
        groups.append(SurveyImportReport.Group(column: column.name, values: labelled))
      case .ignored(let reason):
        ignored.append(SurveyImportReport.Ignored(column: column.name, reason: reason))
      case .id:
        break
      default:
        ignored.append(SurveyImportReport.Ignored(column: column.name, reason: "no scale"))
      }
    }
    if items.isEmpty {
      notes.append(
        labels == nil
          ? "no column's answers lie on a scale: with codes or numbers, give the tool's label file with --labels; else define the scales in the spec"
          : "no column's answers lie on a scale, not even with the label file: define the scales in the spec"
      )
    }
    spec = SurveySpec(
      respondentID: idName, groups: groups.map(\.column), scales: scales.defined, items: items,
      ignoredColumns: ignored.map(\.column))
    report = SurveyImportReport(
      layout: detection, headerRows: header.rows, headerSummary: header.summary,
      respondentID: idName, isRespondentIDAdded: idColumn == nil, respondents: rows.count,
      scales: uses, groups: groups, ignored: ignored, leftOut: leftOut, notes: notes)
  }

  /// Writes the CSV (the export's delimiter; a BOM with `;` for Excel),
  /// then reads it back with the spec, so that what is written is what
  /// `survey describe` reads.
  mutating func writeCSV() throws(SurveyError) {
    let separator = table.delimiter == .semicolon ? ";" : ","
    var text = separator == ";" ? "\u{FEFF}" : ""
    let names = (idColumn == nil ? [idName] : []) + header.columns.map(\.name)
    text += SurveyImportBuilder.line(names, separator: separator)
    for (number, row) in rows.enumerated() {
      var fields = idColumn == nil ? ["\(number + 1)"] : []
      for column in header.columns {
        fields.append(
          column.index < table.fieldCount(inRow: row) ? table.field(column.index, inRow: row) : "")
      }
      text += SurveyImportBuilder.line(fields, separator: separator)
    }
    csv = Array(text.utf8)
    var found: [Diagnostic] = []
    do {
      _ = try Survey(csv: csv, spec: spec, lenient: options.lenient, diagnostics: &found)
    } catch {
      throw SurveyError(
        diagnostics: [
          .error(
            "the imported survey does not read back: \(error.message)", at: SourcePosition(line: 1),
            file: name)
        ], kind: .invalidData)
    }
  }

  /// A level as the report lists it: `Agree = 4`, or `5 = extrem` for a
  /// numeric level whose label starts with its value.
  static func describe(_ level: LikertScale.Level) -> String {
    let value = NumberFormat.fixed(
      level.value, decimals: level.value == level.value.rounded() ? 0 : 2)
    return level.label == value || level.label.hasPrefix("\(value) = ")
      ? level.label : "\(level.label) = \(value)"
  }

  /// One CSV line: fields quoted only when they hold the separator, a
  /// quote or a line break, quotes doubled, nothing else changed (the
  /// answers are kept as the export has them, where `CSVWriter` would
  /// prefix a text such as `-not sure` or `=…` for spreadsheets).
  static func line(_ fields: [String], separator: String) -> String {
    fields.map { field in
      field.contains(where: { String($0) == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" })
        ? "\"" + field.replacingAll("\"", "\"\"") + "\"" : field
    }.joined(separator: separator) + "\r\n"
  }
}
