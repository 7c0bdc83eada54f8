import Foundation
import QualKit
import Testing

@testable import qualkit

/// Hostile text in every field a researcher's files can carry (codebook
/// name, description, labels in two languages, definition, criteria,
/// example, transcript text, attribute values, a speaker role, a memo) is
/// neutralised in every output format: HTML/SVG, LaTeX, Word XML, CSV,
/// Markdown and the terminal.
@Suite struct InjectionTests {
  /// The characters a spreadsheet reads as the start of a formula.
  static let formulaStarts = ["=", "+", "-", "@", "\t", "\r"]

  /// A hostile value naming its field: a formula start, HTML and SVG, a
  /// `javascript:` link, LaTeX commands and unbalanced braces, a break out
  /// of a Word text run, and terminal escapes (OSC 52, BEL, C1 CSI).
  static func hostile(_ field: String, formula: String = "=") -> String {
    formula + "cmd|' /C calc'!A0 <script>alert('\(field)')</script></svg>"
      + "<a href=\"javascript:\(field)\">[\(field)](javascript:\(field))</a> "
      + "\\input{/etc/\(field)} \\write18{rm \(field)} }{ "
      + "]]></w:t></w:r><w:r><w:t>\(field) \u{1B}]52;c;\(field)\u{07} \u{9B}31m"
  }

  /// The fields, each with its own formula start.
  static let fields = [
    "cbname", "cbdesc", "label", "dalabel", "definition", "include", "exclude", "example",
    "sublabel", "group", "role", "text", "memo",
  ]

  /// The hostile value of field `name`.
  static func value(_ name: String) -> String {
    let index = fields.firstIndex(of: name) ?? 0
    return hostile(name, formula: formulaStarts[index % formulaStarts.count])
  }

  /// A project with a hostile value in every field, coded by two coders.
  static func project() throws -> TestProject {
    let project = try TestProject()
    let codebook: [String: Any] = [
      "format": "qualkit-codebook", "version": 1, "name": value("cbname"),
      "description": value("cbdesc"),
      "codes": [
        [
          "id": "theme", "label": value("label"), "labels": ["da": value("dalabel")],
          "definition": value("definition"), "include": value("include"),
          "exclude": value("exclude"), "example": value("example"), "keywords": ["mestr*"],
          "children": [["id": "sub", "label": value("sublabel"), "keywords": ["overskud"]]],
        ]
      ],
    ]
    try project.write(
      "Codebooks/test.json",
      String(decoding: try JSONSerialization.data(withJSONObject: codebook), as: UTF8.self))
    // Front matter is one line per key: the value keeps no line break.
    let oneLine = { (name: String) in value(name).replacingOccurrences(of: "\r", with: "") }
    try project.write(
      "Transcripts/A01.txt",
      """
      ---
      id: A01
      group: \(oneLine("group"))
      speakers: I=interviewer, B=\(oneLine("role").replacingOccurrences(of: ",", with: ";"))
      ---
      I: Hvordan?
      B: Jeg mestrer det. \(oneLine("text"))

      I: Og?
      B: Mere overskud. \(oneLine("text"))

      """)
    for arguments in [
      ["A01", "theme", "--turn", "1", "--coder", "anna", "--memo", value("memo")],
      ["A01", "sub", "--turn", "3", "--coder", "anna"],
      ["A01", "theme", "--turn", "1", "--coder", "bo"],
      ["A01", "sub", "--turn", "3", "--coder", "bo"],
    ] {
      let run = qualkitTests.run(["tag"] + arguments, in: project.root)
      #expect(run.status == .success, "\(run.error)")
    }
    return project
  }

  /// Whether `text` holds a terminal control: ESC, BEL or a C1 control.
  static func hasControls(_ text: String) -> Bool {
    text.unicodeScalars.contains {
      $0 == "\u{1B}" || $0 == "\u{07}" || (0x80...0x9F).contains($0.value)
    }
  }

  /// Makes the report in every format and returns the project.
  static func report() throws -> TestProject {
    let project = try project()
    let run = qualkitTests.run(["report", "--out", "out"], in: project.root)
    #expect(run.status == .success, "\(run.error)")
    return project
  }

  @Test("HTML and SVG: no element, attribute or javascript: link from the text")
  func html() throws {
    let project = try Self.report()
    let html = try project.read("out/report.html")
    for name in ["cbname", "label", "definition", "group", "text"] {
      #expect(html.contains("alert(&#39;\(name)&#39;)") || html.contains("alert('\(name)')"))
    }
    #expect(!html.contains("<script>"))
    #expect(!html.contains("<a href=\"javascript"))
    #expect(!html.contains("</svg><a"))
    #expect(!Self.hasControls(html))
  }

