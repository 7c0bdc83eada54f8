import QualKit

/// The one way the tool prints errors, warnings and notes: on standard
/// error, one per line, as `path:line:column: severity: message`, with
/// control characters made visible (they may come from any input file).
extension ToolContext {
  /// Writes one line to standard error, control characters made visible.
  mutating func printError(_ line: String) {
    standardError.write(TerminalText.visible(line))
    standardError.write("\n")
  }

  /// Prints diagnostics on standard error, one per line.
  mutating func report(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics { printError(diagnostic.description) }
  }
}
