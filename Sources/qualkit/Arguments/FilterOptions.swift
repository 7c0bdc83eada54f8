import QualKit

extension OptionSpec {
  /// `--format text|md|csv|json`, shared by the commands that print tables.
  static let tableFormat = OptionSpec.option(
    "format", value: "text|md|csv|json", help: "text (the default), md, csv or json.")

  /// The filters every command that lists or counts codings takes.
  static let codingFilters: [OptionSpec] = [
    .option(
      "coder", value: "NAME",
      help: "Only this coder's codings (repeat or use commas for several).", repeatable: true),
    .option(
      "code", value: "ID", help: "Only this code and the codes below it in the codebook.",
      repeatable: true),
    .option("transcript", value: "ID", help: "Only this transcript.", repeatable: true),
    .option(
      "status", value: "STATUS", help: "proposed, accepted or rejected.", repeatable: true),
    .option(
      "speakers", value: "ROLE",
      help: """
        Only codings that start in a turn of this role (participant: every role but
        interviewer).
        """,
      repeatable: true),
    .option(
      "attribute", value: "K=V",
      help: """
        Only transcripts whose attribute K is V (repeat for several; values of one key
        are alternatives).
        """,
      repeatable: true),
    .merged,
  ]
}

extension Arguments {
  /// The coding filter the shared filter options give.
  func codingFilter(spec: CommandSpec) throws(CLIError) -> CodingFilter {
    var filter = CodingFilter()
    for name in list("status") {
      guard let status = Coding.Status(rawValue: name) else {
        throw .usage(
          "'\(name)' is not a status (proposed, accepted or rejected)", usage: spec.usage)
      }
      filter.statuses.insert(status)
    }
    for condition in options["attribute"] ?? [] where !filter.addAttribute(condition) {
      throw .usage("--attribute needs KEY=VALUE, not '\(condition)'", usage: spec.usage)
    }
    filter.codes = list("code")
    filter.coders = list("coder")
    filter.transcripts = list("transcript")
    filter.roles = list("speakers")
    return filter
  }

  /// The coder policy the options give (`--merged`; the filter's coders
  /// are taken by the selection itself).
  var coderPolicy: CoderPolicy { CoderPolicy(mergedFiles: list("merged")) }
}

extension ToolContext {
  /// Loads the project (codebook required) and selects its coded segments by
  /// the shared filter options (accepted codings unless `--status` says otherwise).
  mutating func codedSegments(_ arguments: Arguments, spec: CommandSpec) throws(CLIError)
    -> (project: Project, index: CodebookIndex, selection: CodedSegments)
  {
    let filter = try arguments.codingFilter(spec: spec)
    let project = try load(usage: spec.usage) { reader throws(ProjectError) in
      try reader.project(
        codebookPath: arguments.value("codebook"), requiresCodebook: true,
        transcriptsFolder: arguments.value("transcripts"))
    }
    guard let index = project.index else {
      throw .noInput("no codebook")
    }
    do throws(CodingFilterError) {
      let selection = try CodedSegments(
        project: project, filter: filter, policy: arguments.coderPolicy)
      // The table's preamble names the coders counted; the policy's notes
      // (files left out) are for agree, merge and report.
      return (project, index, selection)
    } catch {
      throw .dataError("error: \(error)")
    }
  }
}
