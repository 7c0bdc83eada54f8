import QualKit

/// `qualkit matrix` and `qualkit cooccurrence`.
enum MatrixCommands {
  static let matrixSpec = CommandSpec(
    name: "matrix",
    summary: "Count codes by an attribute (role, arm, ...): a code x group matrix.",
    options: [
      .option("by", value: "ATTRIBUTE", help: "The attribute whose values are the columns."),
      .option(
        "count", value: "segments|participants",
        help: "Count coded segments (the default) or participants with the code."),
      .tableFormat,
    ] + OptionSpec.codingFilters + [.codebook, .transcripts],
    discussion: """
      Rows are the codebook's codes in order, with each code's own count and the
      total of the code and the codes below it; columns are the attribute's values
      (from participants.csv or a transcript's front matter). Accepted codings are
      counted (use --status to count others); a segment coded by several coders
      counts once.
      """,
    examples: [
      "qualkit matrix --by group",
      "qualkit matrix --by role --count participants --format md",
    ])

  static let matrix = Command(spec: matrixSpec) { arguments, context throws(CLIError) in
    let format = try arguments.choice(
      "format", in: TableFormat.names, default: "text", spec: matrixSpec)
    let count = try arguments.choice(
      "count", in: CodeMatrix.Count.allCases.map(\.rawValue), default: "segments",
      spec: matrixSpec)
    let (project, index, selection) = try context.codedSegments(arguments, spec: matrixSpec)
    let by = arguments.value("by")
    if let by { try checkAttribute(by, in: selection, spec: matrixSpec) }
    let table = CodeMatrix.table(
      selection, index: index, by: by, count: CodeMatrix.Count(rawValue: count) ?? .segments)
    context.standardOutput.write((TableFormat(rawValue: format) ?? .text).render([table]))
    return ExitCode(project.diagnostics)
  }

  static let cooccurrenceSpec = CommandSpec(
    name: "cooccurrence",
    summary: "Count how often two codes are applied together, with the Jaccard index.",
    options: [
      .option(
        "unit", value: "turn|transcript|overlap",
        help:
          "What counts as together: the same turn (the default), transcript, or overlapping segments."
      ),
      .option(
        "depth", value: "N", help: "Count codes below depth N as their ancestor (1: themes)."),
      .tableFormat,
    ] + OptionSpec.codingFilters + [.codebook, .transcripts],
    discussion: """
      One row per pair of codes that occur together, in codebook order: units with
      both, units with each, and Jaccard = both / either. With --unit overlap,
      Both counts pairs of overlapping segments and Jaccard is that of the coded
      characters.
      """,
    examples: ["qualkit cooccurrence", "qualkit cooccurrence --depth 1 --unit transcript"])

  static let cooccurrence = Command(spec: cooccurrenceSpec) { arguments, context throws(CLIError) in
    let format = try arguments.choice(
      "format", in: TableFormat.names, default: "text", spec: cooccurrenceSpec)
    let unit = try arguments.choice(
      "unit", in: CodeCooccurrence.Unit.allCases.map(\.rawValue), default: "turn",
      spec: cooccurrenceSpec)
    let depth = try arguments.integer("depth", minimum: 1, spec: cooccurrenceSpec)
    let (project, index, selection) = try context.codedSegments(arguments, spec: cooccurrenceSpec)
    let table = CodeCooccurrence.table(
      selection, index: index, unit: CodeCooccurrence.Unit(rawValue: unit) ?? .turn,
      depth: depth)
    context.standardOutput.write((TableFormat(rawValue: format) ?? .text).render([table]))
    return ExitCode(project.diagnostics)
  }

  /// Exit 65 with the nearest names when no transcript has attribute `name`.
  static func checkAttribute(_ name: String, in selection: CodedSegments, spec: CommandSpec)
    throws(CLIError)
  {
    let keys = Set(selection.transcripts.flatMap(\.attributes.keys))
    guard !keys.contains(name) else { return }
    let hint = Suggestions.nearest(to: name, in: keys).map { " (did you mean '\($0)'?)" } ?? ""
    throw .dataError(
      "error: no transcript has the attribute '\(name)'\(hint); attributes: \(keys.sorted().joined(separator: ", "))"
    )
  }
}
