import Foundation

/// Krippendorff's unitizing alpha (uα): how reliably coders mark the same
/// stretches of a continuum (characters of a text) with one category.
///
/// Each coder divides the continuum of length *L* into sections: their
/// units of the category (*w* = 1) and the gaps between them (*w* = 0).
/// For two sections *g* of coder *i* and *h* of coder *j*, starting at *b*
/// with length *l*, the squared difference is
///
///     (b_g − b_h)² + (b_g + l_g − b_h − l_h)²   both units, overlapping
///     l_g²                                      a unit of i inside a gap of j
///     l_h²                                      a gap of i around a unit of j
///     0                                         otherwise
///
/// and with *m* coders and *N* units of the category in all,
///
///     D_o = Σᵢ Σⱼ≠ᵢ Σ_g Σ_h δ²(g, h) / (m(m − 1)L²)
///     D_e = (2/L) Σ_units [ (N − 1)(2l³ − 3l² + l)/3 + l² Σ_gaps≥l (gap − l + 1) ]
///           / (mL(mL − 1) − Σ_units l(l − 1))
///     uα  = 1 − D_o / D_e
///
/// Over several categories, uα = 1 − Σ D_o / Σ D_e. A coder's overlapping
/// units of one category are merged first (the method assumes they do not
/// overlap).
///
/// References: Krippendorff, K. (1995). On the reliability of unitizing
/// continuous data. *Sociological Methodology* 25, 47–76. Krippendorff, K.
/// (2004). *Content Analysis: An Introduction to Its Methodology*, 2nd ed.,
/// §11.6, pp. 251–256 (the form used here).
public enum UnitizingAlpha {
  /// The disagreements of one category: what uα is made of.
  public struct Disagreement: Hashable, Sendable {
    /// Observed disagreement D_o.
    public var observed: Double
    /// Expected disagreement D_e.
    public var expected: Double
    /// The number of units (all coders).
    public var units: Int

    /// Creates a value.
    public init(observed: Double, expected: Double, units: Int) {
      self.observed = observed
      self.expected = expected
      self.units = units
    }

    /// uα = 1 − D_o/D_e, or `nil` when D_e is 0 (no units, or units that
    /// leave no room for disagreement).
    public var alpha: Double? {
      expected > 0 ? 1 - observed / expected : nil
    }
  }

  /// The disagreements of one category on a continuum `0..<length`.
  ///
  /// - Parameters:
  ///   - units: Per coder, the ranges they marked (any order; overlaps merged).
  ///   - length: The length of the continuum, *L*; ranges beyond it are cut.
  /// - Returns: D_o and D_e; both 0 when no coder marked anything.
  /// - Complexity: O(*u* log *u*) for *u* units and gaps.
  public static func disagreement(units: [[Range<Int>]], length: Int) -> Disagreement {
    let coders = units.map { merged($0, length: length) }
    let m = Double(coders.count)
    let total = Double(length)
    let count = coders.reduce(0) { $0 + $1.count }
    guard coders.count >= 2, length > 0, count > 0 else {
      return Disagreement(observed: 0, expected: 0, units: count)
    }
    var observed = 0.0
    for i in coders.indices {
      for j in coders.indices where j > i {
        observed += 2 * pairDisagreement(coders[i], coders[j], length: length)
      }
    }
    observed /= m * (m - 1) * total * total

    // Gaps, sorted, with suffix sums for Σ over gaps ≥ l of (gap − l + 1).
    var gaps: [Double] = []
    for ranges in coders {
      gaps += sections(ranges, length: length).filter { !$0.isUnit }.map(\.length)
    }
    gaps.sort()
    var suffixSums = [Double](repeating: 0, count: gaps.count + 1)
    for index in stride(from: gaps.count - 1, through: 0, by: -1) {
      suffixSums[index] = suffixSums[index + 1] + gaps[index]
    }
    let n = Double(count)
    var numerator = 0.0
    var squares = 0.0
    for ranges in coders {
      for range in ranges {
        let l = Double(range.count)
        squares += l * (l - 1)
        // The first gap at least l long.
        var low = 0
        var high = gaps.count
        while low < high {
          let middle = (low + high) / 2
          if gaps[middle] < l { low = middle + 1 } else { high = middle }
        }
        let longer = Double(gaps.count - low)
        let gapTerm = suffixSums[low] + longer * (1 - l)
        numerator += (n - 1) * (2 * l * l * l - 3 * l * l + l) / 3 + l * l * gapTerm
      }
    }
    let denominator = m * total * (m * total - 1) - squares
    let expected = denominator > 0 ? 2 / total * numerator / denominator : 0
    return Disagreement(observed: observed, expected: expected, units: count)
  }

