import Dispatch
import Foundation
import QualKit

/// `qualkit autocode`: proposes codings from the codebook's keywords.
enum AutocodeCommand {
  static let spec = CommandSpec(
    name: "autocode",
    summary: "Propose codings by the codebook's keyword rules, or by a learned model.",
    positionals: "[PATH...]",
    arguments: [.init(name: "PATH", help: "Transcript files or folders (default: Transcripts).")],
    options: [
      .codebook,
      .option("coder", value: "NAME", help: "The coder the proposals carry (default: auto)."),
      .option(
        "scope", value: "hit|sentence|turn",
        help: """
          hit (each keyword hit with its exact text), sentence or turn (the default): hits
          widen to their sentence or turn, and hits of one code in one unit become one
          coding.
          """),
      .option(
        "speakers", value: "ROLE,...",
        help: """
          Only search turns of these roles (comma-separated); 'participant' means every
          role except interviewer. A role no transcript has is refused (exit 65), as in
          'codings', and nothing is written.
          """,
        repeatable: true),
      .option(
        "out", value: "FILE",
        help: """
          Add the proposals to a coding file (e.g. Codings/auto.jsonl) instead of printing
          them. Codings already in the file, reviewed or not, are kept as they are; a
          proposal already there is not added again.
          """),
      .option(
        "format", value: "jsonl|tsv",
        help: "jsonl (coding-file lines, the default) or tsv, for stdout."),
      .optionalValue(
        "model", value: "FILE",
        help: """
          Propose from a learned model (qualkit learn) instead of keywords: the only model
          in Codings/models/, or FILE. Each proposal carries its probability and the terms
          that weighed most; the coder is 'model' unless --coder says otherwise.
          """),
      .option(
        "threshold", value: "P",
        help: "With --model: propose the codes with a probability of at least P (default 0.5)."),
      .option(
        "top", value: "K",
        help: "With --model: propose each unit's K most probable codes, whatever their probability."
      ),
    ],
    discussion: """
      Transcripts are read in parallel on all cores; the output order is always
      the same (by transcript, then position). Progress is shown on stderr when it
      is a terminal.
      """,
    examples: [
      "qualkit autocode --speakers participant --out Codings/auto.jsonl",
      "qualkit autocode Transcripts/B01.txt --scope hit --format tsv",
      "qualkit learn",
      "qualkit autocode --model --threshold 0.6 --out Codings/model.jsonl",
    ])

  static let command = Command(spec: spec) { arguments, context throws(CLIError) in
    if arguments.has("model") || arguments.value("model") != nil {
      return try runModel(arguments, context: &context)
    }
    for option in ["threshold", "top"] where arguments.value(option) != nil {
      throw .usage("--\(option) goes with --model", usage: spec.usage)
    }
    let scopeName = try arguments.choice(
      "scope", in: AutoCoder.Scope.allCases.map(\.rawValue), default: "turn", spec: spec)
    let scope = AutoCoder.Scope(rawValue: scopeName) ?? .turn
    let format = try arguments.choice("format", in: ["jsonl", "tsv"], default: "jsonl", spec: spec)
    let coder = try context.validateCoder(arguments.value("coder") ?? "auto", usage: spec.usage)
    let roles = arguments.list("speakers")
    let roleFilter: Set<String>? = roles.isEmpty ? nil : Set(roles)
    let output = arguments.value("out")
    if output != nil && arguments.value("format") == "tsv" {
      throw .usage(
        "--out writes a coding file (jsonl); --format tsv is for standard output", usage: spec.usage
      )
    }

    let (codebookPath, codebook) = try context.load(usage: spec.usage) {
      reader throws(ProjectError) in
      let path = try reader.codebookPath(arguments.value("codebook"))
      return (path, try reader.codebook(at: path))
    }
    let autoCoder: AutoCoder
    do throws(KeywordPatternError) {
      autoCoder = try AutoCoder(codebook: codebook)
    } catch {
      throw .dataError("\(codebookPath): error: \(error.message)")
    }
    if autoCoder.codeIDs.isEmpty {
      context.printError(
        "\(codebookPath): warning: no codable code has keywords; nothing to propose")
    }

    let (files, tables) = try context.load(usage: spec.usage) { reader throws(ProjectError) in
      try reader.transcriptFiles(arguments.positionals)
    }
    let job = AutoCodingJob(
      coder: autoCoder, coderName: coder, scope: scope, roles: roleFilter,
      folder: context.folder, tables: tables, format: format,
      collectCodings: output != nil)
    // Workers code transcripts in parallel; each finished result is handed,
    // in file order, to the emitter, which writes it while the workers go on
    // (once every role of --speakers has been seen in some transcript).
    let sink = OrderedSink(
      count: files.count, output: context.standardOutput, error: context.standardError,
      showsProgress: context.isStandardErrorTerminal, collects: output != nil,
      header: format == "tsv" && output == nil
        ? "transcript\tcode\tcoder\tfirstLine\tlastLine\tstart\tend\torigin\ttext\n" : "",
      roles: Set(roles))
    let paths = files
    DispatchQueue.concurrentPerform(iterations: paths.count) { index in
      sink.admit(index, size: job.folder.fileSize(paths[index]) ?? 0)
      let result = job.process(
        paths[index], started: { sink.begin(index, id: $0, turnRoles: $1) },
        emit: { sink.write(index, $0) })
      sink.deliver(index, result)
    }
    var totals = sink.finish()
    // The check of `codings --speakers`, on the roles of the transcripts coded.
    do throws(CodingFilterError) {
      try CodingFilter.checkRoles(roles, turnRoles: totals.turnRoles)
    } catch {
      throw .dataError("error: \(error)")
    }
    let failed = totals.failed
    let codingCount = totals.codings
    let transcriptCount = totals.transcripts
    // Moved out, so that the proposals are held once while the file is written.
    var collected: [Coding] = []
    swap(&collected, &totals.collected)

    let summary =
      "proposed \(codingCount) coding\(codingCount == 1 ? "" : "s") (scope \(scope.rawValue)) in \(transcriptCount) transcript\(transcriptCount == 1 ? "" : "s")"
    if let output {
      let added = try context.addProposals(&collected, to: output)
      context.print(
        "\(summary); added \(added) new to \(output) (\(codingCount - added) were already there)")
    } else if context.isStandardErrorTerminal {
      context.printError(summary)
    }
    return failed ? .dataError : .success
  }
}
