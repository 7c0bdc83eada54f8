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
  }

  /// How serious the problem is.
  public var severity: Severity
  /// A lowercase sentence fragment without a final period.
  public var message: String
  /// Where the problem is, if it has a place in the file.
  public var position: SourcePosition?

  /// Creates a diagnostic.
  public init(_ severity: Severity, _ message: String, at position: SourcePosition? = nil) {
    self.severity = severity
    self.message = message
    self.position = position
  }

  /// Creates a warning.
  public static func warning(_ message: String, at position: SourcePosition? = nil) -> Diagnostic {
    Diagnostic(.warning, message, at: position)
  }

  /// Creates an error.
  public static func error(_ message: String, at position: SourcePosition? = nil) -> Diagnostic {
    Diagnostic(.error, message, at: position)
  }

  /// The diagnostic as `line:column: severity: message`, without a path.
  public var description: String {
    if let position {
      return "\(position): \(severity.rawValue): \(message)"
    }
    return "\(severity.rawValue): \(message)"
  }

  /// The diagnostic as `path:line:column: severity: message`.
  ///
  /// - Parameter path: The file the diagnostic is about.
  /// - Returns: The line to print on standard error.
  public func formatted(path: String) -> String {
    if let position {
      return "\(path):\(position): \(severity.rawValue): \(message)"
    }
    return "\(path): \(severity.rawValue): \(message)"
  }
}

extension Array where Element == Diagnostic {
  /// Whether any diagnostic is an error.
  public var hasErrors: Bool { contains { $0.severity == .error } }
}
