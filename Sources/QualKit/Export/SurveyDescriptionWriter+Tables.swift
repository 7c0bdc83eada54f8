extension SurveyDescriptionWriter {
  /// The description as tables: one per scale (the items answered on it,
  /// a row per group with the % per level, median and quartiles, mean and
  /// SD, top-two-box), the constructs, and the group comparisons.
  public static func tables(_ description: SurveyDescription) -> [Table] {
    var scaleOrder: [String] = []
    var byScale: [String: [ItemSummary]] = [:]
    for item in description.items {
      if byScale[item.scale.id] == nil { scaleOrder.append(item.scale.id) }
      byScale[item.scale.id, default: []].append(item)
    }
    var tables = scaleOrder.map { distribution(byScale[$0] ?? [], description: description) }
    if !description.constructs.isEmpty { tables.append(constructs(description)) }
    if description.items.contains(where: { $0.test != nil }) { tables.append(tests(description)) }
    if description.items.contains(where: { $0.kruskalWallis != nil }) {
      tables.append(kruskalWallisTests(description))
    }
    return tables
  }

  private static func distribution(_ items: [ItemSummary], description: SurveyDescription)
    -> Table
  {
    let scale = items[0].scale
    var table = Table(
      id: "survey-\(scale.id)", caption: "Answers on the scale \(scale.label)",
      preamble: [
        "\(description.respondents) respondents"
          + (description.by.map { ", by \($0)" } ?? "")
          + "; % of valid answers (n); missing = blank, don't know and other missing; quartiles \(description.quantiles.rawValue)"
      ],
      columns: [Table.Column("item", title: "Item"), Table.Column("group", title: "Group")]
        + [
          Table.Column("N", isNumeric: true), Table.Column("n", isNumeric: true),
          Table.Column("missing", title: "Missing", isNumeric: true),
        ]
        + scale.levels.map { Table.Column($0.label, isNumeric: true) }
        + [
          Table.Column("median", title: "Median", isNumeric: true),
          Table.Column("q1", title: "Q1", isNumeric: true),
          Table.Column("q3", title: "Q3", isNumeric: true),
          Table.Column("mean", title: "Mean", isNumeric: true),
          Table.Column("sd", title: "SD", isNumeric: true),
          Table.Column("topTwoBox", title: "Top 2", isNumeric: true),
        ])
    for item in items {
      let name = item.item.column + (item.item.reverse ? " (R)" : "")
      for (index, group) in item.groups.enumerated() {
        var cells: [Cell] = [
          .text(index == 0 ? name : ""), .text(group.group), .integer(group.total),
          .integer(group.valid), .integer(group.blank + group.dontKnow + group.missing),
        ]
        if let percents = group.percents {
          cells += percents.map { .percent($0, decimals: 1) }
        } else {
          let note = table.note("no valid answers")
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
                note: table.note(group.valid == 0 ? "no valid answers" : "one valid answer")))
          }
        }
        cells.append(
          group.topTwoBox.map { .percent($0, decimals: 1) }
            ?? .undefined(note: table.note("no valid answers")))
        table.rows.append(Table.Row(cells, isSummary: group.group == SurveyDescription.allGroup))
      }
    }
    if items.contains(where: \.item.reverse) {
      table.preamble.append(
        "(R) reverse-scored item: shown as answered, mirrored in construct scores")
    }
    return table
  }

  private static func constructs(_ description: SurveyDescription) -> Table {
    var table = Table(
      id: "survey-constructs", caption: "Construct scores (mean of items, reverse items mirrored)",
      preamble: ["complete cases only; Cronbach's alpha on the same cases"],
      columns: [
        Table.Column("construct", title: "Construct"), Table.Column("group", title: "Group"),
        Table.Column("items", title: "Items", isNumeric: true),
        Table.Column("nComplete", title: "n", isNumeric: true),
        Table.Column("alpha", title: "Alpha", isNumeric: true),
        Table.Column("mean", title: "Mean", isNumeric: true),
        Table.Column("sd", title: "SD", isNumeric: true),
      ])
    for construct in description.constructs {
      for (index, group) in construct.groups.enumerated() {
        var cells: [Cell] = [
          .text(index == 0 ? construct.id : ""), .text(group.group),
          .integer(construct.items.count), .integer(group.descriptive.count),
        ]
        cells.append(
          group.alpha.value.map { .number($0, decimals: 3) }
            ?? .undefined(note: table.note(group.alpha.explanation ?? "undefined")))
        for value in [group.descriptive.mean, group.descriptive.standardDeviation] {
          cells.append(
            value.map { .number($0, decimals: 2) }
              ?? .undefined(note: table.note("fewer than two complete cases")))
        }
        table.rows.append(Table.Row(cells, isSummary: group.group == SurveyDescription.allGroup))
      }
    }
    return table
  }

  private static func tests(_ description: SurveyDescription) -> Table {
    var table = Table(
      id: "survey-tests",
      caption: "Group comparison: \(description.groups.prefix(2).joined(separator: " vs "))",
      preamble: [
        "Mann–Whitney U, two-sided; U of the first group; r = rank-biserial correlation (positive: the first group answers higher)"
      ],
      columns: [
        Table.Column("variable", title: "Item or construct"),
        Table.Column("n1", isNumeric: true), Table.Column("n2", isNumeric: true),
        Table.Column("U", isNumeric: true), Table.Column("z", isNumeric: true),
        Table.Column("p", isNumeric: true), Table.Column("r", isNumeric: true),
        Table.Column("method", title: "p-value"),
      ])
    let rows =
      description.items.map { ($0.item.column, $0.test) }
      + description.constructs.map { ("\($0.id) (construct)", $0.test) }
    for (name, test) in rows {
      guard let test else { continue }
      var cells: [Cell] = [.text(name), .integer(test.firstCount), .integer(test.secondCount)]
      if let value = test.value {
        cells += [
          .number(value.u, decimals: 1), .number(value.z, decimals: 2),
          value.p < 0.001 ? .text("< 0.001") : .number(value.p, decimals: 3),
          .number(value.rankBiserial, decimals: 2),
          .text(value.method.rawValue),
        ]
      } else {
        let note = table.note(test.explanation ?? "undefined")
        cells += Array(repeating: .undefined(note: note), count: 4) + [.empty]
      }
      table.rows.append(Table.Row(cells))
    }
    return table
  }
}

