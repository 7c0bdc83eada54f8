import Foundation
import Testing

@testable import QualKit

/// Every `.qdc` and `.qdpx` QualKit writes is valid against the official
/// REFI-QDA 1.0 schemas (`Fixtures/REFI/xsd/`), checked by `xmllint` from
/// Debian's `libxml2-utils` (`.ci/run` installs it).
@Suite(.enabled(if: xmllintPath != nil, Comment(rawValue: xmllintMissing)))
struct REFISchemaTests {
  func expectValid(_ bytes: [UInt8], schema: String, _ what: String) throws {
    let result = try #require(try validate(bytes, schema: schema))
    #expect(result.status == 0, "\(what): \(result.output)")
  }

  @Test("The validator is at work: Taguette's codebook, with its empty <Sets/>, fails")
  func validatorRejects() throws {
    let result = try #require(
      try validate(fixture("REFI/taguette-1.4.1-codebook.qdc"), schema: "Codebook.xsd"))
    #expect(result.status != 0)
    #expect(result.output.contains("Sets"))
  }

  @Test("The sample codebook and a generated one are valid .qdc files")
  func codebooks() throws {
    var diagnostics: [Diagnostic] = []
    let sample = try Codebook(
      parsing: Array(
        try Data(contentsOf: sampleProjectRoot.appendingPathComponent("Codebooks/tki2.json"))),
      diagnostics: &diagnostics)
    try expectValid(try sample.qdc(origin: "QualKit").bytes, schema: "Codebook.xsd", "tki2.qdc")
    let generated = try Codebook(
      parsing: Array(GeneratedProject.codebook.utf8), diagnostics: &diagnostics)
    try expectValid(
      try generated.qdc(origin: "QualKit").bytes, schema: "Codebook.xsd", "generated.qdc")
  }

  @Test(
    "The sample project and a generated one are valid projects, under every option",
    arguments: QDPXExport.PositionUnit.allCases.flatMap { unit in
      QDPXExport.LineEnding.allCases.map { (unit, $0) }
    })
  func projects(unit: QDPXExport.PositionUnit, lineEnding: QDPXExport.LineEnding) throws {
    let options = QDPXExport.Options(positions: unit, lineEnding: lineEnding)
    let sample = try loadProject(sampleProjectRoot)
    let export = try QDPXExport(project: sample, codings: policyCodings(sample), options: options)
    try expectValid(export.projectFile, schema: "Project-mrt2019.xsd", "sample project.qde")
    // The archive's project.qde is the one validated.
    #expect(try ZipArchive(bytes: export.archive).data(for: "project.qde") == export.projectFile)
    let folder = try GeneratedProject(seed: 3, transcripts: 12).write()
    defer { try? FileManager.default.removeItem(at: folder) }
    let generated = try loadProject(folder)
    let other = try QDPXExport(
      project: generated, codings: policyCodings(generated), options: options)
    try expectValid(other.projectFile, schema: "Project-mrt2019.xsd", "generated project.qde")
  }

  @Test(
    "Other programs' projects, imported and exported again, are valid projects",
    arguments: [
      "nvivo-win-12.6-hungarian-comments.qdpx", "qc-1.3.2-demo.qdpx",
      "atlasti-mac-8.4-standard-project.qde", "nvivo-mac-15.0-codebook-only.qdpx",
    ])
  func reexported(name: String) throws {
    let imported = try QDPXImport(bytes: fixture("REFI/" + name))
    let folder = try writeImport(imported)
    defer { try? FileManager.default.removeItem(at: folder) }
    var reader = ProjectReader(folder: ProjectFolder(base: folder))
    let project = try reader.project(requiresCodebook: true)
    let export = try QDPXExport(project: project, codings: policyCodings(project))
    try expectValid(export.projectFile, schema: "Project-mrt2019.xsd", name)
    // Nothing was lost on the way: every imported coding is exported.
    #expect(export.report.counts.first { $0.singular == "coding" }?.count == imported.codings.count)
    if !imported.codebook.codes.isEmpty {
      try expectValid(
        try imported.codebook.qdc(origin: "QualKit").bytes, schema: "Codebook.xsd", name)
    }
  }
}
