extension LearnedModel {
  /// Reads a model file.
  ///
  /// - Parameter bytes: The file's bytes (UTF-8 JSON, as ``fileBytes`` writes it).
  /// - Throws: ``ModelFileError`` at the first problem's line and column:
  ///   not JSON, not a model, a newer version, a missing or wrong member,
  ///   a weight of a term the model does not list.
  public init(parsing bytes: [UInt8]) throws(ModelFileError) {
    let root: JSONNode
    do {
      root = try JSONParser.parse(bytes)
    } catch {
      throw ModelFileError(.invalidJSON(error.kind), at: error.position)
    }
    let reader = ModelReader()
    let top = try reader.object(root, "model")
    guard let format = root["format"], format.stringValue == Self.formatName else {
      let found = root["format"].map { $0.stringValue.map { "\"\($0)\"" } ?? $0.kindName }
      throw ModelFileError(.notAModel(found: found ?? "missing"), at: root["format"]?.position)
    }
    let version = try reader.integer(top, "version", minimum: 1)
    guard version <= Self.supportedVersion else {
      throw ModelFileError(
        .newerVersion(version, supported: Self.supportedVersion), at: root["version"]?.position)
    }

    let trainedOn = try reader.member(top, "trainedOn", path: "trainedOn")
    let trainedOnMembers = try reader.object(trainedOn, "trainedOn")
    var transcripts: [TrainingTranscript] = []
    for (index, element) in try reader.array(trainedOnMembers, "transcripts").enumerated() {
      let path = "trainedOn.transcripts[\(index)]"
      let members = try reader.object(element, path)
      transcripts.append(
        TrainingTranscript(
          id: try reader.string(members, "id", in: path),
          hash: try reader.string(members, "hash", in: path)))
    }
    let unitName = try reader.string(trainedOnMembers, "unit", in: "trainedOn")
    guard let unit = LearningUnitKind(rawValue: unitName) else {
      throw ModelFileError(
        .invalid(path: "trainedOn.unit", expected: "\"turn\" or \"sentence\""),
        at: trainedOnMembers.node("unit")?.position)
    }
    var speakers: [String]?
    if let node = trainedOnMembers.node("speakers"), node.value != .null {
      speakers = try reader.array(trainedOnMembers, "speakers").enumerated().map {
        (index, element) throws(ModelFileError) in
        try reader.text(element, "trainedOn.speakers[\(index)]")
      }
    }
    training = Training(
      coders: try reader.array(trainedOnMembers, "coders").enumerated().map {
        (index, element) throws(ModelFileError) in
        try reader.text(element, "trainedOn.coders[\(index)]")
      },
      codebook: try reader.string(trainedOnMembers, "codebook", in: "trainedOn"), unit: unit,
      speakers: speakers, transcripts: transcripts,
      units: try reader.integer(trainedOnMembers, "units", minimum: 0, in: "trainedOn"),
      date: try reader.optionalString(trainedOnMembers, "date", in: "trainedOn"))

    settings = try reader.settings(
      try reader.object(try reader.member(top, "settings"), "settings"))

    let termsNode = try reader.member(top, "terms")
    let termMembers = try reader.object(termsNode, "terms")
    var terms: [String] = []
    var idf: [Double] = []
    for member in termMembers.members {
      guard let value = member.value.numberValue, value.isFinite, value > 0 else {
        throw ModelFileError(
          .invalid(path: "terms.\(member.key)", expected: "a positive number (the term's idf)"),
          at: member.value.position)
      }
      terms.append(member.key)
      idf.append(value)
    }
    features = FeatureSpace(terms: terms, idf: idf)

    var classifiers: [Classifier] = []
    for (index, element) in try reader.array(top, "codes").enumerated() {
      classifiers.append(
        try reader.classifier(element, path: "codes[\(index)]", features: features))
    }
    self.classifiers = classifiers
    leftOut = try reader.array(top, "leftOut").enumerated().map {
      (index, element) throws(ModelFileError) in
      let path = "leftOut[\(index)]"
      let members = try reader.object(element, path)
      return LeftOut(
        code: try reader.string(members, "code", in: path),
        codedUnits: try reader.integer(members, "codedUnits", minimum: 0, in: path),
        reason: try reader.string(members, "reason", in: path))
    }
  }
}

/// An object's members with the node they belong to.
struct ModelObject {
  var node: JSONNode
  var members: [JSONMember]

  /// The value of the first member named `key`.
  func node(_ key: String) -> JSONNode? { members.first { $0.key == key }?.value }
}

/// Reads the members of a model file, each problem at its place.
struct ModelReader {
  func object(_ node: JSONNode, _ path: String) throws(ModelFileError) -> ModelObject {
    guard let members = node.members else {
      throw ModelFileError(.invalid(path: path, expected: "an object"), at: node.position)
    }
    if let duplicate = node.duplicateMembers.first {
      throw ModelFileError(.duplicateKey(duplicate.key), at: duplicate.keyPosition)
    }
    return ModelObject(node: node, members: members)
  }

  func member(_ object: ModelObject, _ key: String, path: String? = nil) throws(ModelFileError)
    -> JSONNode
  {
    guard let node = object.node(key) else {
      throw ModelFileError(.missing(path: path ?? key), at: object.node.position)
    }
    return node
  }

