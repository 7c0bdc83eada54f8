import Foundation
import Testing

/// The bad-input table: malformed files of every format QualKit reads, each
/// run through the built `qualkit` binary in a copy of the sample project.
///
/// `Tests/QualKitTests/Fixtures/bad/cases.tsv` lists, one case a line: the
/// fixture (under `bad/`), where it is put in the project, the command
/// (`{}` stands for that place), the exit code and the first line of
/// standard error. A case that exits 0 is a file QualKit reads with a
/// warning, and that warning is its first line.
@Suite struct BadInputTableTests {
  /// One row of `cases.tsv`.
  struct Case: Sendable, CustomTestStringConvertible {
    var fixture: String
    var place: String
    var arguments: [String]
    var status: Int32
    var firstLine: String

    var testDescription: String { fixture }
  }

  /// The folder of the bad-input fixtures.
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("QualKitTests/Fixtures/bad")

  /// Every case of `cases.tsv`, in file order.
  static let cases: [Case] = {
    let url = folder.appendingPathComponent("cases.tsv")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == 5, let status = Int32(fields[3]) else { return nil }
      return Case(
        fixture: fields[0], place: fields[1],
        arguments: fields[2].split(separator: " ").map {
          $0 == "{}" ? fields[1] : String($0)
        },
        status: status, firstLine: fields[4])
    }
  }()

  /// What a message must never show: Swift's own descriptions of values
  /// and errors, and the runtime's crash reports.
  static let leaks = [
    "Optional(", "Error Domain=", "Fatal error", "Backtrace", "Swift/", "QualKit.", "qualkit.",
    "Kind.", "Error(", "TranscriptError", "JSONError", "CSVError", "StorageError",
    "ProjectError", "CodebookError", "SurveyError", "TextDecodingError", "DecodingError",
    "ZipError", "XMLError", "String.Index",
  ]

  @Test("The table lists at least 60 files across every format, each file once")
  func tableIsComplete() throws {
    #expect(Self.cases.count >= 60)
    #expect(Set(Self.cases.map(\.fixture)).count == Self.cases.count)
    let kinds = Set(Self.cases.map { $0.fixture.split(separator: "/").first.map(String.init) })
    #expect(
      kinds == [
        "transcript", "codebook", "codings", "spec", "survey", "reliability", "import",
        "participants",
      ])
    let files = try FileManager.default.subpathsOfDirectory(atPath: Self.folder.path)
      .filter { $0.contains("/") }
    #expect(Set(files) == Set(Self.cases.map(\.fixture)), "every fixture has a row")
  }

  @Test(
    "A malformed file gives its exit code and first message line, and no internals",
    arguments: cases)
  func badInput(_ item: Case) throws {
    let project = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: project) }
    for sample in ["Codebooks", "Codings", "Surveys", "Transcripts"] {
      try FileManager.default.copyItem(
        at: repositoryRoot.appendingPathComponent(sample),
        to: project.appendingPathComponent(sample))
    }
    let target = project.appendingPathComponent(item.place)
    try FileManager.default.createDirectory(
      at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
    if FileManager.default.fileExists(atPath: target.path) {
      try FileManager.default.removeItem(at: target)
    }
    try FileManager.default.copyItem(
      at: Self.folder.appendingPathComponent(item.fixture), to: target)

    let process = Process()
    process.executableURL = Bundle.main.bundleURL.appendingPathComponent("qualkit")
    process.arguments = item.arguments
    process.currentDirectoryURL = project
    let errorPipe = Pipe()
    process.standardOutput = FileHandle.nullDevice
    process.standardError = errorPipe
    try process.run()
    let errorBytes = errorPipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let error = String(decoding: errorBytes, as: UTF8.self)

    #expect(process.terminationReason == .exit, "killed by signal \(process.terminationStatus)")
    #expect(process.terminationStatus == item.status, "\(error)")
    let first = error.split(separator: "\n", omittingEmptySubsequences: false).first ?? ""
    #expect(String(first) == item.firstLine)
    for leak in Self.leaks {
      #expect(!error.contains(leak), "'\(leak)' in: \(error)")
    }
  }
}
