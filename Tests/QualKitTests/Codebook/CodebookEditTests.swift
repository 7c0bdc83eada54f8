import Foundation
import QualKit
import Testing

@Suite struct CodebookEditTests {
  let codebook = Codebook(
    name: "T",
    codes: [
      Code(
        id: "a", label: "A",
        children: [Code(id: "a1", label: "A1", children: [Code(id: "a1x", label: "A1x")])]),
      Code(id: "b", label: "B"),
    ])

  @Test("A rename keeps the code's place and children")
  func rename() throws {
    let edited = try codebook.applying(.renameCode(from: "a1", to: "z"))
    #expect(edited.flattened.map(\.code.id) == ["a", "z", "a1x", "b"])
    #expect(edited.flattened.map(\.parent) == [nil, "a", "z", nil])
  }

  @Test(
    "Edits that cannot be made are refused with their kind",
    arguments: [
      (CodebookEdit.renameCode(from: "a", to: "b"), CodebookEditError.Kind.existingID),
      (.renameCode(from: "nope", to: "c"), .unknownCode),
      (.move(code: "a", under: "a1x"), .intoOwnSubtree),
      (.move(code: "a", under: "a"), .intoOwnSubtree),
      (.merge(from: ["a"], into: "a1"), .intoOwnSubtree),
      (.merge(from: ["b"], into: "b"), .intoOwnSubtree),
      (.add(Code(id: "b", label: "B"), under: nil), .existingID),
      (.add(Code(id: "c", label: ""), under: nil), .invalidID),
      (.add(Code(id: "c", label: " "), under: nil), .invalidID),
      (.renameCode(from: "a", to: "a b"), .invalidID),
      (.renameCode(from: "a", to: "a,b"), .invalidID),
      (.renameCode(from: "a", to: "x\u{1B}[2J"), .invalidID),
      (.renameCode(from: "a", to: "a>b"), .invalidID),
      (.add(Code(id: "a,b", label: "X"), under: nil), .invalidID),
      (.add(Code(id: "", label: "X"), under: nil), .invalidID),
    ])
  func refused(edit: CodebookEdit, kind: CodebookEditError.Kind) {
    let error = #expect(throws: CodebookEditError.self) { try codebook.applying(edit) }
    #expect(error?.kind == kind)
  }

  @Test("A merge removes the codes and moves their sub-codes under the target")
  func merge() throws {
    let edited = try codebook.applying(.merge(from: ["a"], into: "b"))
    #expect(edited.flattened.map(\.code.id) == ["b", "a1", "a1x"])
    #expect(edited.flattened.map(\.parent) == [nil, "b", "a1"])
  }

  @Test("A merge folds a recoded coding into the same application, memos kept")
  func mergeFoldsDuplicates() {
    let span = Span(firstLine: 1, lastLine: 1, start: 0, end: 5)
    let file = CodingFile(codings: [
      Coding(transcript: "T", code: "a", coder: "c", span: span, memo: "first"),
      Coding(transcript: "T", code: "b", coder: "c", span: span),
    ])
    let (edited, changed) = file.applying(.merge(from: ["a"], into: "b"))
    #expect(changed == 1)
    #expect(edited.codings.map(\.code) == ["b"])
    #expect(edited.codings.first?.memo == "first (merged from code 'a')")
  }

  @Test("The file text leaves out defaults and reads back as the same codebook")
  func fileTextRoundTrips() throws {
    var diagnostics: [Diagnostic] = []
    let text = codebook.fileText
    #expect(!text.contains("\"codable\": true"))
    #expect(!text.contains("\"children\": []"))
    let reread = try Codebook(parsing: Array(text.utf8), diagnostics: &diagnostics)
    #expect(reread == codebook)
    #expect(reread.fileText == text)
  }
}

@Suite struct CodeDefinitionLanguageTests {
  @Test("Definitions by language are read, written back and chosen by language")
  func definitions() throws {
    let json = #"""
      {"format": "qualkit-codebook", "version": 1, "name": "x", "codes": [
        {"id": "a", "label": "A", "definition": "In English.",
         "definitions": {"da": "På dansk."}},
        {"id": "b", "label": "B", "definitions": {"da": ""}}
      ]}
      """#
    var diagnostics: [Diagnostic] = []
    let error = #expect(throws: CodebookError.self) {
      try Codebook(parsing: Array(json.utf8), diagnostics: &diagnostics)
    }
    #expect(
      error?.diagnostics.contains {
        $0.message == "codes[1].definitions.da: expected a non-empty string"
      } == true)
    diagnostics = []
    let good = json.replacingOccurrences(
      of: #""definitions": {"da": ""}"#, with: #""codable": true"#)
    let codebook = try Codebook(parsing: Array(good.utf8), diagnostics: &diagnostics)
    let a = try #require(codebook.codes.first)
    #expect(a.definition(in: "da") == "På dansk.")
    #expect(a.definition(in: "en") == "In English.")
    #expect(a.definition(in: nil) == "In English.")
    let written = a.json.rendered(pretty: false)
    #expect(written.contains(#""definition":"In English.","definitions":{"da":"På dansk."}"#))
    let csv = CSVWriter.render(CodebookWriter.table(codebook))
    let back = try Codebook(importingCSV: Array(csv.utf8))
    #expect(back.codes.first?.definitions == ["da": "På dansk."])
  }
}
