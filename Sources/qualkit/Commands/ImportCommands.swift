import QualKit

/// `qualkit import qdc` and `qualkit import qdpx`: codebooks and projects
/// from other QDA programs (REFI-QDA).
enum ImportCommands {
  static let qdcSpec = CommandSpec(
    name: "import qdc",
    summary: "Read a REFI-QDA codebook (.qdc) from NVivo, ATLAS.ti, MAXQDA, Taguette.",
    positionals: "FILE",
    arguments: [.init(name: "FILE", help: "The .qdc file (or a project's .qde).")],
    options: [
      .option(
        "out", value: "FILE",
        help: "Write the codebook there (e.g. Codebooks/NAME.json) instead of to stdout."),
      .option(
        "name", value: "TEXT", help: "The codebook's name (default: the --out or FILE name)."),
    ],
    discussion: """
      Each code's name becomes its label; its id is the one a QualKit export gave
      it, else one made of its name (lower case, '-' between words, '-2' after a
      repeated name); its description gives the definition (and the include and
      exclude rules and example, as 'export qdc' writes them); its GUID is kept,
      so exporting the codebook again gives the other program the same codes. A
      codebook that fails the schema the way Taguette's does (an empty <Sets/>)
      is read all the same. --out does not replace an existing file.
      """,
    examples: [
      "qualkit export qdc --out tki2.qdc",
      "qualkit import qdc tki2.qdc --out copy.json",
    ])

  static let qdc = Command(spec: qdcSpec) { arguments, context throws(CLIError) in
    guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
      throw .usage("expected one .qdc file", usage: qdcSpec.usage)
    }
    let bytes = try read(path, context: context)
    let out = arguments.value("out")
    let name = arguments.value("name") ?? ProjectLayout.splitExtension(out ?? path).stem
    var diagnostics: [Diagnostic] = []
    let codebook: Codebook
    do throws(InterchangeError) {
      codebook = try Codebook(parsingQDC: bytes, name: name, diagnostics: &diagnostics)
    } catch {
      context.report(diagnostics.inFile(path))
      throw .dataError(error.diagnostic(path: path).description)
    }
    context.report(diagnostics.inFile(path))
    guard try context.writeNewFile(codebook.fileText, to: out, usage: qdcSpec.usage) else {
      return .success
    }
    context.printError("wrote \(out ?? "") (\(codebook.allCodes.count) codes)")
    return .success
  }

  static let qdpxSpec = CommandSpec(
    name: "import qdpx",
    summary: "Make a QualKit project of a REFI-QDA project (.qdpx) from another program.",
    positionals: "FILE",
    arguments: [.init(name: "FILE", help: "The .qdpx file (or a bare .qde).")],
    options: [
      .option(
        "into", value: "DIR", help: "The new project's folder (new or empty).", required: true)
    ],
    discussion: """
      Writes Codebooks/<name>.json, one Transcripts/<source>.txt per text source
      (front matter from its case's variables, its own variables and the sets it
      is in), one Codings/<user>.jsonl per user (each Coding's creatingUser) and
      Memos/<note>.md for notes that belong to no coding. A coding's memo is its
      notes and its selection's notes and description. Positions are read the way
      the file counts them (Unicode code points, NVivo's UTF-16 units, ATLAS.ti's
      CRLF as one), decided from the selections, with a note. Pictures, PDFs,
      audio and video are skipped, one line each in the report, which counts what
      was read. The folder is written in one step: an import that fails writes
      nothing. An archive entry whose path leaves the archive, a DOCTYPE, or an
      entry over the size limits is refused (exit 65).
      """,
    examples: [
      "qualkit export qdpx --out tki2.qdpx",
      "qualkit import qdpx tki2.qdpx --into tki2-copy",
    ])

  static let qdpx = Command(spec: qdpxSpec) { arguments, context throws(CLIError) in
    guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
      throw .usage("expected one .qdpx file", usage: qdpxSpec.usage)
    }
    guard let into = arguments.value("into") else {
      throw .usage("name the new project's folder with --into DIR", usage: qdpxSpec.usage)
    }
    if let entries = try? context.folder.entries(in: into), !entries.isEmpty {
      throw .usage(
        "'\(into)' exists and is not empty; name a new folder with --into", usage: qdpxSpec.usage)
    } else if context.folder.exists(into) && !context.folder.isFolder(into) {
      throw .usage("'\(into)' is a file; name a new folder with --into", usage: qdpxSpec.usage)
    }
    let bytes = try read(path, context: context)
    let result: QDPXImport
    do throws(InterchangeError) {
      result = try QDPXImport(
        bytes: bytes,
        options: QDPXImport.Options(projectName: ProjectLayout.splitExtension(path).stem))
    } catch {
      throw .dataError(error.diagnostic(path: path).description)
    }
    context.report(
      result.diagnostics.map { diagnostic in
        var located = diagnostic
        located.file = diagnostic.file.map { path + "/" + $0 } ?? path
        return located
      })
    do throws(StorageError) {
      try AtomicFolder.create(
        context.url(for: into), displayPath: into, files: result.files.map { ($0.path, $0.bytes) })
    } catch {
      throw CLIError(error)
    }
    let file = result.projectEntry ?? ProjectLayout.splitExtension(path).stem + ".qde"
    for line in result.report.lines(verb: "read", file: file) { context.print(line) }
    context.print(
      "wrote \(into)/ (\(result.files.count) files); next: qualkit -C \(into) transcript list")
    return .success
  }

  /// The bytes of the file at `path` (exit 66 when it is missing).
  private static func read(_ path: String, context: ToolContext) throws(CLIError) -> [UInt8] {
    do throws(StorageError) {
      return try context.folder.read(path)
    } catch {
      throw CLIError(error)
    }
  }
}
