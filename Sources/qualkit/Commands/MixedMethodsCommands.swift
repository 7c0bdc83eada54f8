import QualKit

/// `qualkit quantitize` and `qualkit joint`.
enum MixedMethodsCommands {
  static let surveyOptions: [OptionSpec] = [
    .option("survey", value: "CSV", help: "The survey (default: the survey in Surveys/)."),
    .option("spec", value: "FILE", help: "The survey spec (default: CSV's stem + .survey.json)."),
    .option(
      "link", value: "ATTRIBUTE",
      help: "The transcript attribute that holds the respondent id (default: the transcript id)."),
  ]

  static let quantitizeSpec = CommandSpec(
    name: "quantitize",
    summary: "One row per participant: attributes, a column per code, survey answers and scores.",
    options: [
      .option(
        "mode", value: "presence|count",
        help: "1/0 for a code (the default) or the number of its segments."),
      .flag("no-survey", help: "Leave the survey's columns out even when the project has one."),
      .option(
        "out", value: "FILE",
        help: "Write the table to FILE and its column codebook to FILE's stem + -columns.csv."),
      .tableFormat,
      .allowIdentifiable,
    ] + surveyOptions + OptionSpec.codingFilters + [.codebook, .transcripts],
    discussion: """
      A code's column counts the participant's segments of the code and the codes
      below it. Column names are safe for R, SPSS and Stata (ASCII, at most 32
      characters); the column codebook gives each one's label, kind and values.
      Survey answers are the level values (empty when missing); construct scores
      are means with reverse items mirrored.
      """,
    examples: [
      "qualkit quantitize --format csv",
      "qualkit quantitize --mode count --no-survey --format md",
    ])

  static let quantitize = Command(spec: quantitizeSpec) { arguments, context throws(CLIError) in
    let format = try arguments.choice(
      "format", in: TableFormat.names, default: "text", spec: quantitizeSpec)
    let mode = try arguments.choice(
      "mode", in: Quantitizer.Mode.allCases.map(\.rawValue), default: "presence",
      spec: quantitizeSpec)
    let (project, index, selection) = try context.codedSegments(arguments, spec: quantitizeSpec)
    let survey = try loadSurvey(
      arguments, selection: selection, spec: quantitizeSpec, context: &context)
    let attributes =
      project.participants?.columns.map(\.name)
      ?? Array(Set(selection.transcripts.flatMap(\.attributes.keys))).sorted()
    let tables = Quantitizer.tables(
      selection, index: index, attributes: attributes,
      mode: Quantitizer.Mode(rawValue: mode) ?? .presence,
      survey: survey.map { ($0.0, $0.1) })
    let output = TableFormat(rawValue: format) ?? .text
    guard let out = arguments.value("out") else {
      context.standardOutput.write(output.render([tables.data]))
      context.warnIfIdentifiable(
        project.catalog.sorted, transcriptsFolder: project.catalog.folder, arguments: arguments)
      return ExitCode(project.diagnostics)
    }
    let columnsPath = ProjectLayout.replacingExtension(of: out, with: "-columns.csv")
    do throws(StorageError) {
      try AtomicFile.write(
        Array(output.render([tables.data]).utf8), to: context.url(for: out), displayPath: out)
      try AtomicFile.write(
        Array(TableFormat.csv.render([tables.columns]).utf8), to: context.url(for: columnsPath),
        displayPath: columnsPath)
    } catch {
      throw CLIError(error)
    }
    context.printError(
      "wrote \(out) (\(tables.data.rows.count) participants, \(tables.data.columns.count) columns) and \(columnsPath)"
    )
    context.warnIfIdentifiable(
      project.catalog.sorted, transcriptsFolder: project.catalog.folder, arguments: arguments)
    return ExitCode(project.diagnostics)
  }

