/// A chart in a report: what to draw, as data, not as a picture.
///
/// The HTML writer draws it as inline SVG (``SVGChartWriter``); Markdown,
/// LaTeX, Word and CSV give its data as the table ``table``.
public enum Chart: Hashable, Sendable {
  /// Horizontal bars grouped per category, such as theme prevalence by group.
  case groupedBars(GroupedBarChart)
  /// Diverging stacked bars of ordered levels, such as Likert answers by group.
  case diverging(DivergingBarChart)
  /// A line over ordered categories, such as a saturation curve.
  case line(LineChart)

  /// The chart's stable name, unique in its report.
  public var id: String {
    switch self {
    case .groupedBars(let chart): chart.id
    case .diverging(let chart): chart.id
    case .line(let chart): chart.id
    }
  }

  /// The chart's title.
  public var title: String {
    switch self {
    case .groupedBars(let chart): chart.title
    case .diverging(let chart): chart.title
    case .line(let chart): chart.title
    }
  }

  /// The language the chart writes its numbers in.
  public var language: ReportLanguage {
    switch self {
    case .groupedBars(let chart): chart.language
    case .diverging(let chart): chart.language
    case .line(let chart): chart.language
    }
  }

  /// The numbers the chart shows, as a table.
  public var table: Table {
    switch self {
    case .groupedBars(let chart): chart.table
    case .diverging(let chart): chart.table
    case .line(let chart): chart.table
    }
  }
}

/// Colours that readers with any common colour-vision deficiency can tell
/// apart.
public enum ChartPalette {
  /// Okabe & Ito (2008), for categories (groups), in order; the list
  /// repeats after eight.
  public static let categorical = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
  ]

  /// The grey of a neutral (midpoint) level.
  public static let neutral = "#BDBDBD"

  /// The colour of group `index` among categories.
  public static func category(_ index: Int) -> String {
    categorical[index % categorical.count]
  }

  /// Colours for `count` ordered levels, most negative first: ColorBrewer's
  /// colour-blind-safe diverging PuOr scheme (orange for the negative side,
  /// purple for the positive), with ``neutral`` for a middle level; beyond
  /// eleven levels the outermost colours repeat.
  public static func diverging(_ count: Int) -> [String] {
    guard count > 0 else { return [] }
    let sides: [(negative: [String], positive: [String])] = [
      (["#E66101"], ["#5E3C99"]),
      (["#E66101", "#FDB863"], ["#B2ABD2", "#5E3C99"]),
      (["#B35806", "#F1A340", "#FEE0B6"], ["#D8DAEB", "#998EC3", "#542788"]),
      (
        ["#B35806", "#E08214", "#FDB863", "#FEE0B6"], ["#D8DAEB", "#B2ABD2", "#8073AC", "#542788"]
      ),
      (
        ["#7F3B08", "#B35806", "#E08214", "#FDB863", "#FEE0B6"],
        ["#D8DAEB", "#B2ABD2", "#8073AC", "#542788", "#2D004B"]
      ),
    ]
    let side = count / 2
    let middle = count % 2 == 1 ? [neutral] : []
    guard side > 0 else { return middle }
    let chosen = sides[min(side, sides.count) - 1]
    let extra = max(0, side - sides.count)
    let negative = Array(repeating: chosen.negative[0], count: extra) + chosen.negative
    let positive =
      chosen.positive + Array(repeating: chosen.positive[chosen.positive.count - 1], count: extra)
    return negative + middle + positive
  }
}
