extension Reliability {
  /// A bootstrap percentile confidence interval for `statistic`, resampling units.
  ///
  /// Each resample draws `unitCount` units with replacement (a seeded
  /// ``SplitMix64``, so the interval is the same on every run and platform) and
  /// recomputes the coefficient; resamples where it is undefined are skipped.
  /// The bounds are the (1 − confidence)/2 and (1 + confidence)/2 quantiles of
  /// the resampled values, interpolated linearly (Hyndman–Fan type 7).
  ///
  /// Reference: Efron, B. & Tibshirani, R. J. (1993). *An Introduction to the
  /// Bootstrap*, ch. 13.
  ///
  /// - Parameters:
  ///   - statistic: The coefficient.
  ///   - data: The reliability data.
  ///   - level: The level of measurement (for alpha).
  ///   - weights: The weights (for Cohen's kappa).
  ///   - confidence: The confidence level, between 0 and 1.
  ///   - resamples: How many resamples to draw.
  ///   - seed: The random seed.
  /// - Returns: The interval, or `nil` when fewer than 2 resamples had a value.
  /// - Complexity: O(resamples × units × coders).
  public static func bootstrapInterval(
    for statistic: ReliabilityStatistic, on data: ReliabilityData,
    level: MeasurementLevel = .nominal, weights: KappaWeights = .none,
    confidence: Double = 0.95, resamples: Int = 1000, seed: UInt64 = 1
  ) -> ConfidenceInterval? {
    guard data.unitCount > 0, resamples > 0, confidence > 0, confidence < 1 else { return nil }
    if data.rowWeights != nil {
      return bootstrapInterval(
        for: statistic, on: data.expandingRowWeights(), level: level, weights: weights,
        confidence: confidence, resamples: resamples, seed: seed)
    }
    var generator = SplitMix64(seed: seed)
    var values: [Double] = []
    values.reserveCapacity(resamples)
    let width = data.coderCount
    var codes = ContiguousArray<Int32>(repeating: -1, count: data.codes.count)
    for _ in 0..<resamples {
      codes.withUnsafeMutableBufferPointer { output in
        data.codes.withUnsafeBufferPointer { input in
          for unit in 0..<data.unitCount {
            let source = generator.index(below: data.unitCount) * width
            for coder in 0..<width { output[unit * width + coder] = input[source + coder] }
          }
        }
      }
      let sample = ReliabilityData(
        coders: data.coders, categories: data.categories, numericValues: data.numericValues,
        isOrdered: data.isOrdered, unitCount: data.unitCount, codes: codes)
      if let value = compute(statistic, on: sample, level: level, weights: weights).value {
        values.append(value)
      }
    }
    guard values.count >= 2 else { return nil }
    values.sort()
    let tail = (1 - confidence) / 2
    return ConfidenceInterval(
      lower: quantile(values, tail), upper: quantile(values, 1 - tail), level: confidence,
      resamples: values.count)
  }

  /// The `p` quantile of sorted `values`, interpolated linearly (type 7).
  static func quantile(_ values: [Double], _ p: Double) -> Double {
    let position = Double(values.count - 1) * p
    let lower = Int(position.rounded(.down))
    let upper = min(lower + 1, values.count - 1)
    return values[lower] + (position - Double(lower)) * (values[upper] - values[lower])
  }
}
