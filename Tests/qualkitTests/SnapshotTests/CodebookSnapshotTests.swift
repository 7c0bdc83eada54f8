import Testing

/// Golden files of `codebook show` and `codebook validate` on the sample codebook.
@Suite struct CodebookSnapshotTests {
  @Test(
    "codebook show draws the tree, the JSON and the Danish labels",
    arguments: [
      ("tree", [String]()), ("tree-file", ["Codebooks/tki2.json", "--format", "tree"]),
      ("json", ["--format", "json"]), ("da", ["--language", "da"]),
      ("unknown-language", ["--language", "sv"]),
    ])
  func show(name: String, arguments: [String]) throws {
    try expectCommandSnapshot(["codebook", "show"] + arguments, named: "codebook-show-\(name).txt")
  }

  @Test("codebook validate reports the sample codebook as valid")
  func validate() throws {
    try expectCommandSnapshot(["codebook", "validate"], named: "codebook-validate.txt")
  }

  @Test("codebook validate reports every problem of a broken codebook (exit 65)")
  func validateBroken() throws {
    let session = try SnapshotSession()
    try session.write(
      "Broken/codebook.json",
      """
      {"format": "qualkit-codebook", "version": 1, "name": "Broken", "colour": "red", "codes": [
        {"id": "a", "label": "A", "color": "blue", "keywords": ["re:(", ""]},
        {"id": "a", "label": "", "children": [{"id": "", "label": "Empty id"}]},
        {"id": "b", "label": "B", "codable": "yes"}
      ]}
      """)
    session.run("codebook", "validate", "Broken/codebook.json")
    session.run("codebook", "show", "Broken/codebook.json")
    expectSnapshot(session.text, named: "codebook-validate-broken.txt")
  }

  @Test("Without a single codebook in Codebooks/, codebook commands say so")
  func noDefaultCodebook() throws {
    let session = try SnapshotSession()
    try session.write("Codebooks/second.json", #"{"format": "qualkit-codebook", "codes": []}"#)
    session.run("codebook", "show")
    session.run("codebook", "validate", "Codebooks/second.json")
    expectSnapshot(session.text, named: "codebook-two-codebooks.txt")
  }
}
