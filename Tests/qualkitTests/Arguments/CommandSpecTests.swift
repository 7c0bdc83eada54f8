import Testing

@testable import qualkit

/// The usage line, the help and the parser of every command come from one declaration.
@Suite struct CommandSpecTests {
  /// Every command's name, for parameterised tests.
  static let commandNames = allCommands.map(\.spec.name)

  private static func spec(_ name: String) throws -> CommandSpec {
    try #require(allCommands.first { $0.spec.name == name }).spec
  }

  /// The lines of the OPTIONS section of `help`.
  private static func optionsSection(_ help: String) throws -> [Substring] {
    let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
    let start = try #require(lines.firstIndex(of: "OPTIONS:"))
    let end = lines[start...].firstIndex(of: "") ?? lines.endIndex
    return Array(lines[(start + 1)..<end])
  }

  @Test("Every declared option is in the usage line", arguments: commandNames)
  func usageListsEveryOption(name: String) throws {
    let spec = try Self.spec(name)
    #expect(spec.usage.hasPrefix("qualkit \(name)"))
    for option in spec.options {
      let shown = option.isRequired ? " \(option.label)" : " [\(option.label)]"
      #expect(spec.usage.contains(shown), "\(name): --\(option.name) missing from usage")
    }
  }

  @Test(
    "Every declared option is in the OPTIONS section, and --help is last", arguments: commandNames)
  func optionsSectionListsEveryOption(name: String) throws {
    let spec = try Self.spec(name)
    let section = try Self.optionsSection(spec.helpText)
    let labels = section.filter { $0.hasPrefix("  -") }.map {
      $0.dropFirst(2).split(separator: "  ", maxSplits: 1)[0]
    }
    #expect(labels == spec.options.map { Substring($0.label) } + ["-h, --help"])
    #expect(section.last?.hasSuffix("  Show this help.") == true)
  }

  @Test("The help's usage, wrapped, says the same as the one-line usage", arguments: commandNames)
  func helpUsageMatchesUsage(name: String) throws {
    let spec = try Self.spec(name)
    let lines = spec.helpText.split(separator: "\n", omittingEmptySubsequences: false)
    let start = try #require(lines.firstIndex { $0.hasPrefix("USAGE: ") })
    let end = try #require(lines[start...].firstIndex(of: ""))
    let words = lines[start..<end].joined(separator: " ").split(separator: " ")
    #expect(words.dropFirst().joined(separator: " ") == spec.usage)
  }

  @Test("No line of any help text is wider than 80 columns", arguments: commandNames)
  func helpFitsEightyColumns(name: String) throws {
    let spec = try Self.spec(name)
    for line in spec.helpText.split(separator: "\n") {
      #expect(line.count <= 80, "\(name): \(line.count) columns: \(line)")
    }
    #expect(spec.helpText.hasSuffix("\n") && !spec.helpText.hasSuffix("\n\n"))
  }

  @Test("Arguments accepts each declared option and flag", arguments: commandNames)
  func argumentsAcceptDeclaredOptions(name: String) throws {
    let spec = try Self.spec(name)
    for option in spec.options {
      if option.hasOptionalValue {
        // `--model` alone, or `--model=v`; never the next argument.
        let bare = try Arguments(parsing: ["--\(option.name)", "v"], spec: spec)
        #expect(bare.has(option.name) && bare.positionals == ["v"])
        let valued = try Arguments(parsing: ["--\(option.name)=v"], spec: spec)
        #expect(valued.value(option.name) == "v")
        continue
      }
      if option.isFlag {
        let parsed = try Arguments(parsing: ["--\(option.name)"], spec: spec)
        #expect(parsed.has(option.name))
        #expect(throws: CLIError.self) {
          try Arguments(parsing: ["--\(option.name)=x"], spec: spec)
        }
      } else {
        let parsed = try Arguments(
          parsing: ["--\(option.name)", "v", "--\(option.name)=w"].prefix(
            option.isRepeatable ? 3 : 2
          ).map { $0 }, spec: spec)
        #expect(parsed.options[option.name] == (option.isRepeatable ? ["v", "w"] : ["v"]))
        if !option.isRepeatable {
          let error = try #require(throws: CLIError.self) {
            try Arguments(parsing: ["--\(option.name)", "v", "--\(option.name)", "w"], spec: spec)
          }
          #expect(error.exitCode == .usage)
        }
      }
    }
  }

  @Test("Arguments rejects an undeclared option with the usage line", arguments: commandNames)
  func argumentsRejectUndeclaredOption(name: String) throws {
    let spec = try Self.spec(name)
    let error = try #require(throws: CLIError.self) {
      try Arguments(parsing: ["--no-such-option"], spec: spec)
    }
    #expect(error.exitCode == .usage)
    #expect(error.message.contains("unknown option '--no-such-option'"))
    #expect(error.message.contains("usage: \(spec.usage)\n"))
  }

  @Test("Help text is wrapped at word boundaries, keeping short indented lines as they are")
  func wrapping() {
    let lines = CommandSpec.wrap(
      "one two three\nfour five\n  a   row\n\nsix", width: 10)
    #expect(lines == ["one two", "three four", "five", "  a   row", "", "six"])
    let wide = CommandSpec.wrap("  a long indented line", width: 12)
    #expect(wide == ["  a long", "  indented", "  line"])
  }

  @Test("Required options have no brackets; repeatable ones are marked unless already a list")
  func optionUsage() {
    #expect(OptionSpec.option("out", value: "FILE", help: "", required: true).usage == "--out FILE")
    #expect(
      OptionSpec.option("code", value: "ID", help: "", repeatable: true).usage == "[--code ID]...")
    #expect(
      OptionSpec.option("codes", value: "ID,...", help: "", repeatable: true).usage
        == "[--codes ID,...]")
    #expect(OptionSpec.flag("accept-all", help: "").usage == "[--accept-all]")
  }
}
