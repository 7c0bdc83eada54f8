import Testing

@testable import QualKit

/// `codebook export --format csv` then `codebook import`: every field comes
/// back, the formula mark comes off exactly once, and the import never
/// returns a codebook that the codebook reader refuses.
@Suite struct CodebookCSVRoundTripTests {
  /// A codebook with every field set, and texts that start the way a
  /// spreadsheet formula does.
  static let full = Codebook(
    name: "TKI2 = round trip", description: "- a description that starts with a dash",
    codes: [
      Code(
        id: "mastery", label: "Mastery", labels: ["da": "Mestring", "en-GB": "Mastery (UK)"],
        definition: "- first point\n- second point", include: "=SUM(A1)", exclude: "@mention",
        example: "+45 12 34 56 78", color: "#2CA02C", keywords: ["-mestre", "mestr*", "klar*"],
        surveyItems: ["Q7 Håndtere hverdagen", "Q8; second item"],
        guid: "6F9619FF-8B86-D011-B42D-00C04FC964FF",
        children: [
          Code(
            id: "-minus", label: "'quoted' label", labels: ["da": "'-mærket"],
            definition: "'-already marked", example: "\tindented example", isCodable: false,
            guid: "00000000-0000-0000-0000-000000000001",
            children: [Code(id: "leaf", label: "@leaf", keywords: ["re:a|b"])])
        ]),
      Code(id: "group", label: "Group", isCodable: false),
    ])

  private func exported(_ codebook: Codebook) -> [UInt8] {
    Array(CSVWriter.render(CodebookWriter.table(codebook)).utf8)
  }

  @Test("Every field of every code, and the codebook's name and description, come back")
  func everyFieldComesBack() throws {
    let read = try Codebook(importingCSV: exported(Self.full))
    #expect(read == Self.full)
    #expect(CodebookWriter.csvWarnings(Self.full).isEmpty)
  }

  @Test("A definition that starts with '- ' comes back without the formula mark")
  func definitionWithDashes() throws {
    let csv = exported(Self.full)
    #expect(String(decoding: csv, as: UTF8.self).contains("\"'- first point\n- second point\""))
    let read = try Codebook(importingCSV: csv)
    #expect(read.codes[0].definition == "- first point\n- second point")
    #expect(read.codes[0].keywords == ["-mestre", "mestr*", "klar*"])
    #expect(read.codes[0].children[0].id == "-minus")
  }

  @Test("--name replaces the file's codebook.name")
  func nameOverrides() throws {
    #expect(try Codebook(importingCSV: exported(Self.full), name: "Other").name == "Other")
    #expect(try Codebook(importingCSV: Array("path\na\n".utf8)).name == "")
  }

  @Test(
    "The formula mark comes off exactly once, and only where the writer puts it",
    arguments: [
      "- first point", "=1+2", "+45", "@x", "\tx", "'-x", "''=x", "'quoted'", "plain", "-12.5",
      "'", "''", "-", "'+", "a'-b",
    ])
  func markComesOffOnce(text: String) {
    #expect(CSVFormulaGuard.restored(CSVFormulaGuard.neutralised(text)) == text)
  }

  @Test("A quote a person typed before ordinary text is kept")
  func typedQuoteKept() {
    #expect(CSVFormulaGuard.restored("'quoted'") == "'quoted'")
    #expect(CSVFormulaGuard.restored("'-typed") == "-typed")
    #expect(CSVFormulaGuard.neutralised("'-x") == "''-x")
    #expect(CSVFormulaGuard.neutralised("-12.5") == "-12.5")
  }

  @Test("Labels columns keep the language code as written")
  func languageCase() throws {
    let csv = "Path,Label,Labels.en-GB,labels.da,labels.\na,A,Colour,Farve,ignored\n"
    let read = try Codebook(importingCSV: Array(csv.utf8))
    #expect(read.codes[0].labels == ["en-GB": "Colour", "da": "Farve"])
  }