  /// uα over several categories: 1 − Σ D_o / Σ D_e, or `nil` when Σ D_e is 0.
  public static func pooled(_ categories: [Disagreement]) -> Double? {
    let expected = categories.reduce(0) { $0 + $1.expected }
    guard expected > 0 else { return nil }
    return 1 - categories.reduce(0) { $0 + $1.observed } / expected
  }

  // MARK: - Sections

  /// A unit or a gap of one coder.
  struct Section: Hashable {
    var start: Double
    var length: Double
    var isUnit: Bool
  }

  /// `ranges` inside `0..<length`, sorted, overlapping ones merged
  /// (adjacent ones stay apart: they are two units).
  static func merged(_ ranges: [Range<Int>], length: Int) -> [Range<Int>] {
    var result: [Range<Int>] = []
    let clipped = ranges.map { max(0, $0.lowerBound)..<min(length, max(0, $0.upperBound)) }
    for range in clipped.filter({ !$0.isEmpty }).sorted(by: {
      ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound)
    }) {
      if let last = result.last, range.lowerBound < last.upperBound {
        result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
      } else {
        result.append(range)
      }
    }
    return result
  }

  /// The units and gaps that tile `0..<length`, in order.
  static func sections(_ units: [Range<Int>], length: Int) -> [Section] {
    var result: [Section] = []
    var position = 0
    for unit in units {
      if unit.lowerBound > position {
        result.append(
          Section(
            start: Double(position), length: Double(unit.lowerBound - position), isUnit: false))
      }
      result.append(
        Section(start: Double(unit.lowerBound), length: Double(unit.count), isUnit: true))
      position = unit.upperBound
    }
    if position < length {
      result.append(
        Section(start: Double(position), length: Double(length - position), isUnit: false))
    }
    return result
  }

  /// δ² of two sections.
  static func distance(_ g: Section, _ h: Section) -> Double {
    let begin = g.start - h.start
    switch (g.isUnit, h.isUnit) {
    case (true, true) where -g.length < begin && begin < h.length:
      let end = g.start + g.length - h.start - h.length
      return begin * begin + end * end
    case (true, false) where begin >= 0 && g.start + g.length <= h.start + h.length:
      return g.length * g.length
    case (false, true) where begin <= 0 && h.start + h.length <= g.start + g.length:
      return h.length * h.length
    default:
      return 0
    }
  }

  /// Σ δ² over the pairs of one coder's and another's sections that
  /// overlap (the only pairs that can differ), swept in one pass.
  private static func pairDisagreement(
    _ first: [Range<Int>], _ second: [Range<Int>], length: Int
  ) -> Double {
    let a = sections(first, length: length)
    let b = sections(second, length: length)
    var sum = 0.0
    var i = 0
    var j = 0
    while i < a.count && j < b.count {
      sum += distance(a[i], b[j])
      let endA = a[i].start + a[i].length
      let endB = b[j].start + b[j].length
      if endA < endB {
        i += 1
      } else if endB < endA {
        j += 1
      } else {
        i += 1
        j += 1
      }
    }
    return sum
  }
}