  func array(_ object: ModelObject, _ key: String) throws(ModelFileError) -> [JSONNode] {
    let node = try member(object, key)
    guard let elements = node.elements else {
      throw ModelFileError(.invalid(path: key, expected: "an array"), at: node.position)
    }
    return elements
  }

  func text(_ node: JSONNode, _ path: String) throws(ModelFileError) -> String {
    guard let value = node.stringValue, !value.isEmpty else {
      throw ModelFileError(.invalid(path: path, expected: "a non-empty string"), at: node.position)
    }
    return value
  }

  func string(_ object: ModelObject, _ key: String, in path: String) throws(ModelFileError)
    -> String
  {
    try text(try member(object, key, path: "\(path).\(key)"), "\(path).\(key)")
  }

  func optionalString(_ object: ModelObject, _ key: String, in path: String)
    throws(ModelFileError) -> String?
  {
    guard let node = object.node(key), node.value != .null else { return nil }
    return try text(node, "\(path).\(key)")
  }

  func number(_ object: ModelObject, _ key: String, in path: String) throws(ModelFileError)
    -> Double
  {
    let node = try member(object, key, path: "\(path).\(key)")
    guard let value = node.numberValue, value.isFinite else {
      throw ModelFileError(
        .invalid(path: "\(path).\(key)", expected: "a number"), at: node.position)
    }
    return value
  }

  func integer(_ object: ModelObject, _ key: String, minimum: Int, in path: String? = nil)
    throws(ModelFileError) -> Int
  {
    let full = path.map { "\($0).\(key)" } ?? key
    let node = try member(object, key, path: full)
    guard let value = node.numberValue, value == value.rounded(), value >= Double(minimum),
      value < 1e15
    else {
      throw ModelFileError(
        .invalid(path: full, expected: "a whole number of at least \(minimum)"), at: node.position)
    }
    return Int(value)
  }

  func settings(_ object: ModelObject) throws(ModelFileError) -> Learner.Settings {
    let languageName = try string(object, "language", in: "settings")
    guard let language = TermLanguage(rawValue: languageName) else {
      throw ModelFileError(
        .invalid(path: "settings.language", expected: "\"da\" or \"en\""),
        at: object.node("language")?.position)
    }
    let regression = try self.object(
      try member(object, "logisticRegression", path: "settings.logisticRegression"),
      "settings.logisticRegression")
    let naiveBayes = try self.object(
      try member(object, "naiveBayes", path: "settings.naiveBayes"), "settings.naiveBayes")
    let classWeight = try string(regression, "classWeight", in: "settings.logisticRegression")
    guard classWeight == "balanced" || classWeight == "none" else {
      throw ModelFileError(
        .invalid(
          path: "settings.logisticRegression.classWeight", expected: "\"balanced\" or \"none\""),
        at: regression.node("classWeight")?.position)
    }
    return Learner.Settings(
      language: language,
      minimumDocumentFrequency: try integer(
        object, "minimumDocumentFrequency", minimum: 1, in: "settings"),
      maximumTerms: try integer(object, "maximumTerms", minimum: 1, in: "settings"),
      regression: LogisticRegression.Options(
        inverseRegularization: try number(regression, "c", in: "settings.logisticRegression"),
        balancesClasses: classWeight == "balanced",
        tolerance: try number(regression, "tolerance", in: "settings.logisticRegression"),
        maximumIterations: try integer(
          regression, "maximumIterations", minimum: 1, in: "settings.logisticRegression")),
      naiveBayesBelow: try integer(naiveBayes, "below", minimum: 0, in: "settings.naiveBayes"),
      smoothing: try number(naiveBayes, "smoothing", in: "settings.naiveBayes"),
      minimumCodedUnits: try integer(object, "minimumCodedUnits", minimum: 1, in: "settings"))
  }

  func classifier(_ node: JSONNode, path: String, features: FeatureSpace) throws(ModelFileError)
    -> LearnedModel.Classifier
  {
    let object = try self.object(node, path)
    let code = try string(object, "code", in: path)
    let kindName = try string(object, "classifier", in: path)
    guard let kind = LearnedModel.Classifier.Kind(rawValue: kindName) else {
      throw ModelFileError(
        .invalid(
          path: "\(path).classifier", expected: "\"logistic-regression\" or \"naive-bayes\""),
        at: object.node("classifier")?.position)
    }
    let weightsObject = try self.object(
      try member(object, "weights", path: "\(path).weights"), "\(path).weights")
    var weights = [Double](repeating: 0, count: features.terms.count)
    for member in weightsObject.members {
      guard let column = features.column(of: member.key) else {
        throw ModelFileError(.unknownTerm(member.key, code: code), at: member.keyPosition)
      }
      guard let value = member.value.numberValue, value.isFinite else {
        throw ModelFileError(
          .invalid(path: "\(path).weights.\(member.key)", expected: "a number"),
          at: member.value.position)
      }
      weights[column] = value
    }
    return LearnedModel.Classifier(
      code: code, kind: kind,
      codedUnits: try integer(object, "codedUnits", minimum: 0, in: path),
      otherUnits: try integer(object, "otherUnits", minimum: 0, in: path),
      intercept: try number(object, "intercept", in: path), weights: weights)
  }
}
