import Testing

@testable import QualKit

private func parse(_ text: String) throws -> (Codebook, [Diagnostic]) {
  var diagnostics: [Diagnostic] = []
  let codebook = try Codebook(parsing: Array(text.utf8), diagnostics: &diagnostics)
  return (codebook, diagnostics)
}

@Suite struct CodebookTests {
  static let valid = """
    {
      "format": "qualkit-codebook",
      "version": 1,
      "name": "Test",
      "codes": [
        {
          "id": "mastery", "label": "Mastery", "labels": {"da": "Mestring"},
          "color": "#2ca02c", "keywords": ["mestr*", "-mestringsløs"],
          "children": [
            {"id": "coping", "label": "Coping strategies", "keywords": ["tage det stille og roligt"]},
            {"id": "energy", "label": "Energy", "codable": true}
          ]
        },
        {"id": "implementation", "label": "Implementation", "codable": false,
         "children": [{"id": "meeting", "label": "Tripartite meeting", "keywords": ["re:trepart\\\\w*"]}]}
      ]
    }
    """

  @Test("A valid codebook reads into a tree")
  func valid() throws {
    let (codebook, diagnostics) = try parse(Self.valid)
    #expect(diagnostics.isEmpty)
    #expect(codebook.name == "Test")
    #expect(
      codebook.allCodes.map(\.id) == ["mastery", "coping", "energy", "implementation", "meeting"])
    #expect(codebook.flattened.map(\.depth) == [0, 1, 1, 0, 1])
    #expect(codebook.flattened.map(\.parent) == [nil, "mastery", "mastery", nil, "implementation"])
    let mastery = try #require(codebook.code(withID: "mastery"))
    #expect(mastery.label(in: "da") == "Mestring")
    #expect(mastery.label(in: "de") == "Mastery")
    #expect(mastery.color == "#2CA02C")
    #expect(mastery.keywords == ["mestr*", "-mestringsløs"])
    #expect(codebook.code(withID: "implementation")?.isCodable == false)
    #expect(codebook.code(withID: "energy")?.isCodable == true)
    #expect(codebook.subtreeIDs(of: "mastery") == ["mastery", "coping", "energy"])
  }

  @Test("The JSON form reads back to the same codebook")
  func roundTrip() throws {
    let (codebook, _) = try parse(Self.valid)
    let (again, diagnostics) = try parse(codebook.json.rendered(pretty: true))
    #expect(again == codebook)
    #expect(diagnostics.isEmpty)
  }

  @Test("Validation reports every problem at once, with JSON paths and positions")
  func everyProblem() throws {
    let text = """
      {"version": 1, "codes": [
        {"id": "a", "label": "", "color": "blue", "children": [
          {"id": "b", "label": "B", "keywords": ["", "*", "re:(", "mid*dle"]}
        ]},
        {"id": "b", "label": "B again", "colour": "#FFFFFF"},
        {"id": "a", "label": 3}
      ]}
      """
    let error = #expect(throws: CodebookError.self) { try parse(text) }
    let messages = error?.diagnostics.map {
      "\($0.position?.line ?? 0) \($0.severity) \($0.message)"
    }
    #expect(
      messages == [
        "2 error codes[0].label: the label is empty",
        "2 error codes[0].color: 'blue' is not a colour like '#1F77B4'",
        "3 error codes[0].children[0].keywords[0]: keyword is empty",
        "3 error codes[0].children[0].keywords[1]: keyword '*' has no letters before the wildcard",
        "3 error codes[0].children[0].keywords[2]: invalid regular expression 're:(': expected ')'",
        "3 error codes[0].children[0].keywords[3]: keyword 'mid*dle' has a '*' that is not at its end",
        "5 warning codes[1].colour: unknown member (ignored); did you mean \"color\"?",
        "5 error codes[1].id: duplicate id 'b' (first used at codes[0].children[0].id, line 3)",
        "6 error codes[2].id: duplicate id 'a' (first used at codes[0].id, line 2)",
        "6 error codes[2].label: expected a string, found a number",
      ])
  }

  @Test("A JSON syntax error reports its line and column")
  func syntaxError() {
    let error = #expect(throws: CodebookError.self) {
      try parse("{\n  \"codes\": [\n    {\"id\": \"a\",}\n  ]\n}")
    }
    #expect(error?.position == SourcePosition(line: 3, column: 16))
    #expect(error?.message == "invalid JSON: trailing comma before '}'")
  }

  @Test("An unknown format version or format is refused")
  func unknownVersion() {
    let newer = #expect(throws: CodebookError.self) { try parse(#"{"version": 2, "codes": []}"#) }
    #expect(newer?.message.contains("unknown codebook format version 2") == true)
    let other = #expect(throws: CodebookError.self) {
      try parse(#"{"format": "nvivo", "codes": []}"#)
    }
    #expect(other?.message.contains("not a QualKit codebook") == true)
  }

  @Test("A missing version is a warning and reads as version 1")
  func missingVersion() throws {
    let (codebook, diagnostics) = try parse(#"{"codes": [{"id": "a", "label": "A"}]}"#)
    #expect(codebook.version == 1)
    #expect(diagnostics.map(\.severity) == [.warning])
  }
}
