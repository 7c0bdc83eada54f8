import Foundation

/// The `qualkit` command-line tool.
@main
enum Qualkit {
  static func main() {
    signal(SIGPIPE, SIG_IGN)
    let output = SharedStream(StandardStream(descriptor: 1))
    let error = SharedStream(StandardStream(descriptor: 2, capacity: 1))
    var context = ToolContext(
      currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
      standardOutput: output, standardError: error,
      isStandardErrorTerminal: isatty(2) == 1)
    let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    context.highlightsOutput = isatty(1) == 1 && !noColor
    context.keys = TerminalKeys(
      usesColor: isatty(1) == 1 && !noColor, write: { output.write($0) },
      flushOutput: { output.flush() })
    let status = runTool(Array(CommandLine.arguments.dropFirst()), context: &context)
    context.keys?.restore()
    output.flush()
    error.flush()
    exit(status.rawValue)
  }
}
