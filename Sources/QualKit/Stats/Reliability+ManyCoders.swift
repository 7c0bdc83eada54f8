extension Reliability {
  /// Percent agreement: the share of agreeing pairs of values within units.
  ///
  /// For each unit *i* with *r*ᵢ ≥ 2 values, of which *r*ᵢₖ are in category *k*,
  /// the unit's agreement is Σₖ *r*ᵢₖ(*r*ᵢₖ − 1) / (*r*ᵢ(*r*ᵢ − 1)); percent
  /// agreement *p*ₐ is its mean over those *n*₂ units (a share from 0 to 1).
  /// With two coders it is the share of units coded alike.
  ///
  /// Reference: Gwet, K. L. (2014). *Handbook of Inter-Rater Reliability*, 4th ed., §2.
  public static func percentAgreement(_ data: ReliabilityData) -> ReliabilityResult {
    manyCoder(.percentAgreement, data)
  }

  /// Fleiss' kappa, with Gwet's generalisation to missing ratings.
  ///
  /// With *p*ₐ as in ``percentAgreement(_:)`` and πₖ the mean over units with at
  /// least one value of *r*ᵢₖ / *r*ᵢ:
  ///
  ///     p_e = Σₖ πₖ²,   κ = (p_a − p_e) / (1 − p_e)
  ///
  /// With no missing values this is Fleiss (1971) exactly.
  ///
  /// References: Fleiss, J. L. (1971). Measuring nominal scale agreement among many
  /// raters. *Psychological Bulletin* 76(5), 378–382. Gwet (2014), §2.
  public static func fleissKappa(_ data: ReliabilityData) -> ReliabilityResult {
    manyCoder(.fleissKappa, data)
  }

  /// Brennan and Prediger's kappa: chance agreement 1/*q* for *q* categories.
  ///
  /// *q* counts every category in ``ReliabilityData/categories`` (all declared
  /// categories, used or not):
  ///
  ///     p_e = 1 / q,   κ_BP = (p_a − p_e) / (1 − p_e)
  ///
  /// Reference: Brennan, R. L. & Prediger, D. J. (1981). Coefficient kappa: some
  /// uses, misuses, and alternatives. *Educational and Psychological Measurement*
  /// 41(3), 687–699.
  public static func brennanPrediger(_ data: ReliabilityData) -> ReliabilityResult {
    manyCoder(.brennanPrediger, data)
  }

  /// Gwet's first-order agreement coefficient AC1.
  ///
  /// With πₖ as in ``fleissKappa(_:)`` and *q* the number of categories:
  ///
  ///     p_e = Σₖ πₖ(1 − πₖ) / (q − 1),   AC1 = (p_a − p_e) / (1 − p_e)
  ///
  /// Reference: Gwet, K. L. (2008). Computing inter-rater reliability and its variance
  /// in the presence of high agreement. *British Journal of Mathematical and
  /// Statistical Psychology* 61(1), 29–48.
  public static func gwetAC1(_ data: ReliabilityData) -> ReliabilityResult {
    manyCoder(.gwetAC1, data)
  }

  private static func manyCoder(
    _ statistic: ReliabilityStatistic, _ data: ReliabilityData
  ) -> ReliabilityResult {
    var result = ReliabilityResult(
      statistic: statistic, value: nil, units: data.unitCount, coders: data.coderCount,
      pairableValues: 0)
    if let reason = degenerateReason(data) {
      result.explanation = reason
      return result
    }
    let q = data.categories.count
    let width = data.coderCount
    var counts = [Int](repeating: 0, count: q)
    var shares = [Double](repeating: 0, count: q)
    var agreementSum = 0.0
    var pairableUnits = 0
    var ratedUnits = 0
    var pairableValues = 0
    data.codes.withUnsafeBufferPointer { codes in
      var touched: [Int] = []
      touched.reserveCapacity(width)
      for unit in 0..<data.rowCount {
        let weight = data.weight(ofRow: unit)
        touched.removeAll(keepingCapacity: true)
        var rated = 0
        for coder in 0..<width {
          let code = codes[unit * width + coder]
          guard code >= 0 else { continue }
          if counts[Int(code)] == 0 { touched.append(Int(code)) }
          counts[Int(code)] += 1
          rated += 1
        }
        if rated >= 1 {
          ratedUnits += weight
          for category in touched {
            shares[category] += Double(weight) * Double(counts[category]) / Double(rated)
          }
        }
        if rated >= 2 {
          pairableUnits += weight
          pairableValues += rated * weight
          var agreeing = 0
          for category in touched { agreeing += counts[category] * (counts[category] - 1) }
          agreementSum += Double(weight) * Double(agreeing) / Double(rated * (rated - 1))
        }
        for category in touched { counts[category] = 0 }
      }
    }
    result.pairableValues = pairableValues
    guard pairableUnits > 0 else {
      result.explanation = "fewer than 2 pairable values: no unit has values from 2 coders"
      return result
    }
    let observed = agreementSum / Double(pairableUnits)
    let pi = shares.map { $0 / Double(ratedUnits) }
    let chance: Double
    switch statistic {
    case .percentAgreement:
      result.value = observed
      return result
    case .fleissKappa:
      chance = pi.reduce(0) { $0 + $1 * $1 }
    case .brennanPrediger:
      chance = 1 / Double(q)
    default:
      guard q > 1 else {
        result.explanation = "Gwet's AC1 needs at least 2 categories"
        return result
      }
      chance = pi.reduce(0) { $0 + $1 * (1 - $1) } / Double(q - 1)
    }
    result.value = chanceCorrected(observed: observed, chance: chance)
    if result.value == nil { result.explanation = perfectChanceExplanation(statistic) }
    return result
  }
}
