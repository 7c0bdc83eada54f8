extension LearnedModel {
  /// How the terms are made, in words, as the model file states it.
  static let termsDescription =
    "words (runs of letters and digits, at least two long, with a letter) and pairs of "
    + "neighbouring words, case-folded with ae = æ, oe = ø, aa = å, stop words of the language "
    + "left out (a pair needs one word that is not a stop word), light stemming"

  /// How the features are weighted, in words.
  static let weightingDescription =
    "tf-idf: a term's count in the unit times ln((1 + n) / (1 + df)) + 1, the unit's vector "
    + "scaled to length 1"

  /// The model as the JSON of a model file, one term a line.
  ///
  /// ```json
  /// {
  ///   "format": "qualkit-model",
  ///   "version": 1,
  ///   "trainedOn": {"coders": [...], "codebook": ..., "unit": "turn", "speakers": [...],
  ///                 "units": 231, "transcripts": [{"id": "B01", "hash": "xxh64:..."}]},
  ///   "settings": {"language": "da", ...},
  ///   "codes": [{"code": "own-goals", "classifier": "logistic-regression", "codedUnits": 12,
  ///              "otherUnits": 219, "intercept": -1.2345, "weights": {"maal": 0.8123, ...}}],
  ///   "leftOut": [{"code": "energy", "codedUnits": 2, "reason": "..."}],
  ///   "terms": {"maal": 2.3863, ...}
  /// }
  /// ```
  public var json: JSONOutput {
    var trainedOn: [(String, JSONOutput)] = [
      ("coders", .array(training.coders.map { .string($0) })),
      ("codebook", .string(training.codebook)),
      ("unit", .string(training.unit.rawValue)),
      ("speakers", training.speakers.map { .array($0.map { .string($0) }) } ?? .null),
      ("units", .int(training.units)),
    ]
    if let date = training.date { trainedOn.append(("date", .string(date))) }
    trainedOn.append(
      (
        "transcripts",
        .array(
          training.transcripts.map {
            .object([("id", .string($0.id)), ("hash", .string($0.hash))])
          })
      ))
    let regression = settings.regression
    let settingsJSON: JSONOutput = .object([
      ("language", .string(settings.language.rawValue)),
      ("terms", .string(Self.termsDescription)),
      ("minimumDocumentFrequency", .int(settings.minimumDocumentFrequency)),
      ("maximumTerms", .int(settings.maximumTerms)),
      ("weighting", .string(Self.weightingDescription)),
      (
        "logisticRegression",
        .object([
          ("c", .double(regression.inverseRegularization)),
          ("classWeight", .string(regression.balancesClasses ? "balanced" : "none")),
          ("tolerance", .double(regression.tolerance)),
          ("maximumIterations", .int(regression.maximumIterations)),
        ])
      ),
      (
        "naiveBayes",
        .object([
          ("below", .int(settings.naiveBayesBelow)), ("smoothing", .double(settings.smoothing)),
          ("priors", .string("equal")),
        ])
      ),
      ("minimumCodedUnits", .int(settings.minimumCodedUnits)),
    ])
    let codes: [JSONOutput] = classifiers.map { classifier in
      var weights: [(String, JSONOutput)] = []
      for (column, weight) in classifier.weights.enumerated() where weight != 0 {
        weights.append((features.terms[column], .double(weight)))
      }
      return .object([
        ("code", .string(classifier.code)), ("classifier", .string(classifier.kind.rawValue)),
        ("codedUnits", .int(classifier.codedUnits)), ("otherUnits", .int(classifier.otherUnits)),
        ("intercept", .double(classifier.intercept)), ("weights", .object(weights)),
      ])
    }
    let leftOut: [JSONOutput] = leftOut.map {
      .object([
        ("code", .string($0.code)), ("codedUnits", .int($0.codedUnits)),
        ("reason", .string($0.reason)),
      ])
    }
    let terms: [(String, JSONOutput)] = zip(features.terms, features.idf).map {
      ($0, .double($1))
    }
    return .object([
      ("format", .string(Self.formatName)), ("version", .int(Self.supportedVersion)),
      ("trainedOn", .object(trainedOn)), ("settings", settingsJSON), ("codes", .array(codes)),
      ("leftOut", .array(leftOut)), ("terms", .object(terms)),
    ])
  }

  /// The bytes of the model file: ``json``, indented, with a final line break.
  public var fileBytes: [UInt8] { Array((json.rendered(pretty: true) + "\n").utf8) }
}

extension LearnedModel {
  /// The XXH64 hash of the model file's bytes, `xxh64:…`, for a report's
  /// Methods to name the model exactly.
  public var fileHash: String { "xxh64:" + XXHash64.hex(of: fileBytes) }
}
