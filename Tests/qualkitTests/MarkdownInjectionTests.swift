import Foundation
import Testing

@testable import qualkit

/// Every Markdown writer escapes text from the project: a label, memo,
/// attribute value or transcript line holding HTML or a `javascript:` link
/// is shown as written, never run.
@Suite struct MarkdownInjectionTests {
  /// A hostile value naming its field: raw HTML and a live link.
  static func hostile(_ field: String) -> String {
    "<b>\(field)</b>[\(field)](javascript:\(field))"
  }

  /// ``hostile(_:)`` as ``MarkdownText/escaped(_:)`` writes it.
  static func escaped(_ field: String) -> String {
    #"\<b\>\#(field)\</b\>\[\#(field)\](javascript:\#(field))"#
  }

  /// A project with a hostile value in every field a Markdown writer shows:
  /// the codebook's name, description, labels (main and Danish), criteria
  /// and keywords, a code id, an attribute value, a speaker role, a memo and
  /// the coded text; coded by anna and (one segment) bo.
  static func project() throws -> TestProject {
    let project = try TestProject()
    let codebook: [String: Any] = [
      "format": "qualkit-codebook", "version": 1, "name": hostile("cbname"),
      "description": hostile("cbdesc"),
      "codes": [
        [
          "id": "theme", "label": hostile("themelabel"), "labels": ["da": hostile("dalabel")],
          "definition": hostile("definition"), "include": hostile("include"),
          "exclude": hostile("exclude"), "example": hostile("example"),
          "keywords": ["mestr*", "<b>kw</b>"],
          "children": [
            ["id": "[sub](javascript:sub)", "label": hostile("sublabel"), "keywords": ["overskud"]]
          ],
        ]
      ],
    ]
    try project.write(
      "Codebooks/test.json",
      String(decoding: try JSONSerialization.data(withJSONObject: codebook), as: UTF8.self))
    try project.write(
      "Transcripts/A01.txt",
      """
      ---
      id: A01
      group: \(hostile("group"))
      speakers: I=interviewer, B=\(hostile("role"))
      ---
      I: Hvordan?
      B: Jeg mestrer det. \(hostile("text"))

      I: Og?
      B: Mere overskud. \(hostile("other"))

      """)
    for arguments in [
      ["A01", "theme", "--turn", "1", "--coder", "anna", "--memo", hostile("memo")],
      ["A01", "[sub](javascript:sub)", "--turn", "3", "--coder", "anna"],
      ["A01", "theme", "--turn", "1", "--coder", "bo"],
    ] {
      let run = qualkitTests.run(["tag"] + arguments, in: project.root)
      #expect(run.status == .success, "\(run.error)")
    }
    return project
  }

  @Test(
    "Each Markdown writer escapes a hostile value in every field it shows",
    arguments: [
      (
        ["codebook", "export", "--format", "md"],
        [
          "cbname", "cbdesc", "themelabel", "definition", "include", "exclude", "example",
          "sublabel",
        ]
      ),
      (["codebook", "export", "--format", "md", "--language", "da"], ["dalabel"]),
      (
        ["segments", "theme", "--format", "md"],
        ["themelabel", "sublabel", "group", "role", "memo", "text", "other"]
      ),
      (["memos", "--format", "md"], ["themelabel", "group", "role", "memo", "text"]),
      (["matrix", "--by", "group", "--format", "md"], ["themelabel", "sublabel", "group"]),
      (
        // One quote per participant: A01's second segment is not quoted.
        ["joint", "--by", "group", "--format", "md"],
        ["themelabel", "definition", "group", "text"]
      ),
      (["quantitize", "--format", "md"], ["group"]),
      (["agree", "--format", "md"], ["other"]),
    ])
  func writerEscapes(arguments: [String], fields: [String]) throws {
    let project = try Self.project()
    let run = qualkitTests.run(arguments, in: project.root)
    #expect(run.status == .success, "\(run.error)")
    for field in fields {
      #expect(run.output.contains(Self.escaped(field)), "\(field) is not shown escaped")
    }
    // The codebook shows ids as code spans, which are literal (see codeIDs).
    for field in fields + ["kw"] + (arguments[0] == "codebook" ? [] : ["sub"]) {
      #expect(!run.output.contains("<b>\(field)</b>"), "raw HTML of \(field)")
      #expect(!run.output.contains("[\(field)](javascript"), "a live link of \(field)")
    }
  }

  @Test("A code id is a code span in the codebook, and escaped text in segments and agree")
  func codeIDs() throws {
    let project = try Self.project()
    let codebook = qualkitTests.run(["codebook", "export", "--format", "md"], in: project.root)
    #expect(codebook.output.contains("(`[sub](javascript:sub)`)"))
    #expect(codebook.output.contains(#"**Keywords.** mestr\*, \<b\>kw\</b\>"#))
    for arguments in [["segments", "theme", "--format", "md"], ["agree", "--format", "md"]] {
      let run = qualkitTests.run(arguments, in: project.root)
      #expect(run.output.contains(#"\[sub\](javascript:sub)"#), "\(arguments)")
      #expect(!run.output.contains("[sub](javascript"), "\(arguments)")
    }
  }
}
