/// A line over ordered categories, such as the distinct codes found after
/// each interview, with optional bars (the new codes each one added), a
/// marked point and a shaded start (the base).
///
/// ```swift
/// let chart = LineChart(
///   id: "saturation-curve", title: "Codes by interview", labels: ["B01", "B02", "B03"],
///   values: [5, 8, 8], bars: [5, 3, 0], marker: 3, baseEnd: 2)
/// ```
public struct LineChart: Hashable, Sendable {
  /// The chart's stable name.
  public var id: String
  /// The chart's title.
  public var title: String
  /// What the vertical axis measures.
  public var axisLabel: String
  /// The categories from left to right.
  public var labels: [String]
  /// The line's value at each category.
  public var values: [Int]
  /// A bar's height at each category (empty for none).
  public var bars: [Int]
  /// The 1-based category to mark with a vertical rule, if any.
  public var marker: Int?
  /// The categories 1…`baseEnd` are shaded (0 for none).
  public var baseEnd: Int
  /// The language the chart writes its numbers in.
  public var language: ReportLanguage

  /// Creates a chart; `values` and `bars` shorter than `labels` are padded with 0.
  public init(
    id: String, title: String, axisLabel: String = "", labels: [String], values: [Int],
    bars: [Int] = [], marker: Int? = nil, baseEnd: Int = 0, language: ReportLanguage = .english
  ) {
    self.id = id
    self.title = title
    self.axisLabel = axisLabel
    self.labels = labels
    self.values = labels.indices.map { $0 < values.count ? max(0, values[$0]) : 0 }
    self.bars = bars.isEmpty ? [] : labels.indices.map { $0 < bars.count ? max(0, bars[$0]) : 0 }
    self.marker = marker.flatMap { (1...max(1, labels.count)).contains($0) ? $0 : nil }
    self.baseEnd = min(max(0, baseEnd), labels.count)
    self.language = language
  }

  /// The largest value or bar (at least 1), the top of the axis.
  public var maximum: Int { max(1, (values + bars).max() ?? 1) }

  /// The chart's numbers: one row per category.
  public var table: Table {
    var columns: [Table.Column] = [
      .init("category", title: ""), .init("value", title: axisLabel, isNumeric: true),
    ]
    if !bars.isEmpty { columns.append(.init("bar", title: "+", isNumeric: true)) }
    var table = Table(id: id, caption: title, columns: columns, language: language)
    for (index, label) in labels.enumerated() {
      var cells: [Cell] = [.text(label), .integer(values[index])]
      if !bars.isEmpty { cells.append(.integer(bars[index])) }
      table.rows.append(Table.Row(cells))
    }
    return table
  }
}
