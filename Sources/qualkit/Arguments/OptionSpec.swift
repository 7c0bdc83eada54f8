/// One option a command declares: its name, its value, its help and how often it may be given.
///
/// The declarations are the single source of a command's usage line, the
/// OPTIONS section of its `--help` and what ``Arguments`` accepts.
struct OptionSpec: Sendable {
  /// The name without dashes, like `format`.
  var name: String
  /// What the value is called in usage and help (`FILE`, `text|json`); `nil` for a flag.
  var valueName: String?
  /// The help text, joined and wrapped at 80 columns.
  ///
  /// A line that starts with spaces stays a line of its own, indented by
  /// those spaces (see ``CommandSpec/wrap(_:width:)``).
  var help: String
  /// Whether the option may be given more than once (a list).
  var isRepeatable: Bool = false
  /// Whether the command needs the option; the usage line shows it without brackets.
  var isRequired: Bool = false
  /// Whether the value may be left out (`--model` or `--model=FILE`, as
  /// git's `--abbrev[=N]`): only `--name=value` gives one, so the next
  /// argument is never taken for it.
  var hasOptionalValue: Bool = false

  /// Whether the option is a flag, taking no value.
  var isFlag: Bool { valueName == nil }

  /// An option that takes a value.
  static func option(
    _ name: String, value valueName: String, help: String, repeatable: Bool = false,
    required: Bool = false
  ) -> OptionSpec {
    OptionSpec(
      name: name, valueName: valueName, help: help, isRepeatable: repeatable,
      isRequired: required)
  }

  /// An option whose value may be left out: `--name` alone, or `--name=value`.
  static func optionalValue(_ name: String, value valueName: String, help: String) -> OptionSpec {
    OptionSpec(name: name, valueName: valueName, help: help, hasOptionalValue: true)
  }

  /// A flag: an option without a value.
  static func flag(_ name: String, help: String) -> OptionSpec {
    OptionSpec(name: name, valueName: nil, help: help)
  }

  /// The option's part of the usage line, like `[--format text|json]` or `--coder NAME`.
  var usage: String {
    let word = label
    let shown = isRequired ? word : "[\(word)]"
    // A value that is already a list (`ID,...`, `a,b,c`) needs no second mark.
    let isList = valueName?.contains(",") ?? false
    return isRepeatable && !isList ? shown + "..." : shown
  }

  /// The option as the OPTIONS section lists it, like `--format text|json`.
  var label: String {
    if hasOptionalValue, let valueName { return "--\(name)[=\(valueName)]" }
    return valueName.map { "--\(name) \($0)" } ?? "--\(name)"
  }
}

extension OptionSpec {
  /// `--codebook FILE`, shared by the commands that read the codebook.
  static let codebook = OptionSpec.option(
    "codebook", value: "FILE", help: "The codebook (default: the only .json in Codebooks/).")

  /// `--transcripts DIR`, shared by the commands that read transcripts.
  static let transcripts = OptionSpec.option(
    "transcripts", value: "DIR", help: "Where transcripts are (default: Transcripts).")

  /// `--merged FILE`, shared by the commands that count coders.
  static let merged = OptionSpec.option(
    "merged", value: "FILE",
    help: "Count this merge file (qualkit merge --out) instead of the coders it merged.",
    repeatable: true)

  /// `--allow-stale`, shared by the commands that quote coded text.
  static let allowStale = OptionSpec.flag(
    "allow-stale",
    help: """
      Quote codings whose transcript changed under them from the text they stored,
      marked, instead of refusing (run 'qualkit reanchor' first where you can).
      """)

  /// `--coders NAME,...`, shared by `agree` and `merge`.
  static let coders = OptionSpec.option(
    "coders", value: "NAME,...",
    help: "Only these coders' codings (an accepted proposal is its reviewer's).",
    repeatable: true)

  /// `--all-kinds`, shared by `agree` and `merge`.
  static let allKinds = OptionSpec.flag(
    "all-kinds",
    help: """
      Count auto-coding proposals and merged files as coders too. Without it they are
      left out, with a note.
      """)
}
