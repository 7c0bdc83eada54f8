import Foundation
import QualKit

/// `qualkit report`: the themes report in Markdown, HTML, LaTeX, Word and CSV.
enum ReportCommand {
  static let spec = CommandSpec(
    name: "report",
    summary: "The themes report for publication: Markdown, HTML, LaTeX, Word and CSV.",
    options: [
      .option("out", value: "DIR", help: "The folder to write (default: report/ in the project)."),
      .option(
        "format", value: "md,html,latex,docx,csv",
        help: "The formats to write (default: all five).", repeatable: true),
      .option(
        "lang", value: "en|da",
        help: """
          The language of the report's words, numbers (da: 0,802 and 99,3 %) and code
          labels (default: en); CSV files keep machine-readable numbers (but --excel).
          """),
      .option(
        "quotes", value: "N", help: "Quotations per code, at most (default: 3; 0 for none)."),
      .option(
        "by", value: "ATTRIBUTE",
        help: """
          Count participants by this attribute's values (default: role and group, those
          the transcripts have).
          """, repeatable: true),
      .option(
        "coders", value: "NAME,...",
        help: """
          Only these coders' codings (default: every coder's; an accepted proposal is
          its reviewer's; a merge file's coder counts that file).
          """, repeatable: true),
      .merged,
      .allowStale,
      .allowIdentifiable,
      .option(
        "speakers", value: "ROLE,...",
        help: """
          Only turns of these roles ('participant': every role but interviewer): the tables
          count codings that start in them, agreement counts them as units (as agree does).
          """, repeatable: true),
      .flag(
        "excel",
        help: """
          Write csv/ for Excel: ';' between fields, a byte order mark, CRLF, and with
          --lang da decimal commas (default: RFC 4180 commas, numbers as 0.802).
          """),
      .option(
        "date", value: "DATE",
        help: "A date to print under the title ('today' for today's); none by default."),
      .option("title", value: "TEXT", help: "The title (default: the codebook's name)."),
      .option(
        "survey", value: "CSV",
        help: "The survey for the survey section (default: the one in Surveys/, if any)."),
      .option(
        "spec", value: "FILE", help: "The survey's spec (default: CSV's stem + .survey.json)."),
      .option(
        "checklist", value: "coreq|srqr",
        help: """
          Add a reporting checklist: COREQ's 32 items or SRQR's 21, filled in from the
          project where it can be, the rest marked for the researcher.
          """),
      .option(
        "order", value: "date|file|ATTRIBUTE",
        help:
          "The interview order for saturation (default: date when all have one as YYYY-MM-DD, else file)."
      ),
      .option(
        "saturation", value: "BASE,RUN,THRESHOLD",
        help: "Saturation's base, run and threshold (default: 4,2,0.05)."),
      .option(
        "plan-themes", value: "P[,K[,POWER]]",
        help: """
          State in the methods the interviews needed to hear K times (default 1) a theme
          held by a share P, with POWER (default 0.8) (Fugard & Potts 2015).
          """),
      .option(
        "plan-kappa", value: "K0,K1,P",
        help: """
          State in the methods the units needed for kappa's 95% lower bound to exceed K0
          when kappa is K1 and a share P of units is coded (Donner & Eliasziw 1992).
          """),
      .option(
        "seed", value: "N", help: "Seed of the bootstrap and the random orders (default: 1)."),
      .codebook,
      .transcripts,
    ],
    discussion: """
      Writes report.md, report.html (self-contained, with SVG charts), latex/
      (report.tex and a fragment per table), report.docx and csv/ (one file per
      table, and quotes.csv). The report has, in codebook order, every theme and
      code with its definition, segments and participants overall and per group
      and quotations, then inter-coder agreement (two or more coders) and a
      methods paragraph. Codings count when accepted, a passage several coders
      coded once; the coders are those of the coder files (an accepted keyword
      proposal counts as its reviewer's; merge files only with --merged or their
      coder in --coders), the same in every section and in 'qualkit agree'. A
      coding whose transcript changed under it stops the report (exit 65) until
      'qualkit reanchor' moves it, or --allow-stale quotes its stored text.
      The folder is written anew in one step: a failure leaves the old report
      as it was, and a folder holding files qualkit did not write (or changed
      since) is not replaced.
      The same project always gives the same bytes.
      """,
    examples: [
      "qualkit report",
      "qualkit report --lang da --quotes 2 --by group --out report-da",
      "qualkit report --format html,docx --coders anna,bo --date today",
      "qualkit report --checklist srqr --plan-themes 0.2 --lang da --out report-srqr",
      "qualkit report --lang da --speakers participant --excel",
    ])

