extension Reliability {
  /// Cohen's kappa for two coders, unweighted or with linear or quadratic weights.
  ///
  /// With *p*ᵢⱼ the share of units that coder 1 put in category *i* and coder 2
  /// in category *j*, *p*ᵢ. and *p*.ⱼ the coders' marginal shares, and agreement
  /// weights *w*ᵢⱼ (see ``KappaWeights``; positions in the declared category order):
  ///
  ///     p_o = Σᵢⱼ wᵢⱼ pᵢⱼ,   p_e = Σᵢⱼ wᵢⱼ pᵢ. p.ⱼ,   κ = (p_o − p_e) / (1 − p_e)
  ///
  /// Units where either coder's value is missing are left out. The value is
  /// `nil` when the data do not have exactly two coders or `p_e` = 1.
  ///
  /// References: Cohen, J. (1960). A coefficient of agreement for nominal scales.
  /// *Educational and Psychological Measurement* 20(1), 37–46. Cohen, J. (1968).
  /// Weighted kappa. *Psychological Bulletin* 70(4), 213–220.
  public static func cohenKappa(
    _ data: ReliabilityData, weights: KappaWeights = .none
  ) -> ReliabilityResult {
    twoCoder(.cohenKappa, data, weights: weights)
  }

  /// Scott's pi for two coders: kappa with chance agreement from the pooled marginals.
  ///
  /// With *p*ₖₖ the share of units both coders put in category *k* and
  /// πₖ = (*p*ₖ. + *p*.ₖ) / 2 the mean of the two coders' shares:
  ///
  ///     p_o = Σₖ pₖₖ,   p_e = Σₖ πₖ²,   π = (p_o − p_e) / (1 − p_e)
  ///
  /// Units where either coder's value is missing are left out.
  ///
  /// Reference: Scott, W. A. (1955). Reliability of content analysis: the case of
  /// nominal scale coding. *Public Opinion Quarterly* 19(3), 321–325.
  public static func scottPi(_ data: ReliabilityData) -> ReliabilityResult {
    twoCoder(.scottPi, data, weights: .none)
  }

  private static func twoCoder(
    _ statistic: ReliabilityStatistic, _ data: ReliabilityData, weights: KappaWeights
  ) -> ReliabilityResult {
    var result = ReliabilityResult(
      statistic: statistic, weights: weights, value: nil, units: data.unitCount,
      coders: data.coderCount, pairableValues: 0)
    guard data.coderCount == 2 else {
      result.explanation =
        "\(statistic.displayName) is for exactly 2 coders, but there are \(data.coderCount); "
        + "use Fleiss' kappa or Krippendorff's alpha"
      return result
    }
    if let reason = degenerateReason(data) {
      result.explanation = reason
      return result
    }
    let q = data.categories.count
    var table = [Double](repeating: 0, count: q * q)
    var complete = 0
    data.codes.withUnsafeBufferPointer { codes in
      for unit in 0..<data.rowCount {
        let first = codes[2 * unit]
        let second = codes[2 * unit + 1]
        guard first >= 0, second >= 0 else { continue }
        let weight = data.weight(ofRow: unit)
        table[Int(first) * q + Int(second)] += Double(weight)
        complete += weight
      }
    }
    result.pairableValues = 2 * complete
    let dropped = data.unitCount - complete
    if dropped > 0 {
      result.notes.append(
        "\(dropped) unit\(dropped == 1 ? "" : "s") with a missing value \(dropped == 1 ? "was" : "were") left out"
      )
    }
    guard complete > 0 else {
      result.explanation = "no unit was coded by both coders"
      return result
    }
    let total = Double(complete)
    var rows = [Double](repeating: 0, count: q)
    var columns = [Double](repeating: 0, count: q)
    for i in 0..<q {
      for j in 0..<q {
        rows[i] += table[i * q + j] / total
        columns[j] += table[i * q + j] / total
      }
    }
    var observed = 0.0
    var chance = 0.0
    switch statistic {
    case .scottPi:
      for k in 0..<q {
        observed += table[k * q + k] / total
        let pooled = (rows[k] + columns[k]) / 2
        chance += pooled * pooled
      }
    default:
      for i in 0..<q {
        for j in 0..<q {
          let weight = weights.agreement(i, j, count: q)
          observed += weight * table[i * q + j] / total
          chance += weight * rows[i] * columns[j]
        }
      }
    }
    result.value = chanceCorrected(observed: observed, chance: chance)
    if result.value == nil { result.explanation = perfectChanceExplanation(statistic) }
    return result
  }
}
