/// Thematic saturation of a set of interviews in their order: the new codes
/// each interview adds and the cumulative curve, assessed by Guest, Namey &
/// Chen's (2020) base size, run length and new-information threshold.
///
/// The **base** is the first `base` interviews; its distinct codes are the
/// denominator. A **run** is the next `run` interviews; the codes they add
/// that no earlier interview had are the new information. Saturation is
/// reached when a run's new codes are at most `threshold` of the base's
/// codes; otherwise the run moves on one interview and is checked again.
/// The result is stated in the paper's notation, `4+2, ≤ 5 %`, with the
/// interview that ends the first run within the threshold: the interviews
/// it took to see saturation.
///
/// Reference: Guest, G., Namey, E. & Chen, M. (2020). A simple method to
/// assess and report thematic saturation in qualitative research. *PLOS
/// ONE* 15(5), e0232076.
///
/// ```swift
/// let saturation = Saturation(
///   interviews: [("B01", ["a", "b"]), ("B02", ["b", "c"]), ("B03", ["a"])],
///   options: .init(base: 2, run: 1, threshold: 0.05))
/// saturation.assessment  // .reached(point: 3, …): B03 added nothing new
/// ```
public struct Saturation: Hashable, Sendable {
  /// Base size, run length and threshold.
  public struct Options: Hashable, Sendable {
    /// The number of interviews whose codes are the base (denominator).
    public var base: Int
    /// The number of interviews after the base checked for new codes.
    public var run: Int
    /// The largest share of new codes (new in the run / codes in the
    /// base) that counts as saturation, such as 0.05.
    public var threshold: Double

    /// Creates options.
    ///
    /// Guest et al. suggest a base of 4 to 6 and a run of
    /// 2 or 3 with a threshold of 5 % (or 0 % for a stricter claim).
    public init(base: Int = 4, run: Int = 2, threshold: Double = 0.05) {
      self.base = base
      self.run = run
      self.threshold = threshold
    }
  }

  /// One interview on the curve.
  public struct Step: Hashable, Sendable {
    /// The interview's (transcript's) id.
    public var interview: String
    /// The distinct codes it has.
    public var codes: Int
    /// Those no earlier interview had, sorted.
    public var newCodes: [String]
    /// The distinct codes of this and every earlier interview.
    public var cumulative: Int
  }

  /// What the method found.
  public enum Assessment: Hashable, Sendable {
    /// Saturation reached with the run ending at interview `point` (1-based),
    /// which added `newCodes` to the base's `baseCodes` codes.
    case reached(point: Int, runStart: Int, baseCodes: Int, newCodes: Int)
    /// Fewer interviews than base plus run.
    case tooFewInterviews(have: Int, need: Int)
    /// The base has no codes, so there is no denominator.
    case noCodesInBase
    /// Every run added more than the threshold; the last one, starting at
    /// `runStart`, added `newCodes` to `baseCodes`.
    case notReached(runStart: Int, baseCodes: Int, newCodes: Int)

    /// The saturation point, when reached.
    public var point: Int? {
      if case .reached(let point, _, _, _) = self { return point }
      return nil
    }
  }

  /// The options used.
  public var options: Options
  /// The curve, one step per interview in order.
  public var steps: [Step]
  /// The result.
  public var assessment: Assessment

  /// Assesses `interviews` (in order, each with the codes it has).
  public init(interviews: [(id: String, codes: Set<String>)], options: Options = Options()) {
    self.options = options
    var seen = Set<String>()
    var steps: [Step] = []
    for interview in interviews {
      let new = interview.codes.subtracting(seen).sorted()
      seen.formUnion(interview.codes)
      steps.append(
        Step(
          interview: interview.id, codes: interview.codes.count, newCodes: new,
          cumulative: seen.count))
    }
    self.steps = steps
    assessment = Self.assess(interviews.map(\.codes), options: options)
  }

  /// The assessment of interviews given as code sets, in order (the same
  /// rule as ``assessment``, without the curve: what the bootstrap calls).
  static func assess(_ interviews: [Set<String>], options: Options) -> Assessment {
    let need = options.base + options.run
    guard options.base >= 1, options.run >= 1, interviews.count >= need else {
      return .tooFewInterviews(have: interviews.count, need: need)
    }
    // firsts[i]: the codes no interview before i had.
    var seen = Set<String>()
    var firsts: [Int] = []
    firsts.reserveCapacity(interviews.count)
    for codes in interviews {
      var new = 0
      for code in codes where seen.insert(code).inserted { new += 1 }
      firsts.append(new)
    }
    let baseCodes = firsts[0..<options.base].reduce(0, +)
    guard baseCodes > 0 else { return .noCodesInBase }
    var last = Assessment.notReached(runStart: 0, baseCodes: baseCodes, newCodes: 0)
    var new = firsts[options.base..<need].reduce(0, +)
    var runStart = options.base
    while true {
      if Double(new) <= options.threshold * Double(baseCodes) + 1e-12 {
        return .reached(
          point: runStart + options.run, runStart: runStart + 1, baseCodes: baseCodes,
          newCodes: new)
      }
      last = .notReached(runStart: runStart + 1, baseCodes: baseCodes, newCodes: new)
      guard runStart + options.run < interviews.count else { break }
      new += firsts[runStart + options.run] - firsts[runStart]
      runStart += 1
    }
    return last
  }

  /// The distinct codes of every interview.
  public var totalCodes: Int { steps.last?.cumulative ?? 0 }
}
