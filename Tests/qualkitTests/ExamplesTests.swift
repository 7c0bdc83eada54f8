import Foundation
import Testing

@testable import qualkit

/// Every `$ qualkit …` line of README.md and every example of every
/// command's `--help` runs on a fresh copy of the sample project and exits
/// 0, unless the text shows an error after it on purpose.
@Suite struct ExamplesTests {
  /// Runs `example` in `folder` in-process; interactive commands get a
  /// keyboard that quits at once.
  func run(_ example: ExampleCommand, in folder: URL) throws {
    let (arguments, output) = try example.arguments(in: folder)
    let out = Capture()
    let error = Capture()
    var context = ToolContext(currentDirectory: folder, standardOutput: out, standardError: error)
    context.keys = ScriptedKeys(keys: "q")
    let status = runTool(arguments, context: &context)
    if let output {
      try Data(out.text.utf8).write(to: folder.appendingPathComponent(output))
    }
    if example.showsError {
      #expect(status != .success, "\(example): shows an error but exited 0")
    } else {
      #expect(
        status == .success, "\(example): exited \(status.rawValue)\n\(error.text)")
    }
  }

  @Test("Every $ qualkit line of README.md runs, in order, on a fresh sample project")
  func readme() throws {
    let text = try String(
      contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let examples = ExampleCommand.commands(
      in: text, place: { "README.md:\($0 + 1)" }, requiresPrompt: true)
    #expect(examples.count >= 20)
    let session = try SnapshotSession()
    for example in examples { try run(example, in: session.root) }
  }

  @Test(
    "Every example of every --help runs on a fresh sample project",
    arguments: allCommands.map(\.spec.name))
  func help(command name: String) throws {
    let command = try #require(allCommands.first { $0.spec.name == name })
    let help = command.spec.helpText
    guard let range = help.range(of: "\nEXAMPLES:\n") else { return }
    let examples = ExampleCommand.commands(
      in: String(help[range.upperBound...]), place: { _ in "qualkit \(name) --help" },
      requiresPrompt: false)
    #expect(!examples.isEmpty, "qualkit \(name) --help has an EXAMPLES section without commands")
    let session = try SnapshotSession()
    for example in examples { try run(example, in: session.root) }
  }

  @Test("The example reader splits words as a shell does and refuses what it cannot run")
  func reader() throws {
    let folder = try makeTemporaryDirectory()
    for name in ["a.jsonl", "b.jsonl", "c.csv"] {
      try Data().write(to: folder.appendingPathComponent(name))
    }
    let example = ExampleCommand(
      place: "x", text: #"qualkit tag B01 "a b" 'c d' e\ f *.jsonl > out.txt  # note"#,
      showsError: false)
    let (arguments, output) = try example.arguments(in: folder)
    #expect(arguments == ["tag", "B01", "a b", "c d", "e f", "a.jsonl", "b.jsonl"])
    #expect(output == "out.txt")
    let piped = ExampleCommand(place: "x", text: "qualkit codings | head", showsError: false)
    #expect(throws: ExampleError.self) { try piped.arguments(in: folder) }
    let found = ExampleCommand.commands(
      in: "text\n    $ qualkit a \\\n      --b\n    output\n    error: no\n\n    $ qualkit c\n",
      place: { "R:\($0 + 1)" }, requiresPrompt: true)
    #expect(found.map(\.text) == ["qualkit a  --b", "qualkit c"])
    #expect(found.map(\.showsError) == [true, false])
    #expect(found.map(\.place) == ["R:2", "R:7"])
  }
}
