import Foundation
import QualKit

/// `qualkit agree`: inter-coder agreement per code over coders' coding files.
enum AgreeCommand {
  static let spec = CommandSpec(
    name: "agree",
    summary: "Inter-coder agreement per code (percent, kappa, alpha) and where coders differ.",
    usage:
      "qualkit agree CODINGS... [--unit turn|line|char] [--codes ID,...] [--statistic S,...] "
      + "[--coded-only] [--include-proposed] [--disagreements] [--format text|json|md]",
    options: ["unit", "codes", "statistic", "format", "codebook", "transcripts"],
    flags: ["coded-only", "include-proposed", "disagreements"],
    repeatable: ["codes", "statistic"],
    help: """
      ARGUMENTS:
        CODINGS             Two or more coders' coding files (Codings/anna.jsonl ...).
                            Coders are named by each coding's "coder", not by the file.

      OPTIONS:
        --unit UNIT         What one unit is: turn (the default; a speaker turn), line
                            (a non-blank line of a turn) or char (a character of a
                            turn's text, for span-exact agreement).
        --codes ID,...      Only these codes (default: every code any coder used).
        --statistic S,...   The coefficients to show: percent, cohen, scott, fleiss,
                            alpha, bp, ac1 (default: percent, cohen for 2 coders or
                            fleiss for more, alpha).
        --coded-only        Count only units at least one coder coded. By default
                            every unit counts, including those nobody coded.
        --include-proposed  Count proposed (unreviewed) auto-codings as applied.
                            Accepted codings always count, rejected ones never.
        --disagreements     List every unit where the coders differ: transcript,
                            lines, text and who coded what.
        --format FORMAT     text (the default), json, or md (a Markdown report with
                            the disagreement list, for a consensus memo).
        --codebook FILE     The codebook (default: the only .json in Codebooks/).
        --transcripts DIR   Where transcripts are (default: Transcripts).
        -h, --help          Show this help.

      For each code, a coder's value for a unit is 1 when any of their codings of
      that code overlaps the unit by a character, else 0. Only transcripts that
      some coder coded are compared. The pooled row puts every code x unit
      decision of the codes shown into one table and computes the same
      coefficients on it. Undefined coefficients show as n/a with the reason.

      Warns about codes not in the codebook, codings made on another version
      of a transcript, coders who coded different versions, a coder name found
      in two files, and coders who did not code a transcript at all.

      EXAMPLES:
        qualkit agree Codings/anna.jsonl Codings/bo.jsonl
        qualkit agree Codings/*.jsonl --unit char --disagreements
        qualkit agree Codings/anna.jsonl Codings/bo.jsonl --format md > consensus.md

      """)

