import Foundation
import Testing

@testable import QualKit

/// The methods paragraph says how many counted codings began as proposals,
/// and from which keyword rules, imported tags or learned model.
@Suite struct ReportBuilderAssistedTests {
  let project: Project

  init() throws {
    var reader = ProjectReader(folder: ProjectFolder(base: ReportBuilderTests.root))
    project = try reader.project(requiresCodebook: true)
  }

  /// The sample project with a proposals file: one model proposal anna
  /// accepted, one keyword proposal bo accepted, one nobody answered.
  func projectWithProposals() throws -> Project {
    let anna = try #require(project.codingFiles.first { $0.path.hasSuffix("anna.jsonl") })
    let base = try #require(anna.file.codings.first { $0.status == .accepted })
    var model = base
    model.coder = "model"
    model.reviewer = "anna"
    model.origin = .model("Codings/models/model.json")
    model.code = "workplace-contact"
    var keyword = base
    keyword.coder = "auto"
    keyword.reviewer = "bo"
    keyword.origin = .keyword("stress*")
    keyword.code = "timing-of-return"
    var open = base
    open.coder = "auto"
    open.origin = .keyword("leder")
    open.status = .proposed
    var changed = project
    changed.codingFiles.append(
      CodingStore.Loaded(
        path: "Codings/auto.jsonl", file: CodingFile(codings: [model, keyword, open]),
        diagnostics: []))
    return changed
  }

  func methods(_ builder: ReportBuilder) -> String {
    guard case .paragraph(let text) = builder.report.blocks.last else { return "" }
    return text
  }

  @Test("Coded by hand only: the methods say nothing of proposals")
  func handOnly() {
    let builder = ReportBuilder(project: project)
    #expect(builder.provenance.proposals == 0)
    #expect(!methods(builder).contains("proposals"))
  }

  @Test("Accepted proposals are counted by where they came from, with the model's file and hash")
  func proposals() throws {
    let changed = try projectWithProposals()
    let accepted = try project.counted(CodingFilter()).codings.filter { $0.status == .accepted }
    var options = ReportOptions()
    options.models["Codings/models/model.json"] = ModelFact(
      hash: "xxh64:0123456789abcdef", coders: ["anna", "bo"], transcripts: 4)
    let builder = ReportBuilder(project: changed, options: options)
    #expect(builder.provenance.accepted == accepted.count + 2)
    #expect(builder.provenance.keyword == 1)
    #expect(builder.provenance.models == ["Codings/models/model.json": 1])
    let text = methods(builder)
    #expect(
      text.contains(
        "Of the \(accepted.count + 2) codings counted, 2 began as proposals that a coder "
          + "reviewed and accepted: 1 from keyword rules and 1 from a model learned from the "
          + "codings of anna and bo in 4 transcripts (Codings/models/model.json, "
          + "xxh64:0123456789abcdef). Proposals not reviewed were not counted."))
  }

  @Test("A model file that cannot be read is named by its file; Danish has its own words")
  func unreadModelInDanish() throws {
    let builder = ReportBuilder(
      project: try projectWithProposals(), options: ReportOptions(language: .danish))
    let text = methods(builder)
    #expect(text.contains("1 fra modellen Codings/models/model.json (filen kunne ikke læses)"))
    #expect(text.contains("1 fra nøgleordsregler"))
    #expect(!text.contains("proposals"))
  }

  @Test("A model file's fact: its hash and what it learned from, nil when it is not a model")
  func modelFact() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "model-fact-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let learning = try LearningFixtures.project(count: 6)
    let set = try TrainingSet(
      project: learning, codings: learning.counted(CodingFilter()).codings)
    let bytes = Learner(settings: .init(minimumCodedUnits: 2)).train(set, codebook: "Test")
      .fileBytes
    try Data(bytes).write(to: folder.appendingPathComponent("m.json"))
    try Data("{}".utf8).write(to: folder.appendingPathComponent("bad.json"))
    let reader = ProjectReader(folder: ProjectFolder(base: folder))
    let fact = try #require(reader.modelFact(at: "m.json"))
    let written = try LearnedModel(parsing: bytes)
    #expect(fact == ModelFact(hash: written.fileHash, coders: ["anna", "bo"], transcripts: 6))
    #expect(fact.hash == "xxh64:" + XXHash64.hex(of: bytes))
    #expect(reader.modelFact(at: "bad.json") == nil)
    #expect(reader.modelFact(at: "none.json") == nil)
  }
}
