import QualKit

/// `qualkit saturation`: new codes per interview, the cumulative curve and
/// Guest, Namey & Chen's (2020) saturation assessment.
enum SaturationCommand {
  static let spec = CommandSpec(
    name: "saturation",
    summary: "Thematic saturation: new codes per interview and Guest et al.'s base+run test.",
    options: [
      .option(
        "order", value: "date|file|ATTRIBUTE",
        help: """
          The interview order (default: date when every transcript has one written
          YYYY-MM-DD, else file name); an attribute's numbers sort by value, other
          values as written.
          """),
      .option("base", value: "N", help: "Interviews in the base (default: 4)."),
      .option("run", value: "N", help: "Interviews in a run (default: 2)."),
      .option(
        "threshold", value: "P",
        help: "The most new information a run may add, as 0.05 or 5% (default: 5%)."),
      .option(
        "by", value: "ATTRIBUTE",
        help: "Assess each group of this attribute too (default: role, when present)."),
      .option(
        "resamples", value: "N", help: "Random interview orders for the spread (default: 1000)."),
      .option("seed", value: "N", help: "The seed of the random orders (default: 1)."),
      .option("lang", value: "en|da", help: "The language of the tables (default: en)."),
      .tableFormat,
    ] + OptionSpec.codingFilters + [.codebook, .transcripts],
    discussion: """
      Counts the distinct codes of each interview's accepted segments (the
      coders and filters of 'qualkit matrix'), in interview order. The base is
      the first N interviews, and its codes are the denominator; a run is the
      next interviews; saturation is reached at the first run whose new codes
      are at most the threshold of the base's, stated as base+run, <= threshold
      (Guest, Namey & Chen 2020, PLOS ONE 15(5): e0232076). Interviews without
      accepted codings are left out and named. Random orders (seeded) show how
      much the saturation point depends on the order. Too few interviews for
      the base and a run give the reason, not a number; interviews without the
      order attribute are named (exit 65).
      """,
    examples: [
      "qualkit saturation",
      "qualkit saturation --order file --base 2 --run 1 --threshold 0",
      "qualkit saturation --by group --format md",
    ])

  static let command = Command(spec: spec) { arguments, context throws(CLIError) in
    let format = try arguments.choice("format", in: TableFormat.names, default: "text", spec: spec)
    let words = try arguments.vocabulary(spec: spec)
    var options = Saturation.Options()
    options.base = try arguments.integer("base", minimum: 1, spec: spec) ?? options.base
    options.run = try arguments.integer("run", minimum: 1, spec: spec) ?? options.run
    options.threshold = try arguments.share("threshold", spec: spec) ?? options.threshold
    let resamples = try arguments.integer("resamples", minimum: 1, spec: spec) ?? 1000
    let seed = try arguments.seed(spec: spec)
    let (project, _, selection) = try context.codedSegments(arguments, spec: spec)
    let transcripts = selection.transcripts
    let order =
      arguments.value("order").map(TranscriptOrder.init)
      ?? SaturationReport.defaultOrder(transcripts)
    let attributes = Set(transcripts.flatMap(\.attributes.keys))
    if case .attribute(let name) = order, !attributes.contains(name) {
      throw .dataError(
        "error: no transcript has the attribute '\(name)' to order by"
          + Suggestions.hint(nearest: Suggestions.nearest(to: name, in: attributes, limit: 3)))
    }
    let by = arguments.value("by") ?? (attributes.contains("role") ? "role" : nil)
    if let by { try MatrixCommands.checkAttribute(by, in: selection, spec: spec) }
    do throws(SaturationError) {
      let report = try SaturationReport(
        transcripts: order.sorted(transcripts), segments: selection.segments, order: order,
        groupAttribute: by, options: options, resamples: resamples, seed: seed)
      var tables = [report.curveTable(words)]
      if by != nil { tables.append(report.summaryTable(words)) }
      context.standardOutput.write((TableFormat(rawValue: format) ?? .text).render(tables))
    } catch {
      throw .dataError("error: \(error)")
    }
    return ExitCode(project.diagnostics)
  }
}
