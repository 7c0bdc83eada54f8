import Foundation
import QualKit
import Testing

@testable import qualkit

/// Keys and lines typed by a test instead of a person, with actions run in between.
final class ScriptedKeys: KeySource, @unchecked Sendable {
  // Each test owns its own script; nothing is shared between threads.
  enum Step {
    case key(Character)
    case line(String)
    /// Bytes as a terminal sends them (escape sequences, UTF-8), decoded
    /// and line-edited as the real keyboard's are.
    case bytes([UInt8])
    case action(() -> Void)
  }

  var steps: [Step]
  var usesColor: Bool
  let clearsScreen = false
  var screenSize: (width: Int, height: Int)?
  private(set) var restoreCount = 0
  private var pending: [UInt8] = []

  init(_ steps: [Step], color: Bool = false) {
    self.steps = steps
    self.usesColor = color
  }

  /// Keys only, from a string: `"ars"`.
  convenience init(keys: String) {
    self.init(keys.map { .key($0) })
  }

  func readKey() -> Character? {
    runActions()
    guard case .key(let key) = steps.first else { return nil }
    steps.removeFirst()
    return key
  }

  func readLine() -> String? {
    runActions()
    if case .bytes = steps.first { return editLine(echo: { _ in }) }
    guard case .line(let line) = steps.first else { return nil }
    steps.removeFirst()
    return line
  }

  func readEditKey() -> ReviewKey? {
    runActions()
    if pending.isEmpty {
      switch steps.first {
      case .bytes(let bytes):
        pending = bytes
        steps.removeFirst()
      case .line(let line):
        pending = Array(line.utf8) + [0x0D]
        steps.removeFirst()
      case .key(let key):
        pending = Array(String(key).utf8)
        steps.removeFirst()
      default: return nil
      }
    }
    return ReviewKey.read(
      { self.pending.isEmpty ? nil : self.pending.removeFirst() },
      hasMore: { !self.pending.isEmpty })
  }

  func restore() { restoreCount += 1 }

  private func runActions() {
    while case .action(let action) = steps.first {
      steps.removeFirst()
      action()
    }
  }
}

@Suite struct ReviewCommandTests {
  let project: TestProject

  /// A test project with the auto-coder's proposals in `Codings/auto.jsonl`.
  init() throws {
    project = try TestProject()
    let autocode = project.run("autocode", "--out", "Codings/auto.jsonl")
    #expect(autocode.status == .success)
  }

  /// Runs `review` in the project with scripted keys.
  func review(_ arguments: [String], keys: ScriptedKeys) -> ToolRun {
    let output = Capture()
    let error = Capture()
    var context = ToolContext(
      currentDirectory: project.root, standardOutput: output, standardError: error)
    context.keys = keys
    let status = runTool(["review"] + arguments, context: &context)
    return ToolRun(status: status, output: output.text, error: error.text)
  }

  /// The codings now in the coder's file.
  func codings(_ coder: String = "auto") throws -> [Coding] {
    var diagnostics: [Diagnostic] = []
    let file = CodingFile(
      parsing: Array(try project.read("Codings/\(coder).jsonl").utf8), diagnostics: &diagnostics)
    #expect(diagnostics.isEmpty)
    return file.codings
  }

  /// `code@lines=status` for each coding, in file order.
  func states() throws -> [String] {
    try codings().map { "\($0.transcript):\($0.code)@\($0.span.firstLine)=\($0.status.rawValue)" }
  }

  static let initialStates = [
    "A01:mastery@6=proposed", "A01:energy@7=proposed", "A01:mastery@7=proposed",
    "A01:readiness@10=proposed", "A01:readiness@11=proposed", "A02:meeting@1=proposed",
    "A02:energy@2=proposed",
  ]

  // MARK: - Batch

  @Test("--accept-all accepts every proposal and says how many; a second run finds none")
  func acceptAll() throws {
    #expect(try states() == Self.initialStates)
    let result = project.run("review", "--coder", "auto", "--reviewer", "auto", "--accept-all")
    #expect(result.status == .success)
    #expect(result.output == "accepted 7, rejected 0 proposed codings in Codings/auto.jsonl\n")
    #expect(result.error == "")
    #expect(try codings().allSatisfy { $0.status == .accepted })
    let again = project.run("review", "--coder", "auto", "--reviewer", "auto", "--accept-all")
    #expect(again.output == "accepted 0, rejected 0 proposed codings in Codings/auto.jsonl\n")
  }

