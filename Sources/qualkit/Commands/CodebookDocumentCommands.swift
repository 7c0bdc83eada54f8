import QualKit

/// `qualkit codebook export` and `qualkit codebook import`: the codebook as a document.
enum CodebookDocumentCommands {
  static let exportSpec = CommandSpec(
    name: "codebook export",
    summary: "Write the codebook for coder training as Markdown, CSV or HTML.",
    positionals: "[FILE]",
    arguments: [
      .init(name: "FILE", help: "The codebook (default: the only .json file in Codebooks/).")
    ],
    options: [
      .option(
        "format", value: "md|csv|html",
        help: """
          md (the default), csv (one row per code, the columns 'codebook import' reads)
          or html (one self-contained page with the codes' colours).
          """),
      .option(
        "language", value: "CODE",
        help: """
          Labels in this language where the codebook has them (md and html; csv
          has a labels.CODE column for each language).
          """),
    ],
    discussion: """
      Every code with its definition, include and exclude rules, example and
      keywords, in tree order. The same codebook always gives the same bytes.
      The csv holds every field of the codebook, so that 'codebook import'
      reads it back unchanged; a value it cannot carry (white space at the
      ends of a text, a keyword with ';') is named in a warning.
      """,
    examples: [
      "qualkit codebook export --format html > codebook.html",
      "qualkit codebook export --format csv > codebook.csv",
    ])

  static let export = Command(spec: exportSpec) { arguments, context throws(CLIError) in
    guard arguments.positionals.count <= 1 else {
      throw .usage(
        "expected at most one FILE, got \(arguments.positionals.count)", usage: exportSpec.usage)
    }
    let format = try arguments.choice(
      "format", in: ["md", "csv", "html"], default: "md", spec: exportSpec)
    let (file, codebook) = try context.load(usage: exportSpec.usage) {
      reader throws(ProjectError) in
      let file = try reader.codebookPath(arguments.positionals.first)
      return (file, try reader.codebook(at: file))
    }
    let language = arguments.value("language")
    switch format {
    case "csv":
      context.standardOutput.write(CSVWriter.render(CodebookWriter.table(codebook)))
      context.report(CodebookWriter.csvWarnings(codebook).map { $0.inFile(file) })
    case "html": context.standardOutput.write(CodebookWriter.html(codebook, language: language))
    default: context.standardOutput.write(CodebookWriter.markdown(codebook, language: language))
    }
    return .success
  }

  static let importSpec = CommandSpec(
    name: "codebook import",
    summary: "Read a spreadsheet codebook (CSV) into the codebook format.",
    positionals: "CSV",
    arguments: [
      .init(
        name: "CSV",
        help: """
          One row per code; columns path (ids joined by '>', like 'coherence >
          joint-plan'), label, labels.CODE (a label in the language CODE),
          definition, include, exclude, example, colour, keywords (separated by
          ';'), codable (yes/no), surveyItems (one per line), guid, and on any row
          codebook.name and codebook.description. Only path is required.
          """)
    ],
    options: [
      .option(
        "name", value: "TEXT",
        help: "The codebook's name (default: its codebook.name column, else the file's name)."),
      .option(
        "out", value: "FILE",
        help: "Write the codebook there (e.g. Codebooks/new.json) instead of to stdout."),
    ],
    discussion: """
      A problem is reported at its row and column (file:line:column) with exit 65,
      and nothing is written: ids follow the codebook's rules (no space, comma or
      '>'), and a path has at most \(Codebook.maximumDepth) levels. --out does not replace
      an existing file.
      """,
    examples: [
      "qualkit codebook export --format csv > codebook.csv",
      "qualkit codebook import codebook.csv --out imported.json",
    ])

  static let importCommand = Command(spec: importSpec) { arguments, context throws(CLIError) in
    guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
      throw .usage("expected one CSV file", usage: importSpec.usage)
    }
    let bytes: [UInt8]
    do throws(StorageError) {
      bytes = try context.folder.read(path)
    } catch {
      throw CLIError(error)
    }
    let fileName = String(path.split(separator: "/").last ?? Substring(path))
    var codebook: Codebook
    do throws(CodebookImportError) {
      codebook = try Codebook(importingCSV: bytes, name: arguments.value("name"))
    } catch {
      throw .dataError(error.diagnostic.inFile(path).description)
    }
    if codebook.name.isEmpty { codebook.name = ProjectLayout.splitExtension(fileName).stem }
    let json = codebook.json.rendered(pretty: true) + "\n"
    let out = arguments.value("out")
    guard try context.writeNewFile(json, to: out, usage: importSpec.usage) else { return .success }
    context.printError("wrote \(out ?? "") (\(codebook.allCodes.count) codes)")
    return .success
  }
}
