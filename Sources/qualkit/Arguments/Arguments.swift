import QualKit

/// The parsed command line of one subcommand: positionals, options and flags.
///
/// Parsing is by hand (no packages): `--name value` and `--name=value` are
/// accepted for options, `--` ends the options, `-h` means `--help`.
struct Arguments: Sendable {
  /// The arguments that are not options, in order.
  var positionals: [String] = []
  /// Option values by name (without dashes); a repeated option keeps every value.
  var options: [String: [String]] = [:]
  /// The flags that were given, by name (without dashes).
  var flags: Set<String> = []

  /// Parses `arguments` against the options and flags `spec` declares.
  ///
  /// - Throws: ``CLIError`` with exit code 64 for an unknown option or a
  ///   missing value.
  init(parsing arguments: [String], spec: CommandSpec) throws(CLIError) {
    var index = 0
    var optionsEnded = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
        positionals.append(argument)
        continue
      }
      if argument == "--" {
        optionsEnded = true
        continue
      }
      if argument == "-h" || argument == "--help" {
        flags.insert("help")
        continue
      }
      guard argument.hasPrefix("--") else {
        throw .usage("unknown option '\(argument)'", usage: spec.usage)
      }
      var name = String(argument.dropFirst(2))
      var inlineValue: String?
      if let equals = name.firstIndex(of: "=") {
        inlineValue = String(name[name.index(after: equals)...])
        name = String(name[..<equals])
      }
      guard let option = spec.option(named: name) else {
        let suggestion =
          Suggestions.nearest(to: name, in: spec.options.map(\.name))
          .map { " (did you mean '--\($0)'?)" } ?? ""
        throw .usage("unknown option '--\(name)'\(suggestion)", usage: spec.usage)
      }
      if option.isFlag {
        if inlineValue != nil {
          throw .usage("flag '--\(name)' takes no value", usage: spec.usage)
        }
        flags.insert(name)
        continue
      }
      if option.hasOptionalValue && inlineValue == nil {
        flags.insert(name)
        continue
      }
      if let earlier = options[name]?.first, !option.isRepeatable {
        throw .usage(
          "option '--\(name)' is given twice ('\(earlier)' and '\(inlineValue ?? (index < arguments.count ? arguments[index] : ""))'); give it once",
          usage: spec.usage)
      }
      if let inlineValue {
        options[name, default: []].append(inlineValue)
      } else if index < arguments.count {
        options[name, default: []].append(arguments[index])
        index += 1
      } else {
        throw .usage("option '--\(name)' needs a value", usage: spec.usage)
      }
    }
  }

  /// Whether the flag `name` was given.
  func has(_ name: String) -> Bool { flags.contains(name) }

  /// The last value of option `name`, if it was given.
  func value(_ name: String) -> String? { options[name]?.last }

  /// Every value of option `name`, splitting comma-separated lists.
  func list(_ name: String) -> [String] {
    (options[name] ?? []).flatMap { $0.split(separator: ",") }
      .map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
  }

  /// The value of option `name`, which must be one of `choices`.
  func choice(_ name: String, in choices: [String], default defaultValue: String, spec: CommandSpec)
    throws(CLIError) -> String
  {
    guard let value = value(name) else { return defaultValue }
    guard choices.contains(value) else {
      throw .usage(
        "'\(value)' is not a valid value for '--\(name)' (expected one of: \(choices.joined(separator: ", ")))",
        usage: spec.usage)
    }
    return value
  }

  /// The value of option `name` as a whole number of at least `minimum`.
  func integer(_ name: String, minimum: Int = 0, spec: CommandSpec) throws(CLIError) -> Int? {
    guard let value = value(name) else { return nil }
    guard let number = Int(value), number >= minimum else {
      throw .usage(
        "'--\(name)' needs a whole number of at least \(minimum), not '\(value)'", usage: spec.usage
      )
    }
    return number
  }
}
