/// Trains a ``LearnedModel`` on a ``TrainingSet``: per code, a logistic
/// regression (or, if asked, naive Bayes when the code has few coded units)
/// over the same tf-idf terms.
///
/// ```swift
/// let set = try TrainingSet(project: project, codings: counted.codings)
/// let learned = Learner().train(set, codebook: "TKI2")
/// for code in learned.model.leftOut { print(code.code, code.reason) }
/// ```
public struct Learner: Sendable {
  /// The settings of a training, recorded in the model.
  public struct Settings: Hashable, Sendable {
    /// The language of stop words and stemming (detected when not given).
    public var language: TermLanguage
    /// How many units a term must occur in to be a feature.
    public var minimumDocumentFrequency: Int
    /// The most terms kept (the most frequent).
    public var maximumTerms: Int
    /// The logistic regression's settings.
    public var regression: LogisticRegression.Options
    /// Codes with fewer coded units than this get naive Bayes (0: none do,
    /// the default: on a real coded corpus naive Bayes proposed about a
    /// hundred wrong passages for each rare code where logistic regression
    /// proposed a few right ones; see `Benchmarks/learn/`).
    public var naiveBayesBelow: Int
    /// Naive Bayes' additive smoothing α.
    public var smoothing: Double
    /// Codes with fewer coded units than this are left out.
    public var minimumCodedUnits: Int

    /// Creates settings; the defaults are those `qualkit learn` uses.
    public init(
      language: TermLanguage = .danish, minimumDocumentFrequency: Int = 2,
      maximumTerms: Int = 5000, regression: LogisticRegression.Options = .init(),
      naiveBayesBelow: Int = 0, smoothing: Double = 1, minimumCodedUnits: Int = 3
    ) {
      self.language = language
      self.minimumDocumentFrequency = minimumDocumentFrequency
      self.maximumTerms = maximumTerms
      self.regression = regression
      self.naiveBayesBelow = naiveBayesBelow
      self.smoothing = smoothing
      self.minimumCodedUnits = minimumCodedUnits
    }
  }

  /// The settings; ``Settings/language`` is replaced by the detected one
  /// when ``detectsLanguage`` is set.
  public var settings: Settings
  /// Whether to choose the language from the training units' stop words.
  public var detectsLanguage: Bool
  /// Runs independent jobs (one per code), possibly at once.
  public var runner: JobRunner

  /// Creates a learner.
  public init(
    settings: Settings = Settings(), detectsLanguage: Bool = true,
    runner: @escaping JobRunner = Jobs.serial
  ) {
    self.settings = settings
    self.detectsLanguage = detectsLanguage
    self.runner = runner
  }

  /// The language of `set`'s units: as set, or detected from their stop words.
  public func language(of set: TrainingSet) -> TermLanguage {
    guard detectsLanguage else { return settings.language }
    return TermLanguage.detected(
      counting: set.units.lazy.flatMap { TermExtractor.words(in: $0.text).map(\.folded) })
  }

  /// Trains on every unit of `set`.
  ///
  /// - Parameters:
  ///   - set: The units and their labels.
  ///   - codebook: The codebook's name, recorded in the model.
  ///   - date: The date to record, if any.
  /// - Returns: The model (with the codes it left out and why).
  public func train(_ set: TrainingSet, codebook: String, date: String? = nil) -> LearnedModel {
    var settings = self.settings
    settings.language = language(of: set)
    let corpus = TermCorpus(
      texts: set.units.map(\.text), extractor: TermExtractor(language: settings.language))
    let fitted = Self.fit(
      corpus: corpus, labels: set.labels, codes: set.codes, units: Array(set.units.indices),
      settings: settings, runner: runner)
    let training = LearnedModel.Training(
      coders: set.coders, codebook: codebook, unit: set.options.unitKind,
      speakers: set.options.roles, transcripts: set.transcripts, units: set.units.count, date: date)
    return LearnedModel(
      training: training, settings: settings, features: fitted.features,
      classifiers: fitted.classifiers, leftOut: fitted.leftOut)
  }

  /// Fits features and one classifier per code on the units `units` of
  /// `corpus` (a fold's training units, or all of them).
  static func fit(
    corpus: TermCorpus, labels: [[Bool]], codes: [String], units: [Int], settings: Settings,
    runner: JobRunner
  ) -> (
    features: FeatureSpace, classifiers: [LearnedModel.Classifier], leftOut: [LearnedModel.LeftOut]
  ) {
    let features = FeatureSpace(
      fitting: corpus, units: units, minimumDocumentFrequency: settings.minimumDocumentFrequency,
      maximumTerms: settings.maximumTerms)
    let rows = features.rows(of: corpus, units: units)
    let outcomes: [Outcome] = Jobs.map(
      codes.count, runner: runner
    ) { index in
      let unitLabels = units.map { labels[index][$0] }
      let coded = unitLabels.lazy.filter { $0 }.count
      let other = unitLabels.count - coded
      if coded < settings.minimumCodedUnits {
        return .leftOut(
          LearnedModel.LeftOut(
            code: codes[index], codedUnits: coded,
            reason:
              "\(coded) coded unit\(coded == 1 ? "" : "s"), at least \(settings.minimumCodedUnits) "
              + "are needed"))
      }
      if other == 0 {
        return .leftOut(
          LearnedModel.LeftOut(
            code: codes[index], codedUnits: coded,
            reason: "every unit is coded with it, so there is nothing to tell apart"))
      }
      let kind: LearnedModel.Classifier.Kind =
        coded < settings.naiveBayesBelow ? .naiveBayes : .logisticRegression
      var intercept = 0.0
      var weights: [Double]
      switch kind {
      case .naiveBayes:
        weights = NaiveBayes.weights(rows: rows, labels: unitLabels, smoothing: settings.smoothing)
      case .logisticRegression:
        let fitted = LogisticRegression(
          rows: rows, labels: unitLabels, options: settings.regression)
        weights = fitted.weights
        intercept = fitted.intercept
      }
      for column in weights.indices { weights[column] = LearnedModel.rounded(weights[column]) }
      return .classifier(
        LearnedModel.Classifier(
          code: codes[index], kind: kind, codedUnits: coded, otherUnits: other,
          intercept: LearnedModel.rounded(intercept), weights: weights))
    }
    var classifiers: [LearnedModel.Classifier] = []
    var leftOut: [LearnedModel.LeftOut] = []
    for outcome in outcomes {
      switch outcome {
      case .classifier(let classifier): classifiers.append(classifier)
      case .leftOut(let left): leftOut.append(left)
      }
    }
    return (features, classifiers, leftOut)
  }
}

/// A code's classifier, or why it has none.
private enum Outcome: Sendable {
  case classifier(LearnedModel.Classifier)
  case leftOut(LearnedModel.LeftOut)
}
