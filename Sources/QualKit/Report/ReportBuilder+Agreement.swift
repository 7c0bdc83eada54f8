extension ReportBuilder {
  /// The agreement section: how units are counted, a table per theme
  /// (pooled over its codes) and the table per code that `qualkit agree`
  /// prints; nothing with fewer than two coders.
  func agreementBlocks() -> [Report.Block] {
    guard let agreement else { return [] }
    let unit = agreement.options.unitKind
    let intro =
      agreement.options.codedOnly
      ? words(.unitIntroCodedOnly, words.definite(unit), words.plural(unit))
      : words(.unitIntroEvery, words.definite(unit), words.singular(unit))
    var blocks: [Report.Block] = [
      .heading(words[.interCoderAgreement], level: 1),
      .paragraph(
        intro + " " + words[.overlapRule] + " "
          + words(.codersSentence, agreement.coders.joined(separator: ", "))),
    ]
    if let themes = themeAgreementTable(agreement) { blocks.append(.table(themes)) }
    var codes = agreement.table(words, index: project.index)
    codes.id = "agreement-codes"
    codes.caption = words[.agreementCodesCaption]
    blocks.append(.table(codes))
    return blocks
  }

  /// One row per theme, each pooled over the codes of its sub-tree that
  /// some coder used, and the pooled row of every code.
  private func themeAgreementTable(_ agreement: AgreementReport) -> Table? {
    guard let index = project.index else { return nil }
    let statistics = agreement.statistics
    var table = Table(
      id: "agreement-themes", caption: words[.agreementThemesCaption],
      columns: [
        .init("theme", title: words[.theme]), .init("units", title: words[.units], isNumeric: true),
        .init("codedUnits", title: words[.codedByAny], isNumeric: true),
      ]
        + statistics.map { .init($0.rawValue, title: words.columnTitle($0), isNumeric: true) },
      language: options.language)
    let codedOnly = agreement.options.codedOnly
    func row(_ name: String, _ tables: [AgreementTable], isSummary: Bool) {
      let data = AgreementTable.reliabilityData(tables, codedOnly: codedOnly)
      var cells: [Cell] = [
        .text(name), .integer(data.unitCount),
        .integer(tables.reduce(0) { $0 + $1.codedUnitCount }),
      ]
      for statistic in statistics {
        if tables.isEmpty {
          cells.append(.undefined(note: table.note(words[.noCoderUsedTheme])))
        } else {
          cells.append(
            AgreementReport.cell(Reliability.compute(statistic, on: data), table: &table))
        }
      }
      table.rows.append(Table.Row(cells, isSummary: isSummary))
    }
    for theme in index.entries where theme.depth == 0 {
      let codes = Set(theme.subtree)
      row(
        label(theme.code.id), agreement.tables.filter { codes.contains($0.code) }, isSummary: false)
    }
    row(words[.pooled], agreement.tables, isSummary: true)
    table.notes.append(words[.poolingNote])
    return table
  }
}
