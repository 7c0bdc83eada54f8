/// How well a model codes interviews it has not seen: cross-validation by
/// transcript, with per code precision, recall, F1 and Cohen's kappa between
/// the model and the coders on the same units, the coders' own kappa beside
/// it, and the learning curve.
///
/// The coded transcripts are shuffled (SplitMix64, ``Options/seed``) and
/// dealt into ``Options/folds`` folds; for each fold a model is trained on
/// the units of the other folds' transcripts only (its terms and idf too)
/// and proposes codes for the fold's units, so no interview is ever both
/// learned from and scored. Every unit is scored once. The model proposes a
/// code where its probability is at least ``Options/threshold``.
///
/// The reference is the training label: a unit counts as coded when any
/// counted coder coded it. Against each coder alone, and between the
/// coders (Cohen's kappa for two, Fleiss' for more), kappa is computed on
/// the same units by the same code as `qualkit agree`, so "κ model–anna"
/// reads beside "κ anna–bo" as one more coder would.
///
/// The learning curve trains, in each fold, on the first n of the other
/// folds' transcripts (in the shuffled order) for growing n, and pools every
/// code × unit decision of the held-out folds into one kappa per n.
public struct ModelEvaluation: Sendable {
  /// How the evaluation is run.
  public struct Options: Hashable, Sendable {
    /// How many folds (at most the number of coded transcripts).
    public var folds: Int
    /// The seed of the shuffle that deals transcripts into folds.
    public var seed: UInt64
    /// The probability from which the model proposes a code.
    public var threshold: Double
    /// Whether to compute the learning curve.
    public var learningCurve: Bool

    /// Creates options: 5 folds, seed 1, threshold 0.5, with the curve.
    public init(
      folds: Int = 5, seed: UInt64 = 1, threshold: Double = 0.5, learningCurve: Bool = true
    ) {
      self.folds = folds
      self.seed = seed
      self.threshold = threshold
      self.learningCurve = learningCurve
    }
  }

  /// The scores of one code (or of every code pooled).
  public struct Score: Hashable, Sendable {
    /// The code's id; nil for the pooled row.
    public var code: String?
    /// How many decisions (units, or code × unit for the pooled row).
    public var units: Int
    /// How many of them the coders coded.
    public var coded: Int
    /// How many the model proposed.
    public var proposed: Int
    /// How many both did.
    public var both: Int
    /// The classifier each fold's model had for the code (nil: left out).
    public var classifiers: [LearnedModel.Classifier.Kind?]
    /// Cohen's kappa between the model and the coders (any coder).
    public var kappa: ReliabilityResult
    /// Cohen's kappa between the model and each coder, in ``ModelEvaluation/coders`` order.
    public var coderKappas: [ReliabilityResult]
    /// The coders' own agreement (nil with one coder).
    public var humanKappa: ReliabilityResult?

    /// both / proposed; nil when the model proposed nothing.
    public var precision: Double? { proposed == 0 ? nil : Double(both) / Double(proposed) }
    /// both / coded; nil when the coders coded nothing.
    public var recall: Double? { coded == 0 ? nil : Double(both) / Double(coded) }
    /// 2 both / (coded + proposed); nil when both are 0.
    public var f1: Double? {
      coded + proposed == 0 ? nil : 2 * Double(both) / Double(coded + proposed)
    }
  }

  /// One point of the learning curve.
  public struct CurvePoint: Hashable, Sendable {
    /// How many coded interviews each fold's model learned from.
    public var interviews: Int
    /// The pooled kappa between the models and the coders over the held-out units.
    public var kappa: ReliabilityResult
    /// The pooled F1.
    public var f1: Double?
    /// How many codes the models had a classifier for, summed over the folds.
    public var classifiers: Int
  }

  /// The options used.
  public var options: Options
  /// The coders, sorted.
  public var coders: [String]
  /// The transcripts of each fold.
  public var folds: [[String]]
  /// How many units were scored.
  public var unitCount: Int
  /// What a unit is.
  public var unitKind: LearningUnitKind
  /// The speaker roles whose turns were units (nil: every turn).
  public var roles: [String]?
  /// The language the terms were read in.
  public var language: TermLanguage
  /// Per code, in codebook order.
  public var scores: [Score]
  /// Every code × unit decision pooled.
  public var pooled: Score
  /// The learning curve, by growing number of interviews (empty when not asked).
  public var curve: [CurvePoint]

