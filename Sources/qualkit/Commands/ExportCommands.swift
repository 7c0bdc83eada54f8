import QualKit

/// `qualkit export qdc` and `qualkit export qdpx`: the codebook and the
/// project for other QDA programs (REFI-QDA).
enum ExportCommands {
  static let qdcSpec = CommandSpec(
    name: "export qdc",
    summary: "Write the codebook as a REFI-QDA codebook (.qdc) for NVivo, ATLAS.ti, MAXQDA.",
    options: [
      .codebook,
      .option("out", value: "FILE.qdc", help: "Write it there (default: to stdout)."),
    ],
    discussion: """
      The code tree with each code's label, colour and whether it is codable, its
      definition, include and exclude rules and example in its description, and
      what only QualKit uses (its id when the label does not give it, labels in
      other languages, keywords) in a last 'QualKit:' paragraph, so that 'import
      qdc' gives the codebook back. Each code keeps its GUID in every export: the
      codebook's 'guid', else one derived from its id. The file is valid against
      the REFI-QDA 1.0 Codebook.xsd. --out does not replace an existing file.
      """,
    examples: ["qualkit export qdc --out tki2.qdc"])

  static let qdc = Command(spec: qdcSpec) { arguments, context throws(CLIError) in
    guard arguments.positionals.isEmpty else {
      throw .usage("unexpected argument '\(arguments.positionals[0])'", usage: qdcSpec.usage)
    }
    let (file, codebook) = try context.load(usage: qdcSpec.usage) { reader throws(ProjectError) in
      let file = try reader.codebookPath(arguments.value("codebook"))
      return (file, try reader.codebook(at: file))
    }
    let bytes: [UInt8]
    do throws(InterchangeError) {
      let made = try codebook.qdc(origin: "QualKit \(toolVersion)")
      context.report(made.diagnostics.inFile(file))
      bytes = made.bytes
    } catch {
      throw .dataError(error.diagnostic(path: file).description)
    }
    let out = arguments.value("out")
    guard
      try context.writeNewFile(
        String(decoding: bytes, as: UTF8.self), to: out, usage: qdcSpec.usage)
    else { return .success }
    context.printError("wrote \(out ?? "") (\(codebook.allCodes.count) codes)")
    return .success
  }

  static let qdpxSpec = CommandSpec(
    name: "export qdpx",
    summary: "Write the project as a REFI-QDA project (.qdpx) for NVivo, ATLAS.ti, MAXQDA.",
    options: [
      .option("out", value: "FILE.qdpx", help: "Write the project there.", required: true),
      .option(
        "coders", value: "NAME,...",
        help: """
          Only these coders (default: every coder's file; an accepted proposal is its
          reviewer's; a merge file's coder counts that file).
          """, repeatable: true),
      .merged,
      .option(
        "positions", value: "codepoints|utf16",
        help: """
          Count positions in Unicode code points, as the standard says (the default),
          or in UTF-16 code units, as NVivo does.
          """),
      .option(
        "line-endings", value: "lf|crlf",
        help: "End the texts' lines with LF (the default) or CRLF, as NVivo writes them."),
      .codebook,
      .transcripts,
    ],
    discussion: """
      Writes project.qde and sources/<guid>.txt, one UTF-8 text per transcript (its
      text after the front matter). Each coder is a User; each coded span one
      PlainTextSelection with one Coding per code and coder; each coding memo a
      Note; each transcript's attributes (and its speakers' roles, as 'speakers')
      a Case with typed Variables; and the codebook as 'export qdc' writes it.
      Only accepted codings go: proposals and rejections are counted as left
      out. Every GUID comes from the project, so the same project gives the same
      bytes. A coding whose transcript changed under it stops the export (exit
      65) until 'qualkit reanchor' moves it. --out does not replace an existing
      file. For NVivo, add --positions utf16 --line-endings crlf.
      """,
    examples: [
      "qualkit export qdpx --out tki2.qdpx",
      """
      qualkit export qdpx --coders anna --positions utf16 --line-endings crlf \\
          --out anna-nvivo.qdpx
      """,
    ])

  static let qdpx = Command(spec: qdpxSpec) { arguments, context throws(CLIError) in
    guard arguments.positionals.isEmpty else {
      throw .usage("unexpected argument '\(arguments.positionals[0])'", usage: qdpxSpec.usage)
    }
    guard let out = arguments.value("out") else {
      throw .usage("name the file to write with --out FILE.qdpx", usage: qdpxSpec.usage)
    }
    let positions = try arguments.choice(
      "positions", in: QDPXExport.PositionUnit.allCases.map(\.rawValue), default: "codepoints",
      spec: qdpxSpec)
    let lineEnding = try arguments.choice(
      "line-endings", in: QDPXExport.LineEnding.allCases.map(\.rawValue), default: "lf",
      spec: qdpxSpec)
    guard !context.folder.exists(out) else {
      throw .usage("'\(out)' exists; remove it or choose another --out", usage: qdpxSpec.usage)
    }
    let project = try context.load(usage: qdpxSpec.usage) { reader throws(ProjectError) in
      try reader.project(
        codebookPath: arguments.value("codebook"), requiresCodebook: true,
        transcriptsFolder: arguments.value("transcripts"))
    }
    guard !project.catalog.isEmpty else {
      throw .noInput(
        "no transcripts in '\(project.catalog.folder)' (name the folder with --transcripts DIR)")
    }
    let counted: Project.Counted
    do throws(CodingFilterError) {
      counted = try project.counted(
        CodingFilter(),
        policy: CoderPolicy(
          coders: arguments.list("coders"), mergedFiles: arguments.list("merged"),
          keepsProposals: true))
    } catch {
      throw .dataError("error: \(error)")
    }
    context.report(counted.selection.diagnostics)
    try context.refuseStale(
      project.staleCodings(among: counted.selection.codings), arguments: arguments)
    let export: QDPXExport
    do throws(InterchangeError) {
      export = try QDPXExport(
        project: project, codings: counted.selection.codings,
        options: QDPXExport.Options(
          origin: "QualKit \(toolVersion)",
          positions: QDPXExport.PositionUnit(rawValue: positions) ?? .codePoints,
          lineEnding: QDPXExport.LineEnding(rawValue: lineEnding) ?? .lf))
    } catch {
      throw .failure(error.message)
    }
    context.report(export.diagnostics)
    do throws(StorageError) {
      try AtomicFile.write(export.archive, to: context.url(for: out), displayPath: out)
    } catch {
      throw CLIError(error)
    }
    for line in export.report.lines(verb: "exported") { context.print(line) }
    context.print("wrote \(out)")
    return .success
  }
}
