/// Diverging stacked bars of ordered levels, as R's `likert` package draws
/// them (Heiberger & Robbins 2014): one bar per row (a group, or an item in
/// a group), the negative levels stacked to the left of a midpoint rule and
/// the positive ones to the right, a neutral level split across the rule.
///
/// The inputs are generic: ordered level labels, most negative first, and
/// each row's count per level (missing answers, such as "don't know", left
/// out by the caller).
///
/// ```swift
/// let chart = DivergingBarChart(
///   id: "q3", title: "The plan fitted my situation",
///   levels: ["Not at all", "To a small degree", "To some degree", "To a high degree"],
///   rows: [.init(label: "TKI2", counts: [2, 5, 20, 33]), .init(label: "Usual", counts: [6, 9, 10, 5])])
/// chart.negativeShare(of: 0)  // 0.1167
/// ```
public struct DivergingBarChart: Hashable, Sendable {
  /// One bar.
  public struct Row: Hashable, Sendable {
    /// The bar's label, such as a group's name.
    public var label: String
    /// The count per level, in level order.
    public var counts: [Int]

    /// Creates a row.
    public init(label: String, counts: [Int]) {
      self.label = label
      self.counts = counts
    }

    /// The number of answers in the row.
    public var total: Int { counts.reduce(0, +) }
  }

  /// The chart's stable name.
  public var id: String
  /// The chart's title (the item's wording).
  public var title: String
  /// The levels, most negative first.
  public var levels: [String]
  /// The index of the neutral (middle) level, split across the midpoint;
  /// nil when the levels have none (an even number of levels).
  public var neutralLevel: Int?
  /// The bars, top to bottom.
  public var rows: [Row]
  /// The language the chart writes its numbers and notes in.
  public var language: ReportLanguage

  /// Creates a chart from level labels and counts.
  ///
  /// Each row's counts are padded with 0 or cut to the number of levels,
  /// negative counts read as 0. An odd number of levels
  /// has its middle one as the neutral level; an even number has none.
  public init(
    id: String, title: String, levels: [String], rows: [Row], language: ReportLanguage = .english
  ) {
    self.id = id
    self.title = title
    self.levels = levels
    self.neutralLevel = levels.count % 2 == 1 ? levels.count / 2 : nil
    self.language = language
    self.rows = rows.map { row in
      Row(
        label: row.label,
        counts: levels.indices.map { $0 < row.counts.count ? max(0, row.counts[$0]) : 0 })
    }
  }

  /// The number of levels below the midpoint.
  public var negativeLevelCount: Int { levels.count / 2 }

  /// Each level's share (0…1) of row `index`; all 0 for a row without answers.
  public func shares(of index: Int) -> [Double] {
    let total = rows[index].total
    return rows[index].counts.map { total == 0 ? 0 : Double($0) / Double(total) }
  }

  /// The share of the levels below the midpoint (the neutral level left out).
  public func negativeShare(of index: Int) -> Double {
    shares(of: index).prefix(negativeLevelCount).reduce(0, +)
  }

  /// The share of the levels above the midpoint (the neutral level left out).
  public func positiveShare(of index: Int) -> Double {
    shares(of: index).suffix(negativeLevelCount).reduce(0, +)
  }

  /// The share of the neutral level, 0 when there is none.
  public func neutralShare(of index: Int) -> Double {
    neutralLevel.map { shares(of: index)[$0] } ?? 0
  }

  /// The chart's numbers: a row per bar with its n and each level's share,
  /// with a note when a row's rounded shares do not add up to 100 %.
  public var table: Table {
    var columns: [Table.Column] = [.init("row", title: ""), .init("n", isNumeric: true)]
    for level in levels { columns.append(.init(level, isNumeric: true)) }
    var table = Table(id: id, caption: title, columns: columns, language: language)
    for index in rows.indices {
      table.rows.append(
        Table.Row(
          [.text(rows[index].label), .integer(rows[index].total)]
            + shares(of: index).map { .percent($0, decimals: 0) }))
    }
    table.noteRounding(ofPercentagesIn: 2..<(2 + levels.count))
    return table
  }
}
