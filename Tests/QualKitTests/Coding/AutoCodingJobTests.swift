import Foundation
import Testing

@testable import QualKit

/// `autocode` codes a large transcript a part at a time, writing each part's
/// output as it goes; the parts together must be exactly the whole.
@Suite struct AutoCodingJobTests {
  static let codebook = """
    {"format": "qualkit-codebook", "version": 1, "name": "T", "codes": [
      {"id": "mastery", "label": "Mastery", "keywords": ["mestr*", "overskud"]},
      {"id": "work", "label": "Work", "keywords": ["arbejde*", "re:job\\\\w*"]}
    ]}
    """

  /// A transcript of about 3 MB (several parts), turns of varied length.
  static func largeTranscript() -> String {
    var lines = ["---", "id: BIG", "---"]
    var random = SplitMix64(seed: 7)
    let words = [
      "jeg", "mestrer", "det", "nu.", "overskud", "arbejdet", "jobbet", "og", "så", "Ja.",
    ]
    var size = 0
    var speaker = "I"
    while size < 3_000_000 {
      let count = Int.random(in: 1...400, using: &random)
      let turn = (0..<count).map { _ in words.randomElement(using: &random) ?? "x" }
      let line = "\(speaker): " + turn.joined(separator: " ")
      size += line.utf8.count + 1
      lines.append(line)
      speaker = speaker == "I" ? "B" : "I"
    }
    return lines.joined(separator: "\n") + "\n"
  }

  @Test(
    "Coding a transcript in parts writes exactly the lines of coding it whole, at every scope",
    arguments: AutoCoder.Scope.allCases, ["jsonl", "tsv"])
  func partsMakeTheWhole(scope: AutoCoder.Scope, format: String) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "qualkit-parts-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = Self.largeTranscript()
    try Data(text.utf8).write(to: folder.appendingPathComponent("BIG.txt"))
    var diagnostics: [Diagnostic] = []
    let codebook = try Codebook(parsing: Array(Self.codebook.utf8), diagnostics: &diagnostics)
    // The regular expression keyword must not be stopped in one run and not
    // the other (a sanitizer build on a loaded machine is slow enough).
    let coder = try AutoCoder(
      codebook: codebook, regexTimeLimit: .seconds(60),
      regexBudget: KeywordRegexBudget(maximumSlowTime: .seconds(3600)))
    let job = AutoCodingJob(
      coder: coder, coderName: "auto", scope: scope, roles: nil,
      folder: ProjectFolder(base: folder), tables: [:], format: format, collectCodings: false)
    var parts: [[UInt8]] = []
    var id: String?
    let result = job.process(
      "BIG.txt", started: { found, _ in id = found }, emit: { parts.append($0) })
    #expect(id == "BIG")
    #expect(parts.count > 2)
    #expect(result.output.isEmpty)
    let transcript = try Transcript(
      parsing: Array(text.utf8), format: .text, fallbackID: "BIG", diagnostics: &diagnostics)
    let whole = coder.codings(for: transcript, coder: "auto", scope: scope)
    #expect(result.count == whole.count)
    let written = parts.flatMap { $0 }
    if format == "jsonl" {
      var expected: [UInt8] = []
      for coding in whole {
        CodingFile.appendLine(for: coding, to: &expected)
        expected.append(0x0A)
      }
      #expect(written == expected)
    } else {
      #expect(written.filter { $0 == 0x0A }.count == whole.count)
    }
    #expect(job.process("BIG.txt").output == written)
  }
}
