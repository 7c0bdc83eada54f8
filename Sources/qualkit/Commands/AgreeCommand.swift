import Foundation
import QualKit

/// `qualkit agree`: inter-coder agreement per code over coders' coding files.
enum AgreeCommand {
  static let spec = CommandSpec(
    name: "agree",
    summary: "Inter-coder agreement per code (percent, kappa, alpha) and where coders differ.",
    positionals: "[CODINGS...]",
    arguments: [
      .init(
        name: "CODINGS",
        help: """
          Coders' coding files (Codings/anna.jsonl ...; default: every coder's file in
          Codings/). Coders are named by each coding's "coder", not by the file.
          """)
    ],
    options: [
      .coders,
      .merged,
      .allKinds,
      .option(
        "unit", value: "turn|line|char",
        help: """
          What one unit is: turn (the default; a speaker turn), line (a non-blank line of a
          turn) or char (a character of a turn's text, for span-exact agreement).
          """),
      .option(
        "codes", value: "ID,...", help: "Only these codes (default: every code any coder used).",
        repeatable: true),
      .option(
        "statistic", value: "S,...",
        help: """
          The coefficients to show: percent, cohen, scott, fleiss, alpha, bp, ac1 (default:
          percent, cohen for 2 coders or fleiss for more, alpha).
          """,
        repeatable: true),
      .option(
        "speakers", value: "ROLE,...",
        help: """
          Only turns of these roles are units ('participant': every role but interviewer),
          so the interviewer's questions do not count as agreement.
          """,
        repeatable: true),
      .flag(
        "coded-only",
        help: """
          Count only units at least one coder coded. By default every unit counts,
          including those nobody coded.
          """),
      .flag(
        "include-proposed",
        help: """
          Count proposed (unreviewed) auto-codings as applied. Accepted codings always
          count, rejected ones never.
          """),
      .flag(
        "disagreements",
        help: """
          List every unit where the coders differ: transcript, lines, text and who coded
          what.
          """),
      .flag(
        "diagnostics",
        help: """
          Add the diagnostics table: prevalence and bias indices, PABAK, Gwet's AC1 beside
          kappa, confidence intervals (Wilson for % agreement, a seeded bootstrap for kappa
          and AC1) and Krippendorff's unitizing alpha on the coded characters.
          """),
      .option(
        "ci", value: "LEVEL", help: "The intervals' level with --diagnostics (default: 0.95)."),
      .option("resamples", value: "N", help: "Bootstrap resamples (default: 1000)."),
      .option("seed", value: "N", help: "Bootstrap seed (default: 1)."),
      .option(
        "format", value: "text|json|md",
        help: """
          text (the default), json, or md (a Markdown report with the disagreement list,
          for a consensus memo).
          """),
      .codebook,
      .transcripts,
    ],
    discussion: """
      Coders are those of the coder files. A keyword proposal accepted or
      rejected in 'qualkit review' is its reviewer's coding, and a code changed
      in review is the reviewer's too; proposals nobody answered count for no
      coder. A merge file (qualkit merge --out) is left out, since its coders
      count already, unless named with --merged FILE (it then counts instead of
      the coders it merged) or by its coder in --coders; --all-kinds counts every
      file as written. A file's header says its kind. 'qualkit report' counts
      the same coders.

      For each code, a coder's value for a unit is 1 when any of their codings of
      that code overlaps the unit by a character, else 0. Only transcripts that
      some coder coded are compared. The pooled row puts every code x unit
      decision of the codes shown into one table and computes the same
      coefficients on it. Undefined coefficients show as n/a with the reason.

      Warns about codes not in the codebook, codings made on another version
      of a transcript, coders who coded different versions, a coder name found
      in two files, and coders who did not code a transcript at all.
      """,
    examples: [
      "qualkit agree",
      "qualkit agree --coders anna,bo --unit char --disagreements",
      "qualkit agree --speakers participant --disagreements",
      "qualkit agree --diagnostics --codes being-heard,energy",
      "qualkit agree Codings/anna.jsonl Codings/bo.jsonl --format md > consensus.md",
    ])

