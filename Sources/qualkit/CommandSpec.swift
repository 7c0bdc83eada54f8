/// What a subcommand accepts and how it describes itself in `--help`.
struct CommandSpec: Sendable {
  /// The command's words after `qualkit`, like `transcript show`.
  var name: String
  /// One line for the command list.
  var summary: String
  /// The usage line, like `qualkit transcript show FILE [--format text|json]`.
  var usage: String
  /// The options that take a value, by name without dashes.
  var options: Set<String> = []
  /// The flags (options without a value), by name without dashes.
  var flags: Set<String> = []
  /// The options that may be given more than once (lists); any other option
  /// given twice is a usage error rather than a silent choice of one value.
  var repeatable: Set<String> = []
  /// The body of `--help` after the usage line: arguments, options, examples.
  var help: String = ""

  /// The full `--help` text.
  var helpText: String {
    var text = "OVERVIEW: \(summary)\n\nUSAGE: \(usage)\n"
    if !help.isEmpty { text += "\n" + help }
    if !text.hasSuffix("\n") { text += "\n" }
    return text
  }
}
