import Foundation
import Testing

@testable import QualKit

@Suite struct QDCTests {
  func sampleCodebook() throws -> Codebook {
    var diagnostics: [Diagnostic] = []
    return try Codebook(
      parsing: Array(
        try Data(contentsOf: sampleProjectRoot.appendingPathComponent("Codebooks/tki2.json"))),
      diagnostics: &diagnostics)
  }

  @Test(
    "The sample codebook comes back from a .qdc: ids, labels, rules, keywords, colours; GUIDs kept")
  func sampleRoundTrip() throws {
    let original = try sampleCodebook()
    let (bytes, warnings) = try original.qdc(origin: "QualKit")
    #expect(warnings.isEmpty)
    var diagnostics: [Diagnostic] = []
    let back = try Codebook(parsingQDC: bytes, name: original.name, diagnostics: &diagnostics)
    #expect(diagnostics.isEmpty)
    // In the codebook's own namespace every derived GUID is dropped again:
    // the codebook comes back as it was, but for its description, which a
    // .qdc has no place for (a .qdpx carries it).
    var expected = original
    expected.description = nil
    #expect(back == expected)
    // Under another name the codes keep the GUIDs they were exported with,
    // so that every later export gives the same ones.
    let renamed = try Codebook(parsingQDC: bytes, name: "tki2", diagnostics: &diagnostics)
    let ids = StableIDs(projectName: original.name)
    #expect(
      renamed.allCodes.map { $0.guid }
        == original.allCodes.map { ids.code(id: $0.id).lowercasedString })
    #expect(try renamed.qdc(origin: "QualKit").bytes == bytes)
    var stripped = renamed
    stripped.name = original.name
    func clear(_ codes: inout [Code]) {
      for index in codes.indices {
        codes[index].guid = nil
        clear(&codes[index].children)
      }
    }
    clear(&stripped.codes)
    #expect(stripped == expected)
  }

  @Test(
    "The same codebook gives the same bytes; a code's own guid is written as the codebook has it")
  func stableGUIDs() throws {
    var codebook = try sampleCodebook()
    let first = try codebook.qdc(origin: "QualKit").bytes
    #expect(try codebook.qdc(origin: "QualKit").bytes == first)
    // A label, definition or colour change keeps every GUID.
    codebook.codes[0].label = "Sammenhæng"
    codebook.codes[0].color = "#000000"
    let edited = String(decoding: try codebook.qdc(origin: "QualKit").bytes, as: UTF8.self)
    let guid = StableIDs(projectName: codebook.name).code(id: "coherence").lowercasedString
    #expect(edited.contains("<Code guid=\"\(guid)\" name=\"Sammenhæng\""))
    codebook.codes[0].guid = "{AAAAAAAA-1111-2222-3333-444444444444}"
    let own = String(decoding: try codebook.qdc(origin: "QualKit").bytes, as: UTF8.self)
    #expect(
      own.contains("<Code guid=\"{AAAAAAAA-1111-2222-3333-444444444444}\" name=\"Sammenhæng\""))
  }

  @Test("A codebook without codes cannot be a .qdc")
  func emptyCodebook() {
    let error = #expect(throws: InterchangeError.self) {
      try Codebook(name: "empty", codes: []).qdc(origin: "QualKit")
    }
    #expect(error?.kind == .cannotExport)
  }

  @Test("Taguette 1.4.1's codebook, which fails the schema (an empty <Sets/>), reads: 3 flat codes")
  func taguette() throws {
    let bytes = try fixture("REFI/taguette-1.4.1-codebook.qdc")
    #expect(String(decoding: bytes, as: UTF8.self).contains("<Sets/>"))
    var diagnostics: [Diagnostic] = []
    let codebook = try Codebook(parsingQDC: bytes, name: "taguette", diagnostics: &diagnostics)
    #expect(diagnostics.isEmpty)
    #expect(codebook.codes.map(\.label) == ["interesting", "Scarcity", "public opinion"])
    #expect(codebook.codes.map(\.id) == ["interesting", "scarcity", "public-opinion"])
    #expect(
      codebook.codes.map(\.guid) == [
        "0D62985D-B147-5D01-A9B5-CAE5DCD98342", "6B108EE0-2DC3-5B43-9061-1330F75A6B9B",
        "B061A8C8-4FE7-5A79-9E1C-E50874232DA7",
      ])
    #expect(codebook.allCodes.allSatisfy { $0.children.isEmpty && $0.color == nil && $0.isCodable })
  }

  @Test("Codes sharing one GUID and one name each get an id of their own; the codebook reads back")
  func sharedGUID() throws {
    // Found by the qdc fuzz target: the second code took the first's id, and
    // the codebook written from the import was refused (duplicate id).
    let guid = "6B108EE0-2DC3-5B43-9061-1330F75A6B9B"
    let xml = """
      <?xml version="1.0" encoding="utf-8"?>
      <CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
      <Code guid="\(guid)" name="Scarcity" isCodable="true"/>
      <Code guid="\(guid)" name="Scarcity" isCodable="true">
      <Code guid="\(guid)" name="Scarcity" isCodable="true"/></Code>
      </Codes></CodeBook>
      """
    var diagnostics: [Diagnostic] = []
    let codebook = try Codebook(
      parsingQDC: Array(xml.utf8), name: "shared", diagnostics: &diagnostics)
    #expect(codebook.allCodes.map(\.id) == ["scarcity", "scarcity-2", "scarcity-3"])
    #expect(diagnostics.filter { $0.message.contains("has the guid") }.count == 2)
    var again: [Diagnostic] = []
    let reread = try Codebook(parsing: Array(codebook.fileText.utf8), diagnostics: &again)
    #expect(reread.allCodes.map(\.id) == codebook.allCodes.map(\.id))
  }

  @Test(
    "QualCoder 3.8.2's codebook reads the same with and without a BOM and CRLF: 38 codes, 6 groups",
    arguments: [false, true])
  func qualCoder(bomAndCRLF: Bool) throws {
    var bytes = try fixture("REFI/qualcoder-3.8.2-codebook.qdc")
    if bomAndCRLF {
      bytes =
        [0xEF, 0xBB, 0xBF]
        + Array(
          String(decoding: bytes, as: UTF8.self)
            .replacingOccurrences(of: "\n", with: "\r\n").utf8)
    }
    var diagnostics: [Diagnostic] = []
    let codebook = try Codebook(parsingQDC: bytes, name: "qualcoder", diagnostics: &diagnostics)
    #expect(diagnostics.isEmpty)
    #expect(codebook.allCodes.count == 38)
    #expect(codebook.codes.count == 9)
    #expect(
      codebook.allCodes.filter { !$0.isCodable }.map(\.label) == [
        "Implementation Quality", "Training & Professional Development", "Leadership & Support",
        "Barriers to Implementation", "Teacher Attitudes", "Student Engagement",
      ])
    #expect(codebook.codes[2].label == "Ünïcøde & <angle> \"quoted\" — 教师")
    #expect(codebook.codes[2].id == "ünïcøde-angle-quoted-教师")
    let fidelity = try #require(codebook.code(withID: "curriculum-fidelity"))
    #expect(
      fidelity.definition
        == "Teacher follows the published sequence.\nSecond line, after a hard break.")
    #expect(fidelity.color == "#A3BEA5")
    #expect(
      codebook.code(withID: "unsubstantive-artifact")?.guid
        == "8162617f-e691-400b-aa13-c586dfaf7b89")
  }
}

