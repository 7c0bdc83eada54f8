/// Why a survey spec or a survey CSV could not be read, with where.
public struct SurveyError: InputError, Hashable, Sendable {
  /// What went wrong.
  public enum Kind: Hashable, Sendable {
    /// The spec is not valid JSON.
    case syntax
    /// The spec is JSON but not a survey spec, or names what does not exist.
    case invalidSpec
    /// The spec is of a newer version.
    case unsupportedVersion
    /// The CSV is malformed or disagrees with the spec.
    case invalidData
    /// An export whose layout (which tool wrote it) cannot be told.
    case unknownLayout
    /// A label file that is malformed or does not match the data.
    case invalidLabels
  }

  /// What went wrong.
  public var kind: Kind
  /// Every problem found, errors first.
  public var diagnostics: [Diagnostic]

  /// An error with one message.
  public init(_ message: String, at position: SourcePosition? = nil, kind: Kind) {
    self.kind = kind
    diagnostics = [.error(message, at: position)]
  }

  /// An error made of several problems.
  public init(diagnostics: [Diagnostic], kind: Kind) {
    self.kind = kind
    self.diagnostics = diagnostics
  }

  /// The first error's message.
  public var message: String {
    (diagnostics.first { $0.severity == .error } ?? diagnostics.first)?.message ?? "invalid survey"
  }

  /// The first error's position.
  public var position: SourcePosition? {
    (diagnostics.first { $0.severity == .error } ?? diagnostics.first)?.position
  }
}
