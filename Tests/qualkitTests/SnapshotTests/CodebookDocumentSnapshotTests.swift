import Foundation
import Testing

/// Golden files of `codebook show --details`, `codebook export` and `codebook import`.
@Suite struct CodebookDocumentSnapshotTests {
  @Test(
    "The sample codebook as a document in every format",
    arguments: [
      ("show-details", ["show", "--details"]), ("export-md", ["export"]),
      ("export-csv", ["export", "--format", "csv"]),
      ("export-html", ["export", "--format", "html"]),
      ("export-md-da", ["export", "--language", "da"]),
      ("export-error-format", ["export", "--format", "pdf"]),
    ])
  func document(name: String, arguments: [String]) throws {
    try expectCommandSnapshot(["codebook"] + arguments, named: "codebook-\(name).txt")
  }

  @Test("codebook import reads a spreadsheet codebook, and reports a bad row at its place")
  func importing() throws {
    let session = try SnapshotSession()
    try session.write(
      "themes.csv",
      """
      Path,Label,Definition,Include,Exclude,Example,Colour,Keywords
      support,Support,Help from others.,,,,#1f77b4,støtte*; hjælp
      support > family,Family,Help from family.,Partner and children.,Friends.,"Min kone, hun…",,familie*

      """)
    try session.write(
      "broken.csv", "path,label\nsupport,Support\nhelp > family,Family\nsupport > x,X,#zz\n")
    session.run("codebook", "import", "themes.csv")
    session.run("codebook", "import", "themes.csv", "--out", "Codebooks/themes.json")
    session.run("codebook", "validate", "Codebooks/themes.json")
    session.run("codebook", "import", "themes.csv", "--out", "Codebooks/themes.json")
    session.run("codebook", "import", "broken.csv", "--out", "broken.json")
    session.run("codebook", "import", "missing.csv")
    #expect(
      !FileManager.default.fileExists(
        atPath: session.root.appendingPathComponent("broken.json").path))
    expectSnapshot(session.text, named: "codebook-import.txt")
  }
}
