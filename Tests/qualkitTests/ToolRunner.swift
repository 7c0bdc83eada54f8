import Foundation
import Testing

@testable import qualkit

/// Runs `qualkit` in-process with captured streams.
struct ToolRun {
  var status: ExitCode
  var output: String
  var error: String
}

/// Collects text written to a stream.
final class Capture: TextOutputStream, @unchecked Sendable {
  // Each test owns its own capture; nothing is shared between threads.
  var text = ""
  func write(_ string: String) { text += string }
}

/// Runs the tool with `arguments` in `directory`.
func run(_ arguments: [String], in directory: URL = FileManager.default.temporaryDirectory)
  -> ToolRun
{
  let output = Capture()
  let error = Capture()
  var context = ToolContext(
    currentDirectory: directory, standardOutput: output, standardError: error)
  let status = runTool(arguments, context: &context)
  return ToolRun(status: status, output: output.text, error: error.text)
}

/// Makes a fresh temporary folder for one test.
func makeTemporaryDirectory() throws -> URL {
  let url = FileManager.default.temporaryDirectory
    .appendingPathComponent("qualkit-tests-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

/// The root of the repository (for the bundled sample project).
let repositoryRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
