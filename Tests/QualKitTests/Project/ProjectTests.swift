import Foundation
import QualKit
import Testing

@Suite struct ProjectTests {
  static let sampleProject = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  @Test("The bundled sample project loads whole, as README's library example shows")
  func loadsSampleProject() throws {
    var reader = ProjectReader(folder: ProjectFolder(base: Self.sampleProject))
    let project = try reader.project()
    #expect(project.codebookPath == "Codebooks/tki2.json")
    #expect(project.catalog.sorted.map(\.id) == ["B01", "B02", "B03", "B04", "B05", "P01", "P02"])
    #expect(project.transcripts.map(\.id) == ["B01", "B02", "B03", "B04", "B05", "P01", "P02"])
    let codings = try project.counted(CodingFilter()).codings
    #expect(Set(codings.map(\.coder)) == ["anna", "bo"])
    #expect(project.participants?.type(of: "age") == .integer)
    #expect(!project.diagnostics.hasErrors)
    var filter = CodingFilter()
    filter.codes = ["coherence"]
    let selected = try project.counted(filter).codings
    let coherence = Set(project.index?.subtree(of: "coherence") ?? [])
    #expect(!selected.isEmpty)
    #expect(selected.allSatisfy { coherence.contains($0.code) })
    let table = CodingWriter.records(selected, catalog: project.catalog)
    let markdown = MarkdownTableWriter.render(table)
    #expect(markdown.hasPrefix("| transcript | code | coder | firstLine |"))
    #expect(markdown.split(separator: "\n").count == selected.count + 2)
  }

  @Test("Several codebooks are a choice to make, not a silent pick")
  func ambiguousCodebook() throws {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("qualkit-project-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let codebooks = root.appendingPathComponent("Codebooks")
    try FileManager.default.createDirectory(at: codebooks, withIntermediateDirectories: true)
    for name in ["a.json", "b.json"] {
      try Data("{}".utf8).write(to: codebooks.appendingPathComponent(name))
    }
    var reader = ProjectReader(folder: ProjectFolder(base: root))
    let error = #expect(throws: ProjectError.self) { try reader.project() }
    #expect(error?.kind == .ambiguous)
    #expect(error?.diagnostics.first?.message.hasPrefix("several codebooks") == true)
  }
}
