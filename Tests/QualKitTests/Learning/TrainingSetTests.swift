import Testing

@testable import QualKit

@Suite struct TrainingSetTests {
  @Test(
    "Units are the participants' turns of coded transcripts; a coded unit overlaps an accepted coding"
  )
  func labels() throws {
    let project = try LearningFixtures.project(count: 3)
    let codings = try project.counted(CodingFilter()).codings
    let set = try TrainingSet(project: project, codings: codings)
    #expect(set.coders == ["anna", "bo"])
    #expect(set.codes == ["sleep", "plan", "rare"])  // "health" only groups them
    #expect(set.transcripts.map(\.id) == ["T00", "T01", "T02"])
    // Six coded turns and one about the weather per interview; questions are not units.
    #expect(set.units.count == 21)
    #expect(set.units.allSatisfy { !$0.text.hasPrefix("Hvordan") })
    #expect(set.labels[0].filter { $0 }.count == 9)
    #expect(set.labels[1].filter { $0 }.count == 9)
    #expect(set.labels[2].allSatisfy { !$0 })
    // bo missed one plan turn per interview; the union label keeps anna's.
    #expect(set.coderLabels[1][1].filter { $0 }.count == 6)
    #expect(set.transcriptOfUnit.count == set.units.count)
  }

  @Test("Interviewer turns are units only if asked; sentences are units of their own")
  func unitsAsAsked() throws {
    let project = try LearningFixtures.project(count: 1)
    let codings = try project.counted(CodingFilter()).codings
    let everyTurn = try TrainingSet(
      project: project, codings: codings, options: .init(roles: ["interviewer", "participant"]))
    #expect(everyTurn.units.count == 13)
    let sentences = try TrainingSet(
      project: project, codings: codings, options: .init(unitKind: .sentence))
    #expect(sentences.units.count == 7)
    #expect(sentences.units.allSatisfy { $0.text.hasSuffix(".") })
  }

  @Test("Proposed and rejected codings label nothing; uncoded transcripts are not units")
  func statuses() throws {
    var project = try LearningFixtures.project(count: 2, uncoded: 1)
    let transcript = project.transcripts[0]
    project.codingFiles[0].file.codings.append(
      LearningFixtures.coding(transcript, turn: 12, code: "rare", coder: "anna", status: .rejected))
    let codings = try project.counted(CodingFilter()).codings
    let set = try TrainingSet(project: project, codings: codings)
    #expect(set.transcripts.map(\.id) == ["T00"])
    #expect(set.labels[2].allSatisfy { !$0 })
  }

  @Test("Unknown and grouping codes are refused, with the nearest ids")
  func badCodes() throws {
    let project = try LearningFixtures.project(count: 1)
    let unknown = #expect(throws: LearningError.self) {
      try TrainingSet(project: project, codings: [], options: .init(codes: ["slep"]))
    }
    #expect(unknown?.description == "unknown code 'slep' (nearest: sleep, plan, rare)")
    let grouping = #expect(throws: LearningError.self) {
      try TrainingSet(project: project, codings: [], options: .init(codes: ["health"]))
    }
    #expect(grouping?.kind == .notCodable("health"))
  }

  @Test("Codings whose transcript changed are left out of the training, with a warning")
  func staleCodings() throws {
    var project = try LearningFixtures.project(count: 1)
    var moved = project.codingFiles[0].file.codings[0]
    moved.span.start += 3
    moved.span.end += 3
    moved.transcriptHash = "xxh64:0000000000000000"
    project.codingFiles[0].file.codings[0] = moved
    project = Project(
      codebook: project.codebook, transcripts: project.transcripts,
      codingFiles: project.codingFiles)
    let codings = try project.counted(CodingFilter()).codings
    let set = try TrainingSet(project: project, codings: codings)
    #expect(set.diagnostics.map(\.message).contains { $0.hasPrefix("1 coded segment stands") })
    // bo still coded that turn.
    #expect(set.labels[0].filter { $0 }.count == 3)
    #expect(set.coderLabels[0][0].filter { $0 }.count == 2)
  }

  @Test("On the sample project: the four transcripts agree compares, 65 participant turns")
  func sampleProject() throws {
    let project = try LearningFixtures.sample()
    let codings = try project.counted(CodingFilter()).codings
    let set = try TrainingSet(project: project, codings: codings)
    #expect(set.transcripts.map(\.id) == ["B01", "B02", "B03", "B05"])
    #expect(set.units.count == 65)
    #expect(set.coders == ["anna", "bo"])
  }
}
