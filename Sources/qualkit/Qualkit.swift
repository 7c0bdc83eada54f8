import Foundation

/// The `qualkit` command-line tool.
@main
enum Qualkit {
  static func main() {
    signal(SIGPIPE, SIG_IGN)
    returnFreedMemoryEarly()
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

/// Has the C library give freed memory back to the system early.
///
/// Memory freed at the top of the heap goes back past 128 KiB, and large
/// blocks keep mappings of their own, instead of both thresholds growing
/// to the largest block freed: the parser's records of a large transcript
/// then leave the peak once let go (`Benchmarks/memory/run.sh`). glibc's
/// `mallopt` is looked up at run time (it is not in the Swift overlay);
/// elsewhere nothing changes.
private func returnFreedMemoryEarly() {
  #if os(Linux)
    typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
    let trimThreshold: Int32 = -1  // M_TRIM_THRESHOLD in <malloc.h>
    if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") {
      _ = unsafeBitCast(symbol, to: Mallopt.self)(trimThreshold, 128 * 1024)
    }
  #endif
}
