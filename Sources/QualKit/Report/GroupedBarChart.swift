/// Horizontal bars grouped per category: for each category (a theme) one
/// bar per group (a value of an attribute), its length a share of the group.
///
/// The inputs are generic (labels and counts), so survey and coding data
/// both fit: a theme's participants out of each group's participants, or an
/// answer's respondents out of each arm's.
///
/// ```swift
/// let chart = GroupedBarChart(
///   id: "prevalence-group", title: "Themes by group", categories: ["Coherence", "Mastery"],
///   groups: ["TKI2", "usual care"], counts: [[4, 1], [3, 2]], totals: [5, 2])
/// chart.share(category: 0, group: 0)  // 0.8
/// ```
public struct GroupedBarChart: Hashable, Sendable {
  /// The chart's stable name.
  public var id: String
  /// The chart's title.
  public var title: String
  /// What a bar's length measures, such as `participants (%)`.
  public var axisLabel: String
  /// The categories from top to bottom.
  public var categories: [String]
  /// The groups, one bar each within a category, in legend order.
  public var groups: [String]
  /// The count of each category (outer) in each group (inner).
  public var counts: [[Int]]
  /// Each group's total (the denominator of its shares).
  public var totals: [Int]
  /// The language the chart writes its numbers in (`80%`, `80 %`).
  public var language: ReportLanguage

  /// Creates a chart; `counts` rows shorter than `groups` are padded with 0.
  public init(
    id: String, title: String, axisLabel: String = "", categories: [String], groups: [String],
    counts: [[Int]], totals: [Int], language: ReportLanguage = .english
  ) {
    self.id = id
    self.title = title
    self.axisLabel = axisLabel
    self.categories = categories
    self.groups = groups
    self.counts = categories.indices.map { index in
      let row = index < counts.count ? counts[index] : []
      return groups.indices.map { $0 < row.count ? max(0, row[$0]) : 0 }
    }
    self.totals = groups.indices.map { $0 < totals.count ? max(0, totals[$0]) : 0 }
    self.language = language
  }

  /// The share (0…1) of `group` in `category`; 0 when the group is empty.
  public func share(category: Int, group: Int) -> Double {
    let total = totals[group]
    return total == 0 ? 0 : Double(counts[category][group]) / Double(total)
  }

  /// The text beside a bar: `80% (4/5)`.
  public func label(category: Int, group: Int) -> String {
    let count = counts[category][group]
    let total = totals[group]
    guard total > 0 else { return "0/0" }
    return language.numberStyle.percent(share(category: category, group: group), decimals: 0)
      + " (\(count)/\(total))"
  }

  /// The chart's numbers: one row per category, a count and a share per group.
  public var table: Table {
    var columns: [Table.Column] = [.init("category", title: "")]
    for (index, group) in groups.enumerated() {
      columns.append(
        .init("\(group) n", title: "\(group) (N\u{A0}=\u{A0}\(totals[index]))", isNumeric: true))
      columns.append(.init("\(group) %", title: "\(group) %", isNumeric: true))
    }
    var table = Table(id: id, caption: title, columns: columns, language: language)
    for (index, category) in categories.enumerated() {
      var cells: [Cell] = [.text(category)]
      for group in groups.indices {
        cells.append(.integer(counts[index][group]))
        cells.append(.percent(share(category: index, group: group), decimals: 0))
      }
      table.rows.append(Table.Row(cells))
    }
    return table
  }
}
