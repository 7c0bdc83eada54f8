import QualKit

/// `qualkit codings`: lists codings with their quoted text.
enum CodingsCommand {
  static let spec = CommandSpec(
    name: "codings",
    summary: "List codings with their text, filtered by coder, code, transcript or status.",
    positionals: "[FILE...]",
    arguments: [
      .init(name: "FILE", help: "Coding files to read (default: every Codings/*.jsonl).")
    ],
    options: OptionSpec.codingFilters + [
      .option(
        "format", value: "text|json|csv",
        help: """
          text (the default), json, or csv (every field, then the speaker and role of the
          turn the coding starts in and the participant's attributes).
          """),
      .flag(
        "excel",
        help: """
          CSV as Excel opens it in a Danish locale: ';'-separated, UTF-8 with a byte order
          mark, CRLF (implies --format csv).
          """),
      .flag("full", help: "In text, whole quotes and memos instead of their first words."),
      .codebook,
      .transcripts,
    ],
    discussion: """
      Warns about codings of unknown codes or transcripts and about codings
      whose transcript changed after they were made. A malformed line is
      reported, the other lines are still listed, and the exit code is 65.
      A filter that names no code, coder, transcript, role or attribute value
      of the project is exit 65 with the nearest names.
      """,
    examples: [
      "qualkit codings --coder anna --transcript B01 --full",
      "qualkit codings --code coherence --format csv > coherence.csv",
      "qualkit codings --excel > codings.csv",
    ])

  static let command = Command(spec: spec) { arguments, context throws(CLIError) in
    let excel = arguments.has("excel")
    let format = try arguments.choice(
      "format", in: ["text", "json", "csv"], default: excel ? "csv" : "text", spec: spec)
    if excel && format != "csv" {
      throw .usage("--excel writes CSV; it cannot go with --format \(format)", usage: spec.usage)
    }
    let filter = try arguments.codingFilter(spec: spec)
    let project = try context.load(usage: spec.usage) { reader throws(ProjectError) in
      try reader.project(
        codebookPath: arguments.value("codebook"),
        transcriptsFolder: arguments.value("transcripts"),
        codingPaths: arguments.positionals.isEmpty ? nil : arguments.positionals)
    }
    let catalog = project.catalog
    let selected: [Coding]
    do {
      // Files named on the command line count as named, merge files included.
      let policy = CoderPolicy(
        mergedFiles: arguments.positionals + arguments.list("merged"), keepsProposals: true)
      selected = try project.counted(filter, policy: policy).codings.sorted(by: Coding.fileOrder)
    } catch {
      throw .dataError("error: \(error)")
    }
    switch format {
    case "json":
      let table = CodingWriter.records(selected, catalog: catalog)
      context.print(JSONTableWriter.rows(table).rendered(pretty: true))
    case "csv":
      context.standardOutput.write(
        CSVWriter.render(
          CodingWriter.spreadsheet(selected, catalog: catalog),
          dialect: excel ? .excel : .standard))
    default:
      if selected.isEmpty {
        context.printError(
          "no codings match"
            + (project.codingFiles.isEmpty
              ? " (no coding files in '\(context.layout.codingsFolder)/')" : ""))
      } else {
        context.standardOutput.write(
          TextTableWriter.render(
            CodingWriter.listing(selected, catalog: catalog, isFull: arguments.has("full"))))
        let coderCount = Set(selected.map(\.coder)).count
        context.print(
          "\(selected.count) coding\(selected.count == 1 ? "" : "s") by \(coderCount) coder\(coderCount == 1 ? "" : "s")"
        )
      }
    }
    return ExitCode(project.diagnostics)
  }
}