  static let jointSpec = CommandSpec(
    name: "joint",
    summary: "The joint display: each theme's prevalence and quotes beside the survey results.",
    options: [
      .option(
        "by", value: "ATTRIBUTE",
        help: "Count participants per value of this transcript attribute (such as group)."),
      .option(
        "survey-by", value: "COLUMN",
        help: "Describe the survey per value of this column (default: the spec's first group)."),
      .option(
        "depth", value: "1|2", help: "1: themes (the default); 2: also the codes below them."),
      .option("quotes", value: "N", help: "Quotes per theme, 1 to 3 (default 3)."),
      .flag("no-survey", help: "Leave the survey out even when the project has one."),
      .tableFormat,
      .allowStale,
    ] + surveyOptions + OptionSpec.codingFilters + [.codebook, .transcripts],
    discussion: """
      One row per theme: definition, participants with the theme (n/N) per group,
      exemplar quotes (marked with 'tag --exemplar' first, else the shortest
      segments of at least 8 words, one per participant), the linked survey items
      (a code's "surveyItems" in the codebook, or items whose construct is the
      code's id) with each group's median and % per level, the construct score of
      interviewed participants with and without the theme, and an empty
      meta-inference column (converges / diverges / expands) to fill in.
      """,
    examples: [
      "qualkit joint --by group",
      "qualkit joint --by group --depth 2 --quotes 1 --format md",
    ])

  static let joint = Command(spec: jointSpec) { arguments, context throws(CLIError) in
    let format = try arguments.choice(
      "format", in: TableFormat.names, default: "text", spec: jointSpec)
    let depth = try arguments.integer("depth", minimum: 1, spec: jointSpec) ?? 1
    let quotes = try arguments.integer("quotes", minimum: 1, spec: jointSpec) ?? 3
    guard depth <= 2, quotes <= 3 else {
      throw .usage("--depth is 1 or 2 and --quotes 1 to 3", usage: jointSpec.usage)
    }
    let (project, index, selection) = try context.codedSegments(arguments, spec: jointSpec)
    try context.refuseStale(selection.staleCodings, arguments: arguments)
    if let by = arguments.value("by") {
      try MatrixCommands.checkAttribute(by, in: selection, spec: jointSpec)
    }
    var display = JointDisplay(selection: selection, index: index, by: arguments.value("by"))
    display.depth = depth
    display.quotes = quotes
    if let (survey, link) = try loadSurvey(
      arguments, selection: selection, spec: jointSpec, context: &context)
    {
      do throws(SurveyError) {
        let by = arguments.value("survey-by") ?? survey.spec.groups.first
        display.survey = (survey, link, try SurveyDescription(survey, by: by))
      } catch {
        throw .dataError("error: \(error.message)")
      }
    }
    let table = display.table()
    let output = TableFormat(rawValue: format) ?? .text
    if output == .text {
      var text = ([table.caption] + table.preamble).map { TerminalText.visible($0) + "\n" }.joined()
      text += "\n" + TextTableWriter.records(table)
      if !table.notes.isEmpty { text += "\n" + TextTableWriter.notes(table) }
      context.standardOutput.write(text)
    } else {
      context.standardOutput.write(output.render([table]))
    }
    return ExitCode(project.diagnostics)
  }

  /// The survey named by the options, or the project's, linked to the
  /// selection's transcripts; nil with `--no-survey` or when the project has none.
  static func loadSurvey(
    _ arguments: Arguments, selection: CodedSegments, spec: CommandSpec,
    context: inout ToolContext
  ) throws(CLIError) -> (Survey, SurveyLink)? {
    guard !arguments.has("no-survey") else { return nil }
    let csv = arguments.value("survey")
    let specPath = arguments.value("spec")
    let survey = try context.load(usage: spec.usage) { reader throws(ProjectError) -> Survey? in
      guard csv != nil || specPath != nil || reader.hasDefaultSurvey() else { return nil }
      let paths = try reader.surveyPaths(csv: csv, spec: specPath)
      return try reader.survey(csv: paths.csv, spec: paths.spec)
    }
    guard let survey else { return nil }
    let link = SurveyLink(
      transcripts: selection.transcripts, survey: survey, attribute: arguments.value("link"))
    if link.rows.isEmpty {
      context.printError(
        "warning: no participant is a survey respondent (ids \(selection.transcripts.prefix(3).map(\.id).joined(separator: ", "))… vs \(survey.respondents.prefix(3).joined(separator: ", "))…); use --link ATTRIBUTE"
      )
    }
    return (survey, link)
  }
}
