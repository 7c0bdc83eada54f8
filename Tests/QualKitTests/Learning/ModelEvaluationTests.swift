import Testing

@testable import QualKit

@Suite struct ModelEvaluationTests {
  func evaluation(
    _ project: Project, options: ModelEvaluation.Options = .init(),
    settings: Learner.Settings = .init(minimumCodedUnits: 2)
  ) throws -> (ModelEvaluation, TrainingSet) {
    let codings = try project.counted(CodingFilter()).codings
    let set = try TrainingSet(project: project, codings: codings)
    let evaluation = try ModelEvaluation(
      set: set, learner: Learner(settings: settings), options: options)
    return (evaluation, set)
  }

  @Test("Folds hold whole transcripts, each once; every unit is scored once")
  func folds() throws {
    let (evaluation, set) = try evaluation(
      LearningFixtures.project(count: 7), options: .init(folds: 3))
    #expect(evaluation.folds.count == 3)
    let all = evaluation.folds.flatMap { $0 }
    #expect(all.sorted() == set.transcripts.map(\.id))
    #expect(Set(all).count == all.count)
    #expect(evaluation.folds.map(\.count).sorted() == [2, 2, 3])
    #expect(evaluation.scores.allSatisfy { $0.units == set.units.count })
    #expect(evaluation.pooled.units == set.units.count * set.codes.count)
  }

  @Test("A code said in few words is learned from other interviews: high F1 and kappa")
  func learnsFromOtherInterviews() throws {
    let (evaluation, _) = try evaluation(LearningFixtures.project(count: 6))
    let sleep = try #require(evaluation.scores.first { $0.code == "sleep" })
    #expect(sleep.coded == 18)
    #expect((sleep.f1 ?? 0) > 0.9)
    #expect((sleep.kappa.value ?? 0) > 0.85)
    #expect(sleep.classifiers.allSatisfy { $0 == .logisticRegression })
    // bo misses a plan turn in each interview: the coders' kappa on plan is below 1.
    let plan = try #require(evaluation.scores.first { $0.code == "plan" })
    #expect((plan.humanKappa?.value ?? 1) < 1)
    #expect(plan.coderKappas.count == 2)
    let rare = try #require(evaluation.scores.first { $0.code == "rare" })
    #expect(rare.classifiers.allSatisfy { $0 == nil })
    #expect(rare.proposed == 0)
  }

  @Test("The same project and seed give the same evaluation; another seed other folds")
  func reproducible() throws {
    let project = try LearningFixtures.project(count: 7)
    let first = try evaluation(project, options: .init(folds: 3)).0
    let second = try evaluation(project, options: .init(folds: 3)).0
    #expect(first.scores == second.scores)
    #expect(first.curve == second.curve)
    #expect(first.folds == second.folds)
    let other = try evaluation(project, options: .init(folds: 3, seed: 7)).0
    #expect(other.folds != first.folds)
  }

  @Test("The learning curve grows with the interviews, up to what every fold can learn from")
  func curve() throws {
    let (evaluation, _) = try evaluation(
      LearningFixtures.project(count: 7), options: .init(folds: 3))
    #expect(evaluation.curve.map(\.interviews) == [1, 2, 3, 4])
    #expect(ModelEvaluation.curveSizes(upTo: 16) == [1, 2, 3, 4, 5, 6, 8, 11, 15, 16])
    #expect(ModelEvaluation.curveSizes(upTo: 1) == [1])
  }

  @Test("Cross-validation needs two coded transcripts")
  func tooFew() throws {
    let project = try LearningFixtures.project(count: 2, uncoded: 1)
    let error = #expect(throws: LearningError.self) { try evaluation(project) }
    #expect(error?.kind == .tooFewTranscripts(1))
  }

  @Test("The coders' kappa is the one agree reports on the same turns (sample project)")
  func humanKappaIsAgreements() throws {
    let project = try LearningFixtures.sample()
    let (evaluation, set) = try evaluation(project, settings: .init())
    let codings = try project.counted(CodingFilter()).codings
    let report = AgreementReport(
      codings: codings, transcripts: project.transcripts, codebook: project.codebook,
      options: AgreementOptions(codes: set.codes, roles: ["participant"], listsDisagreements: false)
    )
    #expect(report.rows.count == set.codes.count)
    for (row, score) in zip(report.rows, evaluation.scores) {
      #expect(row.code == score.code)
      let kappa = row.results.first { $0.statistic == .cohenKappa }
      #expect(kappa?.value == score.humanKappa?.value, "\(score.code ?? "")")
      #expect(row.units == score.units)
    }
    let pooled = report.pooled.results.first { $0.statistic == .cohenKappa }
    #expect(pooled?.value == evaluation.pooled.humanKappa?.value)
    #expect(evaluation.folds.count == 4)
  }

  @Test(
    "The table lists coded codes with precision, recall, F1 and the kappas; the curve its points")
  func tables() throws {
    let (evaluation, _) = try evaluation(LearningFixtures.project(count: 6))
    let table = evaluation.table(index: CodebookIndex(LearningFixtures.codebook))
    #expect(
      table.columns.map(\.key) == [
        "code", "coded", "proposed", "precision", "recall", "f1", "kappaModel", "kappaModel_anna",
        "kappaModel_bo", "kappaCoders", "classifier",
      ])
    #expect(
      table.rows.map { $0.cells[0] } == [
        .code(id: "sleep", label: "Sleep"), .code(id: "plan", label: "Plan"), .text("pooled"),
      ])
    #expect(table.preamble.last == "not coded in these units, so not learned or shown: rare")
    #expect(table.columns.first { $0.key == "kappaCoders" }?.title == "κ anna–bo")
    let curve = evaluation.curveTable()
    #expect(curve.rows.count == evaluation.curve.count)
  }
}
