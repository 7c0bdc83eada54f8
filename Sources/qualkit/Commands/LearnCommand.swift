import Dispatch
import QualKit

/// `qualkit learn`: a model learned from the coders' accepted codings, or
/// its cross-validated evaluation.
enum LearnCommand {
  static let spec = CommandSpec(
    name: "learn",
    summary: "Learn a model from the coders' codings, to propose codes; or evaluate one.",
    options: [
      .option(
        "coders", value: "NAME,...",
        help: """
          Learn from these coders (default: every coder, as agree counts them; an
          accepted proposal is its reviewer's).
          """, repeatable: true),
      .option(
        "codes", value: "ID,...", help: "Only these codes (default: every codable code).",
        repeatable: true),
      .option(
        "unit", value: "turn|sentence",
        help: "What one example is: a speaker turn (the default) or a sentence."),
      .option(
        "speakers", value: "ROLE,...",
        help: """
          Only turns of these roles are units (default: participant, every role but
          interviewer; add interviewer to learn from the questions too).
          """, repeatable: true),
      .option(
        "out", value: "FILE",
        help: "Where to write the model (default: Codings/models/model.json)."),
      .flag(
        "evaluate",
        help: """
          Instead of writing a model, cross-validate by transcript: per code precision,
          recall, F1 and Cohen's kappa against the coders, and the learning curve.
          """),
      .option(
        "folds", value: "K", help: "Folds of --evaluate (default 5; at most one per transcript)."),
      .option("seed", value: "N", help: "The seed that deals transcripts into folds (default 1)."),
      .option(
        "threshold", value: "P",
        help: "The probability from which --evaluate counts a code as proposed (default 0.5)."),
      .option(
        "language", value: "da|en",
        help: "Stop words and stemming (default: the language whose stop words are more common)."),
      .option(
        "max-terms", value: "N",
        help: """
          Keep the N most frequent terms as features (default 5000); fewer make a
          smaller model file.
          """),
      .option(
        "naive-bayes-below", value: "N",
        help: """
          Give codes with fewer than N coded units naive Bayes instead of logistic
          regression (default 0: none; see README on why).
          """),
      .option("date", value: "DATE", help: "Record this date in the model (default: none)."),
      .option("format", value: "text|md|csv|json", help: "The format of --evaluate's tables."),
      .codebook,
      .transcripts,
    ],
    discussion: """
      Units are the turns (or sentences) of every transcript a counted coder
      coded; a unit is an example of a code when a coder's accepted coding of
      that code overlaps it, and a counter-example otherwise. Terms are words
      and pairs of words, folded (ae = æ), without stop words, lightly
      stemmed, weighted by tf-idf. Each code gets an L2-regularised logistic
      regression with balanced classes (naive Bayes below --naive-bayes-below
      coded units); a code with fewer than 3 coded units is left out, and
      named with its count.

      The model is a plain JSON file that records what it learned from
      (coders, codes, unit, transcripts and their hashes). Propose codes with
      'qualkit autocode --model'; the proposals are reviewed like any other.
      Evaluate first: the figures say how far to trust the proposals.
      """,
    examples: [
      "qualkit learn --evaluate",
      "qualkit learn",
      "qualkit learn --coders anna --codes own-goals,energy --unit sentence",
    ])

