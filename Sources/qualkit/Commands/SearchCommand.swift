import QualKit

/// `qualkit search`: keyword in context over the project's transcripts.
enum SearchCommand {
  static let spec = CommandSpec(
    name: "search",
    summary: "Find words, phrases and stems in the transcripts, shown in context.",
    positionals: "PATTERN...",
    arguments: [
      .init(
        name: "PATTERN",
        help: """
          Patterns in the codebook's keyword language: a word (stress), a phrase
          (tage det roligt), a stem (mestr*), re:EXPRESSION, or -PATTERN after '--' to
          leave out hits (-- -stressfri). Case, and æ/ae, ø/oe, å/aa, do not matter.
          """)
    ],
    options: OptionSpec.codingFilters.filter {
      ["transcript", "speakers", "attribute"].contains($0.name)
    } + [
      .option(
        "context", value: "N",
        help: "Show N whole lines before and after each hit, as grep -C does."),
      .option("format", value: "text|json|csv", help: "text (the default), json or csv."),
      .option(
        "code", value: "ID",
        help: """
          Add the hits as proposals of this code (for review) to the coding file of
          --coder; codings already there are kept, a hit already there is not added again.
          """),
      .option("coder", value: "NAME", help: "The coder whose file --code adds to."),
      .codebook,
      .transcripts,
    ],
    discussion: """
      The patterns are matched exactly as autocode matches a code's keywords, so
      a search shows what a keyword rule would propose (at --scope hit). Hits are
      listed by transcript and position, with the line, the speaker and role, and
      the text around them; on a terminal the hit is highlighted. A pattern the
      keyword language rejects is exit 65.
      """,
    examples: [
      "qualkit search \"stress*\"",
      "qualkit search \"stress*\" -- -stressfri",
      "qualkit search \"hænger sammen\" --speakers participant --context 1",
      "qualkit search \"stress*\" --attribute group=TKI2 --format csv > stress.csv",
      "qualkit search \"stress*\" --code stress --coder anna",
    ])

  static let command = Command(spec: spec) { arguments, context throws(CLIError) in
    guard !arguments.positionals.isEmpty else {
      throw .usage("expected at least one PATTERN", usage: spec.usage)
    }
    let format = try arguments.choice(
      "format", in: ["text", "json", "csv"], default: "text", spec: spec)
    let lines = try arguments.integer("context", spec: spec) ?? 0
    let code = arguments.value("code")
    let coderName = arguments.value("coder")
    if (code == nil) != (coderName == nil) {
      throw .usage("--code and --coder go together", usage: spec.usage)
    }
    let coder = try coderName.map { name throws(CLIError) in
      try context.validateCoder(name, usage: spec.usage)
    }
    let search: KeywordSearch
    do throws(KeywordPatternError) {
      search = try KeywordSearch(patterns: arguments.positionals)
    } catch {
      throw .dataError("error: \(error.message)")
    }
    var filter = CodingFilter()
    for condition in arguments.options["attribute"] ?? [] where !filter.addAttribute(condition) {
      throw .usage("--attribute needs KEY=VALUE, not '\(condition)'", usage: spec.usage)
    }
    filter.transcripts = arguments.list("transcript")
    filter.roles = arguments.list("speakers")
    let (catalog, index) = try context.load(usage: spec.usage) { reader throws(ProjectError) in
      let catalog = try reader.catalog(folder: arguments.value("transcripts"))
      guard code != nil else { return (catalog, CodebookIndex?.none) }
      let path = try reader.codebookPath(arguments.value("codebook"))
      return (catalog, CodebookIndex(try reader.codebook(at: path)))
    }
    var diagnostics: [Diagnostic] = []
    let hits: [SearchHit]
    do throws(CodingFilterError) {
      hits = try search.hits(in: catalog, filter: filter, diagnostics: &diagnostics)
    } catch {
      throw .dataError("error: \(error)")
    }
    context.report(diagnostics)

    if let code, let coder, let index {
      guard let entry = index[code] else {
        let hint = Suggestions.nearest(to: code, in: index.ids).map { " (did you mean '\($0)'?)" }
        throw .dataError("error: no code '\(code)' in the codebook\(hint ?? "")")
      }
      guard entry.code.isCodable else {
        throw .dataError("error: code '\(code)' is a group that is not codable")
      }
      let path = context.layout.codingFile(forCoder: coder)
      let proposals = KeywordSearch.proposals(hits, code: code, coder: coder, catalog: catalog)
      let added = try context.updateCodings(path) { codings throws(CLIError) -> Int in
        var existing = Set(codings.map { Position($0) })
        var added = 0
        for coding in proposals where existing.insert(Position(coding)).inserted {
          codings.append(coding)
          added += 1
        }
        return added
      }
      context.print(
        "\(hits.count) hit\(hits.count == 1 ? "" : "s"); added \(added) proposal\(added == 1 ? "" : "s") of \(code) to \(path) (\(hits.count - added) were already there); review them with: qualkit review --coder \(coder)"
      )
      return ExitCode(diagnostics)
    }
    switch format {
    case "json": context.standardOutput.write(TableFormat.json.render([table(hits, catalog)]))
    case "csv": context.standardOutput.write(TableFormat.csv.render([table(hits, catalog)]))
    default:
      let highlights = context.highlightsOutput
      context.standardOutput.write(
        lines > 0
          ? SearchWriter.lines(hits, catalog: catalog, context: lines, highlights: highlights)
          : SearchWriter.keywordInContext(hits, catalog: catalog, highlights: highlights))
      let transcripts = Set(hits.map(\.transcript)).count
      context.print(
        "\(hits.count) hit\(hits.count == 1 ? "" : "s") in \(transcripts) transcript\(transcripts == 1 ? "" : "s")"
      )
    }
    return ExitCode(diagnostics)
  }

  private static func table(_ hits: [SearchHit], _ catalog: TranscriptCatalog) -> Table {
    SearchWriter.records(hits, catalog: catalog)
  }

  /// A coding's code, transcript and span: a hit already coded so is not added again.
  private struct Position: Hashable {
    var transcript: String
    var code: String
    var span: Span

    init(_ coding: Coding) {
      transcript = coding.transcript
      code = coding.code
      span = coding.span
    }
  }
}
