extension AgreementDiagnostics {
  /// The diagnostics table: per code and pooled, % agreement, kappa and
  /// AC1 with their intervals, PABAK, the prevalence and bias indices and,
  /// when given, unitizing alpha; a note for each code whose kappa is low
  /// although agreement is high.
  ///
  /// - Parameters:
  ///   - words: The vocabulary.
  ///   - index: The codebook, for the codes' labels.
  ///   - unitizing: uα per code, shown in a last column, if given.
  /// - Returns: One row per code and a pooled row, with the notes.
  public func table(
    _ words: Vocabulary = .english, index: CodebookIndex? = nil,
    unitizing: UnitizingAgreement? = nil
  ) -> Table {
    let kappaName = words.name(pooled.kappa.statistic)
    let level = words.share(confidence)
    var columns: [Table.Column] = [
      .init("code", title: words[.codeColumn]),
      .init("units", title: words[.unitsColumn], isNumeric: true),
      .init("percent", title: words[.percentColumn], isNumeric: true),
      .init("percentCI", title: words[.intervalColumn], isNumeric: true),
      .init("kappa", title: kappaName, isNumeric: true),
      .init("kappaCI", title: words[.intervalColumn], isNumeric: true),
      .init("ac1", title: words.name(.gwetAC1), isNumeric: true),
      .init("ac1CI", title: words[.intervalColumn], isNumeric: true),
      .init("pabak", title: words[.pabak], isNumeric: true),
      .init("prevalenceIndex", title: words[.prevalenceIndex], isNumeric: true),
      .init("biasIndex", title: words[.biasIndex], isNumeric: true),
    ]
    if unitizing != nil {
      columns.append(.init("unitizingAlpha", title: words[.unitizingAlpha], isNumeric: true))
    }
    var table = Table(
      id: "agreement-diagnostics", caption: words(.diagnosticsCaption, level), columns: columns,
      language: words.language)
    var paradoxes: [String] = []
    for row in rows + [pooled] {
      let name: Cell =
        row.code.map { code in
          index?.code(code).map { .code(id: code, label: $0.label(in: words.language.rawValue)) }
            ?? .text(code)
        } ?? .text(words[.pooled])
      var cells: [Cell] = [name, .integer(row.units)]
      for result in [row.percent, row.kappa, row.ac1] {
        cells.append(AgreementReport.cell(result, table: &table))
        cells.append(Self.intervalCell(result, table: &table))
      }
      if let square = row.twoByTwo, let pabak = square.pabak,
        let prevalence = square.prevalenceIndex,
        let bias = square.biasIndex
      {
        cells += [
          .number(pabak, decimals: 3), .number(prevalence, decimals: 3), .number(bias, decimals: 3),
        ]
      } else {
        let reason = row.twoByTwo == nil ? words[.notTwoCoders] : words[.noUnitsDiagnostics]
        let note = table.note(reason)
        cells += [.undefined(note: note), .undefined(note: note), .undefined(note: note)]
      }
      if let unitizing { cells.append(unitizing.cell(row.code, table: &table)) }
      table.rows.append(Table.Row(cells, isSummary: row.code == nil))
      if row.isParadox, let note = paradoxNote(row, words) { paradoxes.append(note) }
    }
    table.notes += paradoxes
    if confidence > 0 { table.notes.append(words(.intervalsNote, resamples, seed)) }
    return table
  }

  /// The note on a code whose kappa is low although agreement is high.
  public func paradoxNote(_ row: Row, _ words: Vocabulary = .english) -> String? {
    guard let agreement = row.percent.value, let kappa = row.kappa.value else { return nil }
    let number = { (value: Double?) in
      value.map { words.fixed($0, decimals: 3) } ?? words.notAvailable
    }
    return words(
      .paradoxNote, row.code ?? words[.pooled], words.percent(agreement, decimals: 1),
      words.name(row.kappa.statistic), words.fixed(kappa, decimals: 3),
      number(row.twoByTwo?.prevalenceIndex), number(row.twoByTwo?.pabak), number(row.ac1.value))
  }

  /// `[0.912, 0.995]` in the table's language, or undefined with the reason.
  static func intervalCell(_ result: ReliabilityResult, table: inout Table) -> Cell {
    let words = table.vocabulary
    guard let interval = result.confidenceInterval else {
      guard result.value != nil else { return .empty }
      return .undefined(note: table.note(words[.noIntervalReason]))
    }
    if result.statistic == .percentAgreement {
      return .text(
        words.percent(interval.lower, decimals: 1) + "–"
          + words.percent(interval.upper, decimals: 1))
    }
    return .text(
      words.fixed(interval.lower, decimals: 3) + "–" + words.fixed(interval.upper, decimals: 3))
  }
}
