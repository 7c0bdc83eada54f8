extension AgreementReport {
  /// The lines that say what was compared: coders, transcripts, unit,
  /// the statuses counted and, with speakers, whose turns.
  public func header(_ words: Vocabulary = .english) -> [String] {
    let unit = options.unitKind
    let statuses = options.countedStatuses.map { words.status($0) }
      .joined(separator: " \(words[.and]) ")
    var lines = [
      words(.codersHeader, coders.joined(separator: ", ")),
      words(
        .transcriptsHeader, transcripts.isEmpty ? words[.none] : transcripts.joined(separator: ", ")
      ),
      words(
        .unitHeader, words.optionName(unit),
        options.codedOnly
          ? words(.onlySomeoneCoded, words.plural(unit))
          : words(.everyUnitCounts, words.singular(unit))),
      words(options.includeProposed ? .codingsCounted : .codingsCountedProposedLeftOut, statuses),
    ]
    if let roles = options.roles {
      lines.insert(
        words(
          .speakersHeader, roles.joined(separator: ", "),
          roles.contains(SpeakerMap.defaultRole) ? words[.participantIsEveryRole] : ""),
        at: 3)
    }
    return lines
  }

  /// The agreement table: one row per code, then the pooled row, with the
  /// header lines as its preamble; what `qualkit agree` prints.
  ///
  /// - Parameters:
  ///   - words: The vocabulary of the captions, titles and notes.
  ///   - index: The codebook, to give each code its label in `words`'
  ///     language (shown by the writers that show labels); nil for ids only.
  /// - Returns: The table, in `words`' language.
  public func table(_ words: Vocabulary = .english, index: CodebookIndex? = nil) -> Table {
    var table = Table(
      id: "agreement", caption: words[.interCoderAgreement], preamble: header(words),
      columns: [
        .init("code", title: words[.codeColumn]),
        .init("units", title: words[.units], isNumeric: true),
        .init("codedUnits", title: words[.codedByAny], isNumeric: true),
      ]
        + statistics.map { .init($0.rawValue, title: words.columnTitle($0), isNumeric: true) },
      language: words.language)
    for row in rows + [pooled] {
      let name: Cell
      if let code = row.code {
        name =
          index?.code(code).map { .code(id: code, label: $0.label(in: words.language.rawValue)) }
          ?? .text(code)
      } else {
        name = .text(words[.pooled])
      }
      var cells: [Cell] = [name, .integer(row.units), .integer(row.codedUnits)]
      for result in row.results { cells.append(Self.cell(result, table: &table)) }
      table.rows.append(Table.Row(cells, isSummary: row.code == nil))
    }
    return table
  }

  /// A coefficient's cell in `table`'s language, with a note when it is undefined.
  public static func cell(_ result: ReliabilityResult, table: inout Table) -> Cell {
    let words = table.vocabulary
    guard let value = result.value else {
      let reason = result.explanation.map(words.explanation) ?? words[.noValue]
      return .undefined(
        note: table.note(words(.isUndefinedBecause, words.name(result.statistic), reason)))
    }
    return result.statistic == .percentAgreement
      ? .percent(value, decimals: 1) : .number(value, decimals: 3)
  }
}
