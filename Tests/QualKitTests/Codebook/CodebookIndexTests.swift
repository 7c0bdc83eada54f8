import QualKit
import Testing

@Suite struct CodebookIndexTests {
  static let codebook = Codebook(
    name: "t",
    codes: [
      Code(
        id: "a", label: "A", children: [Code(id: "a1", label: "A1"), Code(id: "a2", label: "A2")]),
      Code(id: "b", label: "B"),
    ])

  @Test("Codes are indexed once with parent, depth, order and sub-tree")
  func entries() throws {
    let index = CodebookIndex(Self.codebook)
    #expect(index.ids == ["a", "a1", "a2", "b"])
    let a2 = try #require(index["a2"])
    #expect(a2.parent == "a")
    #expect(a2.depth == 1)
    #expect(a2.order == 2)
    #expect(index.subtree(of: "a") == ["a", "a1", "a2"])
    #expect(index.subtree(of: "b") == ["b"])
    #expect(index.subtree(of: "zz").isEmpty)
    #expect(index.code("a1")?.label == "A1")
    for id in index.ids { #expect(index.subtree(of: id) == Self.codebook.subtreeIDs(of: id)) }
  }
}

@Suite struct CodebookErrorKindTests {
  @Test(
    "A codebook error says what kind of problem it is",
    arguments: [
      ("{", CodebookError.Kind.syntax), ("[]", .notACodebook),
      (#"{"format": "other", "codes": []}"#, .notACodebook),
      (#"{"format": "qualkit-codebook", "version": 99, "codes": []}"#, .unsupportedVersion),
      (
        #"{"format": "qualkit-codebook", "version": 1, "codes": [{"id": "", "label": "x"}]}"#,
        .invalid
      ),
    ])
  func kinds(text: String, kind: CodebookError.Kind) {
    var diagnostics: [Diagnostic] = []
    let error = #expect(throws: CodebookError.self) {
      try Codebook(parsing: Array(text.utf8), diagnostics: &diagnostics)
    }
    #expect(error?.kind == kind)
  }
}
