import QualKit

/// `qualkit reanchor`: moves the codings of corrected transcripts to where
/// their text now stands.
enum ReanchorCommand {
  static let spec = CommandSpec(
    name: "reanchor",
    summary: "Move codings of changed transcripts to where their coded text now stands.",
    positionals: "[TRANSCRIPT...]",
    arguments: [
      .init(name: "TRANSCRIPT", help: "Transcript ids or files (default: every transcript).")
    ],
    options: [
      .flag("dry-run", help: "List what would move and write nothing."),
      .transcripts,
    ],
    discussion: """
      A coding whose transcript changed after it was coded (its hash differs)
      is looked up by its exact stored text: found once, its span, lines and
      hash are updated; found nowhere or several times, it is listed and left
      as it is (exit 1). Every coding file changes in one step, or none does.
      """,
    examples: ["qualkit reanchor", "qualkit reanchor B01 --dry-run"])

  static let command = Command(spec: spec) { arguments, context throws(CLIError) in
    _ = try context.writableLayout()
    let catalog = try context.load(usage: spec.usage) { reader throws(ProjectError) in
      try reader.catalog(folder: arguments.value("transcripts"))
    }
    var transcripts = catalog.byID
    if !arguments.positionals.isEmpty {
      transcripts = [:]
      for reference in arguments.positionals {
        let transcript = try context.transcript(reference, in: catalog, usage: spec.usage)
        transcripts[transcript.id] = transcript
      }
    }
    let paths = try context.load(usage: spec.usage) { reader throws(ProjectError) in
      try reader.codingPaths()
    }
    let isDryRun = arguments.has("dry-run")
    let plan: ReanchorPlan
    do throws(CodingStore.UpdateError<ProjectError>) {
      plan = try CodingStore(folder: context.folder).updateAll(
        listing: { () throws(ProjectError) in paths },
        change: { contents throws(ProjectError) in
          let files = paths.compactMap { path in
            (contents[path] ?? nil).map { (path: path, bytes: $0) }
          }
          let plan = try ReanchorPlan(codingFiles: files, transcripts: transcripts)
          return (isDryRun ? [] : plan.writes, plan)
        })
    } catch {
      throw CLIError(error, usage: spec.usage)
    }
    context.report(plan.diagnostics)
    for entry in plan.entries {
      let coding = entry.reanchoring.coding
      let place = entry.reanchoring.line.map { "\(entry.path):\($0)" } ?? entry.path
      let label = "\(coding.transcript) \(coding.code) (\(coding.coder))"
      switch entry.reanchoring.outcome {
      case .moved(let from) where from == coding.span:
        context.print("\(place): \(label) \(coding.span): text unchanged, hash updated")
      case .moved(let from)
      where (from.firstLine, from.lastLine) == (coding.span.firstLine, coding.span.lastLine):
        let shift = coding.span.start - from.start
        context.print(
          "\(place): \(label) \(coding.span): offsets moved by \(shift > 0 ? "+" : "")\(shift) "
            + "(text before it changed)")
      case .moved(let from):
        context.print("\(place): \(label) moved from \(from) to \(coding.span)")
      case .notFound:
        context.printError(
          "\(place): warning: \(label) \(coding.span): the coded text is no longer in the transcript; left as it is"
        )
      case .ambiguous(let spans):
        let places = spans.map(\.description).joined(separator: ", ")
        context.printError(
          "\(place): warning: \(label) \(coding.span): the coded text stands at several places (\(places)); left as it is"
        )
      case .noText:
        context.printError(
          "\(place): warning: \(label) \(coding.span): the coding stores no text to look for; left as it is"
        )
      }
    }
    let moved = plan.entries.count - plan.left.count
    let files = "\(plan.writes.count) file\(plan.writes.count == 1 ? "" : "s")"
    let summary =
      plan.entries.isEmpty
      ? "no coding of a changed transcript; nothing to do"
      : "\(moved) coding\(moved == 1 ? "" : "s") re-anchored"
        + (isDryRun ? " (dry run: \(files) would change; nothing written)" : " in \(files)")
        + (plan.left.isEmpty
          ? ""
          : "; \(plan.left.count) left as \(plan.left.count == 1 ? "it was" : "they were") (listed above)")
    context.print(summary)
    return plan.left.isEmpty ? .success : .failure
  }
}
