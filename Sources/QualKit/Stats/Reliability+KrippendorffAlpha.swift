extension Reliability {
  /// Krippendorff's alpha for any number of coders, missing values allowed, at
  /// the nominal, ordinal, interval or ratio level.
  ///
  /// Computed by the coincidence-matrix method of Krippendorff (2011). Only units
  /// with *m*ᵤ ≥ 2 values are pairable; *n* is the number of pairable values and
  /// *n*꜀ the number of them in category *c*:
  ///
  ///     D_o = (1/n) Σᵤ 1/(mᵤ − 1) Σ_{i≠j in u} δ(vᵢ, vⱼ)
  ///     D_e = 1/(n(n − 1)) Σ꜀ Σₖ n꜀ nₖ δ(c, k)
  ///     α = 1 − D_o / D_e
  ///
  /// with the difference functions δ(c, k) of Krippendorff (2011):
  /// - nominal: 0 if *c* = *k*, else 1;
  /// - ordinal: (Σ_{g=c}^{k} n_g − (n꜀ + nₖ)/2)², from the category order and the
  ///   marginal frequencies n_g (computed as the squared difference of the
  ///   categories' mid-ranks, which is the same);
  /// - interval: (c − k)²;
  /// - ratio: ((c − k)/(c + k))².
  ///
  /// The value is `nil` when there are fewer than 2 pairable values or every
  /// pairable value is the same (D_e = 0). When coders agree on every unit and
  /// more than one value is in use, α = 1.
  ///
  /// Reference: Krippendorff, K. (2011). Computing Krippendorff's alpha-reliability.
  /// Annenberg School for Communication Departmental Papers 43, University of
  /// Pennsylvania.
  ///
  /// - Parameters:
  ///   - data: The reliability data.
  ///   - level: The level of measurement.
  ///   - runner: Counts blocks of a large data set's units (one after the
  ///     other by default); the value is the same either way.
  /// - Returns: The result.
  /// - Complexity: O(units × coders) for nominal, ordinal and interval data; ratio
  ///   data add O(*V*²) for *V* distinct values.
  public static func krippendorffAlpha(
    _ data: ReliabilityData, level: MeasurementLevel = .nominal, runner: JobRunner = Jobs.serial
  ) -> ReliabilityResult {
    var result = ReliabilityResult(
      statistic: .krippendorffAlpha, level: level, value: nil, units: data.unitCount,
      coders: data.coderCount, pairableValues: 0)
    if let reason = degenerateReason(data) {
      result.explanation = reason
      return result
    }
    let q = data.categories.count
    var numbers = data.numericValues
    if (level == .interval || level == .ratio) && numbers.count != q {
      numbers = data.categories.map { Double($0) ?? .nan }
      if numbers.contains(where: { !$0.isFinite }) {
        result.explanation = "\(level.rawValue) level needs numeric values"
        return result
      }
    }
    if level == .ordinal && !data.isOrdered {
      result.notes.append("categories were ordered by their text; declare them to set the order")
    }
    let sums = alphaSums(data, level: level, numbers: numbers, runner: runner)
    result.pairableValues = sums.pairable
    guard sums.pairable >= 2 else {
      result.explanation = "fewer than 2 pairable values: no unit has values from 2 coders"
      return result
    }
    guard sums.expected > 0 else {
      result.explanation =
        "every pairable value is the same, "
        + "so there is no variation to measure agreement on"
      return result
    }
    result.value = 1 - Double(sums.pairable - 1) * sums.observed / sums.expected
    return result
  }

  /// The unscaled observed and expected disagreements and the number of pairable values.
  ///
  /// `observed` is Σᵤ Σ_{i≠j} δ / (mᵤ − 1) and `expected` is Σ꜀ₖ n꜀ nₖ δ, so that
  /// α = 1 − (n − 1) · observed / expected.
  private static func alphaSums(
    _ data: ReliabilityData, level: MeasurementLevel, numbers: [Double], runner: JobRunner
  ) -> (observed: Double, expected: Double, pairable: Int) {
    let q = data.categories.count
    let width = data.coderCount
    // Pass 1, in row blocks that `runner` may count at once; the counts
    // are whole numbers, so their total is the same in any order.
    let blocks = data.rowCount >= 1 << 16 ? 8 : 1
    let counts = Jobs.map(blocks, runner: runner) { block in
      pairCounts(
        data, rows: (data.rowCount * block / blocks)..<(data.rowCount * (block + 1) / blocks))
    }
    var marginals = [Int](repeating: 0, count: q)
    var pairable = 0
    var disagreements = [Int](repeating: 0, count: width + 1)
    for part in counts {
      pairable += part.pairable
      for c in 0..<q { marginals[c] += part.marginals[c] }
      for m in 0...width { disagreements[m] += part.disagreements[m] }
    }
    var observed = 0.0
    var positions = numbers
    let n = Double(pairable)
    switch level {
    case .nominal:
      for present in disagreements.indices.dropFirst(2) where disagreements[present] != 0 {
        observed += Double(disagreements[present]) / Double(present - 1)
      }
      let squares = marginals.reduce(0.0) { $0 + Double($1) * Double($1) }
      return (observed, n * n - squares, pairable)
    case .ordinal:
      // Mid-ranks: categories below plus half the category's own frequency.
      var below = 0.0
      positions = marginals.map { count in
        defer { below += Double(count) }
        return below + Double(count) / 2
      }
    case .interval, .ratio:
      break
    }
    // Pass 2: observed disagreement from positions.
    data.codes.withUnsafeBufferPointer { codes in
      var values = [Double](repeating: 0, count: width)
      var base = 0
      for row in 0..<data.rowCount {
        let weight = Double(data.weight(ofRow: row))
        var present = 0
        for coder in 0..<width {
          let code = Int(codes[base + coder])
          if code >= 0 {
            values[present] = positions[code]
            present += 1
          }
        }
        base += width
        guard present >= 2 else { continue }
        var sum = 0.0
        if level == .ratio {
          for i in 0..<present {
            for j in (i + 1)..<present { sum += 2 * ratioDistance(values[i], values[j]) }
          }
        } else {
          var mean = 0.0
          for i in 0..<present { mean += values[i] }
          mean /= Double(present)
          var squares = 0.0
          for i in 0..<present { squares += (values[i] - mean) * (values[i] - mean) }
          sum = 2 * Double(present) * squares
        }
        observed += weight * sum / Double(present - 1)
      }
    }
    var expected = 0.0
    if level == .ratio {
      let used = marginals.indices.filter { marginals[$0] > 0 }
      for c in used {
        for k in used where k > c {
          expected +=
            2 * Double(marginals[c]) * Double(marginals[k])
            * ratioDistance(positions[c], positions[k])
        }
      }
    } else {
      var mean = 0.0
      for c in 0..<q { mean += Double(marginals[c]) * positions[c] }
      mean /= n
      for c in 0..<q where marginals[c] > 0 {
        expected += Double(marginals[c]) * (positions[c] - mean) * (positions[c] - mean)
      }
      expected *= 2 * n
    }
    return (observed, expected, pairable)
  }

  /// Pass 1 of ``alphaSums(_:level:numbers:runner:)`` over `rows`: the
  /// categories' counts among pairable values, the number of pairable
  /// values, and Σ (m² − Σ꜀ m꜀²) of the units with m values (the nominal
  /// disagreements, by m).
  private static func pairCounts(_ data: ReliabilityData, rows: Range<Int>)
    -> (marginals: [Int], pairable: Int, disagreements: [Int])
  {
    let q = data.categories.count
    let width = data.coderCount
    var marginals = [Int](repeating: 0, count: q)
    var pairable = 0
    var disagreements = [Int](repeating: 0, count: width + 1)
    data.codes.withUnsafeBufferPointer { codes in
      var counts = [Int32](repeating: 0, count: q)
      counts.withUnsafeMutableBufferPointer { counts in
        marginals.withUnsafeMutableBufferPointer { marginals in
          disagreements.withUnsafeMutableBufferPointer { disagreements in
            var base = rows.lowerBound * width
            for row in rows {
              let weight = data.weight(ofRow: row)
              var present = 0
              for coder in 0..<width where codes[base + coder] >= 0 { present += 1 }
              if present >= 2 {
                pairable += present * weight
                var squares = 0
                for coder in 0..<width {
                  let code = Int(codes[base + coder])
                  guard code >= 0 else { continue }
                  marginals[code] += weight
                  squares += 2 * Int(counts[code]) + 1
                  counts[code] += 1
                }
                for coder in 0..<width {
                  let code = Int(codes[base + coder])
                  if code >= 0 { counts[code] = 0 }
                }
                // Summed by number of values, divided once at the end.
                disagreements[present] += weight * (present * present - squares)
              }
              base += width
            }
          }
        }
      }
    }
    return (marginals, pairable, disagreements)
  }

  private static func ratioDistance(_ c: Double, _ k: Double) -> Double {
    let total = c + k
    guard total != 0 else { return 0 }
    let relative = (c - k) / total
    return relative * relative
  }
}