  /// Cross-validates `learner` on `set`.
  ///
  /// - Throws: ``LearningError`` when `set` has fewer than two transcripts.
  public init(set: TrainingSet, learner: Learner, options: Options = Options())
    throws(LearningError)
  {
    guard set.transcripts.count >= 2 else {
      throw LearningError(.tooFewTranscripts(set.transcripts.count))
    }
    self.options = options
    coders = set.coders
    unitCount = set.units.count
    unitKind = set.options.unitKind
    roles = set.options.roles
    var settings = learner.settings
    settings.language = learner.language(of: set)
    language = settings.language
    let corpus = TermCorpus(
      texts: set.units.map(\.text), extractor: TermExtractor(language: settings.language))

    // Deal the shuffled transcripts into folds.
    var order = Array(set.transcripts.indices)
    var generator = SplitMix64(seed: options.seed)
    for index in stride(from: order.count - 1, to: 0, by: -1) {
      order.swapAt(index, generator.index(below: index + 1))
    }
    let foldCount = max(2, min(options.folds, order.count))
    var foldOf = [Int](repeating: 0, count: set.transcripts.count)
    for (position, transcript) in order.enumerated() { foldOf[transcript] = position % foldCount }
    let foldLists = (0..<foldCount).map { fold in
      order.filter { foldOf[$0] == fold }.map { set.transcripts[$0].id }.sorted()
    }
    folds = foldLists
    let unitsOfTranscript = Dictionary(grouping: set.units.indices) { set.transcriptOfUnit[$0] }

    func predictions(training transcripts: [Int], testing fold: Int) -> (
      decisions: [[Int]], kinds: [LearnedModel.Classifier.Kind?]
    ) {
      let training = transcripts.flatMap { unitsOfTranscript[$0] ?? [] }.sorted()
      let testing = set.units.indices.filter { foldOf[set.transcriptOfUnit[$0]] == fold }
      let fitted = Learner.fit(
        corpus: corpus, labels: set.labels, codes: set.codes, units: training,
        settings: settings, runner: learner.runner)
      let rows = fitted.features.rows(of: corpus, units: testing)
      var decisions = Array(repeating: [Int](), count: set.codes.count)
      var kinds = [LearnedModel.Classifier.Kind?](repeating: nil, count: set.codes.count)
      let codeIndex = Dictionary(uniqueKeysWithValues: set.codes.enumerated().map { ($1, $0) })
      for classifier in fitted.classifiers {
        guard let code = codeIndex[classifier.code] else { continue }
        kinds[code] = classifier.kind
        let scores = rows.scores(weights: classifier.weights, intercept: classifier.intercept)
        for (row, score) in scores.enumerated()
        where LogisticRegression.sigmoid(score) >= options.threshold {
          decisions[code].append(testing[row])
        }
      }
      return (decisions, kinds)
    }

    var proposed = Array(
      repeating: [Bool](repeating: false, count: set.units.count), count: set.codes.count)
    var kinds = Array(repeating: [LearnedModel.Classifier.Kind?](), count: set.codes.count)
    for fold in 0..<foldCount {
      let training = order.filter { foldOf[$0] != fold }
      let result = predictions(training: training, testing: fold)
      for code in set.codes.indices {
        for unit in result.decisions[code] { proposed[code][unit] = true }
        kinds[code].append(result.kinds[code])
      }
    }
    scores = set.codes.indices.map { code in
      Self.score(
        code: set.codes[code], model: proposed[code], humans: set.labels[code],
        coders: set.coderLabels.map { $0[code] }, names: set.coders, kinds: kinds[code])
    }
    pooled = Self.score(
      code: nil, model: proposed.flatMap { $0 }, humans: set.labels.flatMap { $0 },
      coders: set.coderLabels.map { $0.flatMap { $0 } }, names: set.coders, kinds: [])

    var curve: [CurvePoint] = []
    if options.learningCurve {
      let largest = (0..<foldCount).map { fold in order.count - foldLists[fold].count }.min() ?? 1
      for size in Self.curveSizes(upTo: largest) {
        var model = Array(
          repeating: [Bool](repeating: false, count: set.units.count), count: set.codes.count)
        var classifiers = 0
        for fold in 0..<foldCount {
          let training = Array(order.filter { foldOf[$0] != fold }.prefix(size))
          let result = predictions(training: training, testing: fold)
          classifiers += result.kinds.compactMap { $0 }.count
          for code in set.codes.indices {
            for unit in result.decisions[code] { model[code][unit] = true }
          }
        }
        let point = Self.score(
          code: nil, model: model.flatMap { $0 }, humans: set.labels.flatMap { $0 }, coders: [],
          names: [], kinds: [])
        curve.append(
          CurvePoint(interviews: size, kappa: point.kappa, f1: point.f1, classifiers: classifiers))
      }
    }
    self.curve = curve
  }

  /// The numbers of interviews the learning curve is drawn at: 1 to 6,
  /// then about 40 % more each step, and `largest`.
  static func curveSizes(upTo largest: Int) -> [Int] {
    var sizes: [Int] = []
    var size = 1
    while size < largest {
      sizes.append(size)
      size = size < 6 ? size + 1 : Int((Double(size) * 1.4).rounded())
    }
    sizes.append(max(1, largest))
    return sizes
  }

  /// The scores of the model's decisions against the coders'.
  static func score(
    code: String?, model: [Bool], humans: [Bool], coders: [[Bool]], names: [String],
    kinds: [LearnedModel.Classifier.Kind?]
  ) -> Score {
    var coded = 0
    var proposed = 0
    var both = 0
    for (byModel, byHumans) in zip(model, humans) {
      if byModel { proposed += 1 }
      if byHumans { coded += 1 }
      if byModel && byHumans { both += 1 }
    }
    return Score(
      code: code, units: model.count, coded: coded, proposed: proposed, both: both,
      classifiers: kinds,
      kappa: BinaryAgreement.kappa([model, humans], coders: ["model", "coders"]),
      coderKappas: zip(coders, names).map { column, name in
        BinaryAgreement.kappa([model, column], coders: ["model", name])
      },
      humanKappa: coders.count >= 2 ? BinaryAgreement.kappa(coders, coders: names) : nil)
  }
}
