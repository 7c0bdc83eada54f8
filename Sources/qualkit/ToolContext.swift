import Foundation

/// What a command may touch: its working folder, streams and terminal.
///
/// Tests pass their own.
struct ToolContext {
  /// The folder that relative paths and the project's default folders are resolved against.
  var currentDirectory: URL
  /// Where results go.
  var standardOutput: any TextOutputStream
  /// Where errors, warnings and progress go.
  var standardError: any TextOutputStream
  /// Whether standard error is a terminal (progress is shown only then).
  var isStandardErrorTerminal: Bool = false
  /// The keyboard, when standard input is a terminal (nil otherwise);
  /// interactive commands such as `review` read their answers from it.
  var keys: (any KeySource)?

  /// Resolves a path given on the command line against ``currentDirectory``.
  func url(for path: String) -> URL {
    if path.hasPrefix("/") { return URL(fileURLWithPath: path).standardizedFileURL }
    return currentDirectory.appendingPathComponent(path).standardizedFileURL
  }

  /// Writes one line to standard output.
  mutating func print(_ line: String) {
    standardOutput.write(line)
    standardOutput.write("\n")
  }

  /// Writes one line to standard error.
  mutating func printError(_ line: String) {
    standardError.write(line)
    standardError.write("\n")
  }
}