extension SurveyDescriptionWriter {
  /// The Kruskal–Wallis comparisons of three or more groups.
  static func kruskalWallisTests(_ description: SurveyDescription) -> Table {
    var table = Table(
      id: "survey-kruskal-wallis",
      caption: "Group comparison: \(description.groups.joined(separator: ", "))",
      preamble: ["Kruskal–Wallis H with the tie correction; p from chi-square with k − 1 df"],
      columns: [
        Table.Column("variable", title: "Item or construct"),
        Table.Column("n", title: "n per group"), Table.Column("H", isNumeric: true),
        Table.Column("df", isNumeric: true), Table.Column("p", isNumeric: true),
      ])
    let rows =
      description.items.map { ($0.item.column, $0.kruskalWallis) }
      + description.constructs.map { ("\($0.id) (construct)", $0.kruskalWallis) }
    for (name, test) in rows {
      guard let test else { continue }
      var cells: [Cell] = [.text(name), .text(test.counts.map(String.init).joined(separator: "/"))]
      if let value = test.value {
        cells += [
          .number(value.h, decimals: 2), .integer(value.degreesOfFreedom),
          value.p < 0.001 ? .text("< 0.001") : .number(value.p, decimals: 3),
        ]
      } else {
        let note = table.note(test.explanation ?? "undefined")
        cells += Array(repeating: .undefined(note: note), count: 3)
      }
      table.rows.append(Table.Row(cells))
    }
    return table
  }
}

extension SurveyDescriptionWriter {
  /// The description as one flat table for CSV: a row per item and group
  /// with every figure, and a count and percent column per answer label
  /// (the labels of all scales, empty where an item's scale lacks the label).
  public static func flatTable(_ description: SurveyDescription) -> Table {
    var labels: [String] = []
    for item in description.items {
      for level in item.scale.levels where !labels.contains(level.label) {
        labels.append(level.label)
      }
    }
    let keys = [
      "item", "text", "scale", "reverse", "construct", "group", "N", "n", "blank", "dontKnow",
      "missing", "median", "q1", "q3", "mean", "sd", "topTwoBox",
    ]
    var table = Table(
      id: "survey", caption: "Survey items by group",
      columns: keys.map { Table.Column($0) } + labels.map { Table.Column("count: \($0)") }
        + labels.map { Table.Column("percent: \($0)") })
    for item in description.items {
      for group in item.groups {
        let d = group.descriptive
        var cells: [Cell] = [
          .text(item.item.column), .text(item.item.text ?? ""), .text(item.scale.id),
          .text(item.item.reverse ? "yes" : "no"), .text(item.item.construct ?? ""),
          .text(group.group), .integer(group.total), .integer(group.valid), .integer(group.blank),
          .integer(group.dontKnow), .integer(group.missing),
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
