/// What a subcommand accepts and how it describes itself in `--help`.
///
/// The usage line and the ARGUMENTS and OPTIONS sections of the help are
/// generated from the declarations (see `CommandSpec+Help.swift`), so they
/// cannot drift from what ``Arguments`` accepts.
struct CommandSpec: Sendable {
  /// One positional argument as the ARGUMENTS section describes it.
  struct Argument: Sendable {
    /// The name, like `FILE`.
    var name: String
    /// The help text, joined and wrapped like an option's.
    var help: String
  }

  /// The command's words after `qualkit`, like `transcript show`.
  var name: String
  /// One line for the command list.
  var summary: String
  /// The positional part of the usage line, like `CODINGS...` or `[FILE]`.
  var positionals: String = ""
  /// The positional arguments the ARGUMENTS section describes.
  var arguments: [Argument] = []
  /// The options and flags, in the order usage and help list them.
  var options: [OptionSpec] = []
  /// An alternative form, shown after the usage, like
  /// `(or TRANSCRIPT CODE --turn N | --span START-END)`.
  var usageNote: String?
  /// Free text after the OPTIONS section, already wrapped at 80 columns.
  var discussion: String = ""
  /// The EXAMPLES section, one line each (an empty string is a blank line).
  var examples: [String] = []

  /// The declared option or flag named `name` (without dashes).
  func option(named name: String) -> OptionSpec? {
    options.first { $0.name == name }
  }
}
