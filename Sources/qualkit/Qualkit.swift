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
    context.keys = TerminalKeys(usesColor: isatty(1) == 1 && !noColor) { output.flush() }
    let status = runTool(Array(CommandLine.arguments.dropFirst()), context: &context)
    context.keys?.restore()
    output.flush()
    error.flush()
    exit(status.rawValue)
  }
}

/// A reference to a standard stream, so copies of the context share one buffer.
final class SharedStream: TextOutputStream, ByteOutputStream, @unchecked Sendable {
  // Used from the main thread only; the class exists so that the buffer is
  // flushed once at exit whatever copies of the context were made.
  private var stream: StandardStream

  init(_ stream: StandardStream) { self.stream = stream }

  func write(_ string: String) { stream.write(string) }

  func write(bytes: UnsafeBufferPointer<UInt8>) { stream.write(bytes: bytes) }

  func flush() { stream.flush() }
}

/// A text stream that can also take UTF-8 bytes directly, so that large
/// outputs are not converted to `String` and back.
protocol ByteOutputStream: AnyObject {
  /// Writes UTF-8 bytes.
  func write(bytes: UnsafeBufferPointer<UInt8>)
}