@Suite struct CodeDescriptionTests {
  @Test(
    "Every field comes back from the folded description, however it is written",
    arguments: [
      Code(id: "a", label: "A"),
      Code(id: "a", label: "A", definition: "Only a definition."),
      Code(
        id: "x-1", label: "Something else", labels: ["da": "Noget"], definition: "D.",
        include: "I.", exclude: "E.", example: "Ex.", keywords: ["k*", "re:a;b"],
        surveyItems: ["Q1"]),
      Code(id: "a", label: "A", definition: "Text.\n\nInclude: looks like a rule"),
      Code(id: "a", label: "A", include: "  padded  ", example: "Example: doubled"),
      Code(id: "a", label: "A", definition: "", exclude: "x\n\nQualKit: {\"id\":\"b\"}"),
      Code(id: "a", label: "A", definition: "QualKit: {\"id\":\"b\"}"),
    ])
  func foldsAndUnfolds(code: Code) {
    let derived = CodebookExchange.slug(code.label)
    let text = CodeDescription(code: code, derivedID: derived).text
    let back = CodeDescription(parsing: text)
    #expect(back.definition == code.definition)
    #expect(back.include == code.include)
    #expect(back.exclude == code.exclude)
    #expect(back.example == code.example)
    #expect((back.id ?? derived) == code.id)
    #expect(back.labels == code.labels)
    #expect(back.keywords == code.keywords)
    #expect(back.surveyItems == code.surveyItems)
  }

  @Test("Other programs' descriptions are definitions; the rules read at paragraph starts")
  func foreignDescriptions() {
    let plain = CodeDescription(parsing: "Erősen szkeptikus (piros)\nEnyhén szkeptikus\n")
    #expect(plain.definition == "Erősen szkeptikus (piros)\nEnyhén szkeptikus")
    #expect(plain.include == nil && plain.id == nil)
    let ruled = CodeDescription(
      parsing: "Meaning.\n\nInclude: this.\n\nExclude: that.\n\nExample: \"so\".")
    #expect(ruled.definition == "Meaning.")
    #expect(ruled.include == "this.")
    #expect(ruled.exclude == "that.")
    #expect(ruled.example == "\"so\".")
    #expect(CodeDescription(parsing: "").definition == nil)
  }

  @Test("A readable description stays plain: the QualKit paragraph only when needed")
  func plainWhenPossible() {
    let code = Code(id: "being-heard", label: "Being heard", definition: "Feeling heard.")
    #expect(CodeDescription(code: code, derivedID: "being-heard").text == "Feeling heard.")
    #expect(
      CodeDescription(code: code, derivedID: "being-heard-2").text
        == "Feeling heard.\n\nQualKit: {\"id\":\"being-heard\"}")
  }

  @Test("Ids made of names: lower case, letters and digits kept, one dash between")
  func slugs() {
    #expect(CodebookExchange.slug("Coke::full-fat Coke") == "coke-full-fat-coke")
    #expect(CodebookExchange.slug("1. Oltás típusa") == "1-oltás-típusa")
    #expect(CodebookExchange.slug("  ") == "code")
    #expect(CodebookExchange.slug("rq1_definition") == "rq1_definition")
    #expect(Code.idProblem(CodebookExchange.slug("a, b > c\td")) == nil)
  }
}
