/// The statistics of one construct (a multi-item scale) per group: its
/// score on complete cases and Cronbach's alpha.
public struct ConstructSummary: Hashable, Sendable {
  /// The construct's id (a code id links it to that theme).
  public var id: String
  /// The columns of its items, in spec order.
  public var items: [String]
  /// One summary per group, `all` last.
  public var groups: [GroupSummary]
  /// The comparison of the two groups' scores, when there are exactly two.
  public var test: MannWhitneyU?
  /// The two groups the test compares.
  public var testGroups: [String]
  /// The comparison of three or more groups' scores.
  public var kruskalWallis: KruskalWallis?

  /// One group's construct scores.
  public struct GroupSummary: Hashable, Sendable {
    /// The group's name.
    public var group: String
    /// Cronbach's alpha on the group's complete cases.
    public var alpha: CronbachAlpha
    /// The scores' statistics (count = complete cases).
    public var descriptive: Descriptive
  }

  init(
    survey: Survey, id: String, items: [Int], groups: [String], members: [[Int]],
    quantiles: QuantileMethod
  ) {
    self.id = id
    self.items = items.map { survey.spec.items[$0].column }
    let complete = survey.constructCases(items: items)
    var summaries: [GroupSummary] = []
    var samples: [[Double]] = []
    for (name, rows) in zip(groups, members) {
      var cases: [[Double]] = []
      var groupScores: [Double] = []
      for row in rows {
        guard let values = complete[row] else { continue }
        groupScores.append(Descriptive.mean(values))
        cases.append(values)
      }
      summaries.append(
        GroupSummary(
          group: name, alpha: CronbachAlpha(cases: cases),
          descriptive: Descriptive(groupScores, quantiles: quantiles)))
      samples.append(groupScores)
    }
    self.groups = summaries
    if groups.count == 3 {
      testGroups = Array(groups.prefix(2))
      test = MannWhitneyU(samples[0], samples[1])
    } else {
      testGroups = []
      test = nil
    }
    if groups.count > 3 {
      kruskalWallis = KruskalWallis(
        frequencies: samples.dropLast().map { MannWhitneyU.frequencies($0) })
    }
  }
}
