extension ReportBuilder {
  // MARK: - Overview

  /// The themes overview: a table of the top-level themes and, per
  /// attribute, a chart of how many participants of each group voiced them.
  func overviewBlocks() -> [Report.Block] {
    guard let index = project.index else { return [] }
    var blocks: [Report.Block] = [.heading(strings.overview, level: 1)]
    if segments.isEmpty { blocks.append(.paragraph(strings.noCodings)) }
    let themes = index.entries.filter { $0.depth == 0 }.map(\.code.id)
    blocks.append(
      .table(
        prevalenceTable(
          id: "overview", caption: strings.overviewCaption,
          rows: themes.map { ($0, false) })))
    var attributes: [String] = []
    for group in prevalence.groups where !attributes.contains(group.attribute) {
      attributes.append(group.attribute)
    }
    for attribute in attributes {
      let groups = prevalence.groups.filter { $0.attribute == attribute }
      let chart = GroupedBarChart(
        id: "prevalence-\(attribute)", title: strings.chartTitle(attribute),
        axisLabel: strings.chartAxis, categories: themes.map(label),
        groups: groups.map { $0.value ?? strings.noValue },
        counts: themes.map { theme in groups.map { prevalence.participants(of: theme, in: $0) } },
        totals: groups.map(\.participants.count))
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
      .init("code", title: strings.code), .init("segments", title: strings.segments, isNumeric: true),
      .init(
        "participants", title: "\(strings.all) (N\u{A0}=\u{A0}\(prevalence.participants.count))",
        isNumeric: true),
    ]
    for group in prevalence.groups {
      let value = group.value ?? strings.noValue
      columns.append(
        .init(
          "\(group.attribute)=\(group.value ?? "")", title: "\(value) (N\u{A0}=\u{A0}\(group.participants.count))",
          isNumeric: true))
    }
    var table = Table(
      id: id, caption: caption, columns: columns, notes: [strings.prevalenceNote])
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
    var blocks: [Report.Block] = [.heading(strings.themes, level: 1)]
    let byCode = Dictionary(grouping: segments, by: \.code)
    for entry in index.entries {
      let code = entry.code
      blocks.append(.heading(label(code.id), level: min(entry.depth + 2, 4)))
      if let definition = code.definition, !definition.isEmpty {
        blocks.append(.paragraph(definition))
      }
      if !code.children.isEmpty {
        blocks.append(
          .table(
            prevalenceTable(
              id: "theme-\(code.id)", caption: strings.themeCaption(label(code.id)),
              rows: [(code.id, true)] + code.children.map { ($0.id, false) })))
      }
      let own = byCode[code.id] ?? []
      if own.isEmpty {
        if code.isCodable && prevalence.count(of: code.id).segments == 0 {
          blocks.append(.paragraph(strings.noSegments))
        }
        continue
      }
      for quote in quotes(from: own) { blocks.append(.quote(quote)) }
    }
    return blocks
  }

  // MARK: - Quotations

  /// Up to ``ReportOptions/quotesPerCode`` quotations from one code's
  /// segments, chosen by the rule ``ReportOptions/quotesPerCode`` states.
  func quotes(from segments: [ReportSegment]) -> [ReportQuote] {
    let byID = project.catalog.byID
    struct Candidate {
      var segment: ReportSegment
      var text: String
      var length: Int
    }
    let candidates = segments.compactMap { segment -> Candidate? in
      guard let transcript = byID[segment.transcript] else { return nil }
      let text = transcript.text(in: segment.span.range)
      let length = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").count
      return length == 0 ? nil : Candidate(segment: segment, text: text, length: length)
    }
    let limit = options.quoteLimit
    let ordered = candidates.sorted { a, b in
      if a.segment.isExemplar != b.segment.isExemplar { return a.segment.isExemplar }
      if a.segment.coders.count != b.segment.coders.count {
        return a.segment.coders.count > b.segment.coders.count
      }
      let aFits = a.length <= limit
      let bFits = b.length <= limit
      if aFits != bFits { return aFits }
      if a.length != b.length { return a.length > b.length }
      if a.segment.transcript != b.segment.transcript {
        return a.segment.transcript < b.segment.transcript
      }
      return a.segment.span < b.segment.span
    }
    var chosen: [Candidate] = []
    var quoted = Set<String>()
    var waiting: [Candidate] = []
    for candidate in ordered where chosen.count < options.quotesPerCode {
      if quoted.insert(candidate.segment.transcript).inserted {
        chosen.append(candidate)
      } else {
        waiting.append(candidate)
      }
    }
    for candidate in waiting where chosen.count < options.quotesPerCode {
      chosen.append(candidate)
    }
    return chosen.map { candidate in
      let segment = candidate.segment
      let transcript = byID[segment.transcript]
      let speaker =
        transcript?.attributes["role"]?.description
        ?? transcript?.turn(containingScalarOffset: segment.span.start)?.role
      return ReportQuote(
        text: QuoteTrimmer.trim(candidate.text, limit: limit),
        citation: Citation(
          transcript: segment.transcript, firstLine: segment.span.firstLine,
          lastLine: segment.span.lastLine),
        speaker: speaker, code: segment.code, isExemplar: segment.isExemplar)
    }
  }
}
