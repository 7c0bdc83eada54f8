/// A names list (`--names`) or a pseudonym key (`--key`) that cannot be
/// used: malformed CSV, an empty list, a row that names no original or
/// category, or a mapping that contradicts the key; every problem at once,
/// each at its line and column.
public struct PseudonymFileError: InputError, Hashable, Sendable {
  /// What is wrong.
  public enum Kind: Hashable, Sendable {
    /// The file is not valid CSV (an unclosed quote, say).
    case malformedCSV
    /// The file has no rows to read.
    case empty
    /// A row or the header is invalid.
    case invalidRow
    /// A row contradicts the key or another row: a pseudonym given to two
    /// people, or another pseudonym for an original the key already maps.
    case conflict
  }

  /// What is wrong (that of the first problem).
  public var kind: Kind
  /// The first problem, a lowercase sentence fragment.
  public var message: String
  /// Where the first problem is.
  public var position: SourcePosition?
  /// Every problem, in file order.
  public var diagnostics: [Diagnostic]

  /// An error of one problem.
  public init(_ kind: Kind, _ message: String, at position: SourcePosition?) {
    self.kind = kind
    self.message = message
    self.position = position
    self.diagnostics = [Diagnostic(.error, message, at: position)]
  }

  /// An error of several problems (at least one), the first one's kind.
  init(_ kind: Kind, problems: [Diagnostic]) {
    self.kind = kind
    message = problems.first?.message ?? "invalid file"
    position = problems.first?.position
    diagnostics = problems
  }
}