  @Test("LaTeX: no command and no unbalanced brace from the text")
  func latex() throws {
    let project = try Self.report()
    let folder = project.root.appendingPathComponent("out/latex")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(names.contains("report.tex"))
    var shown = false
    for name in names where name.hasSuffix(".tex") {
      let tex = try project.read("out/latex/" + name)
      #expect(!Self.hasControls(tex), "\(name)")
      shown = shown || tex.contains("cbname")
      // A comment (a table's caption, on one line) runs to the end of its
      // line: what TeX reads is the rest.
      let read = Self.withoutComments(tex)
      #expect(!read.contains("\\input{/etc"), "\(name)")
      #expect(!read.contains("\\write18{"), "\(name)")
      // Every brace that is not escaped opens or closes a group.
      var depth = 0
      var escaped = false
      for character in read {
        if !escaped {
          if character == "{" { depth += 1 }
          if character == "}" { depth -= 1 }
          if depth < 0 { break }
        }
        escaped = !escaped && character == "\\"
      }
      #expect(depth == 0, "\(name): braces unbalanced (\(depth))")
    }
    #expect(shown, "the codebook's name is in the LaTeX")
  }

  /// `tex` without its comments: from each `%` that is not escaped to the
  /// end of its line.
  static func withoutComments(_ tex: String) -> String {
    var result = ""
    var escaped = false
    var inComment = false
    for character in tex {
      if character.isNewline {
        inComment = false
      } else if !escaped && character == "%" {
        inComment = true
      }
      if !inComment { result.append(character) }
      escaped = !escaped && character == "\\"
    }
    return result
  }

  @Test("Word: the document is well-formed XML and every hostile value stays text")
  func docx() throws {
    let project = try Self.report()
    let archive = try ZipArchive(
      bytes: [UInt8](try Data(contentsOf: project.root.appendingPathComponent("out/report.docx"))))
    let bytes = try archive.data(for: "word/document.xml")
    let tree = try XMLTree(parsing: bytes)
    var text = ""
    tree.root.forEachElement { element in
      if element.localName == "t" { text += element.text + "\n" }
    }
    let xml = String(decoding: bytes, as: UTF8.self)
    for name in ["cbname", "label", "definition", "text"] {
      // The break-out is text of one run, not a new run.
      #expect(text.contains("]]></w:t></w:r><w:r><w:t>\(name)"), "\(name)")
      #expect(!xml.contains("</w:t></w:r><w:r><w:t>\(name)"), "\(name)")
    }
    #expect(!Self.hasControls(xml))
  }

  @Test("CSV: no cell starts a formula, and the values are kept")
  func csv() throws {
    let project = try Self.report()
    let folder = project.root.appendingPathComponent("out/csv")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(names.contains("quotes.csv"))
    var cells = 0
    var shown: Set<String> = []
    for name in names where name.hasSuffix(".csv") {
      let table = try CSVReader(delimiter: .comma).read(
        [UInt8](try Data(contentsOf: folder.appendingPathComponent(name))))
      for row in table.rows {
        for cell in row where !cell.isEmpty {
          cells += 1
          for field in Self.fields where cell.range(of: "alert('\(field)')") != nil {
            shown.insert(field)
          }
          let isNumber = Double(cell) != nil
          #expect(
            isNumber || !Self.formulaStarts.contains(String(cell.prefix(1))),
            "\(name): \(cell.prefix(40).debugDescription)")
        }
      }
    }
    #expect(cells > 50)
    #expect(shown.isSuperset(of: ["label", "sublabel", "group", "text"]), "\(shown.sorted())")
  }

  @Test("Markdown: no raw HTML and no live javascript: link from the text")
  func markdown() throws {
    let project = try Self.report()
    let markdown = try project.read("out/report.md")
    #expect(markdown.contains("cbname"))
    // Each `<` and `[` of the text is escaped: a literal character.
    for raw in ["<script>", "<a href", "](javascript:", "</svg>"] {
      var searched = markdown[...]
      while let found = searched.range(of: raw) {
        let before = markdown[..<found.lowerBound].last
        #expect(before == "\\", "unescaped \(raw)")
        searched = markdown[found.upperBound...]
      }
    }
    #expect(!Self.hasControls(markdown))
  }

  @Test(
    "Terminal: no escape sequence reaches the screen from any command's text output",
    arguments: [
      ["codebook", "show"], ["segments", "theme"], ["memos"], ["codings"],
      ["transcript", "show", "Transcripts/A01.txt"], ["transcript", "list"],
      ["matrix", "--by", "group"],
      ["agree"], ["search", "mestr*"],
    ])
  func terminal(arguments: [String]) throws {
    let project = try Self.project()
    let run = qualkitTests.run(arguments, in: project.root)
    #expect(run.status == .success, "\(run.error)")
    #expect(!run.output.isEmpty)
    #expect(!Self.hasControls(run.output + run.error), "\(arguments)")
  }
}
