import QualKit

/// `qualkit codings`: lists codings with their quoted text.
enum CodingsCommand {
  static let spec = CommandSpec(
    name: "codings",
    summary: "List codings with their text, filtered by coder, code, transcript or status.",
    usage:
      "qualkit codings [FILE...] [--coder NAME] [--code ID] [--transcript ID] [--status S] [--format text|json|csv]",
    options: ["coder", "code", "transcript", "status", "format", "codebook", "transcripts"],
    repeatable: ["coder", "code", "transcript", "status"],
    help: """
      ARGUMENTS:
        FILE                Coding files to read (default: every Codings/*.jsonl).

      OPTIONS:
        --coder NAME        Only this coder's codings (repeat or use commas for several).
        --code ID           Only this code and the codes below it in the codebook.
        --transcript ID     Only this transcript.
        --status STATUS     proposed, accepted or rejected.
        --format FORMAT     text (the default), json or csv.
        --codebook FILE     The codebook (default: the only .json in Codebooks/).
        --transcripts DIR   Where transcripts are (default: Transcripts).
        -h, --help          Show this help.

      Warns about codings of unknown codes or transcripts and about codings
      whose transcript changed after they were made. A malformed line is
      reported, the other lines are still listed, and the exit code is 65.

      """)

  static let command = Command(spec: spec) { arguments, context throws(CLIError) in
    let format = try arguments.choice(
      "format", in: ["text", "json", "csv"], default: "text", spec: spec)
    var statuses: Set<Coding.Status>?
    if !arguments.list("status").isEmpty {
      var set = Set<Coding.Status>()
      for name in arguments.list("status") {
        guard let status = Coding.Status(rawValue: name) else {
          throw .usage(
            "'\(name)' is not a status (proposed, accepted or rejected)", usage: spec.usage)
        }
        set.insert(status)
      }
      statuses = set
    }
    let paths =
      arguments.positionals.isEmpty
      ? try CodingStore.allPaths(context: context) : arguments.positionals
    let codebookPath = try? ProjectLoader.codebookPath(
      arguments.value("codebook"), usage: spec.usage, context: context)
    let codebook = try codebookPath.map { path throws(CLIError) in
      try ProjectLoader.codebook(at: path, context: &context)
    }
    let catalog = try TranscriptCatalog(
      folder: arguments.value("transcripts") ?? ProjectLoader.transcriptsFolder, context: &context)
    let codeFilter = try ProjectLoader.codeSubtrees(arguments.list("code"), codebook: codebook)
    let coders = Set(arguments.list("coder"))
    let transcriptFilter = Set(arguments.list("transcript"))
    var selected: [Coding] = []
    var malformed = false
    for path in paths {
      let file = try CodingStore.read(path, context: &context)
      malformed = malformed || !file.malformedLines.isEmpty
      let warnings = CodingCheck.warnings(
        for: file.codings, lines: file.sourceLines, codebook: codebook,
        transcripts: catalog.byID.isEmpty ? nil : catalog.byID)
      InputFiles.report(warnings, path: path, context: &context)
      selected += file.codings.filter { coding in
        (coders.isEmpty || coders.contains(coding.coder))
          && (codeFilter?.contains(coding.code) ?? true)
          && (transcriptFilter.isEmpty || transcriptFilter.contains(coding.transcript))
          && (statuses?.contains(coding.status) ?? true)
      }
    }
    selected.sort(by: Coding.fileOrder)
    func quote(_ coding: Coding) -> String {
      if let transcript = catalog.byID[coding.transcript],
        coding.span.end <= transcript.lines.scalarCount
      {
        return transcript.text(in: coding.span.range)
      }
      return coding.text ?? ""
    }
    switch format {
    case "json":
      let items = selected.map { coding in
        JSONOutput.object([
          ("transcript", .string(coding.transcript)), ("code", .string(coding.code)),
          ("coder", .string(coding.coder)), ("firstLine", .int(coding.span.firstLine)),
          ("lastLine", .int(coding.span.lastLine)), ("start", .int(coding.span.start)),
          ("end", .int(coding.span.end)), ("origin", .string(coding.origin.description)),
          ("status", .string(coding.status.rawValue)), ("memo", .string(coding.memo)),
          ("text", .string(quote(coding))),
        ])
      }
      context.print(JSONOutput.array(items).rendered(pretty: true))
    case "csv":
      context.standardOutput.write(
        CSVWriter.row([
          "transcript", "code", "coder", "firstLine", "lastLine", "start", "end", "origin",
          "status", "memo", "text",
        ]))
      for coding in selected {
        context.standardOutput.write(
          CSVWriter.row([
            coding.transcript, coding.code, coding.coder, String(coding.span.firstLine),
            String(coding.span.lastLine),
            String(coding.span.start), String(coding.span.end), coding.origin.description,
            coding.status.rawValue,
            coding.memo ?? "", quote(coding),
          ]))
      }
    default:
      var rows: [[String]] = [["transcript", "lines", "code", "coder", "origin", "status", "text"]]
      for coding in selected {
        let lines =
          coding.span.firstLine == coding.span.lastLine
          ? "\(coding.span.firstLine)" : "\(coding.span.firstLine)-\(coding.span.lastLine)"
        var text = Quote.short(quote(coding), limit: 60)
        if let memo = coding.memo { text += " [memo: \(Quote.short(memo, limit: 40))]" }
        rows.append([
          coding.transcript, lines, coding.code, coding.coder, coding.origin.description,
          coding.status.rawValue, text,
        ])
      }
      if selected.isEmpty {
        context.printError(
          "no codings match"
            + (paths.isEmpty ? " (no coding files in '\(CodingStore.folder)/')" : ""))
      } else {
        context.standardOutput.write(TextTable.render(rows))
        let coderCount = Set(selected.map(\.coder)).count
        context.print(
          "\(selected.count) coding\(selected.count == 1 ? "" : "s") by \(coderCount) coder\(coderCount == 1 ? "" : "s")"
        )
      }
    }
    return malformed ? .dataError : .success
  }
}
