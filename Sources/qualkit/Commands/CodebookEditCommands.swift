import QualKit

/// `qualkit codebook rename|move|merge|add`: codebook edits that carry the
/// project's codings with them.
enum CodebookEditCommands {
  private static let shared: [OptionSpec] = [
    .flag("dry-run", help: "List what would change and write nothing."),
    .codebook,
  ]

  private static let discussion = """
    The codebook and every coding file in Codings/ change in one step: all
    new files are written first and then put in place, so either every file
    changes or none does. A coding file with malformed lines stops the edit
    before anything is written (exit 65).
    """

  static let renameSpec = CommandSpec(
    name: "codebook rename",
    summary: "Give a code a new id, in the codebook and in every coding file.",
    positionals: "OLD NEW",
    arguments: [
      .init(name: "OLD", help: "The code's id."), .init(name: "NEW", help: "Its new id (unused)."),
    ],
    options: shared, discussion: discussion,
    examples: ["qualkit codebook rename mastery coping --dry-run"])

  static let rename = Command(spec: renameSpec) { arguments, context throws(CLIError) in
    let ids = try positionals(arguments, count: 2, spec: renameSpec)
    return try run(.renameCode(from: ids[0], to: ids[1]), arguments, spec: renameSpec, &context)
  }

  static let moveSpec = CommandSpec(
    name: "codebook move",
    summary: "Move a code (with its sub-codes) under another code.",
    positionals: "CODE",
    arguments: [.init(name: "CODE", help: "The code to move.")],
    options: [
      .option(
        "under", value: "PARENT",
        help: "The code to move it under (it goes last among its children).", required: true)
    ] + shared,
    discussion: discussion,
    examples: ["qualkit codebook move feeling-safe --under coherence --dry-run"])

  static let move = Command(spec: moveSpec) { arguments, context throws(CLIError) in
    let ids = try positionals(arguments, count: 1, spec: moveSpec)
    return try run(
      .move(code: ids[0], under: arguments.value("under")), arguments, spec: moveSpec, &context)
  }

  static let mergeSpec = CommandSpec(
    name: "codebook merge",
    summary: "Merge codes into one; their codings are recoded, origin and memo kept.",
    positionals: "FROM...",
    arguments: [.init(name: "FROM", help: "The codes to merge (removed from the codebook).")],
    options: [
      .option("into", value: "CODE", help: "The code that takes their codings.", required: true)
    ] + shared,
    discussion: discussion + """

      Each recoded coding keeps its origin, status and memo, and its memo
      notes the old code ("merged from code 'X'"). Sub-codes of a merged code
      move under CODE.
      """,
    examples: ["qualkit codebook merge plan-adjusted --into joint-plan --dry-run"])

  static let merge = Command(spec: mergeSpec) { arguments, context throws(CLIError) in
    guard !arguments.positionals.isEmpty else {
      throw .usage("expected at least one FROM code", usage: mergeSpec.usage)
    }
    let into = arguments.value("into") ?? ""
    return try run(
      .merge(from: arguments.positionals, into: into), arguments, spec: mergeSpec, &context)
  }

  static let addSpec = CommandSpec(
    name: "codebook add",
    summary: "Add a code to the codebook.",
    positionals: "ID",
    arguments: [.init(name: "ID", help: "The new code's id (unused).")],
    options: [
      .option("label", value: "TEXT", help: "The code's label.", required: true),
      .option("under", value: "PARENT", help: "The code to add it under (default: the top)."),
      .option("definition", value: "TEXT", help: "What the code means."),
    ] + shared,
    examples: [
      "qualkit codebook add peers --label \"Peer support\" --under mastery --dry-run"
    ])

  static let add = Command(spec: addSpec) { arguments, context throws(CLIError) in
    let ids = try positionals(arguments, count: 1, spec: addSpec)
    let code = Code(
      id: ids[0], label: arguments.value("label") ?? "",
      definition: arguments.value("definition"))
    return try run(.add(code, under: arguments.value("under")), arguments, spec: addSpec, &context)
  }

  private static func positionals(_ arguments: Arguments, count: Int, spec: CommandSpec)
    throws(CLIError) -> [String]
  {
    guard arguments.positionals.count == count else {
      throw .usage(
        "expected \(spec.positionals), got \(arguments.positionals.count) argument\(arguments.positionals.count == 1 ? "" : "s")",
        usage: spec.usage)
    }
    return arguments.positionals
  }

  /// Plans the edit on the project's files and writes them all, or lists them (`--dry-run`).
  private static func run(
    _ edit: CodebookEdit, _ arguments: Arguments, spec: CommandSpec, _ context: inout ToolContext
  ) throws(CLIError) -> ExitCode {
    _ = try context.writableLayout()
    let codebookPath = try context.load(usage: spec.usage) { reader throws(ProjectError) in
      try reader.codebookPath(arguments.value("codebook"))
    }
    let reader = ProjectReader(folder: context.folder, layout: context.layout)
    let isDryRun = arguments.has("dry-run")
    let plan: CodebookEditPlan
    do throws(CodingStore.UpdateError<ProjectError>) {
      // The coding files are listed under the codebook's lock, so that one a
      // `tag` creates meanwhile is edited too.
      var codingPaths: [String] = []
      let specPaths = reader.surveySpecPaths()
      plan = try CodingStore(folder: context.folder).updateAll(
        guards: [codebookPath],
        listing: { () throws(ProjectError) -> [String] in
          codingPaths = try reader.codingPaths()
          return codingPaths + specPaths
        },
        change: { contents throws(ProjectError) in
          guard let codebook = contents[codebookPath] ?? nil else {
            throw ProjectError(StorageError(.notFound, path: codebookPath))
          }
          let files = codingPaths.compactMap { path in
            (contents[path] ?? nil).map { (path: path, bytes: $0) }
          }
          let specs = specPaths.compactMap { path in
            (contents[path] ?? nil).map { (path: path, bytes: $0) }
          }
          let plan = try CodebookEditPlan(
            edit, codebookPath: codebookPath, codebookBytes: codebook, codingFiles: files,
            surveySpecs: specs)
          return (isDryRun ? [] : plan.writes, plan)
        })
    } catch {
      throw CLIError(error, usage: spec.usage)
    }
    context.report(plan.diagnostics)
    for change in plan.changes { context.print("\(change.path): \(change.summary)") }
    let files = "\(plan.changes.count) file\(plan.changes.count == 1 ? "" : "s")"
    context.print(isDryRun ? "dry run: \(files) would change; nothing written" : "\(files) written")
    return .success
  }
}
