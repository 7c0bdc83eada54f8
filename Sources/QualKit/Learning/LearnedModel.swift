/// A model learned from a team's codings: per code, a linear classifier over
/// the tf-idf terms of a unit, with a record of what it was trained on.
///
/// Made by ``Learner/train(_:)``, written to `Codings/models/*.json` by
/// ``json`` (one term a line, so that it diffs in git) and read back by
/// ``init(parsing:)``. Every weight is rounded to four decimals (and dropped
/// when that makes it 0) as soon as it is learned, so the model in memory
/// and the one in its file propose exactly the same.
public struct LearnedModel: Hashable, Sendable {
  /// The `"format"` of a model file.
  public static let formatName = "qualkit-model"
  /// The newest format version this QualKit reads and writes.
  public static let supportedVersion = 1

  /// What the model was trained on.
  public struct Training: Hashable, Sendable {
    /// The coders whose codings labelled the units, sorted.
    public var coders: [String]
    /// The codebook's name.
    public var codebook: String
    /// Turns or sentences.
    public var unit: LearningUnitKind
    /// The speaker roles whose turns were units; nil for every turn.
    public var speakers: [String]?
    /// The transcripts, in id order, with their hashes at training time.
    public var transcripts: [TrainingTranscript]
    /// How many units it learned from.
    public var units: Int
    /// When it was trained, only if asked (so that training twice on the
    /// same codings gives the same file).
    public var date: String?

    /// Creates a record.
    public init(
      coders: [String], codebook: String, unit: LearningUnitKind, speakers: [String]?,
      transcripts: [TrainingTranscript], units: Int, date: String? = nil
    ) {
      self.coders = coders
      self.codebook = codebook
      self.unit = unit
      self.speakers = speakers
      self.transcripts = transcripts
      self.units = units
      self.date = date
    }
  }

  /// One code's classifier: P(coded) = σ(intercept + Σ weight × feature).
  public struct Classifier: Hashable, Sendable {
    /// How the weights were learned.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
      /// L2-regularised logistic regression (``LogisticRegression``).
      case logisticRegression = "logistic-regression"
      /// Multinomial naive Bayes with equal priors (``NaiveBayes``), for
      /// codes with few examples.
      case naiveBayes = "naive-bayes"
    }

    /// The code's id.
    public var code: String
    /// How the weights were learned.
    public var kind: Kind
    /// How many training units were coded with it.
    public var codedUnits: Int
    /// How many training units were not.
    public var otherUnits: Int
    /// The intercept.
    public var intercept: Double
    /// One weight per feature (``FeatureSpace/terms``), 0 for none.
    public var weights: [Double]

    /// Creates a classifier.
    public init(
      code: String, kind: Kind, codedUnits: Int, otherUnits: Int, intercept: Double,
      weights: [Double]
    ) {
      self.code = code
      self.kind = kind
      self.codedUnits = codedUnits
      self.otherUnits = otherUnits
      self.intercept = intercept
      self.weights = weights
    }
  }

  /// A code the model has no classifier for, and why.
  public struct LeftOut: Hashable, Sendable {
    /// The code's id.
    public var code: String
    /// How many training units were coded with it.
    public var codedUnits: Int
    /// Why, as a fragment: `3 coded units, at least 5 are needed`.
    public var reason: String

    /// Creates a record.
    public init(code: String, codedUnits: Int, reason: String) {
      self.code = code
      self.codedUnits = codedUnits
      self.reason = reason
    }
  }

  /// What the model was trained on.
  public var training: Training
  /// The settings it was trained with (its language resolved).
  public var settings: Learner.Settings
  /// Its features.
  public var features: FeatureSpace
  /// The classifiers, in codebook order.
  public var classifiers: [Classifier]
  /// The codes it has no classifier for, in codebook order.
  public var leftOut: [LeftOut]

  /// Creates a model from its parts.
  public init(
    training: Training, settings: Learner.Settings, features: FeatureSpace,
    classifiers: [Classifier], leftOut: [LeftOut]
  ) {
    self.training = training
    self.settings = settings
    self.features = features
    self.classifiers = classifiers
    self.leftOut = leftOut
  }

  /// `value` rounded to four decimals (the precision of a model file).
  static func rounded(_ value: Double) -> Double {
    let result = (value * 10_000).rounded() / 10_000
    return result == 0 ? 0 : result
  }

  // MARK: - Proposing

  /// The model's view of one passage: its features and the words behind them.
  public struct Passage: Sendable {
    /// The tf-idf vector.
    public var vector: [(column: Int32, value: Double)]
    /// For each column in the vector, the passage's words of its first term.
    public var words: [Int32: String]
  }

  /// The features of `text` as this model sees them.
  public func passage(_ text: String) -> Passage {
    let terms = TermExtractor(language: settings.language).terms(in: text)
    let vector = features.vector(terms.map(\.text))
    var words: [Int32: String] = [:]
    let scalars = Array(text.unicodeScalars)
    for term in terms {
      guard let column = features.column(of: term.text).map(Int32.init), words[column] == nil
      else { continue }
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[term.range])
      words[column] = String(view)
    }
    return Passage(vector: vector, words: words)
  }

  /// The probability that `classifier`'s code applies to `passage`.
  public func probability(_ classifier: Classifier, _ passage: Passage) -> Double {
    var score = classifier.intercept
    for entry in passage.vector { score += classifier.weights[Int(entry.column)] * entry.value }
    return LogisticRegression.sigmoid(score)
  }

  /// Why `classifier` scores `passage` as it does: its probability and the
  /// (at most `limit`) terms that added most to the score, heaviest first
  /// (ties by term), each contribution rounded to three decimals.
  public func evidence(_ classifier: Classifier, _ passage: Passage, limit: Int = 5)
    -> ModelEvidence
  {
    var contributions: [(term: String, column: Int32, weight: Double)] = []
    for entry in passage.vector {
      let weight = classifier.weights[Int(entry.column)] * entry.value
      if weight > 0 {
        contributions.append((features.terms[Int(entry.column)], entry.column, weight))
      }
    }
    contributions.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term }
    let reasons = contributions.prefix(limit).map {
      ModelEvidence.Reason(
        term: $0.term, words: passage.words[$0.column] ?? $0.term,
        weight: ($0.weight * 1000).rounded() / 1000)
    }
    return ModelEvidence(
      probability: Self.rounded(probability(classifier, passage)), reasons: reasons)
  }

  /// The codes of the model that `index` does not have as codable codes, in
  /// model order: a model trained on another codebook.
  public func codesMissing(from index: CodebookIndex) -> [String] {
    classifiers.map(\.code).filter { index.code($0)?.isCodable != true }
  }
}
