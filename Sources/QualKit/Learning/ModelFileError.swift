/// A model file (`Codings/models/*.json`) that cannot be read: not JSON,
/// not a model, a newer version, or a member that is missing or wrong, at
/// its line and column.
public struct ModelFileError: InputError, Hashable, Sendable {
  /// What is wrong.
  public enum Kind: Hashable, Sendable {
    /// The file is not well-formed JSON.
    case invalidJSON(JSONError.Kind)
    /// The file is JSON but not a QualKit model (`found` says what its
    /// `"format"` is).
    case notAModel(found: String)
    /// The model's version is newer than this QualKit reads.
    case newerVersion(Int, supported: Int)
    /// A member the model must have is missing (`path` like `settings.language`).
    case missing(path: String)
    /// A member has the wrong kind of value (`expected` says what it must be).
    case invalid(path: String, expected: String)
    /// A key is given twice in one object.
    case duplicateKey(String)
    /// A classifier weighs a term the model's `"terms"` do not list.
    case unknownTerm(String, code: String)
  }

  /// What is wrong.
  public var kind: Kind
  /// Where in the file.
  public var position: SourcePosition?

  /// Creates an error of `kind` at `position`.
  public init(_ kind: Kind, at position: SourcePosition? = nil) {
    self.kind = kind
    self.position = position
  }

  public var message: String {
    switch kind {
    case .invalidJSON(let kind):
      "not a model file: invalid JSON: \(JSONError(kind, at: nil).message)"
    case .notAModel(let found):
      "not a model file: \"format\" must be \"\(LearnedModel.formatName)\", not \(found) "
        + "(qualkit learn writes model files)"
    case .newerVersion(let version, let supported):
      "this is a version \(version) model, but this qualkit reads only version \(supported) or "
        + "older; update qualkit"
    case .missing(let path): "the model has no \"\(path)\"; is the file cut short? train it again"
    case .invalid(let path, let expected): "\"\(path)\" must be \(expected)"
    case .duplicateKey(let key): "\"\(key)\" is given twice; a key may appear only once"
    case .unknownTerm(let term, let code):
      "the weights of '\(code)' name the term \"\(term)\", which is not among the model's "
        + "\"terms\"; the file is damaged: train it again"
    }
  }
}
