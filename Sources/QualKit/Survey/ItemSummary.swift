/// The statistics of one survey item: per group and overall, and the two-group test.
public struct ItemSummary: Hashable, Sendable {
  /// The item.
  public var item: SurveyItem
  /// Its scale.
  public var scale: LikertScale
  /// One summary per group, `all` last.
  public var groups: [GroupSummary]
  /// The comparison of the two groups, when there are exactly two.
  public var test: MannWhitneyU?
  /// The two groups the test compares, first group's U.
  public var testGroups: [String]
  /// The comparison of three or more groups.
  public var kruskalWallis: KruskalWallis?

  /// The answers of one group to one item.
  public struct GroupSummary: Hashable, Sendable {
    /// The group's name (`all` for everyone).
    public var group: String
    /// Respondents in the group.
    public var total: Int
    /// Valid answers (on a level of the scale).
    public var valid: Int
    /// Empty cells.
    public var blank: Int
    /// Don't-know answers.
    public var dontKnow: Int
    /// Other missing answers.
    public var missing: Int
    /// The number of answers per level, in the scale's order.
    public var counts: [Int]
    /// Mean, standard deviation, median and quartiles of the valid values.
    public var descriptive: Descriptive
    /// The share of valid answers in the two highest levels, `nil` without valid answers.
    public var topTwoBox: Double?

    /// The share of valid answers per level, `nil` without valid answers.
    public var percents: [Double]? {
      valid == 0 ? nil : counts.map { Double($0) / Double(valid) }
    }
  }

  init(
    survey: Survey, item: Int, groups: [String], members: [[Int]], quantiles: QuantileMethod
  ) {
    self.item = survey.spec.items[item]
    scale = survey.scale(ofItem: item)
    let levelCount = scale.levels.count
    let codes = survey.answerCodes[item]
    let top = scale.topTwoLevels
    var summaries: [GroupSummary] = []
    var frequencies: [[(value: Double, count: Int)]] = []
    for (name, rows) in zip(groups, members) {
      var counts = [Int](repeating: 0, count: levelCount)
      var blank = 0
      var dontKnow = 0
      var missing = 0
      for row in rows {
        let code = codes[row]
        switch code {
        case -1: blank += 1
        case -2: dontKnow += 1
        case ..<0: missing += 1
        default: counts[Int(code)] += 1
        }
      }
      let valid = counts.reduce(0, +)
      var values: [Double] = []
      values.reserveCapacity(valid)
      var frequency: [(value: Double, count: Int)] = []
      for index in scale.ascendingLevels {
        values += repeatElement(scale.levels[index].value, count: counts[index])
        frequency.append((scale.levels[index].value, counts[index]))
      }
      let inTop = top.reduce(0) { $0 + counts[$1] }
      summaries.append(
        GroupSummary(
          group: name, total: rows.count, valid: valid, blank: blank, dontKnow: dontKnow,
          missing: missing, counts: counts,
          descriptive: Descriptive(values, quantiles: quantiles),
          topTwoBox: valid == 0 ? nil : Double(inTop) / Double(valid)))
      frequencies.append(frequency)
    }
    self.groups = summaries
    // Groups, then `all`: a test when exactly two groups precede it.
    if groups.count == 3 {
      testGroups = Array(groups.prefix(2))
      test = MannWhitneyU(frequencies: frequencies[0], frequencies[1])
    } else {
      testGroups = []
      test = nil
    }
    if groups.count > 3 {
      kruskalWallis = KruskalWallis(frequencies: Array(frequencies.dropLast()))
    }
  }
}
