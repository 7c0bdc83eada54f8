/// The descriptive statistics of a survey's items and constructs, overall
/// and per group, with a two-group comparison.
///
/// Rules (the values `qualkit survey describe` prints):
/// - `N` respondents in the group, `blank` empty cells, `dontKnow` don't-know
///   answers, `missing` other missing answers, `n` valid answers;
/// - percentages are of the valid answers, every level listed even at 0;
/// - item statistics are on the values as answered (a reverse-scored item is
///   flagged, not flipped); quartiles by ``QuantileMethod`` (type 7 by
///   default); the standard deviation with n − 1; top-two-box is the share of
///   valid answers in the two highest levels;
/// - a construct's score is the mean of its items with reverse-scored items
///   mirrored, on complete cases, with Cronbach's alpha on those cases;
/// - with exactly two groups, each item and construct is compared by
///   ``MannWhitneyU``, the first group (in file order) first; with more, by
///   ``KruskalWallis``.
///
/// Groups are the values of the `by` column in the order they first appear;
/// respondents with an empty value are in `all` only (``ungrouped``).
public struct SurveyDescription: Hashable, Sendable {
  /// The name the overall group has.
  public static let allGroup = "all"

  /// The number of respondents.
  public var respondents: Int
  /// The grouping column, if any.
  public var by: String?
  /// How quartiles were interpolated.
  public var quantiles: QuantileMethod
  /// The group names, in first-appearance order (without `all`).
  public var groups: [String]
  /// Respondents whose group value is empty.
  public var ungrouped: Int
  /// One summary per item, in spec order.
  public var items: [ItemSummary]
  /// One summary per construct, in the order of their first item.
  public var constructs: [ConstructSummary]

  /// Describes `survey`, grouped by column `by`.
  ///
  /// - Throws: ``SurveyError`` when the survey has no column `by` (with the nearest names).
  public init(_ survey: Survey, by: String? = nil, quantiles: QuantileMethod = .type7)
    throws(SurveyError)
  {
    respondents = survey.respondents.count
    self.by = by
    self.quantiles = quantiles
    let membership = try SurveyDescription.groups(of: survey, by: by)
    groups = membership.names
    ungrouped = membership.ungrouped
    let allMembers = [Array(survey.respondents.indices)]
    let memberLists = membership.members + allMembers
    let names = groups + [SurveyDescription.allGroup]
    items = survey.spec.items.indices.map { item in
      ItemSummary(
        survey: survey, item: item, groups: names, members: memberLists, quantiles: quantiles)
    }
    constructs = survey.spec.constructs.map { construct in
      ConstructSummary(
        survey: survey, id: construct.id, items: construct.items, groups: names,
        members: memberLists, quantiles: quantiles)
    }
  }

  /// The members of each group of column `by` (row indices), in first-appearance order.
  static func groups(of survey: Survey, by: String?) throws(SurveyError)
    -> (names: [String], members: [[Int]], ungrouped: Int)
  {
    guard let by else { return ([], [], 0) }
    guard let values = survey.values(ofColumn: by) else {
      let choices = survey.columns.filter { survey.values(ofColumn: $0) != nil }
      let nearest = Suggestions.nearest(to: by, in: choices, limit: 3)
      let hint =
        nearest.isEmpty ? "" : " (nearest: \(nearest.map { "'\($0)'" }.joined(separator: ", ")))"
      throw SurveyError(
        "no column '\(by)' to group by in the survey\(hint)", kind: .invalidData)
    }
    var names: [String] = []
    var positions: [String: Int] = [:]
    var members: [[Int]] = []
    var ungrouped = 0
    for (row, value) in values.enumerated() {
      guard !value.isEmpty else {
        ungrouped += 1
        continue
      }
      if let position = positions[value] {
        members[position].append(row)
      } else {
        positions[value] = names.count
        names.append(value)
        members.append([row])
      }
    }
    return (names, members, ungrouped)
  }
}
