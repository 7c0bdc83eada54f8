import QualKit

extension PseudonymizeCommand {
  /// Prints what a run did or would do, and decides the exit status: 1
  /// when an original was left where it was.
  static func report(
    _ plan: PseudonymizationPlan, options: Options, arguments: Arguments,
    context: inout ToolContext
  ) throws(CLIError) -> ExitCode {
    let isDryRun = arguments.has("dry-run")
    context.report(plan.diagnostics)
    let replaced = plan.occurrences.filter { $0.reason == nil }
    if isDryRun {
      for occurrence in replaced {
        let place = occurrence.place == .text ? "" : "\(occurrence.place): "
        context.print(
          "\(occurrence.location): \(place)\(occurrence.found) → \(occurrence.pseudonym ?? "")")
      }
    } else {
      var counts: [String: Int] = [:]
      for occurrence in replaced { counts[occurrence.file, default: 0] += 1 }
      for (path, count) in counts.sorted(by: { $0.key < $1.key }) {
        let moved = plan.removals.contains(path) ? " (written as plain text)" : ""
        context.print("\(path): \(counted(count, "original")) replaced\(moved)")
      }
    }
    // The same original left for the same reason in one file, once.
    var groups: [(first: PseudonymOccurrence, count: Int)] = []
    for occurrence in plan.left {
      if let index = groups.firstIndex(where: {
        $0.first.file == occurrence.file && $0.first.found == occurrence.found
          && $0.first.reason == occurrence.reason
      }) {
        groups[index].count += 1
      } else {
        groups.append((occurrence, 1))
      }
    }
    for (occurrence, count) in groups {
      let more = count == 1 ? "" : " (and \(counted(count - 1, "more place")) in this file)"
      let place = occurrence.place == .text ? "" : " (\(occurrence.place))"
      context.printError(
        "\(occurrence.location): warning: '\(occurrence.found)'\(place) left as it is\(more): \(occurrence.reason ?? "")"
      )
    }
    for path in plan.binaryFiles {
      context.printError("\(path): warning: not a text file, so not searched; check it by hand")
    }
    try reportProposals(plan.proposals, arguments: arguments, context: &context)
    let files = Set(replaced.map(\.file)).count
    let newNames = counted(plan.addedToKey.count, "new original")
    let pseudonyms = counted(plan.key.pseudonyms.count, "pseudonym")
    var summary =
      isDryRun
      ? "dry run: \(counted(replaced.count, "original")) in \(counted(files, "file")) would be replaced (\(counted(plan.transcriptsChanged, "transcript"))); "
        + "\(counted(plan.codingsMoved, "coding")) would move with their words"
      : "replaced \(counted(replaced.count, "original")) in \(counted(files, "file")) (\(counted(plan.transcriptsChanged, "transcript"))); "
        + "\(counted(plan.codingsMoved, "coding")) moved with their words"
    if plan.codingsGrown > 0 {
      summary += ", \(plan.codingsGrown) grown to a whole pseudonym"
    }
    summary +=
      isDryRun
      ? "; the key would have \(pseudonyms) (\(newNames)); nothing written"
      : "; \(options.keyPath): \(pseudonyms) (\(newNames))"
    if let out = arguments.value("out"), !isDryRun { summary += "; wrote the copy to \(out)/" }
    context.print(summary)
    if !isDryRun && arguments.value("out") == nil && !replaced.isEmpty
      && context.folder.isFolder(options.layout.reportFolder)
    {
      context.printError(
        "note: \(options.layout.reportFolder)/ was written from the text before; write it again ('qualkit report') before sharing"
      )
    }
    guard plan.left.isEmpty else {
      context.printError(
        "\(counted(plan.left.count, "original")) left as \(plan.left.count == 1 ? "it is" : "they are") (listed above); 'qualkit pseudonymize --check' reports \(plan.left.count == 1 ? "it" : "them") until changed by hand"
      )
      return .failure
    }
    return .success
  }

  /// Prints the names detector's proposals and writes them for review.
  private static func reportProposals(
    _ proposals: [NameProposer.Proposal], arguments: Arguments, context: inout ToolContext
  ) throws(CLIError) {
    for proposal in proposals {
      let category = proposal.category.map { "\($0), " } ?? ""
      context.print(
        "\(proposal.file):\(proposal.position): proposal: \(proposal.text) (\(category)\(counted(proposal.count, "time")))"
      )
    }
    guard let path = arguments.value("proposals") else {
      if !proposals.isEmpty {
        context.printError(
          "note: \(counted(proposals.count, "name")) proposed, none replaced; add those that identify someone to the names list (--names), or write them for review with --proposals FILE"
        )
      }
      return
    }
    do throws(StorageError) {
      try AtomicFile.write(
        Array(NameProposer.namesCSV(proposals).utf8), to: context.url(for: path),
        displayPath: path, permissions: 0o600)
    } catch {
      throw CLIError(error)
    }
    context.printError(
      "note: wrote \(counted(proposals.count, "proposal")) to \(path): delete the rows that name no one, fill in the categories, and pass it with --names"
    )
  }

  /// `1 original`, `2 originals`.
  static func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
  }
}
