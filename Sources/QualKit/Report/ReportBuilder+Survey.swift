extension ReportBuilder {
  /// The survey section, when the project has a survey: per item a
  /// diverging stacked bar chart of its levels by group, and the tables
  /// `qualkit survey describe` prints (the same values).
  ///
  /// Respondents are grouped by the first of ``ReportOptions/groupAttributes``
  /// that is a survey column, else by the spec's first group.
  func surveyBlocks() -> [Report.Block] {
    guard let survey else { return [] }
    let columns = Set(survey.columns)
    let by =
      (options.groupAttributes ?? []).first(where: columns.contains) ?? survey.spec.groups.first
    guard let description = try? SurveyDescription(survey, by: by) else { return [] }
    var blocks: [Report.Block] = [.heading(words[.survey], level: 1)]
    let shownBy = by.map { words(.shownBy, words.attribute($0)) } ?? ""
    blocks.append(.paragraph(words(.surveyIntro, description.respondents, shownBy)))
    for (index, item) in description.items.enumerated() {
      let chart = Self.likertChart(item, id: "likert-\(index + 1)", words: words)
      blocks.append(.chart(.diverging(chart)))
    }
    for table in description.tables(words) { blocks.append(.table(table)) }
    return blocks
  }

  /// An item's answers as diverging bars: its levels from the lowest value
  /// (the negative end) to the highest, one bar per group (and all).
  public static func likertChart(_ item: ItemSummary, id: String, words: Vocabulary = .english)
    -> DivergingBarChart
  {
    let order = item.scale.ascendingLevels
    let title =
      item.item.column + (item.item.text.map { ": \($0)" } ?? "")
      + (item.item.reverse ? " (R)" : "")
    return DivergingBarChart(
      id: id, title: title, levels: order.map { item.scale.levels[$0].label },
      rows: item.groups.map { group in
        DivergingBarChart.Row(
          label: words.group(group.group), counts: order.map { group.counts[$0] })
      }, language: words.language)
  }
}
