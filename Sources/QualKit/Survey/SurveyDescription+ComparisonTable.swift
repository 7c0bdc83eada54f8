extension SurveyDescription {
  /// The Mann–Whitney comparisons of the first two groups, per item and construct.
  func mannWhitneyTable(_ words: Vocabulary) -> Table {
    let names = groups.map(words.group)
    let caption =
      names.count >= 2
      ? words(.groupComparisonTwo, names[0], names[1])
      : words(.groupComparison, names.joined(separator: ", "))
    var table = Table(
      id: "survey-tests", caption: caption, preamble: [words[.mannWhitneyPreamble]],
      columns: [
        Table.Column("variable", title: words[.itemOrConstruct]),
        Table.Column("n1", isNumeric: true), Table.Column("n2", isNumeric: true),
        Table.Column("U", isNumeric: true), Table.Column("z", isNumeric: true),
        Table.Column("p", isNumeric: true), Table.Column("r", isNumeric: true),
        Table.Column("method", title: words[.pValue]),
      ],
      language: words.language)
    let rows =
      items.map { ($0.item.column, $0.test) }
      + constructs.map { (words(.constructSuffix, $0.id), $0.test) }
    for (name, test) in rows {
      guard let test else { continue }
      var cells: [Cell] = [.text(name), .integer(test.firstCount), .integer(test.secondCount)]
      if let value = test.value {
        cells += [
          .number(value.u, decimals: 1), .number(value.z, decimals: 2), p(value.p, words),
          .number(value.rankBiserial, decimals: 2),
          .text(words[value.method == .exact ? .exact : .asymptotic]),
        ]
      } else {
        let note = table.note(test.explanation.map(words.explanation) ?? words[.undefined])
        cells += Array(repeating: .undefined(note: note), count: 4) + [.empty]
      }
      table.rows.append(Table.Row(cells))
    }
    return table
  }

  /// The Kruskal–Wallis comparisons of three or more groups.
  func kruskalWallisTable(_ words: Vocabulary) -> Table {
    var table = Table(
      id: "survey-kruskal-wallis",
      caption: words(.groupComparison, groups.map(words.group).joined(separator: ", ")),
      preamble: [words[.kruskalWallisPreamble]],
      columns: [
        Table.Column("variable", title: words[.itemOrConstruct]),
        Table.Column("n", title: words[.nPerGroup]), Table.Column("H", isNumeric: true),
        Table.Column("df", isNumeric: true), Table.Column("p", isNumeric: true),
      ],
      language: words.language)
    let rows =
      items.map { ($0.item.column, $0.kruskalWallis) }
      + constructs.map { (words(.constructSuffix, $0.id), $0.kruskalWallis) }
    for (name, test) in rows {
      guard let test else { continue }
      var cells: [Cell] = [.text(name), .text(test.counts.map(String.init).joined(separator: "/"))]
      if let value = test.value {
        cells += [
          .number(value.h, decimals: 2), .integer(value.degreesOfFreedom), p(value.p, words),
        ]
      } else {
        let note = table.note(test.explanation.map(words.explanation) ?? words[.undefined])
        cells += Array(repeating: .undefined(note: note), count: 3)
      }
      table.rows.append(Table.Row(cells))
    }
    return table
  }

  /// A p-value's cell: three decimals, `< 0.001` below that.
  private func p(_ value: Double, _ words: Vocabulary) -> Cell {
    value < 0.001 ? .text("< " + words.fixed(0.001, decimals: 3)) : .number(value, decimals: 3)
  }

  /// The description as one flat table for CSV: a row per item and group
  /// with every figure, and a count and percent column per answer label
  /// (the labels of all scales, empty where an item's scale lacks the label).
  public func flatTable(_ words: Vocabulary = .english) -> Table {
    var labels: [String] = []
    for item in items {
      for level in item.scale.levels where !labels.contains(level.label) {
        labels.append(level.label)
      }
    }
    let keys = [
      "item", "text", "scale", "reverse", "construct", "group", "N", "n", "blank", "dontKnow",
      "missing", "median", "q1", "q3", "mean", "sd", "topTwoBox",
    ]
    var table = Table(
      id: "survey", caption: words[.surveyItemsByGroup],
      columns: keys.map { Table.Column($0) } + labels.map { Table.Column("count: \($0)") }
        + labels.map { Table.Column("percent: \($0)") },
      language: words.language)
    for item in items {
      for group in item.groups {
        let d = group.descriptive
        var cells: [Cell] = [
          .text(item.item.column), .text(item.item.text ?? ""), .text(item.scale.id),
          .text(words.yesNo(item.item.reverse)), .text(item.item.construct ?? ""),
          .text(words.group(group.group)), .integer(group.total), .integer(group.valid),
          .integer(group.blank), .integer(group.dontKnow), .integer(group.missing),
        ]
        for value in [d.median, d.firstQuartile, d.thirdQuartile, d.mean, d.standardDeviation] {
          cells.append(value.map { .number($0, decimals: 4) } ?? .empty)
        }
        cells.append(group.topTwoBox.map { .percent($0, decimals: 2) } ?? .empty)
        let byLabel = Dictionary(
          zip(item.scale.levels.map(\.label), group.counts), uniquingKeysWith: { first, _ in first }
        )
        cells += labels.map { byLabel[$0].map { .integer($0) } ?? .empty }
        cells += labels.map { label in
          guard let count = byLabel[label], group.valid > 0 else { return .empty }
          return .percent(Double(count) / Double(group.valid), decimals: 2)
        }
        table.rows.append(Table.Row(cells))
      }
    }
    return table
  }
}
