import Testing

@testable import QualKit

@Suite struct ModelProposerTests {
  func model() throws -> LearnedModel {
    let project = try LearningFixtures.project(count: 6)
    let set = try TrainingSet(project: project, codings: project.counted(CodingFilter()).codings)
    return Learner(settings: .init(minimumCodedUnits: 2)).train(set, codebook: "Test")
  }

  @Test("Proposals cover whole units, carry their probability and reasons, and stay proposed")
  func proposals() throws {
    let model = try model()
    let transcript = try LearningFixtures.transcript(7)
    let proposer = ModelProposer(model: model, file: "Codings/models/model.json")
    let codings = proposer.proposals(for: transcript)
    #expect(!codings.isEmpty)
    #expect(codings.allSatisfy { $0.status == .proposed && $0.coder == "model" })
    #expect(codings.allSatisfy { $0.origin == .model("Codings/models/model.json") })
    #expect(codings == codings.sorted(by: Coding.fileOrder))
    let sleep = codings.filter { $0.code == "sleep" }
    #expect(sleep.count == 3)
    for coding in codings {
      let evidence = try #require(coding.evidence)
      #expect(evidence.probability >= 0.5)
      #expect(!evidence.reasons.isEmpty)
      #expect(evidence.reasons.map(\.weight) == evidence.reasons.map(\.weight).sorted(by: >))
      // Each reason's words stand in the proposed text.
      for reason in evidence.reasons { #expect(coding.text?.contains(reason.words) == true) }
      #expect(coding.text == transcript.text(in: coding.span.range))
      #expect(transcript.turn(containingScalarOffset: coding.span.start)?.role == "participant")
    }
    let reasons = sleep.flatMap { $0.evidence?.reasons.map(\.term) ?? [] }
    #expect(reasons.contains("traet"))
    #expect(!proposer.wasTrained(on: transcript))
    #expect(proposer.wasTrained(on: try LearningFixtures.transcript(0)))
  }

  @Test("--top gives each unit its k most probable codes, whatever their probability")
  func top() throws {
    let model = try model()
    let transcript = try LearningFixtures.transcript(7)
    let codings = ModelProposer(model: model, file: "m.json", selection: .top(1))
      .proposals(for: transcript)
    #expect(codings.count == 7)
    #expect(Set(codings.map(\.span)).count == 7)
    let everything = ModelProposer(model: model, file: "m.json", selection: .threshold(0))
      .proposals(for: transcript)
    #expect(everything.count == 14)
  }

  @Test("Proposals are the same every time")
  func reproducible() throws {
    let transcript = try LearningFixtures.transcript(9)
    let first = ModelProposer(model: try model(), file: "m.json").proposals(for: transcript)
    let second = ModelProposer(model: try model(), file: "m.json").proposals(for: transcript)
    #expect(first == second)
  }

  @Test("Uncertainty order puts the proposals nearest 0.5 first, a span's codes together")
  func uncertaintyOrder() {
    func proposal(_ start: Int, _ code: String, _ probability: Double?) -> Coding {
      Coding(
        transcript: "T", code: code, coder: "model",
        span: Span(firstLine: 1, lastLine: 1, start: start, end: start + 5),
        origin: .model("m.json"), status: .proposed,
        evidence: probability.map { ModelEvidence(probability: $0, reasons: []) })
    }
    let items = [
      proposal(0, "a", 0.95), proposal(0, "b", 0.52), proposal(10, "a", 0.7),
      proposal(20, "a", nil), proposal(30, "a", 0.55),
    ]
    let ordered = ReviewOrder.uncertainty.ordered(items)
    #expect(ordered.map { "\($0.span.start)\($0.code)" } == ["0a", "0b", "30a", "10a", "20a"])
    #expect(ReviewOrder.file.ordered(items) == items)
  }
}
