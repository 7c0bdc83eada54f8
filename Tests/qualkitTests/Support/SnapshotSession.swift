import Foundation
import Testing

@testable import qualkit

/// Commands run on a fresh copy of the bundled sample project, recorded as text for a golden file.
///
/// Each command adds its command line, exit code, standard output and standard error:
///
///     $ qualkit tag B01 22 feeling-safe --coder anna
///     exit: 0
///     --- stdout
///     coded B01 l. 22 as feeling-safe (anna): "…"
///     --- stderr
///
/// ``file(_:)`` adds a file's contents and ``listing(_:)`` the names in a folder (hidden files
/// included, so a stray lock or temporary file shows). Output that does not end in a line break
/// is followed by `\ no newline at end`. The project folder's absolute path never reaches the
/// record: it is replaced by `$PROJECT`, so a leak shows in the golden file without making it
/// depend on the temporary folder's name.
final class SnapshotSession {
  /// The folders of the sample project that each session copies from the repository root.
  static let sampleFolders = ["Codebooks", "Transcripts", "Codings", "Surveys", "Private"]

  /// The project's temporary folder; commands run in it.
  let root: URL
  /// The record so far.
  private(set) var text = ""

  /// Copies the sample project into a new temporary folder.
  init() throws {
    root = try makeTemporaryDirectory()
    for folder in Self.sampleFolders {
      try FileManager.default.copyItem(
        at: repositoryRoot.appendingPathComponent(folder),
        to: root.appendingPathComponent(folder))
    }
  }

  deinit {
    try? FileManager.default.removeItem(at: root)
  }

  /// Copies `name` from `Tests/QualKitTests/Fixtures/Reliability` into the project's root.
  func copyReliabilityFixture(_ name: String) throws {
    try FileManager.default.copyItem(
      at: repositoryRoot.appendingPathComponent("Tests/QualKitTests/Fixtures/Reliability/\(name)"),
      to: root.appendingPathComponent(name))
  }

  /// Writes `contents` to `path` inside the project.
  func write(_ path: String, _ contents: String) throws {
    let url = root.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(contents.utf8).write(to: url)
  }

  /// Reads the text of the file at `path` inside the project.
  func read(_ path: String) throws -> String {
    String(decoding: try Data(contentsOf: root.appendingPathComponent(path)), as: UTF8.self)
  }

  /// Replaces every `old` by `new` in the file at `path` inside the project (the file must hold
  /// `old`), optionally writing the result to `destination` instead.
  func replace(
    _ old: String, with new: String, in path: String, writingTo destination: String? = nil
  ) throws {
    let text = try read(path)
    try #require(text.contains(old), "\(path) does not contain \(old.debugDescription)")
    try write(destination ?? path, text.replacingOccurrences(of: old, with: new))
  }

  /// Runs the tool with `arguments` in the project folder and records the run.
  @discardableResult
  func run(_ arguments: String...) -> ToolRun {
    run(arguments)
  }

  /// Runs the tool with `arguments` in the project folder and records the run.
  @discardableResult
  func run(_ arguments: [String]) -> ToolRun {
    let result = qualkitTests.run(arguments, in: root)
    text += "$ " + (["qualkit"] + arguments).map(shellQuoted).joined(separator: " ") + "\n"
    text += "exit: \(result.status.rawValue)\n"
    append(section: "stdout", result.output)
    append(section: "stderr", result.error)
    return result
  }

  /// Records the contents of the file at `path` inside the project, or that it does not exist.
  func file(_ path: String) {
    guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path)
    else {
      text += "--- file \(path) (absent)\n"
      return
    }
    append(section: "file \(path)", String(decoding: data, as: UTF8.self))
  }

  /// Records the sorted names in the folder at `path` inside the project, hidden ones included.
  func listing(_ path: String) {
    let names =
      (try? FileManager.default.contentsOfDirectory(
        atPath: root.appendingPathComponent(path).path)) ?? []
    append(section: "listing \(path)", names.sorted().map { $0 + "\n" }.joined())
  }

  /// Appends a headed section, with the project's path replaced and a missing final newline marked.
  private func append(section heading: String, _ contents: String) {
    let contents = contents.replacingOccurrences(of: root.path, with: "$PROJECT")
    text += "--- \(heading)\n" + contents
    // Bytes, not Characters: "\r\n" is one Character, so `hasSuffix("\n")` would miss it.
    if let last = contents.utf8.last, last != UInt8(ascii: "\n") {
      text += "\n\\ no newline at end\n"
    }
  }
}

/// Runs one command on a fresh sample project and compares the record, with the files at
/// `files` after the run, to the snapshot `name`.
func expectCommandSnapshot(
  _ arguments: [String], named name: String, files: [String] = [],
  sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let session = try SnapshotSession()
  session.run(arguments)
  for path in files { session.file(path) }
  expectSnapshot(session.text, named: name, sourceLocation: sourceLocation)
}

/// The argument as a shell would need it: bare when it is plain, else in single quotes.
private func shellQuoted(_ argument: String) -> String {
  let plain = argument.unicodeScalars.allSatisfy { scalar in
    scalar.isASCII
      && (CharacterSet.alphanumerics.contains(scalar)
        || "-_./=,:+@%".unicodeScalars.contains(scalar))
  }
  if plain, !argument.isEmpty { return argument }
  return "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
}
