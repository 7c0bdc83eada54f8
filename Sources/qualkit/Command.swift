/// A subcommand: what it accepts and what it does.
struct Command: Sendable {
  /// The command's arguments, options and help.
  var spec: CommandSpec
  /// Runs the command with parsed arguments.
  var run: @Sendable (Arguments, inout ToolContext) throws(CLIError) -> ExitCode
}
