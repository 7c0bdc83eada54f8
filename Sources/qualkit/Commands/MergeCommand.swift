import Foundation
import QualKit

/// `qualkit merge`: merges coders' coding files into one, with provenance.
enum MergeCommand {
  static let spec = CommandSpec(
    name: "merge",
    summary:
      "Merge coders' coding files into one (union, majority or unanimous), keeping provenance.",
    positionals: "[CODINGS...]",
    arguments: [
      .init(
        name: "CODINGS",
        help: """
          Coders' coding files (default: every coder's file in Codings/), or earlier
          merged files with --all-kinds.
          """)
    ],
    options: [
      .coders,
      .merged,
      .allKinds,
      .option(
        "out", value: "FILE",
        help: """
          The merged coding file to write (required; replaced atomically, but not when it
          holds codings made in it directly, which the merge would drop: exit 1).
          """,
        required: true),
      .option(
        "strategy", value: "union|majority|unanimous",
        help: """
          union (the default): every coding, each kept once; majority: a code on the
          units more than half of the coders accepted it on; unanimous: on the units every
          coder accepted it on.
          """),
      .option(
        "unit", value: "turn|line|char",
        help: """
          What majority and unanimous vote on, as 'qualkit agree' counts: turn (the
          default), line or char.
          """),
      .option(
        "coder", value: "NAME", help: "The coder name merged codings get (default: merged)."),
      .transcripts,
    ],
    discussion: """
      Every merged coding lists its sources: each coder and the file:line it was
      read from ("sources" in the file). A coding read from a merged file
      contributes its own sources, so merging merged files loses nothing.
      Union merging is commutative, associative and idempotent; majority and
      unanimous votes count the coders of all inputs. The file written says in
      its header that it is a merge, so agree and merge leave it out of the
      coders unless it is named with --merged (or --all-kinds is given). As in
      agree, an answered keyword proposal is its reviewer's coding.

      A majority or unanimous vote keeps a code on the units enough coders
      coded with it (a coding overlapping a unit by a character votes for it,
      as in agree), so codings agree counts as agreeing are never dropped.
      Each run of kept units becomes one coding, from the earliest start to
      the latest end of the coders' codings there, cut to the run.

      A coder who gives one code on one span different statuses in different
      files is a conflict: conflicts are listed and nothing is written (exit 1).
      """,
    examples: [
      "qualkit merge --out Codings/merged.jsonl",
      "qualkit merge Codings/*.jsonl --strategy majority --coder team \\",
      "  --out Codings/team.jsonl",
    ])

  static let command = Command(spec: spec) { arguments, context throws(CLIError) in
    let strategyName = try arguments.choice(
      "strategy", in: MergeStrategy.allCases.map(\.rawValue), default: "union", spec: spec)
    let strategy = MergeStrategy(rawValue: strategyName) ?? .union
    let unitName = try arguments.choice(
      "unit", in: AgreementUnitKind.allCases.map(\.rawValue), default: "turn", spec: spec)
    let unit = AgreementUnitKind(rawValue: unitName) ?? .turn
    guard let out = arguments.value("out") else {
      throw .usage("missing '--out FILE' (the merged coding file to write)", usage: spec.usage)
    }
    let coder = try context.validateCoder(arguments.value("coder") ?? "merged", usage: spec.usage)
    let outURL = context.url(for: out)
    if arguments.positionals.contains(where: { context.url(for: $0) == outURL }) {
      throw .usage(
        "'--out \(out)' is also an input; write the merge to a new file", usage: spec.usage)
    }
    // The merger warns about coders in several files itself, through the sources.
    var inputs = try context.load(usage: spec.usage) { reader throws(ProjectError) in
      try reader.coderInputs(
        paths: arguments.positionals, coders: arguments.list("coders"),
        mergedFiles: arguments.list("merged"), allKinds: arguments.has("all-kinds"),
        warnAboutSharedCoders: false)
    }
    // A file found in Codings/ is not merged into itself.
    inputs.files.removeAll { context.url(for: $0.path) == outURL }
    if inputs.hadErrors {
      throw .dataError(
        "error: not merging files with malformed lines; fix them first so that nothing is lost")
    }
    var transcripts: [Transcript] = []
    if strategy != .union {
      transcripts = try context.load(usage: spec.usage) { reader throws(ProjectError) in
        try reader.catalog(folder: arguments.value("transcripts"))
      }.byID.values.sorted { $0.id < $1.id }
    }
    let merger = CodingMerger(
      strategy: strategy, coder: coder, unit: unit, transcripts: transcripts)
    let result = merger.merge(inputs.files.map { CodingMerger.Input(path: $0.path, file: $0.file) })
    context.report(result.diagnostics)
    guard result.conflicts.isEmpty else {
      for conflict in result.conflicts { context.printError("error: conflict: \(conflict)") }
      throw .failure(
        "\(result.conflicts.count) conflict\(result.conflicts.count == 1 ? "" : "s") "
          + "cannot be merged automatically; nothing was written (fix the coders' files and merge again)"
      )
    }
    // The check and the write hold the file's lock, so a `tag` into the
    // same file cannot slip in between and be replaced.
    try context.updateCodingFile(out) { existing throws(CLIError) in
      if let loss = CodingMerger.loss(
        inReplacing: existing.file, at: existing.path, with: result.codings)
      {
        throw CLIError(exitCode: .failure, message: loss.description)
      }
      existing.file = CodingFile(codings: result.codings, kind: .merge)
    }
    context.print(
      result.summary(inputCount: inputs.all.count, strategy: strategy, unit: unit, out: out))
    return .success
  }
}
