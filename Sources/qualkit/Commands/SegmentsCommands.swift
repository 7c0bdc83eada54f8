import QualKit

/// `qualkit segments` and `qualkit memos`: retrieval of coded text and memos by code.
enum SegmentsCommands {
  static let segmentsSpec = CommandSpec(
    name: "segments",
    summary: "Every coded segment of codes, whole, grouped by code, with who said it.",
    positionals: "[CODE...]",
    arguments: [
      .init(name: "CODE", help: "Codes to show, each with the codes below it (default: all).")
    ],
    options: OptionSpec.codingFilters + [
      .option("format", value: "text|md|json|csv", help: "text (the default), md, json or csv."),
      .allowStale,
      .codebook,
      .transcripts,
    ],
    discussion: """
      Like a node view in NVivo or retrieved segments in MAXQDA: codes come in
      codebook order, each segment once (with every coder who coded it), with the
      participant, speaker and role, attributes, lines and timestamp. Only
      accepted codings unless --status says otherwise.
      """,
    examples: [
      "qualkit segments mastery",
      "qualkit segments coherence --attribute group=TKI2 --format md > coherence.md",
      "qualkit segments --coder anna --format csv > segments.csv",
    ])

  static let segments = Command(spec: segmentsSpec) { arguments, context throws(CLIError) in
    var arguments = arguments
    arguments.options["code", default: []] += arguments.positionals
    let format = try arguments.choice(
      "format", in: TableFormat.names, default: "text", spec: segmentsSpec)
    let (project, _, selection) = try context.codedSegments(arguments, spec: segmentsSpec)
    try context.refuseStale(selection.staleCodings, arguments: arguments)
    let groups = SegmentGroup.segments(selection, index: project.index)
    write(groups, format: format, memos: false, summary: selection.summary, context: &context)
    return ExitCode(project.diagnostics)
  }

  static let memosSpec = CommandSpec(
    name: "memos",
    summary: "Every memo, whole, grouped by code, with the text it is about.",
    options: OptionSpec.codingFilters + [
      .option("format", value: "text|md|json|csv", help: "text (the default), md, json or csv."),
      .allowStale,
      .codebook,
      .transcripts,
    ],
    discussion: """
      Memos of codings of every status (--status to choose), each with its coder,
      the participant, speaker and role, attributes, lines and the whole coded
      text; codes in codebook order.
      """,
    examples: [
      "qualkit memos",
      "qualkit memos --coder bo --format md > memos-bo.md",
    ])

  static let memos = Command(spec: memosSpec) { arguments, context throws(CLIError) in
    let format = try arguments.choice(
      "format", in: TableFormat.names, default: "text", spec: memosSpec)
    let filter = try arguments.codingFilter(spec: memosSpec)
    let project = try context.load(usage: memosSpec.usage) { reader throws(ProjectError) in
      try reader.project(
        codebookPath: arguments.value("codebook"),
        transcriptsFolder: arguments.value("transcripts"))
    }
    let groups: [SegmentGroup]
    do throws(CodingFilterError) {
      groups = try SegmentGroup.memos(project: project, filter: filter)
    } catch {
      throw .dataError("error: \(error)")
    }
    try context.refuseStale(
      project.staleCodings.filter { stale in
        groups.contains { $0.segments.contains { $0.segment.id == Segment.ID(stale.coding) } }
      }, arguments: arguments)
    let memos = groups.flatMap { $0.segments.flatMap(\.segment.memos) }
    let count = memos.count
    let coders = Set(memos.map(\.coder)).count
    write(
      groups, format: format, memos: true,
      summary: count == 0
        ? "no memos match"
        : "\(count) memo\(count == 1 ? "" : "s") by \(coders) coder\(coders == 1 ? "" : "s")",
      context: &context)
    return ExitCode(project.diagnostics)
  }

  private static func write(
    _ groups: [SegmentGroup], format: String, memos: Bool, summary: String,
    context: inout ToolContext
  ) {
    switch format {
    case "json", "csv":
      let table = SegmentWriter.records(groups, id: memos ? "memos" : "segments")
      context.standardOutput.write(
        (format == "json" ? TableFormat.json : TableFormat.csv).render([table]))
    case "md":
      context.standardOutput.write(SegmentWriter.markdown(groups, showsMemoFirst: memos))
    default:
      context.standardOutput.write(SegmentWriter.text(groups, showsMemoFirst: memos))
      if !groups.isEmpty { context.print("") }
      context.print(summary)
    }
  }
}
