/// A codebook that cannot be used: a JSON syntax error, an unknown format
/// version, or validation errors (all of them, each with its JSON path).
public struct CodebookError: InputError, Hashable, Sendable {
  /// What makes the codebook unusable.
  public enum Kind: Hashable, Sendable {
    /// The file is not well-formed JSON.
    case syntax
    /// The JSON is not a QualKit codebook (not an object, another format).
    case notACodebook
    /// The codebook's format version is newer than this qualkit reads.
    case unsupportedVersion
    /// The codebook breaks its rules (duplicate ids, bad colours, …).
    case invalid
  }

  /// What makes the codebook unusable.
  public var kind: Kind
  /// Every problem found, errors and warnings, in file order.
  public var diagnostics: [Diagnostic]

  /// Creates an error from its diagnostics (at least one should be an error).
  public init(diagnostics: [Diagnostic], kind: Kind = .invalid) {
    self.kind = kind
    self.diagnostics = diagnostics
  }

  /// Creates an error with one message.
  public init(_ message: String, at position: SourcePosition? = nil, kind: Kind = .invalid) {
    self.kind = kind
    self.diagnostics = [.error(message, at: position)]
  }

  /// The first error's message.
  public var message: String {
    (diagnostics.first(where: { $0.severity == .error }) ?? diagnostics.first)?.message
      ?? "invalid codebook"
  }

  /// The first error's position.
  public var position: SourcePosition? {
    (diagnostics.first(where: { $0.severity == .error }) ?? diagnostics.first)?.position
  }
}
