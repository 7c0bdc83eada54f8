/// A recoverable problem found while reading input: a warning or an error
/// with an optional position.
///
/// Parsers return diagnostics beside their result instead of throwing, so a
/// caller can show every problem at once. The CLI prints them as
/// `path:line:column: warning: message`.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
  /// How serious a diagnostic is.
  public enum Severity: String, Hashable, Sendable {
    /// Input that was understood but is probably not what the author meant.
    case warning
    /// Input that is invalid.
    case error
    /// More about the diagnostic before it, such as where else a name is used.
    case note
  }

  /// How serious the problem is.
  public var severity: Severity
  /// A lowercase sentence fragment without a final period.
  public var message: String
  /// Where the problem is, if it has a place in the file.
  public var position: SourcePosition?
  /// The file the diagnostic is about, as the user or the project names it;
  /// nil for a diagnostic about no file (a command's options, say).
  public var file: String?

  /// Creates a diagnostic.
  public init(
    _ severity: Severity, _ message: String, at position: SourcePosition? = nil,
    file: String? = nil
  ) {
    self.severity = severity
    self.message = message
    self.position = position
    self.file = file
  }

  /// The diagnostic with ``file`` set to `path` (kept when it already has one).
  public func inFile(_ path: String) -> Diagnostic {
    var copy = self
    if copy.file == nil { copy.file = path }
    return copy
  }

  /// Creates a warning.
  public static func warning(
    _ message: String, at position: SourcePosition? = nil, file: String? = nil
  ) -> Diagnostic {
    Diagnostic(.warning, message, at: position, file: file)
  }

  /// Creates an error.
  public static func error(
    _ message: String, at position: SourcePosition? = nil, file: String? = nil
  ) -> Diagnostic {
    Diagnostic(.error, message, at: position, file: file)
  }

  /// Creates a note.
  public static func note(
    _ message: String, at position: SourcePosition? = nil, file: String? = nil
  ) -> Diagnostic {
    Diagnostic(.note, message, at: position, file: file)
  }

  /// The diagnostic as `path:line:column: severity: message`, each part
  /// present when known.
  public var description: String {
    let place = [file, position?.description].compactMap { $0 }.joined(separator: ":")
    return (place.isEmpty ? "" : place + ": ") + "\(severity.rawValue): \(message)"
  }

  /// The diagnostic as `path:line:column: severity: message`.
  ///
  /// - Parameter path: The file the diagnostic is about.
  /// - Returns: The line to print on standard error.
  public func formatted(path: String) -> String {
    inFile(path).description
  }
}

extension Array where Element == Diagnostic {
  /// Whether any diagnostic is an error.
  public var hasErrors: Bool { contains { $0.severity == .error } }

  /// The diagnostics, each about `path` unless it names its own file.
  public func inFile(_ path: String) -> [Diagnostic] { map { $0.inFile(path) } }
}
