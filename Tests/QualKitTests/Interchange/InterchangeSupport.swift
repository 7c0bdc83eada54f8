import Foundation
import Testing

@testable import QualKit

/// The bundled sample project at the repository's root.
let sampleProjectRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()

/// Loads the project in `folder` as the commands do.
func loadProject(_ folder: URL) throws -> Project {
  var reader = ProjectReader(folder: ProjectFolder(base: folder))
  return try reader.project()
}

/// The codings the coder policy counts in `project`, every status,
/// proposals nobody answered included (as `export qdpx` takes them, to
/// count them as left out).
func policyCodings(_ project: Project) -> [Coding] {
  CoderPolicy(keepsProposals: true).select(project.codingFiles).codings
}

/// Writes an import's files into a new temporary folder and returns it.
func writeImport(_ result: QDPXImport) throws -> URL {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("qualkit-import-\(UUID().uuidString)")
  try AtomicFolder.create(
    folder, displayPath: "import", files: result.files.map { ($0.path, $0.bytes) })
  return folder
}

/// A coding as the exchange carries it: where it stands in the transcript's
/// own text (after the front matter), what it codes and who coded it.
struct CarriedCoding: Hashable, CustomStringConvertible {
  var transcript: String
  var start: Int
  var end: Int
  var code: String
  var coder: String
  var status: Coding.Status
  var memo: String?
  var text: String?

  init(_ coding: Coding, in project: Project) {
    let offset = project.catalog.byID[coding.transcript]?.bodyStart ?? 0
    transcript = coding.transcript
    start = coding.span.start - offset
    end = coding.span.end - offset
    code = coding.code
    coder = coding.coder
    status = coding.status
    memo = coding.memo
    text = project.catalog.byID[coding.transcript]?.text(in: coding.span.range)
  }

  var description: String { "\(transcript) \(start)..<\(end) \(code) \(coder) \(status)" }
}

/// Whether `xmllint` (Debian's `libxml2-utils`) can be run.
let xmllintPath = ["/usr/bin/xmllint", "/usr/local/bin/xmllint", "/opt/homebrew/bin/xmllint"]
  .first { FileManager.default.isExecutableFile(atPath: $0) }

/// Validates `bytes` against the REFI-QDA schema `schema` (`Codebook.xsd`
/// or `Project-mrt2019.xsd`) with `xmllint`; nil when `xmllint` is missing.
///
/// - Returns: `xmllint`'s exit status and its messages.
func validate(_ bytes: [UInt8], schema: String) throws -> (status: Int32, output: String)? {
  guard let xmllintPath else { return nil }
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("qualkit-xmllint-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: folder) }
  let file = folder.appendingPathComponent("document.xml")
  try Data(bytes).write(to: file)
  let process = Process()
  process.executableURL = URL(fileURLWithPath: xmllintPath)
  process.arguments = [
    "--noout", "--nonet", "--schema",
    fixturesDirectory.appendingPathComponent("REFI/xsd/\(schema)").path, file.path,
  ]
  let pipe = Pipe()
  process.standardError = pipe
  process.standardOutput = pipe
  try process.run()
  let output = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return (process.terminationStatus, String(decoding: output, as: UTF8.self))
}

/// The message of a test that needs `xmllint` where it is missing.
let xmllintMissing =
  "xmllint is not installed (Debian: apt-get install libxml2-utils); schema validation skipped"