  @Test("--reject-code rejects a code and the codes below it, within the --transcript filter")
  func rejectCode() throws {
    let result = project.run(
      "review", "--coder", "auto", "--reviewer", "auto", "--reject-code", "mastery", "--transcript",
      "A01")
    #expect(result.status == .success)
    #expect(
      result.output
        == """
        accepted 0, rejected 3 proposed codings in Codings/auto.jsonl; 4 still proposed
        rejected 3 proposed codings of mastery and its sub-code energy

        """)
    #expect(
      try states() == [
        "A01:mastery@6=rejected", "A01:energy@7=rejected", "A01:mastery@7=rejected",
        "A01:readiness@10=proposed", "A01:readiness@11=proposed", "A02:meeting@1=proposed",
        "A02:energy@2=proposed",
      ])
  }

  @Test("--reject-code with --accept-all rejects that code and accepts the rest")
  func rejectAndAcceptRest() throws {
    let result = project.run(
      "review", "--coder=auto", "--reviewer", "auto", "--reject-code", "energy", "--accept-all")
    #expect(
      result.output
        == "accepted 5, rejected 2 proposed codings in Codings/auto.jsonl\nrejected 2 proposed codings of energy\n"
    )
    let statuses = try codings().map { ($0.code, $0.status) }
    #expect(statuses.allSatisfy { $0.1 == ($0.0 == "energy" ? .rejected : .accepted) })
  }

  @Test("--accept-all with --code accepts only that code's proposals")
  func acceptAllOfCode() throws {
    let result = project.run(
      "review", "--coder", "auto", "--reviewer", "auto", "--accept-all", "--code", "readiness")
    #expect(
      result.output
        == """
        accepted 2, rejected 0 proposed codings in Codings/auto.jsonl; 5 still proposed
        selected 2 proposed codings of readiness

        """)
    #expect(
      try codings().filter { $0.status == .accepted }.map(\.code) == ["readiness", "readiness"])
  }

  @Test(
    "Bad invocations exit with the right code and message",
    arguments: [
      (
        ["--coder", "auto", "--reviewer", "auto"], ExitCode.usage,
        "error: standard input is not a terminal; to review without one, use --accept-all or --reject-code ID\n"
      ),
      (
        ["--accept-all"], .usage, "error: missing --coder NAME (whose proposed codings to review)\n"
      ),
      (
        ["--coder", "nobody", "--accept-all"], .noInput,
        "error: cannot read 'Codings/nobody.jsonl': coder 'nobody' has no coding file\n"
      ),
      (
        ["--coder", "auto", "--reviewer", "auto", "--reject-code", "enrgy"], .dataError,
        "error: unknown code 'enrgy' (nearest: energy, group, mastery)\n"
      ),
      (
        ["--coder", "auto", "--reviewer", "auto", "--accept-all", "--context", "x"], .usage,
        "error: '--context' needs a whole number of at least 0, not 'x'\n"
      ),
    ])
  func badInvocations(arguments: [String], status: ExitCode, message: String) throws {
    let result = qualkitTests.run(["review"] + arguments, in: project.root)
    #expect(result.status == status)
    #expect(result.error.hasPrefix(message))
    #expect(result.output == "")
    #expect(try states() == Self.initialStates)
  }

  @Test("A missing coding file is exit 66 in a terminal too")
  func missingFileInteractive() {
    let result = review(["--coder", "bo"], keys: ScriptedKeys(keys: "a"))
    #expect(result.status == .noInput)
    #expect(
      result.error == "error: cannot read 'Codings/bo.jsonl': coder 'bo' has no coding file\n")
  }

  @Test("The built tool with a pipe on standard input exits 64, and --accept-all works there")
  func builtToolWithoutTerminal() throws {
    let binary = Bundle.main.bundleURL.appendingPathComponent("qualkit")
    guard FileManager.default.isExecutableFile(atPath: binary.path) else {
      Issue.record("qualkit binary not found at \(binary.path)")
      return
    }
    func execute(_ arguments: [String]) throws -> (Int32, String) {
      let process = Process()
      process.executableURL = binary
      process.arguments = arguments
      process.currentDirectoryURL = project.root
      let input = Pipe()
      let error = Pipe()
      process.standardInput = input
      process.standardOutput = FileHandle.nullDevice
      process.standardError = error
      try process.run()
      try input.fileHandleForWriting.close()
      let message = String(
        decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      return (process.terminationStatus, message)
    }
    let interactive = try execute(["review", "--coder", "auto", "--reviewer", "auto"])
    #expect(interactive.0 == 64)
    #expect(interactive.1.hasPrefix("error: standard input is not a terminal"))
    #expect(
      try execute(["review", "--coder", "auto", "--reviewer", "auto", "--accept-all"]).0 == 0)
    #expect(try codings().allSatisfy { $0.status == .accepted })
  }

  // MARK: - Interactive

  @Test(
    "The first screen: header, numbered context lines, the segment marked and its hit in brackets")
  func firstScreen() throws {
    let result = review(["--coder", "auto", "--reviewer", "auto"], keys: ScriptedKeys(keys: "q"))
    #expect(result.status == .success)
    let screen = """
      [1/7] A01 l. 6  code: mastery (Mastery)  origin: keyword:mestr*
        0 of 7 reviewed in Codings/auto.jsonl

          4    | speakers: I=interviewer, B=citizen
          5    | ---
      >   6  I | I: Hvordan [mestrer] du hverdagen?
          7  B | B: Jeg mestrer den bedre nu.
          8  B | Jeg har mere overskud.

      a accept  r reject  s skip  c change code  m memo  u undo last  q quit  ? help
      accepted 0, rejected 0, changed code 0, memos 0, skipped 0 in Codings/auto.jsonl; 7 of 7 still proposed

      """
    #expect(result.output == screen)
    #expect(try states() == Self.initialStates)
  }
}
