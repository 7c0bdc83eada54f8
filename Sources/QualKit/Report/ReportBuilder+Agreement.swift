extension ReportBuilder {
  /// The agreement section: how units are counted, a table per theme
  /// (pooled over its codes) and the table per code that `qualkit agree`
  /// prints; nothing with fewer than two coders.
  func agreementBlocks() -> [Report.Block] {
    guard let agreement else { return [] }
    let options = agreement.options
    var blocks: [Report.Block] = [
      .heading(strings.agreement, level: 1),
      .paragraph(
        strings.agreementIntro(strings.unitName(options.unitKind), !options.codedOnly)
          + " Coders: \(agreement.coders.joined(separator: ", "))."),
    ]
    if let themes = themeAgreementTable(agreement) { blocks.append(.table(themes)) }
    var codes = AgreementWriter.table(agreement)
    codes.id = "agreement-codes"
    codes.caption = strings.agreementCodesCaption
    blocks.append(.table(codes))
    return blocks
  }

  /// One row per theme, each pooled over the codes of its sub-tree that
  /// some coder used, and the pooled row of every code.
  private func themeAgreementTable(_ agreement: AgreementReport) -> Table? {
    guard let index = project.index else { return nil }
    let statistics = agreement.statistics
    var table = Table(
      id: "agreement-themes", caption: strings.agreementThemesCaption,
      columns: [
        .init("theme", title: strings.theme), .init("units", isNumeric: true),
        .init("codedUnits", title: "coded by any", isNumeric: true),
      ]
        + statistics.map { .init($0.rawValue, title: AgreementWriter.title($0), isNumeric: true) })
    let codedOnly = agreement.options.codedOnly
    func row(_ name: String, _ tables: [AgreementTable], isSummary: Bool) {
      let data = AgreementTable.reliabilityData(tables, codedOnly: codedOnly)
      var cells: [Cell] = [
        .text(name), .integer(data.unitCount),
        .integer(tables.reduce(0) { $0 + $1.codedUnitCount }),
      ]
      for statistic in statistics {
        if tables.isEmpty {
          cells.append(.undefined(note: table.note("no coder used a code of this theme")))
        } else {
          cells.append(
            AgreementWriter.cell(Reliability.compute(statistic, on: data), table: &table))
        }
      }
      table.rows.append(Table.Row(cells, isSummary: isSummary))
    }
    for theme in index.entries where theme.depth == 0 {
      let codes = Set(theme.subtree)
      row(
        label(theme.code.id), agreement.tables.filter { codes.contains($0.code) }, isSummary: false)
    }
    row(strings.pooled, agreement.tables, isSummary: true)
    table.notes.append(AgreementWriter.poolingNote)
    return table
  }
}
