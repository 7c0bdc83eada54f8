extension AgreementDiagnostics {
  /// ``Reliability/bootstrapInterval(for:on:level:weights:confidence:resamples:seed:)``
  /// for Cohen's kappa or Gwet's AC1, with the same draws and so the same
  /// interval, taking a shortcut for weighted yes/no data of two coders with
  /// no missing value (what `agree` makes): each resample counts the
  /// patterns its units fall in instead of copying the units, so a row of a
  /// million identical units costs nothing.
  static func bootstrapInterval(
    for statistic: ReliabilityStatistic, on data: ReliabilityData, confidence: Double,
    resamples: Int, seed: UInt64
  ) -> ConfidenceInterval? {
    guard statistic == .cohenKappa || statistic == .gwetAC1, data.coderCount == 2,
      data.categories.count == 2, data.unitCount > 0, resamples > 0, confidence > 0,
      confidence < 1, data.codes.allSatisfy({ $0 >= 0 })
    else {
      return Reliability.bootstrapInterval(
        for: statistic, on: data, confidence: confidence, resamples: resamples, seed: seed)
    }
    // The rows as the expanded data lays them out: row r's units follow row r − 1's.
    var ends: [Int] = []
    var patterns: [Int] = []
    var total = 0
    for row in 0..<data.rowCount {
      total += data.weight(ofRow: row)
      ends.append(total)
      patterns.append(Int(data.codes[2 * row]) * 2 + Int(data.codes[2 * row + 1]))
    }
    var generator = SplitMix64(seed: seed)
    var values: [Double] = []
    values.reserveCapacity(resamples)
    for _ in 0..<resamples {
      var counts = [0.0, 0.0, 0.0, 0.0]
      for _ in 0..<total {
        let unit = generator.index(below: total)
        var low = 0
        var high = ends.count - 1
        while low < high {
          let middle = (low + high) / 2
          if ends[middle] <= unit { low = middle + 1 } else { high = middle }
        }
        counts[patterns[low]] += 1
      }
      if let value = Self.coefficient(statistic, counts: counts) { values.append(value) }
    }
    guard values.count >= 2 else { return nil }
    values.sort()
    let tail = (1 - confidence) / 2
    return ConfidenceInterval(
      lower: Reliability.quantile(values, tail), upper: Reliability.quantile(values, 1 - tail),
      level: confidence, resamples: values.count)
  }

  /// Cohen's kappa or AC1 of a 2 × 2 table (counts of the patterns 00, 01,
  /// 10, 11), `nil` when chance agreement is 1.
  static func coefficient(_ statistic: ReliabilityStatistic, counts: [Double]) -> Double? {
    let n = counts.reduce(0, +)
    guard n > 0 else { return nil }
    let observed = (counts[0] + counts[3]) / n
    let chance: Double
    if statistic == .cohenKappa {
      let first = [(counts[0] + counts[1]) / n, (counts[2] + counts[3]) / n]
      let second = [(counts[0] + counts[2]) / n, (counts[1] + counts[3]) / n]
      chance = first[0] * second[0] + first[1] * second[1]
    } else {
      let coded = (2 * counts[3] + counts[1] + counts[2]) / (2 * n)
      chance = 2 * coded * (1 - coded)
    }
    return Reliability.chanceCorrected(observed: observed, chance: chance)
  }
}