  static let command = Command(spec: spec) { arguments, context throws(CLIError) in
    let format = try arguments.choice(
      "format", in: ["text", "json", "md"], default: "text", spec: spec)
    let unitName = try arguments.choice(
      "unit", in: AgreementUnitKind.allCases.map(\.rawValue), default: "turn", spec: spec)
    let unit = AgreementUnitKind(rawValue: unitName) ?? .turn
    var statistics: [ReliabilityStatistic]?
    if !arguments.list("statistic").isEmpty {
      switch ReliabilityStatistic.list(arguments.list("statistic")) {
      case .success(let chosen): statistics = chosen
      case .failure(let error): throw .usage(error.description, usage: spec.usage)
      }
    }
    let codes = arguments.list("codes")
    let roles = arguments.list("speakers")
    let options = AgreementOptions(
      unitKind: unit, codedOnly: arguments.has("coded-only"),
      includeProposed: arguments.has("include-proposed"), codes: codes.isEmpty ? nil : codes,
      statistics: statistics, roles: roles.isEmpty ? nil : roles,
      listsDisagreements: arguments.has("disagreements") || format == "md")
    let diagnose = arguments.has("diagnostics")
    let confidence = try arguments.share("ci", in: 0.5...0.9999, spec: spec) ?? 0.95
    let resamples = try arguments.integer("resamples", minimum: 1, spec: spec) ?? 1000
    let seed = try arguments.seed(spec: spec)
    let (collected, hadErrors, codings) = try collect(
      arguments, options: options, keepingCodings: diagnose, context: &context)
    var builder = collected
    var lengths: [String: Int] = [:]
    // The transcripts are read and compared one at a time.
    var count = 0
    var turnRoles = Set<String>()
    let folder = try context.load(usage: spec.usage) { reader throws(ProjectError) in
      let folder = arguments.value("transcripts") ?? reader.layout.transcriptsFolder
      guard reader.folder.exists(folder) else { return folder }
      let participants = try reader.participants(inFolder: folder)
      try reader.forEachTranscript(inFolder: folder, participants: participants) { transcript, _ in
        count += 1
        turnRoles.formUnion(transcript.turns.lazy.compactMap(\.role))
        if diagnose { lengths[transcript.id] = transcript.text.unicodeScalars.count }
        builder.add(transcript)
      }
      return folder
    }
    guard count > 0 else {
      throw .noInput("no transcripts in '\(folder)' (name the folder with --transcripts DIR)")
    }
    do { try CodingFilter.checkRoles(roles, turnRoles: turnRoles) } catch {
      throw .dataError("error: \(error)")
    }
    let report = builder.report()
    for diagnostic in report.diagnostics { context.printError(diagnostic.description) }
    let listDisagreements = options.listsDisagreements
    let diagnostics = AgreementDiagnostics(
      agreement: report, confidence: diagnose ? confidence : 0, resamples: resamples, seed: seed)
    var table: Table?
    if diagnose {
      let unitizing = UnitizingAgreement(
        codings: codings, coders: report.coders, codes: report.tables.map(\.code),
        transcripts: report.transcripts.map { ($0, lengths[$0] ?? 0) },
        statuses: Set(options.countedStatuses))
      table = diagnostics.table(unitizing: unitizing)
    }
    switch format {
    case "json":
      var json = AgreementWriter.json(report, disagreements: listDisagreements)
      if let table, case .object(let members) = json {
        json = .object(members + [("diagnostics", JSONTableWriter.render(table))])
      }
      context.print(json.rendered(pretty: true))
    case "md":
      context.standardOutput.write(AgreementWriter.markdown(report))
      if let table { context.standardOutput.write("\n" + TableFormat.md.render([table])) }
    default:
      context.standardOutput.write(AgreementWriter.text(report, disagreements: listDisagreements))
      if let table {
        context.standardOutput.write("\n" + TableFormat.text.render([table]))
      } else {
        for row in diagnostics.rows + [diagnostics.pooled] where row.isParadox {
          if let note = diagnostics.paradoxNote(row, .english) {
            context.print("note: \(note) See --diagnostics.")
          }
        }
      }
    }
    return hadErrors ? .dataError : .success
  }

  /// Reads the coders' files and takes what the comparison needs from
  /// them; the files themselves are let go before any transcript is read.
  ///
  /// - Returns: The builder, whether some file had malformed lines, and
  ///   the codings when `keepingCodings` (for unitizing alpha).
  static func collect(
    _ arguments: Arguments, options: AgreementOptions, keepingCodings: Bool = false,
    context: inout ToolContext
  ) throws(CLIError) -> (AgreementReport.Builder, Bool, [Coding]) {
    let codings = try context.load(usage: spec.usage) { reader throws(ProjectError) in
      try reader.coderInputs(
        paths: arguments.positionals, coders: arguments.list("coders"),
        mergedFiles: arguments.list("merged"), allKinds: arguments.has("all-kinds"))
    }
    if let shortage = codings.coderShortage() { throw .dataError("error: \(shortage)") }
    let codebook = try context.load(usage: spec.usage) { reader throws(ProjectError) in
      let codebook = try reader.optionalCodebook(at: arguments.value("codebook"))
      try codings.checkCodes(options.codes ?? [], codebook: codebook)
      return codebook
    }
    let builder = AgreementReport.Builder(
      codings: codings.files.lazy.flatMap(\.file.codings), codebook: codebook, options: options)
    return (
      builder, codings.hadErrors,
      keepingCodings ? Array(codings.files.lazy.flatMap(\.file.codings)) : []
    )
  }
}
