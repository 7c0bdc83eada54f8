import Foundation
import Testing

@testable import QualKit

@Suite struct LearnedModelTests {
  func model(
    count: Int = 6, settings: Learner.Settings = .init(minimumCodedUnits: 2), date: String? = nil
  ) throws -> LearnedModel {
    let project = try LearningFixtures.project(count: count)
    let set = try TrainingSet(project: project, codings: project.counted(CodingFilter()).codings)
    return Learner(settings: settings).train(set, codebook: "Test", date: date)
  }

  @Test("A model records what it learned from, and the codes it left out with their counts")
  func record() throws {
    let model = try model()
    #expect(model.training.coders == ["anna", "bo"])
    #expect(model.training.unit == .turn)
    #expect(model.training.speakers == ["participant"])
    #expect(model.training.transcripts.map(\.id) == ["T00", "T01", "T02", "T03", "T04", "T05"])
    #expect(model.training.transcripts.allSatisfy { $0.hash.hasPrefix("xxh64:") })
    #expect(model.training.units == 42)
    #expect(model.training.date == nil)
    #expect(model.settings.language == .danish)
    #expect(model.classifiers.map(\.code) == ["sleep", "plan"])
    #expect(model.classifiers.map(\.kind) == [.logisticRegression, .logisticRegression])
    #expect(
      model.leftOut == [
        LearnedModel.LeftOut(
          code: "rare", codedUnits: 0, reason: "0 coded units, at least 2 are needed")
      ])
    #expect(
      model.summary.first?.hasPrefix(
        "learned 2 of 3 codes from 6 transcripts (42 turns of participant)") == true)
  }

  @Test("Few coded units get naive Bayes; weights are rounded to four decimals")
  func naiveBayesAndRounding() throws {
    let model = try model(count: 2, settings: .init(naiveBayesBelow: 10, minimumCodedUnits: 2))
    #expect(model.classifiers.map(\.kind) == [.naiveBayes, .naiveBayes])
    for weight in model.classifiers.flatMap(\.weights) {
      #expect(weight == (weight * 10_000).rounded() / 10_000)
    }
  }

  @Test("The file reads back as the same model, and writing it again gives the same bytes")
  func roundTrip() throws {
    let model = try model(date: "2026-12-01")
    let bytes = model.fileBytes
    let read = try LearnedModel(parsing: bytes)
    #expect(read == model)
    #expect(read.fileBytes == bytes)
    #expect(read.training.date == "2026-12-01")
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.hasPrefix("{\n  \"format\": \"qualkit-model\",\n  \"version\": 1,\n"))
    // One term a line, so that a retrained model diffs term by term.
    #expect(text.contains("\n      \"weights\": {\n        \""))
    #expect(model.fileHash.hasPrefix("xxh64:"))
  }

  @Test("Training twice on the same codings gives the same file")
  func deterministic() throws {
    #expect(try model().fileBytes == model().fileBytes)
  }

  @Test(
    "A damaged model file is refused at its line and column",
    arguments: [
      ("{\"format\": \"qualkit-model\", \"version\": 1,", "1:42", "not a model file: invalid JSON"),
      (
        "{\"format\": \"qualkit-codebook\", \"version\": 1}", "1:12", "not a model file: \"format\""
      ),
      ("[1, 2]", "1:1", "\"model\" must be an object"),
      ("{\"format\": \"qualkit-model\", \"version\": 9}", "1:40", "this is a version 9 model"),
      ("{\"format\": \"qualkit-model\", \"version\": 1}", "1:1", "the model has no \"trainedOn\""),
    ])
  func damaged(text: String, place: String, message: String) {
    let error = #expect(throws: ModelFileError.self) {
      try LearnedModel(parsing: Array(text.utf8))
    }
    #expect(
      error?.description.hasPrefix("\(place): error: \(message)") == true,
      "\(String(describing: error))")
  }

  @Test("A weight of a term the model does not list, or a wrong value, is named at its place")
  func damagedMembers() throws {
    let text = String(decoding: try model().fileBytes, as: UTF8.self)
    let renamed = text.replacingOccurrences(
      of: "\"terms\": {\n    \"", with: "\"terms\": {\n    \"x")
    let unknown = #expect(throws: ModelFileError.self) {
      try LearnedModel(parsing: Array(renamed.utf8))
    }
    guard case .unknownTerm? = unknown?.kind else {
      Issue.record("expected an unknown term, got \(String(describing: unknown))")
      return
    }
    let badUnit = text.replacingOccurrences(of: "\"unit\": \"turn\"", with: "\"unit\": \"page\"")
    let unit = #expect(throws: ModelFileError.self) {
      try LearnedModel(parsing: Array(badUnit.utf8))
    }
    #expect(unit?.message == "\"trainedOn.unit\" must be \"turn\" or \"sentence\"")
    #expect(unit?.position?.line == 10)
    let truncated = Array(text.utf8.prefix(text.utf8.count / 2))
    #expect(throws: ModelFileError.self) { try LearnedModel(parsing: truncated) }
  }

  @Test("A model trained on another codebook names the codes the codebook lacks")
  func otherCodebook() throws {
    let model = try model()
    let other = Codebook(
      name: "Other", codes: [Code(id: "sleep", label: "Sleep"), Code(id: "work", label: "Work")])
    #expect(model.codesMissing(from: CodebookIndex(other)) == ["plan"])
    #expect(model.codesMissing(from: CodebookIndex(LearningFixtures.codebook)).isEmpty)
    let error = LearningError(.codesMissing(["plan"], codebook: "Codebooks/other.json"))
    #expect(
      error.description
        == "the model was trained on another codebook: code plan is not codable in "
        + "Codebooks/other.json; train it again (qualkit learn)")
  }
}