  static let command = Command(spec: spec) { arguments, context throws(CLIError) in
    let evaluates = arguments.has("evaluate")
    let onlyWith = evaluates ? ["out", "date"] : ["folds", "seed", "threshold", "format"]
    for option in onlyWith where arguments.value(option) != nil {
      throw .usage(
        "--\(option) goes \(evaluates ? "without" : "with") --evaluate", usage: spec.usage)
    }
    let unitName = try arguments.choice(
      "unit", in: LearningUnitKind.allCases.map(\.rawValue), default: "turn", spec: spec)
    let format = try arguments.choice(
      "format", in: TableFormat.names, default: "text", spec: spec)
    var settings = Learner.Settings()
    if let language = arguments.value("language") {
      guard let chosen = TermLanguage(rawValue: language) else {
        throw .usage(
          "'\(language)' is not a valid value for '--language' (da or en)", usage: spec.usage)
      }
      settings.language = chosen
    }
    settings.naiveBayesBelow = try arguments.integer("naive-bayes-below", spec: spec) ?? 0
    settings.maximumTerms =
      try arguments.integer("max-terms", minimum: 1, spec: spec) ?? settings.maximumTerms
    let folds = try arguments.integer("folds", minimum: 2, spec: spec) ?? 5
    let seed = try arguments.integer("seed", minimum: 0, spec: spec) ?? 1
    let threshold = try probability(arguments.value("threshold"), spec: spec) ?? 0.5
    let roles = arguments.list("speakers")
    let coders = arguments.list("coders")
    let project = try context.load(usage: spec.usage) { reader throws(ProjectError) in
      try reader.project(
        codebookPath: arguments.value("codebook"), requiresCodebook: true,
        transcriptsFolder: arguments.value("transcripts"))
    }
    var filter = CodingFilter()
    filter.coders = coders
    let counted: Project.Counted
    do {
      counted = try project.counted(filter, policy: CoderPolicy(coders: coders))
      try CodingFilter.checkRoles(roles, in: project.catalog)
    } catch {
      throw .dataError("error: \(error)")
    }
    context.report(counted.selection.diagnostics)
    let options = TrainingSet.Options(
      unitKind: LearningUnitKind(rawValue: unitName) ?? .turn,
      roles: roles.isEmpty ? ["participant"] : roles,
      codes: arguments.list("codes").isEmpty ? nil : arguments.list("codes"))
    let set: TrainingSet
    do {
      set = try TrainingSet(project: project, codings: counted.codings, options: options)
      if set.transcripts.isEmpty { throw LearningError(.nothingCoded(coders: set.coders)) }
    } catch {
      throw .dataError("error: \(error)")
    }
    context.report(set.diagnostics)
    let learner = Learner(
      settings: settings, detectsLanguage: arguments.value("language") == nil,
      runner: Jobs.concurrent)

    if evaluates {
      let evaluation: ModelEvaluation
      do {
        evaluation = try ModelEvaluation(
          set: set, learner: learner,
          options: .init(folds: folds, seed: UInt64(seed), threshold: threshold))
      } catch {
        throw .dataError("error: \(error)")
      }
      let tables = [evaluation.table(index: project.index), evaluation.curveTable()]
      context.standardOutput.write((TableFormat(rawValue: format) ?? .text).render(tables))
      return project.hasMalformedCodings ? .dataError : .success
    }

    let model = learner.train(
      set, codebook: project.codebook?.name ?? "", date: arguments.value("date"))
    for line in model.summary { context.print(line) }
    guard !model.classifiers.isEmpty else {
      throw .dataError("error: \(LearningError(.nothingToLearn)); nothing written")
    }
    let out: String
    if let given = arguments.value("out") {
      out = given
    } else {
      let layout = try context.writableLayout()
      out = ProjectReader(folder: context.folder, layout: layout).defaultModelPath
    }
    do throws(StorageError) {
      try AtomicFile.write(model.fileBytes, to: context.url(for: out), displayPath: out)
    } catch {
      throw CLIError(error)
    }
    context.print(
      "wrote \(out) (\(model.classifiers.count) codes, \(model.features.terms.count) terms); "
        + "propose with: qualkit autocode --model --out \(context.layout.codingFile(forCoder: "model"))"
    )
    return project.hasMalformedCodings ? .dataError : .success
  }

  /// A probability given on the command line, from 0 to 1.
  static func probability(_ text: String?, spec: CommandSpec) throws(CLIError) -> Double? {
    guard let text else { return nil }
    guard let value = Double(text), value >= 0, value <= 1 else {
      throw .usage(
        "'--threshold' needs a probability from 0 to 1, not '\(text)'", usage: spec.usage)
    }
    return value
  }
}