  static let command = Command(spec: spec) { arguments, context throws(CLIError) in
    var formats: [ReportFormat] = []
    for name in arguments.list("format") {
      guard let format = ReportFormat(rawValue: name) else {
        throw .usage(
          "'\(name)' is not a report format (expected md, html, latex, docx or csv)",
          usage: spec.usage)
      }
      if !formats.contains(format) { formats.append(format) }
    }
    if formats.isEmpty { formats = ReportFormat.allCases }
    let language = try arguments.choice(
      "lang", in: ReportLanguage.allCases.map(\.rawValue), default: "en", spec: spec)
    var options = ReportOptions(
      language: ReportLanguage(rawValue: language) ?? .english,
      software: "QualKit \(toolVersion)")
    options.quotesPerCode = try arguments.integer("quotes", spec: spec) ?? 3
    let by = arguments.list("by")
    options.groupAttributes = by.isEmpty ? nil : by
    let coders = arguments.list("coders")
    options.coders = coders.isEmpty ? nil : coders
    options.title = arguments.value("title")
    options.mergedFiles = arguments.list("merged")
    options.allowsStale = arguments.has("allow-stale")
    try RigorOptions.apply(arguments, to: &options, spec: spec)
    let roles = arguments.list("speakers")
    options.roles = roles.isEmpty ? nil : roles
    options.date = arguments.value("date").map { value in
      value == "today"
        ? ISO8601DateFormatter.string(
          from: Date(), timeZone: .current, formatOptions: [.withFullDate]) : value
    }
    var project = try context.load(usage: spec.usage) { reader throws(ProjectError) in
      try reader.project(
        codebookPath: arguments.value("codebook"), requiresCodebook: true,
        transcriptsFolder: arguments.value("transcripts"))
    }
    // The survey in Surveys/ (or the one named), when there is one.
    let survey = try context.load(usage: spec.usage) { reader throws(ProjectError) -> Survey? in
      let csv = arguments.value("survey")
      let specFile = arguments.value("spec")
      guard csv != nil || specFile != nil || reader.hasDefaultSurvey() else { return nil }
      let paths = try reader.surveyPaths(csv: csv, spec: specFile)
      return try reader.survey(csv: paths.csv, spec: paths.spec)
    }
    guard !project.catalog.isEmpty else {
      throw .noInput(
        "no transcripts in '\(project.catalog.folder)' (name the folder with --transcripts DIR)")
    }
    let problems = options.problems(in: project)
    guard problems.isEmpty else {
      throw .dataError(problems.map(\.description).joined(separator: "\n"))
    }
    project.survey = survey
    options.models = try context.load(usage: spec.usage) { reader in
      reader.modelFacts(for: project)
    }
    let builder = ReportBuilder(project: project, options: options)
    context.report(builder.diagnostics)
    try context.refuseStale(builder.selection?.staleCodings ?? [], arguments: arguments)
    let out = arguments.value("out") ?? project.layout.reportFolder
    let dialect: CSVWriter.Dialect =
      arguments.has("excel") ? .excel(for: options.language) : .standard
    let files = builder.report.files(formats: formats, csvDialect: dialect)
    do throws(StorageError) {
      try AtomicFolder.replace(
        context.url(for: out), displayPath: out, files: files.map { ($0.path, $0.bytes) },
        marker: Report.folderMarker, protecting: project.layout.dataFolders.map(context.url(for:)),
        isLegacyFile: Report.isLegacyFile)
    } catch {
      throw CLIError(error)
    }
    let names = formats.map(\.rawValue)
    func counted(_ count: Int, _ noun: String) -> String {
      "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
    context.print(
      "wrote \(files.count) file\(files.count == 1 ? "" : "s") (\(ReportBuilder.list(names, and: "and"))) to \(out)/: "
        + "\(counted(builder.transcripts.count, "transcript")), "
        + "\(counted(builder.segments.count, "segment")), "
        + counted(builder.coders.count, "coder"))
    context.warnIfIdentifiable(
      project.catalog.sorted, transcriptsFolder: project.catalog.folder, arguments: arguments)
    // A transcript that could not be read is left out of the report: the
    // report is written, but the exit status says it is incomplete.
    return project.hasMalformedCodings || project.diagnostics.hasErrors ? .dataError : .success
  }
}
