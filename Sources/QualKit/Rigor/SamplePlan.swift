/// Sample-size plans a methods section can state: interviews to hear a
/// theme (Fugard & Potts 2015) and units to estimate kappa (Donner &
/// Eliasziw 1992), each with its table and sentence.
public enum SamplePlan: Hashable, Sendable {
  /// Interviews needed to hear a theme held by `prevalence` of the
  /// population at least `instances` times with probability `power`.
  case themes(prevalence: Double, instances: Int, power: Double)
  /// Units two coders need so that kappa's one-sided lower confidence bound
  /// at `confidence` exceeds `lower` with probability `power` when kappa
  /// is `expected` and `prevalence` of the units are coded.
  case kappa(lower: Double, expected: Double, prevalence: Double, confidence: Double, power: Double)

  /// The number the plan asks for (interviews or units), or `nil` when none
  /// reaches the power (see ``SampleSize``).
  public var required: Int? {
    switch self {
    case .themes(let prevalence, let instances, let power):
      SampleSize.interviews(prevalence: prevalence, instances: instances, power: power)
    case .kappa(let lower, let expected, let prevalence, let confidence, let power):
      SampleSize.kappaUnits(
        lower: lower, expected: expected, prevalence: prevalence, alpha: 1 - confidence,
        power: power
      ).map { Int($0.rounded(.up)) }
    }
  }

  /// The plan as a table of what went in and what came out; `actual` adds
  /// the probability with the study's own number of interviews (themes).
  public func table(_ words: Vocabulary = .english, actual: Int? = nil) -> Table {
    var table = Table(
      id: "plan", caption: words[.planCaption],
      columns: [
        .init("quantity", title: words[.quantityColumn]),
        .init("value", title: words[.valueColumn], isNumeric: true),
      ],
      language: words.language)
    func add(_ name: String, _ cell: Cell) { table.rows.append(Table.Row([.text(name), cell])) }
    switch self {
    case .themes(let prevalence, let instances, let power):
      add(words[.planPrevalence], .percent(prevalence, decimals: 1))
      add(words[.planInstances], .integer(instances))
      add(words[.planPower], .percent(power, decimals: 1))
      if let required {
        add(words[.planInterviews], .integer(required))
      } else {
        add(
          words[.planInterviews], .undefined(note: table.note(words(.planNotPossible, 1_000_000))))
      }
      if let actual {
        add(
          words(.planProbabilityAtN, actual),
          .percent(
            SampleSize.binomialUpperTail(
              atLeast: instances, trials: actual, probability: prevalence),
            decimals: 1))
      }
      table.notes.append(
        "Fugard, A. J. B. & Potts, H. W. W. (2015). International Journal of Social Research"
          + " Methodology 18(6), 669–684.")
    case .kappa(let lower, let expected, let prevalence, let confidence, let power):
      add(words[.planKappaLower], .number(lower, decimals: 2))
      add(words[.planKappaExpected], .number(expected, decimals: 2))
      add(words[.planUnitShare], .percent(prevalence, decimals: 1))
      add(words[.planConfidence], .percent(confidence, decimals: 1))
      add(words[.planPower], .percent(power, decimals: 1))
      let exact = SampleSize.kappaUnits(
        lower: lower, expected: expected, prevalence: prevalence, alpha: 1 - confidence,
        power: power)
      add(
        words[.planUnits],
        required.map { .integer($0) } ?? .undefined(note: table.note(words[.noValue])))
      add(
        words[.planUnitsExact],
        exact.map { .number($0, decimals: 2) } ?? .undefined(note: table.note(words[.noValue])))
      table.notes.append(
        "Donner, A. & Eliasziw, M. (1992). Statistics in Medicine 11(11), 1511–1519;"
          + " Sim, J. & Wright, C. C. (2005). Physical Therapy 85(3), 257–268.")
    }
    return table
  }

  /// The plan as a methods sentence; `actual` is the study's interviews
  /// (themes) or units per code (kappa).
  public func sentence(_ words: Vocabulary = .english, actual: Int) -> String {
    let needed = required.map(String.init) ?? words.notAvailable
    switch self {
    case .themes(let prevalence, let instances, let power):
      let probability = SampleSize.binomialUpperTail(
        atLeast: instances, trials: actual, probability: prevalence)
      return words(
        .planThemesSentence, needed, words.share(power), instances, words.share(prevalence),
        actual, words.percent(probability, decimals: 1))
    case .kappa(let lower, let expected, let prevalence, let confidence, let power):
      return words(
        .planKappaSentence, needed, words.share(power), words.share(confidence),
        words.fixed(lower, decimals: 2), words.fixed(expected, decimals: 2),
        words.share(prevalence), actual)
    }
  }
}
