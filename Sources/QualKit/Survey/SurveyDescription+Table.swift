extension SurveyDescription {
  /// The description as tables: one per scale (the items answered on it,
  /// a row per group with the % per level, median and quartiles, mean and
  /// SD, top-two-box), the constructs, and the group comparisons; what
  /// `qualkit survey describe` prints and the report shows.
  ///
  /// - Parameter words: The vocabulary of the captions, titles and notes.
  /// - Returns: The tables, in `words`' language.
  public func tables(_ words: Vocabulary = .english) -> [Table] {
    var scaleOrder: [String] = []
    var byScale: [String: [ItemSummary]] = [:]
    for item in items {
      if byScale[item.scale.id] == nil { scaleOrder.append(item.scale.id) }
      byScale[item.scale.id, default: []].append(item)
    }
    var tables = scaleOrder.map { distributionTable(byScale[$0] ?? [], words: words) }
    if !constructs.isEmpty { tables.append(constructTable(words)) }
    if items.contains(where: { $0.test != nil }) { tables.append(mannWhitneyTable(words)) }
    if items.contains(where: { $0.kruskalWallis != nil }) {
      tables.append(kruskalWallisTable(words))
    }
    return tables
  }

  /// The items of one scale: a row per item and group, the % per level
  /// (with the rounding note when a row's percentages do not show 100).
  private func distributionTable(_ items: [ItemSummary], words: Vocabulary) -> Table {
    let scale = items[0].scale
    let grouping = by.map { words(.byAttribute, words.attribute($0)) } ?? ""
    var table = Table(
      id: "survey-\(scale.id)", caption: words(.answersOnScale, scale.label),
      preamble: [words(.respondentsPreamble, respondents, grouping, quantiles.rawValue)],
      columns: [
        Table.Column("item", title: words[.item]), Table.Column("group", title: words[.group]),
      ]
        + [
          Table.Column("N", isNumeric: true), Table.Column("n", isNumeric: true),
          Table.Column("missing", title: words[.missing], isNumeric: true),
        ]
        + scale.levels.map { Table.Column($0.label, isNumeric: true) }
        + [
          Table.Column("median", title: words[.median], isNumeric: true),
          Table.Column("q1", title: "Q1", isNumeric: true),
          Table.Column("q3", title: "Q3", isNumeric: true),
          Table.Column("mean", title: words[.mean], isNumeric: true),
          Table.Column("sd", title: "SD", isNumeric: true),
          Table.Column("topTwoBox", title: words[.topTwo], isNumeric: true),
        ],
      language: words.language)
    for item in items {
      let name = item.item.column + (item.item.reverse ? " (R)" : "")
      for (index, group) in item.groups.enumerated() {
        var cells: [Cell] = [
          .text(index == 0 ? name : ""), .text(words.group(group.group)), .integer(group.total),
          .integer(group.valid), .integer(group.blank + group.dontKnow + group.missing),
        ]
        if let percents = group.percents {
          cells += percents.map { .percent($0, decimals: 1) }
        } else {
          let note = table.note(words[.noValidAnswers])
          cells += scale.levels.map { _ in .undefined(note: note) }
        }
        let statistics = [
          group.descriptive.median, group.descriptive.firstQuartile,
          group.descriptive.thirdQuartile, group.descriptive.mean,
          group.descriptive.standardDeviation,
        ]
        for value in statistics {
          if let value {
            cells.append(.number(value, decimals: 2))
          } else {
            cells.append(
              .undefined(
                note: table.note(words[group.valid == 0 ? .noValidAnswers : .oneValidAnswer])))
          }
        }
        cells.append(
          group.topTwoBox.map { .percent($0, decimals: 1) }
            ?? .undefined(note: table.note(words[.noValidAnswers])))
        table.rows.append(Table.Row(cells, isSummary: group.group == SurveyDescription.allGroup))
      }
    }
    if items.contains(where: \.item.reverse) { table.preamble.append(words[.reverseScoredNote]) }
    table.noteRounding(ofPercentagesIn: 5..<(5 + scale.levels.count))
    return table
  }

  /// The construct scores per group, with Cronbach's alpha.
  private func constructTable(_ words: Vocabulary) -> Table {
    var table = Table(
      id: "survey-constructs", caption: words[.constructsCaption],
      preamble: [words[.completeCasesOnly]],
      columns: [
        Table.Column("construct", title: words[.construct]),
        Table.Column("group", title: words[.group]),
        Table.Column("items", title: words[.items], isNumeric: true),
        Table.Column("nComplete", title: "n", isNumeric: true),
        Table.Column("alpha", title: words[.alpha], isNumeric: true),
        Table.Column("mean", title: words[.mean], isNumeric: true),
        Table.Column("sd", title: "SD", isNumeric: true),
      ],
      language: words.language)
    for construct in constructs {
      for (index, group) in construct.groups.enumerated() {
        var cells: [Cell] = [
          .text(index == 0 ? construct.id : ""), .text(words.group(group.group)),
          .integer(construct.items.count), .integer(group.descriptive.count),
        ]
        let reason = group.alpha.explanation.map(words.explanation) ?? words[.undefined]
        cells.append(
          group.alpha.value.map { .number($0, decimals: 3) } ?? .undefined(note: table.note(reason))
        )
        for value in [group.descriptive.mean, group.descriptive.standardDeviation] {
          cells.append(
            value.map { .number($0, decimals: 2) }
              ?? .undefined(note: table.note(words[.fewerThanTwoCases])))
        }
        table.rows.append(Table.Row(cells, isSummary: group.group == SurveyDescription.allGroup))
      }
    }
    return table
  }
}
