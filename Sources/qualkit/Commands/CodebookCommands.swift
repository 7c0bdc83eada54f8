import QualKit

/// `qualkit codebook show` and `qualkit codebook validate`.
enum CodebookCommands {
  static let showSpec = CommandSpec(
    name: "codebook show",
    summary: "Show the codebook as a tree or as JSON.",
    positionals: "[FILE]",
    arguments: [
      .init(name: "FILE", help: "The codebook (default: the only .json file in Codebooks/).")
    ],
    options: [
      .option(
        "format", value: "tree|json",
        help: "tree (the default) or json (the codebook file format, normalised)."),
      .option(
        "language", value: "CODE",
        help: "Show labels in this language where the codebook has them (e.g. da)."),
      .flag("details", help: "With each code its definition, include, exclude, example, keywords."),
    ])

  static let show = Command(spec: showSpec) { arguments, context throws(CLIError) in
    guard arguments.positionals.count <= 1 else {
      throw .usage(
        "expected at most one FILE, got \(arguments.positionals.count)", usage: showSpec.usage)
    }
    let format = try arguments.choice(
      "format", in: ["tree", "json"], default: "tree", spec: showSpec)
    let (path, codebook) = try context.load(usage: showSpec.usage) {
      reader throws(ProjectError) in
      let path = try reader.codebookPath(arguments.positionals.first)
      return (path, try reader.codebook(at: path))
    }
    if format == "json" {
      context.print(codebook.json.rendered(pretty: true))
    } else {
      let language = arguments.value("language")
      if let language {
        let known = Set(codebook.allCodes.flatMap(\.labels.keys))
        if !known.contains(language) {
          let list = known.isEmpty ? "none" : known.sorted().joined(separator: ", ")
          context.printError(
            "\(path): warning: no code has a label in '\(language)' (languages: \(list)); showing the default labels"
          )
        }
      }
      context.standardOutput.write(
        arguments.has("details")
          ? CodebookWriter.details(codebook, language: language)
          : CodebookWriter.tree(codebook, language: language))
    }
    return .success
  }

  static let validateSpec = CommandSpec(
    name: "codebook validate",
    summary: "Check a codebook and report every problem with its JSON path.",
    positionals: "[FILE]",
    arguments: [
      .init(name: "FILE", help: "The codebook (default: the only .json file in Codebooks/).")
    ],
    discussion: """
      Errors (exit 65): JSON syntax, an unknown format version, duplicate or empty
      ids, empty labels, colours that are not #RRGGBB, malformed keywords, values
      of the wrong type. Warnings (exit 0): unknown members, a missing version.
      """)

  static let validate = Command(spec: validateSpec) { arguments, context throws(CLIError) in
    guard arguments.positionals.count <= 1 else {
      throw .usage(
        "expected at most one FILE, got \(arguments.positionals.count)", usage: validateSpec.usage)
    }
    let (path, codebook) = try context.load(usage: validateSpec.usage) {
      reader throws(ProjectError) in
      let path = try reader.codebookPath(arguments.positionals.first)
      return (path, try reader.codebook(at: path))
    }
    let all = codebook.allCodes
    let keywords = all.reduce(0) { $0 + $1.keywords.count }
    let codable = all.filter(\.isCodable).count
    context.print(
      "\(path): ok: \(codebook.codes.count) themes, \(all.count) codes (\(codable) codable), \(keywords) keywords"
    )
    return .success
  }
}
