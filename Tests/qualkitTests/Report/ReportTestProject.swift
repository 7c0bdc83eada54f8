import Foundation
import QualKit

@testable import qualkit

/// A project whose text has every character a writer must escape: `< & "`,
/// LaTeX specials, a formula-like label, right-to-left text and emoji; two
/// coders, and a code nobody coded.
struct ReportTestProject {
  let root: URL

  static let codebook = #"""
    {"format": "qualkit-codebook", "version": 1, "name": "Specials <&> \"test\"", "codes": [
      {"id": "trust", "label": "Trust <&> \"quotes\"", "labels": {"da": "Tillid & tryghed 😀"},
       "definition": "Feeling safe & sound: 100% $5 #1 _x_ {a} ~b^ \\path — and שלום עולם 👍🏽.",
       "children": [
        {"id": "safety", "label": "=Safety", "labels": {"da": "=Sikkerhed"}},
        {"id": "never-coded", "label": "Never coded", "definition": "A code nobody applied."}]},
      {"id": "mastery", "label": "Mestring [ø]", "definition": "Coping | everyday life."}
    ]}
    """#

  static let interview = """
    ---
    id: R01
    role: citizen
    group: arm <A&B>
    speakers: I=interviewer, B=citizen
    ---
    I: Hvordan gik det?

    B: Det gik "godt" & <bedre> end ventet: 50% af tiden, $5, #1, _x_, {a}, ~b^ og \\sti. Æ ø å 😀 👍🏽.

    I: Og så?

    B: שלום עולם, مرحبا بالعالم. Det var trygt.

    B: =SUM(A1) +1 -2 @x er ikke formler. Mestring er svært.

    """

  static let second = """
    ---
    id: R02
    role: citizen
    group: usual
    speakers: I=interviewer, B=citizen
    ---
    I: Fortæl.

    B: Jeg mestrer det. Det er godt nok.

    """

  /// Creates the project and codes it with `tag` as two coders.
  init() throws {
    root = try makeTemporaryDirectory()
    try write("Codebooks/specials.json", Self.codebook)
    try write("Transcripts/R01.txt", Self.interview)
    try write("Transcripts/R02.txt", Self.second)
    for (coder, lines) in [
      (
        "anna",
        [
          ("R01", "9", "trust"), ("R01", "13", "safety"), ("R01", "15", "mastery"),
          ("R02", "9", "mastery"),
        ]
      ),
      ("bo", [("R01", "9", "trust"), ("R01", "13", "safety"), ("R02", "9", "mastery")]),
    ] {
      for (transcript, line, code) in lines {
        // anna marks R01 l. 15 as an exemplar of mastery: it is quoted first.
        let exemplar = coder == "anna" && line == "15" ? ["--exemplar"] : []
        let result = qualkitTests.run(
          ["tag", transcript, line, code, "--coder", coder] + exemplar, in: root)
        guard result.status == .success else {
          throw CocoaError(.fileWriteUnknown, userInfo: ["tag": result.error])
        }
      }
    }
  }

  /// Runs the tool in the project folder.
  func run(_ arguments: String...) -> ToolRun {
    qualkitTests.run(arguments, in: root)
  }

  /// Writes `text` to `path` inside the project.
  func write(_ path: String, _ text: String) throws {
    let url = root.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  /// The bytes of the file at `path` inside the project.
  func bytes(_ path: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: root.appendingPathComponent(path)))
  }

  /// The text of the file at `path` inside the project.
  func read(_ path: String) throws -> String {
    String(decoding: try bytes(path), as: UTF8.self)
  }
}
