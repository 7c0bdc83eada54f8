/// Renders a ``SurveyDescription``: as JSON for scripts, and as tables
/// (one per scale, one for constructs, one for the group comparisons) for
/// text, Markdown and CSV.
///
/// In JSON, `percent` and `topTwoBox` are percentages (0–100) of the valid
/// answers; a statistic that is undefined is `null` and `undefined` names
/// the reason.
public enum SurveyDescriptionWriter {
  // MARK: - JSON

  /// The description as JSON (the shape README documents).
  public static func json(_ description: SurveyDescription) -> JSONOutput {
    .object([
      ("respondents", .int(description.respondents)),
      ("by", .string(description.by)),
      ("quantiles", .string(description.quantiles.rawValue)),
      ("groups", .array(description.groups.map { .string($0) })),
      ("ungrouped", .int(description.ungrouped)),
      ("items", .array(description.items.map(item))),
      ("constructs", .array(description.constructs.map(construct))),
    ])
  }

  private static func item(_ summary: ItemSummary) -> JSONOutput {
    .object([
      ("column", .string(summary.item.column)), ("text", .string(summary.item.text)),
      ("scale", .string(summary.scale.id)), ("reverse", .bool(summary.item.reverse)),
      ("construct", .string(summary.item.construct)),
      ("groups", .array(summary.groups.map { group($0, scale: summary.scale) })),
      (
        "test", test(summary.test, groups: summary.testGroups, kruskalWallis: summary.kruskalWallis)
      ),
    ])
  }

  private static func group(_ group: ItemSummary.GroupSummary, scale: LikertScale) -> JSONOutput {
    let labels = scale.levels.map(\.label)
    let percents = group.percents
    var undefined: [(String, JSONOutput)] = []
    if group.valid == 0 {
      undefined.append(("all", .string("no valid answers")))
    } else if group.valid == 1 {
      undefined.append(("sd", .string("one valid answer")))
    }
    let statistics = [
      ("median", group.descriptive.median), ("q1", group.descriptive.firstQuartile),
      ("q3", group.descriptive.thirdQuartile), ("mean", group.descriptive.mean),
      ("sd", group.descriptive.standardDeviation),
    ]
    for (name, value) in statistics where value.map({ !$0.isFinite }) ?? false {
      undefined.append((name, .string(Table.nonFiniteNote)))
    }
    return .object([
      ("group", .string(group.group)), ("N", .int(group.total)), ("n", .int(group.valid)),
      ("blank", .int(group.blank)), ("dontKnow", .int(group.dontKnow)),
      ("missing", .int(group.missing)),
      ("counts", .object(zip(labels, group.counts).map { ($0, .int($1)) })),
      (
        "percent",
        .object(
          labels.indices.map { index in
            (labels[index], percents.map { .double($0[index] * 100) } ?? .null)
          })
      ),
      ("median", number(group.descriptive.median)), ("q1", number(group.descriptive.firstQuartile)),
      ("q3", number(group.descriptive.thirdQuartile)), ("mean", number(group.descriptive.mean)),
      ("sd", number(group.descriptive.standardDeviation)),
      ("topTwoBox", number(group.topTwoBox.map { $0 * 100 })),
      ("undefined", .object(undefined)),
    ])
  }

  private static func construct(_ summary: ConstructSummary) -> JSONOutput {
    .object([
      ("id", .string(summary.id)), ("items", .array(summary.items.map { .string($0) })),
      (
        "groups",
        .array(
          summary.groups.map { group in
            .object([
              ("group", .string(group.group)), ("alpha", number(group.alpha.value)),
              ("alphaUndefined", .string(group.alpha.explanation)),
              ("undefined", undefined(group.descriptive)),
              ("nComplete", .int(group.descriptive.count)),
              ("mean", number(group.descriptive.mean)),
              ("sd", number(group.descriptive.standardDeviation)),
              ("median", number(group.descriptive.median)),
            ])
          })
      ),
      (
        "test", test(summary.test, groups: summary.testGroups, kruskalWallis: summary.kruskalWallis)
      ),
    ])
  }

  /// A group comparison as JSON: Mann–Whitney U for two groups,
  /// Kruskal–Wallis for more, or `null` when there is none.
  public static func test(
    _ test: MannWhitneyU?, groups: [String], kruskalWallis: KruskalWallis? = nil
  ) -> JSONOutput {
    if test == nil, let kruskalWallis {
      let value = kruskalWallis.value
      return .object([
        ("test", .string("kruskal-wallis")), ("n", .array(kruskalWallis.counts.map { .int($0) })),
        ("H", number(value?.h)), ("df", value.map { .int($0.degreesOfFreedom) } ?? .null),
        ("p", number(value?.p)), ("undefined", .string(kruskalWallis.explanation)),
      ])
    }
    guard let test else { return .null }
    let value = test.value
    return .object([
      ("test", .string("mann-whitney")), ("groups", .array(groups.map { .string($0) })),
      ("n1", .int(test.firstCount)), ("n2", .int(test.secondCount)),
      ("U", number(value?.u)), ("z", number(value?.z)), ("p", number(value?.p)),
      ("method", .string(value?.method.rawValue)),
      ("rankBiserial", number(value?.rankBiserial)),
      ("undefined", .string(test.explanation)),
    ])
  }

  private static func number(_ value: Double?) -> JSONOutput {
    value.map { .double($0) } ?? .null
  }

  /// Why a construct's statistics are `null` when they are too large to compute.
  private static func undefined(_ descriptive: Descriptive) -> JSONOutput {
    let statistics = [
      ("mean", descriptive.mean), ("sd", descriptive.standardDeviation),
      ("median", descriptive.median),
    ]
    return .object(
      statistics.compactMap { name, value in
        value.map { !$0.isFinite } ?? false ? (name, .string(Table.nonFiniteNote)) : nil
      })
  }
}
