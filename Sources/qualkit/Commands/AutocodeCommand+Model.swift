import QualKit

extension AutocodeCommand {
  /// `autocode --model`: proposals from a learned model, with their reasons.
  static func runModel(_ arguments: Arguments, context: inout ToolContext) throws(CLIError)
    -> ExitCode
  {
    for option in ["scope", "speakers"] where arguments.value(option) != nil {
      throw .usage(
        "--\(option) is for keyword proposals; a model proposes for the units it learned from",
        usage: spec.usage)
    }
    if arguments.value("threshold") != nil && arguments.value("top") != nil {
      throw .usage("give --threshold P or --top K, not both", usage: spec.usage)
    }
    let format = try arguments.choice("format", in: ["jsonl", "tsv"], default: "jsonl", spec: spec)
    let output = arguments.value("out")
    if output != nil && arguments.value("format") == "tsv" {
      throw .usage(
        "--out writes a coding file (jsonl); --format tsv is for standard output", usage: spec.usage
      )
    }
    let coder = try context.validateCoder(arguments.value("coder") ?? "model", usage: spec.usage)
    let selection: ModelProposer.Selection
    if let top = try arguments.integer("top", minimum: 1, spec: spec) {
      selection = .top(top)
    } else {
      selection = .threshold(
        try LearnCommand.probability(arguments.value("threshold"), spec: spec) ?? 0.5)
    }
    let (path, model, codebookPath, codebook) = try context.load(usage: spec.usage) {
      reader throws(ProjectError) in
      let path = try reader.modelPath(arguments.value("model"))
      let codebookPath = try reader.codebookPath(arguments.value("codebook"))
      return (path, try reader.model(at: path), codebookPath, try reader.codebook(at: codebookPath))
    }
    let missing = model.codesMissing(from: CodebookIndex(codebook))
    guard missing.isEmpty else {
      throw .dataError(
        "\(path): error: \(LearningError(.codesMissing(missing, codebook: codebookPath)))")
    }
    // The origin names the model as the project does, wherever the command runs.
    let codings = context.layout.codingsFolder + "/"
    let file =
      path.hasPrefix(codings)
      ? ProjectLayout().codingsFolder + "/" + path.dropFirst(codings.count) : path
    let proposer = ModelProposer(model: model, file: file, coder: coder, selection: selection)

    let (files, tables) = try context.load(usage: spec.usage) { reader throws(ProjectError) in
      try reader.transcriptFiles(arguments.positionals)
    }
    var proposals: [Coding] = []
    var learnedFrom: [String] = []
    for file in files {
      let transcript = try context.load(usage: spec.usage) { reader throws(ProjectError) in
        try reader.transcript(at: file, participants: tables[ProjectReader.parentFolder(file)])
      }
      if proposer.wasTrained(on: transcript) { learnedFrom.append(transcript.id) }
      proposals += proposer.proposals(for: transcript)
    }
    if !learnedFrom.isEmpty {
      context.printError(
        "note: the model learned from \(learnedFrom.count) of these \(files.count) transcripts "
          + "(\(learnedFrom.joined(separator: ", "))): its proposals there repeat what it was "
          + "taught, and agreement with its coders there measures fit, not quality (see "
          + "'qualkit learn --evaluate')")
    }
    let rule: String
    switch selection {
    case .threshold(let p): rule = "p ≥ \(NumberFormat.fixed(p, decimals: 2))"
    case .top(let k): rule = "the \(k) most probable code\(k == 1 ? "" : "s") of each unit"
    }
    let summary =
      "proposed \(proposals.count) coding\(proposals.count == 1 ? "" : "s") from \(path) (\(rule)) "
      + "in \(files.count) transcript\(files.count == 1 ? "" : "s")"
    guard let output else {
      if format == "tsv" {
        context.standardOutput.write(
          "transcript\tcode\tcoder\tfirstLine\tlastLine\tstart\tend\tprobability\treasons\ttext\n")
        for coding in proposals { context.standardOutput.write(tsvLine(coding)) }
      } else {
        var bytes: [UInt8] = []
        for coding in proposals {
          CodingLineWriter.appendLine(for: coding, to: &bytes)
          bytes.append(0x0A)
        }
        context.standardOutput.write(String(decoding: bytes, as: UTF8.self))
      }
      if context.isStandardErrorTerminal { context.printError(summary) }
      return .success
    }
    let proposed = proposals.count
    let added = try context.addProposals(&proposals, to: output)
    context.print(
      "\(summary); added \(added) new to \(output) (\(proposed - added) were already "
        + "there); review them with: qualkit review --coder \(coder) --reviewer NAME "
        + "--order uncertainty")
    return .success
  }

  /// A proposal as a line of `--format tsv`.
  private static func tsvLine(_ coding: Coding) -> String {
    func clean(_ text: String) -> String {
      String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
    let evidence = coding.evidence
    let fields = [
      coding.transcript, coding.code, coding.coder, String(coding.span.firstLine),
      String(coding.span.lastLine), String(coding.span.start), String(coding.span.end),
      evidence.map { NumberFormat.fixed($0.probability, decimals: 4) } ?? "",
      evidence.map { $0.reasons.map(\.words).joined(separator: "; ") } ?? "",
      coding.text ?? "",
    ]
    return fields.map(clean).joined(separator: "\t") + "\n"
  }
}
