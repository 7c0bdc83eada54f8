extension ReportBuilder {
  // MARK: - Overview

  /// The themes overview: a table of the top-level themes and, per
  /// attribute, a chart of how many participants of each group voiced them.
  func overviewBlocks() -> [Report.Block] {
    guard let index = project.index else { return [] }
    var blocks: [Report.Block] = [.heading(words[.themesAtAGlance], level: 1)]
    if segments.isEmpty { blocks.append(.paragraph(words[.noCodings])) }
    let themes = index.entries.filter { $0.depth == 0 }.map(\.code.id)
    blocks.append(
      .table(
        prevalenceTable(
          id: "overview", caption: words[.overviewCaption],
          rows: themes.map { ($0, false) })))
    var attributes: [String] = []
    for group in prevalence.groups where !attributes.contains(group.attribute) {
      attributes.append(group.attribute)
    }
    for attribute in attributes {
      let groups = prevalence.groups.filter { $0.attribute == attribute }
      let chart = GroupedBarChart(
        id: "prevalence-\(attribute)",
        title: words(.prevalenceChartTitle, words.attribute(attribute)),
        axisLabel: words[.prevalenceChartAxis], categories: themes.map(label),
        groups: groups.map { $0.value ?? words[.noValue] },
        counts: themes.map { theme in groups.map { prevalence.participants(of: theme, in: $0) } },
        totals: groups.map(\.participants.count), language: options.language)
      blocks.append(.chart(.groupedBars(chart)))
    }
    return blocks
  }

  /// A table of segments and participants, overall and per group, one row
  /// per code (each with the codes below it).
  func prevalenceTable(id: String, caption: String, rows: [(code: String, isSummary: Bool)])
    -> Table
  {
    var columns: [Table.Column] = [
      .init("code", title: words[.code]),
      .init("segments", title: words[.segments], isNumeric: true),
      .init(
        "participants", title: "\(words[.all]) (N\u{A0}=\u{A0}\(prevalence.participants.count))",
        isNumeric: true),
    ]
    for group in prevalence.groups {
      let value = group.value ?? words[.noValue]
      columns.append(
        .init(
          "\(group.attribute)=\(group.value ?? "")",
          title: "\(value) (N\u{A0}=\u{A0}\(group.participants.count))",
          isNumeric: true))
    }
    var table = Table(
      id: id, caption: caption, columns: columns, notes: [words[.prevalenceNote]],
      language: options.language)
    for row in rows {
      let count = prevalence.count(of: row.code)
      var cells: [Cell] = [
        .text(label(row.code)), .integer(count.segments), .integer(count.participants.count),
      ]
      for group in prevalence.groups {
        cells.append(.integer(prevalence.participants(of: row.code, in: group)))
      }
      table.rows.append(Table.Row(cells, isSummary: row.isSummary))
    }
    return table
  }

  // MARK: - Themes

  /// Every code in codebook order: heading, definition, the table of the
  /// codes below it, and quotations (or a sentence saying it has none).
  func themeBlocks() -> [Report.Block] {
    guard let index = project.index, !index.entries.isEmpty else { return [] }
    var blocks: [Report.Block] = [.heading(words[.themes], level: 1)]
    let byCode = Dictionary(grouping: segments, by: \.code)
    for entry in index.entries {
      let code = entry.code
      blocks.append(.heading(label(code.id), level: min(entry.depth + 2, 4)))
      if let definition = code.definition(in: options.language.rawValue), !definition.isEmpty {
        blocks.append(.paragraph(definition))
      }
      if !code.children.isEmpty {
        blocks.append(
          .table(
            prevalenceTable(
              id: "theme-\(code.id)", caption: words(.themeCaption, label(code.id)),
              rows: [(code.id, true)] + code.children.map { ($0.id, false) })))
      }
      let own = byCode[code.id] ?? []
      if own.isEmpty {
        if code.isCodable && prevalence.count(of: code.id).segments == 0 {
          blocks.append(.paragraph(words[.noSegments]))
        }
        continue
      }
      for quote in quotes(from: own) { blocks.append(.quote(quote)) }
    }
    return blocks
  }

  // MARK: - Quotations

  /// Up to ``ReportOptions/quotesPerCode`` quotations from one code's segments.
  ///
  /// They are chosen by ``ExemplarQuotes`` (the rule joint displays use)
  /// from the transcripts' current text, each cut by ``Quote/excerpt(_:limit:)``.
  /// A segment whose transcript changed under it is quoted (from the text
  /// its codings stored, marked) only when ``ReportOptions/allowsStale``.
  func quotes(from segments: [Segment]) -> [ReportQuote] {
    let byID = project.catalog.byID
    func words(_ segment: Segment) -> Segment.Words {
      segment.words(in: byID[segment.transcript])
    }
    let candidates = segments.filter { options.allowsStale || !words($0).isStale }
    let chosen = ExemplarQuotes.choose(
      candidates, words: { words($0).text }, count: options.quotesPerCode)
    return chosen.map { segment in
      let transcript = byID[segment.transcript]
      let speaker =
        transcript?.attributes["role"]?.description
        ?? transcript?.turn(containingScalarOffset: segment.span.start)?.role
      let words = words(segment)
      return ReportQuote(
        text: Quote.excerpt(words.text, limit: options.quoteLimit),
        citation: Citation(segment, isStale: words.isStale),
        speaker: speaker, code: segment.code, isExemplar: segment.isExemplar)
    }
  }
}
