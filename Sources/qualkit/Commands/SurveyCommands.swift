import QualKit

/// `qualkit survey describe` and `qualkit survey infer`.
enum SurveyCommands {
  static let describeSpec = CommandSpec(
    name: "survey describe",
    summary: "Describe a survey's Likert items and constructs, by group, with a group test.",
    positionals: "[CSV]",
    arguments: [
      .init(
        name: "CSV",
        help: "The survey (default: the survey in Surveys/, the CSV beside its .survey.json).")
    ],
    options: [
      .option("spec", value: "FILE", help: "The survey spec (default: CSV's stem + .survey.json)."),
      .option("by", value: "COLUMN", help: "Group respondents by this column (such as arm)."),
      .tableFormat,
      .option(
        "quantiles", value: "type7|type6",
        help: "Quartiles as R/pandas/Excel (type7, the default) or as SPSS (type6)."),
      .flag("lenient", help: "Read answers that are not on the item's scale as missing (warned)."),
    ],
    discussion: """
      Per item and group: N respondents, n valid answers, blanks, don't-know and
      other missing answers, the % of valid answers per level, median and
      quartiles, mean and SD (n - 1), and top-two-box. Reverse-scored items are
      shown as answered; construct scores (the mean of a construct's items,
      reverse items mirrored, on complete cases) get Cronbach's alpha. With two
      groups, each item and construct is compared by Mann-Whitney U (two-sided;
      exact p without ties when a group has at most 8 answers, else the normal
      approximation with tie and continuity corrections, as scipy computes it).
      """,
    examples: [
      "qualkit survey describe Surveys/tki2.csv --by arm --format md",
      "qualkit survey describe --by arm --format json",
    ])

  static let describe = Command(spec: describeSpec) { arguments, context throws(CLIError) in
    guard arguments.positionals.count <= 1 else {
      throw .usage("expected at most one CSV", usage: describeSpec.usage)
    }
    let format = try arguments.choice(
      "format", in: TableFormat.names, default: "text", spec: describeSpec)
    let quantiles = try arguments.choice(
      "quantiles", in: QuantileMethod.allCases.map(\.rawValue), default: "type7",
      spec: describeSpec)
    let survey = try context.load(usage: describeSpec.usage) { reader throws(ProjectError) in
      let paths = try reader.surveyPaths(
        csv: arguments.positionals.first, spec: arguments.value("spec"))
      return try reader.survey(
        csv: paths.csv, spec: paths.spec, lenient: arguments.has("lenient"))
    }
    let description: SurveyDescription
    do throws(SurveyError) {
      description = try SurveyDescription(
        survey, by: arguments.value("by"), quantiles: QuantileMethod(rawValue: quantiles) ?? .type7)
    } catch {
      throw .dataError("error: \(error.message)")
    }
    switch TableFormat(rawValue: format) ?? .text {
    case .json:
      context.print(SurveyDescriptionWriter.json(description).rendered(pretty: true))
    case .csv:
      context.standardOutput.write(
        TableFormat.csv.render([description.flatTable()]))
    case let other:
      context.standardOutput.write(other.render(description.tables()))
    }
    return .success
  }

  static let inferSpec = CommandSpec(
    name: "survey infer",
    summary: "Draft a survey spec from a survey CSV, for you to edit.",
    positionals: "CSV",
    arguments: [.init(name: "CSV", help: "The survey CSV.")],
    options: [
      .option("out", value: "FILE", help: "Write the draft here (refused if the file exists).")
    ],
    discussion: """
      Reads the columns as 'qualkit survey import' does: columns whose answers
      lie on a built-in scale, on a scale that known wordings order, or on whole
      numbers (1-5, 0-10) become items; a column named like an id, else the
      first column with a distinct value per row, is the respondent id; columns
      with 2-12 values, some repeated, are groups; the rest are ignored. Add
      item texts, constructs and reverse-scored items by hand. For an export
      with several header rows (Qualtrics, SurveyMonkey) use 'survey import'.
      """,
    examples: ["qualkit survey infer Surveys/tki2.csv"])

  static let infer = Command(spec: inferSpec) { arguments, context throws(CLIError) in
    guard arguments.positionals.count == 1 else {
      throw .usage("expected one survey CSV", usage: inferSpec.usage)
    }
    let path = arguments.positionals[0]
    let spec = try context.load(usage: inferSpec.usage) { reader throws(ProjectError) in
      try reader.inferredSurveySpec(csv: path)
    }
    if let bytes = context.folder.readIfPresent(path),
      let detected = SurveyExportLayout.detect(csv: bytes), detected.layout.hasSeveralHeaderRows
    {
      context.printError(
        "note: '\(path)' looks like a \(detected.layout.toolName) export (\(detected.evidence)); 'qualkit survey import \(path)' reads its header rows and writes a CSV and spec that 'survey describe' reads"
      )
    }
    let text = spec.json.rendered(pretty: true) + "\n"
    let out = arguments.value("out")
    guard try context.writeNewFile(text, to: out, usage: inferSpec.usage) else { return .success }
    context.printError(
      "wrote \(out ?? "") (\(spec.items.count) items); edit it, then run 'qualkit survey describe'")
    return .success
  }
}
