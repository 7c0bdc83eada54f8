extension CodingFile {
  /// Parses a coding file that an edit is about to rewrite, or nil when it
  /// has malformed lines (rewriting it would lose them).
  ///
  /// - Parameters:
  ///   - bytes: The file's contents.
  ///   - path: Its path, for the messages.
  ///   - diagnostics: Receives the warnings of a file that can be rewritten.
  ///   - problems: Receives the errors of a file that cannot, and why nothing is written.
  /// - Returns: The parsed file, or nil.
  static func forRewriting(
    _ bytes: [UInt8], path: String, diagnostics: inout [Diagnostic],
    problems: inout [Diagnostic]
  ) -> CodingFile? {
    var found: [Diagnostic] = []
    let file = CodingFile(parsing: bytes, diagnostics: &found)
    guard file.malformedLines.isEmpty else {
      let lines = file.malformedLines.map(String.init).joined(separator: ", ")
      problems += found.filter { $0.severity == .error }.inFile(path)
      problems.append(
        Diagnostic(
          .error,
          "not changing a file with malformed lines (\(lines)); fix them first so that nothing is lost (nothing was written)",
          file: path))
      return nil
    }
    diagnostics += found.inFile(path)
    return file
  }
}