  @Test("Values the CSV cannot carry are named, one warning per code and field")
  func lossyValuesWarned() {
    let codebook = Codebook(
      name: "",
      codes: [
        Code(
          id: "a", label: "A", definition: " padded ", example: "",
          keywords: ["re:x;y"], surveyItems: ["two\nlines"]),
        Code(id: "b", label: "B", include: "bell\u{7}"),
      ])
    let messages = CodebookWriter.csvWarnings(codebook).map(\.message)
    #expect(
      messages == [
        "the codebook has no name; 'codebook import' names it after the file",
        "code 'a': the definition changes in CSV (white space at either end, an empty text and control characters are not kept)",
        "code 'a': the example changes in CSV (white space at either end, an empty text and control characters are not kept)",
        "code 'a': the keywords changes in CSV (a keyword with ';', a line break or white space at either end is not kept)",
        "code 'a': the surveyItems changes in CSV (an item with a line break or white space at either end is not kept)",
        "code 'b': the include changes in CSV (white space at either end, an empty text and control characters are not kept)",
      ])
  }

  @Test(
    "Ids the codebook reader refuses are refused at their row and column",
    arguments: [
      ("path,label\na b,A\n", 2, 1, "the id 'a b' contains a space or comma"),
      ("label,path\nA,\"a,b\"\n", 2, 3, "the id 'a,b' contains a space or comma"),
      ("path\nok\nok > x\ty\n", 3, 1, "the id 'x\ty' contains a space or comma"),
    ])
  func invalidIDs(csv: String, line: Int, column: Int, message: String) {
    let error = #expect(throws: CodebookImportError.self) {
      try Codebook(importingCSV: Array(csv.utf8))
    }
    #expect(error?.message == message)
    #expect(error?.position == SourcePosition(line: line, column: column))
  }

  @Test(
    "A path as deep as a codebook file can hold imports and reads back; one level more is refused")
  func depthLimit() throws {
    func chain(_ levels: Int) -> [UInt8] {
      var csv = "path\n"
      var path = ""
      for level in 1...levels {
        path += (path.isEmpty ? "" : " > ") + "c\(level)"
        csv += path + "\n"
      }
      return Array(csv.utf8)
    }
    let deepest = try Codebook(importingCSV: chain(Codebook.maximumDepth), name: "deep")
    var diagnostics: [Diagnostic] = []
    let read = try Codebook(
      parsing: Array(deepest.json.rendered(pretty: true).utf8), diagnostics: &diagnostics)
    #expect(read.allCodes.count == Codebook.maximumDepth)
    let error = #expect(throws: CodebookImportError.self) {
      try Codebook(importingCSV: chain(Codebook.maximumDepth + 1))
    }
    #expect(error?.message == "the path has 128 levels; a codebook holds at most 127")
    #expect(error?.position == SourcePosition(line: 129, column: 1))
  }

  @Test("codebook.name given twice with different values is refused at the second")
  func conflictingName() {
    let csv = "path,codebook.name\na,One\nb,\nc,Two\n"
    let error = #expect(throws: CodebookImportError.self) {
      try Codebook(importingCSV: Array(csv.utf8))
    }
    #expect(
      error?.message == "'codebook.name' differs from its value on line 2; the codebook has one")
    #expect(error?.position == SourcePosition(line: 4, column: 3))
  }

  @Test("A parent whose own parent is missing is reported at the parent's row")
  func missingGrandparent() {
    let csv = "path\nx > y > z\nx > y\n"
    let error = #expect(throws: CodebookImportError.self) {
      try Codebook(importingCSV: Array(csv.utf8))
    }
    #expect(error?.message == "parent 'x' is the path of no row")
    #expect(error?.position == SourcePosition(line: 3, column: 1))
  }

  @Test("Wide and deep trees keep the order of their rows", arguments: [2_000])
  func wideTrees(count: Int) throws {
    var csv = "path\n"
    for index in 0..<count { csv += "theme > c\(index)\n" }
    csv += "theme\n"
    for index in 0..<count { csv += "top\(index)\n" }
    let read = try Codebook(importingCSV: Array(csv.utf8))
    #expect(read.codes.count == count + 1)
    #expect(read.codes[0].id == "theme")
    #expect(read.codes[0].children.map(\.id) == (0..<count).map { "c\($0)" })
    #expect(read.codes.dropFirst().map(\.id) == (0..<count).map { "top\($0)" })
  }

  @Test(
    "Every codebook the import returns reads back through the codebook reader",
    arguments: [
      "path\n-minus\n-minus > 'quoted'\n", "path,label\na,\nb,'\t\n",
      "path,labels.da,labels.en\na,' ,x\n", "path,keywords,surveyItems\na,\"-x\n;y\",\"q\n\nr\"\n",
      "path,codebook.name,codebook.description\na,'=n,' \n",
    ])
  func importedCodebooksReadBack(csv: String) throws {
    let imported = try Codebook(importingCSV: Array(csv.utf8), name: "n")
    var diagnostics: [Diagnostic] = []
    let read = try Codebook(
      parsing: Array(imported.json.rendered(pretty: true).utf8), diagnostics: &diagnostics)
    #expect(read == imported)
    #expect(diagnostics.isEmpty)
  }

  @Test("The id rule's ASCII fast path refuses exactly what the full rule refuses")
  func idRuleFastPath() {
    func reference(_ id: String) -> Bool {
      let scalars = id.unicodeScalars
      return id.trimmingCharacters(in: " \t").isEmpty
        || scalars.contains { $0.properties.isWhitespace || $0 == "," || $0 == ">" }
        || scalars.contains { $0.properties.generalCategory == .control }
    }
    let ids =
      (0...0x7F).map { "a" + String(UnicodeScalar(UInt8($0))) + "b" } + [
        "", " ", "\t", "ok", "é", "a\u{A0}b", "a\u{85}b", "a\u{2028}b", "a\u{3000}b", ",", ">",
      ]
    for id in ids {
      #expect((Code.idProblem(id) != nil) == reference(id), "\(id.debugDescription)")
    }
  }
}