  static let command = Command(spec: spec) { arguments, context throws(CLIError) in
    let format = try arguments.choice(
      "format", in: ["text", "json", "md"], default: "text", spec: spec)
    let unitName = try arguments.choice(
      "unit", in: AgreementUnitKind.allCases.map(\.rawValue), default: "turn", spec: spec)
    let unit = AgreementUnitKind(rawValue: unitName) ?? .turn
    var statistics: [ReliabilityStatistic]?
    if !arguments.list("statistic").isEmpty {
      var chosen: [ReliabilityStatistic] = []
      for name in arguments.list("statistic") {
        guard let statistic = ReliabilityStatistic(rawValue: name) else {
          let names = ReliabilityStatistic.allCases.map(\.rawValue).joined(separator: ", ")
          throw .usage(
            "'\(name)' is not a statistic (expected one of: \(names))", usage: spec.usage)
        }
        if !chosen.contains(statistic) { chosen.append(statistic) }
      }
      statistics = chosen
    }
    guard !arguments.positionals.isEmpty else {
      throw .usage("missing CODINGS (two or more coders' coding files)", usage: spec.usage)
    }
    let codes = arguments.list("codes")
    let codings = try CodingInputs.read(arguments.positionals, context: &context)
    guard codings.coders.count >= 2 else {
      let found = codings.coders.isEmpty ? "none" : codings.coders.joined(separator: ", ")
      throw .dataError(
        "error: agreement needs codings from at least 2 coders; found \(codings.coders.count) (\(found))"
      )
    }
    let codebookPath =
      arguments.value("codebook")
      ?? (try? ProjectLoader.codebookPath(nil, usage: spec.usage, context: context))
    let codebook = try codebookPath.map { path throws(CLIError) in
      try ProjectLoader.codebook(at: path, context: &context)
    }
    // A code in --codes that no coder used and the codebook lacks is a typo:
    // its row would only say that nobody coded it.
    let knownCodes = Set(codings.all.map(\.code)).union(codebook?.allCodes.map(\.id) ?? [])
    for code in codes where !knownCodes.contains(code) {
      let nearest = Suggestions.nearest(to: code, in: knownCodes, limit: 3)
      let hint = nearest.isEmpty ? "" : " (nearest: \(nearest.joined(separator: ", ")))"
      throw .dataError(
        "error: unknown code '\(code)' in --codes: not in the codebook and not used by any coder\(hint)"
      )
    }
    let folder = arguments.value("transcripts") ?? ProjectLoader.transcriptsFolder
    let catalog = try TranscriptCatalog(folder: folder, context: &context)
    guard !catalog.byID.isEmpty else {
      throw .noInput("no transcripts in '\(folder)' (name the folder with --transcripts DIR)")
    }
    let transcripts = catalog.byID.values.sorted { $0.id < $1.id }
    let options = AgreementOptions(
      unitKind: unit, codedOnly: arguments.has("coded-only"),
      includeProposed: arguments.has("include-proposed"), codes: codes.isEmpty ? nil : codes,
      statistics: statistics)
    let report = AgreementReport(
      codings: codings.all, transcripts: transcripts, codebook: codebook, options: options)
    for diagnostic in report.diagnostics { context.printError(diagnostic.description) }
    let listDisagreements = arguments.has("disagreements")
    switch format {
    case "json":
      context.print(
        AgreementOutput.json(report, disagreements: listDisagreements).rendered(pretty: true))
    case "md":
      context.standardOutput.write(AgreementOutput.markdown(report))
    default:
      context.standardOutput.write(AgreementOutput.text(report, disagreements: listDisagreements))
    }
    return codings.hadErrors ? .dataError : .success
  }
}

/// Coders' coding files read for `agree` and `merge`.
struct CodingInputs {
  /// Each file's path and contents, in the order given.
  var files: [(path: String, file: CodingFile)]
  /// Whether some file had malformed lines (reported already).
  var hadErrors: Bool

  /// Every coding of every file.
  var all: [Coding] { files.flatMap(\.file.codings) }

  /// The coders named in the files, sorted.
  var coders: [String] { Array(Set(all.map(\.coder))).sorted() }

  /// Reads the files, printing their diagnostics and, if asked, a warning
  /// for a coder name that appears in more than one file.
  static func read(
    _ paths: [String], warnAboutSharedCoders: Bool = true, context: inout ToolContext
  ) throws(CLIError) -> CodingInputs {
    var files: [(path: String, file: CodingFile)] = []
    var hadErrors = false
    var seenPaths = Set<String>()
    for path in paths {
      let canonical = context.url(for: path).path
      guard seenPaths.insert(canonical).inserted else {
        context.printError("\(path): warning: file given twice; read once")
        continue
      }
      let file = try CodingStore.read(path, context: &context)
      if !file.malformedLines.isEmpty { hadErrors = true }
      files.append((path, file))
    }
    var filesByCoder: [String: [String]] = [:]
    for (path, file) in files {
      for coder in Set(file.codings.map(\.coder)) { filesByCoder[coder, default: []].append(path) }
    }
    for (coder, inFiles) in filesByCoder.sorted(by: { $0.key < $1.key })
    where warnAboutSharedCoders && inFiles.count > 1 {
      context.printError(
        "warning: coder '\(coder)' appears in several files (\(inFiles.joined(separator: ", "))); "
          + "their codings count as one coder")
    }
    return CodingInputs(files: files, hadErrors: hadErrors)
  }
}
