import QualKit

/// The tool's version, printed by `qualkit --version`.
let toolVersion = "0.1.0"

/// Every subcommand, in the order `qualkit --help` lists them.
let allCommands: [Command] = [
  InitCommand.command,
  TranscriptCommands.show,
  TranscriptCommands.list,
  TranscriptCheckCommand.command,
  TranscriptImportTagsCommand.command,
  CodebookCommands.show,
  CodebookCommands.validate,
  CodebookDocumentCommands.export,
  CodebookDocumentCommands.importCommand,
  CodebookEditCommands.rename,
  CodebookEditCommands.move,
  CodebookEditCommands.merge,
  CodebookEditCommands.add,
  AutocodeCommand.command,
  LearnCommand.command,
  TagCommands.tag,
  TagCommands.untag,
  ReviewCommand.command,
  CodingsCommand.command,
  SearchCommand.command,
  SegmentsCommands.segments,
  SegmentsCommands.memos,
  ReanchorCommand.command,
  ReliabilityCommand.command,
  AgreeCommand.command,
  MergeCommand.command,
  SurveyCommands.describe,
  SurveyCommands.infer,
  SurveyImportCommand.command,
  MatrixCommands.matrix,
  MatrixCommands.cooccurrence,
  MixedMethodsCommands.quantitize,
  MixedMethodsCommands.joint,
  ReportCommand.command,
  ExportCommands.qdc,
  ExportCommands.qdpx,
  ImportCommands.qdc,
  ImportCommands.qdpx,
  MergeDriverCommand.command,
]

/// Runs `qualkit` with `arguments` (without the program name) and returns its exit status.
///
/// This is the whole tool: `main` only wires it to the process's streams, and
/// the tests call it directly.
func runTool(_ arguments: [String], context: inout ToolContext) -> ExitCode {
  var arguments = arguments
  // `-C DIR` (repeatable, like git's) runs as if started in DIR.
  while arguments.first == "-C" {
    guard arguments.count >= 2 else {
      context.printError("error: option '-C' needs a folder\nusage: qualkit -C DIR <command> ...")
      return .usage
    }
    guard context.folder.isFolder(arguments[1]) else {
      context.printError("error: cannot change to '\(arguments[1])': no such folder")
      return .noInput
    }
    context.currentDirectory = context.url(for: arguments[1])
    arguments.removeFirst(2)
  }
  guard let first = arguments.first else {
    context.standardOutput.write(mainHelp())
    return .success
  }
  if first == "--help" || first == "-h" {
    context.standardOutput.write(mainHelp())
    return .success
  }
  if first == "--version" {
    context.print("qualkit \(toolVersion)")
    return .success
  }
  if first == "help" {
    let rest = Array(arguments.dropFirst())
    if rest.isEmpty {
      context.standardOutput.write(mainHelp())
      return .success
    }
    return runTool(rest + ["--help"], context: &context)
  }
  guard let (command, rest) = resolve(arguments) else {
    let groupNames = Set(allCommands.map { String($0.spec.name.split(separator: " ")[0]) })
    if groupNames.contains(first) {
      let subcommands = allCommands.filter { $0.spec.name.hasPrefix(first + " ") }
      if arguments.count == 1 || arguments[1] == "--help" || arguments[1] == "-h" {
        if arguments.count == 1 {
          context.printError("error: missing subcommand for '\(first)'")
          context.standardError.write(groupHelp(first, subcommands))
          return .usage
        }
        context.standardOutput.write(groupHelp(first, subcommands))
        return .success
      }
      let names = subcommands.map { String($0.spec.name.split(separator: " ")[1]) }
      let hint =
        Suggestions.nearest(to: arguments[1], in: names).map { " (did you mean '\($0)'?)" } ?? ""
      context.printError("error: unknown subcommand '\(first) \(arguments[1])'\(hint)")
      context.printError("usage: qualkit \(first) <\(names.joined(separator: "|"))> ...")
      context.printError("See 'qualkit --help'.")
      return .usage
    }
    let hint =
      Suggestions.nearest(to: first, in: groupNames).map { " (did you mean '\($0)'?)" } ?? ""
    context.printError("error: unknown command '\(first)'\(hint)")
    context.printError("usage: qualkit <command> [options]")
    context.printError("See 'qualkit --help'.")
    return .usage
  }
  do throws(CLIError) {
    let parsed = try Arguments(parsing: rest, spec: command.spec)
    if parsed.has("help") {
      context.standardOutput.write(command.spec.helpText)
      return .success
    }
    return try command.run(parsed, &context)
  } catch {
    context.printError(error.message)
    return error.exitCode
  }
}

/// Finds the command named by the first one or two arguments.
private func resolve(_ arguments: [String]) -> (Command, [String])? {
  if arguments.count >= 2,
    let command = allCommands.first(where: { $0.spec.name == "\(arguments[0]) \(arguments[1])" })
  {
    return (command, Array(arguments.dropFirst(2)))
  }
  if let command = allCommands.first(where: { $0.spec.name == arguments[0] }) {
    return (command, Array(arguments.dropFirst()))
  }
  return nil
}

private func mainHelp() -> String {
  let width = (allCommands.map(\.spec.name.count).max() ?? 0) + 2
  var text = """
    OVERVIEW: QualKit: code qualitative interviews from the command line.

    USAGE: qualkit [-C DIR] <command> [options]

    COMMANDS:

    """
  for command in allCommands {
    let name = command.spec.name
    text +=
      "  " + name + String(repeating: " ", count: width - name.count) + command.spec.summary + "\n"
  }
  text += """

    OPTIONS:
      -h, --help    Show help for qualkit or for a command.
      --version     Show the version.
      -C DIR        Run as if started in DIR (the project is found from there
                    upwards, as git finds .git).

    Run 'qualkit <command> --help' for a command's options.

    EXIT CODES: 0 ok, 1 failure, 64 usage error, 65 invalid input data,
                66 missing or unreadable input.

    """
  return text
}

private func groupHelp(_ group: String, _ commands: [Command]) -> String {
  var text = "USAGE: qualkit \(group) <subcommand> [options]\n\nSUBCOMMANDS:\n"
  let width = (commands.map(\.spec.name.count).max() ?? 0) + 2
  for command in commands {
    let name = command.spec.name
    text +=
      "  " + name + String(repeating: " ", count: width - name.count) + command.spec.summary + "\n"
  }
  return text
}
