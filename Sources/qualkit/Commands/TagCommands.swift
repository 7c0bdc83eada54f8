import QualKit

/// `qualkit tag` and `qualkit untag`: manual coding by lines, turn or span.
enum TagCommands {
  static let tagSpec = CommandSpec(
    name: "tag",
    summary: "Code a span of a transcript by hand.",
    positionals: "TRANSCRIPT LINES CODE",
    arguments: [
      .init(name: "TRANSCRIPT", help: "A transcript id (B01) or file (Transcripts/B01.txt)."),
      .init(
        name: "LINES", help: "Lines as shown by 'qualkit transcript show': 112 or 112-118."),
      .init(name: "CODE", help: "A codable code id from the codebook."),
    ],
    options: [
      .option(
        "coder", value: "NAME",
        help: "Who codes (required). Codings go to Codings/NAME.jsonl.", required: true),
      .option("memo", value: "TEXT", help: "A note kept with the coding."),
      .flag(
        "exemplar",
        help: "Mark the coding as an exemplar quote of its code (reports show exemplars first)."),
      .option(
        "turn", value: "N",
        help: """
          Code a whole turn instead of lines (N is the 0-based turn index of 'transcript
          show --format json').
          """),
      .option(
        "span", value: "START-END",
        help: """
          Code exact Unicode-scalar offsets (end exclusive; a turn's are textStart and
          textEnd in 'transcript show --format json').
          """),
      .option(
        "quote", value: "TEXT",
        help: """
          Code exactly these words inside the lines or turn given (found once, in one
          turn; exit 65 otherwise, with the closest passage or both lines).
          """),
      .codebook,
      .transcripts,
    ],
    usageNote: "(or TRANSCRIPT CODE --turn N | --span START-END)",
    discussion: """
      A span from lines starts after the speaker label and leaves out blank
      edges. Tagging a span that is already coded with that code changes
      nothing (or only the memo). Writes are atomic and locked, so two tag
      commands at once both keep their coding.
      """,
    examples: [
      "qualkit tag B01 22 feeling-safe --coder anna --memo \"worry about pressure\"",
      "qualkit tag B01 26-28 own-goals --coder anna --quote \"hvad er dine mål?\"",
      "qualkit tag B02 work-motivation --turn 7 --coder anna",
    ])

  static let tag = Command(spec: tagSpec) { arguments, context throws(CLIError) in
    let request = try ManualCodingRequest(arguments, spec: tagSpec, context: &context)
    let memo = arguments.value("memo")
    var coding = Coding(
      transcript: request.transcript.id, code: request.code.id, coder: request.coder,
      span: request.span,
      origin: .manual, status: .accepted, memo: memo,
      text: request.transcript.text(in: request.span.range),
      transcriptHash: request.transcript.contentHash, isExemplar: arguments.has("exemplar"))
    let path = try context.writableLayout().codingFile(forCoder: request.coder)
    // The codebook's lock is held with the coding file's, and the code is
    // checked again under it, so that a codebook edit running at the same
    // time cannot leave this coding with a code the codebook no longer has.
    let folder = context.folder
    let layout = context.layout
    let (outcome, kept) = try context.updateCodings(path, guards: [request.codebookPath]) {
      codings throws(CLIError) -> (ManualCoding.Outcome, Coding) in
      var reader = ProjectReader(folder: folder, layout: layout)
      let codebook: Codebook
      do throws(ProjectError) {
        codebook = try reader.codebook(at: request.codebookPath)
      } catch {
        throw CLIError(error, usage: tagSpec.usage)
      }
      guard case .code = CodebookIndex(codebook).codable(coding.code) else {
        throw .dataError(
          "error: code '\(coding.code)' left the codebook while this coding was being made "
            + "(a codebook edit ran at the same time); nothing was written, tag again")
      }
      return ManualCoding.tag(coding, into: &codings)
    }
    coding = kept
    let quote = Quote.short(coding.text ?? "", limit: 70)
    context.print(
      "\(outcome.rawValue) \(coding.transcript) \(coding.span) as \(coding.code) (\(coding.coder)): \(quote)"
    )
    return .success
  }

  static let untagSpec = CommandSpec(
    name: "untag",
    summary: "Remove a manual coding by the same address it was tagged with.",
    positionals: "TRANSCRIPT LINES CODE",
    arguments: [
      .init(name: "TRANSCRIPT", help: "A transcript id or file."),
      .init(name: "LINES", help: "The lines the coding was tagged with: 112 or 112-118."),
      .init(name: "CODE", help: "The code id."),
    ],
    options: [
      .option(
        "coder", value: "NAME", help: "Whose coding to remove (required).", required: true),
      .option("turn", value: "N", help: "The coding was tagged with --turn N."),
      .option("span", value: "START-END", help: "The coding was tagged with --span START-END."),
      .option("quote", value: "TEXT", help: "The coding was tagged with --quote TEXT."),
      .codebook,
      .transcripts,
    ],
    usageNote: "(or TRANSCRIPT CODE --turn N | --span START-END)",
    discussion: """
      Only a coding with exactly that span is removed; if codings of the code
      merely overlap it, they are listed and nothing is removed (exit 1).
      """)

  static let untag = Command(spec: untagSpec) { arguments, context throws(CLIError) in
    // Codings made in the front matter before tag refused it can still be removed.
    let request = try ManualCodingRequest(
      arguments, spec: untagSpec, allowsFrontMatter: true, context: &context)
    let path = context.layout.codingFile(forCoder: request.coder)
    guard context.folder.exists(path) else {
      throw .noInput("cannot read '\(path)': coder '\(request.coder)' has no coding file")
    }
    let removed = try context.updateCodings(path) { codings throws(CLIError) -> [Coding] in
      do throws(ManualCodingError) {
        return try ManualCoding.untag(
          transcript: request.transcript.id, code: request.code.id, coder: request.coder,
          span: request.span, from: &codings)
      } catch {
        throw .failure("\(error)")
      }
    }
    for coding in removed {
      context.print(
        "removed \(coding.transcript) \(coding.span) \(coding.code) (\(coding.coder), \(coding.origin), \(coding.status.rawValue))"
      )
    }
    return .success
  }
}

/// The parsed and checked arguments of `tag` and `untag`.
struct ManualCodingRequest {
  var codebookPath: String
  var transcript: Transcript
  var code: Code
  var coder: String
  var span: Span

  init(
    _ arguments: Arguments, spec: CommandSpec, allowsFrontMatter: Bool = false,
    context: inout ToolContext
  ) throws(CLIError) {
    guard let name = arguments.value("coder") else {
      throw .usage("missing --coder NAME (whose coding this is)", usage: spec.usage)
    }
    let coder = try context.validateCoder(name, usage: spec.usage)
    let byTurn = arguments.value("turn")
    let bySpan = arguments.value("span")
    if byTurn != nil && bySpan != nil {
      throw .usage("give either --turn or --span, not both", usage: spec.usage)
    }
    let quote = arguments.value("quote")
    if quote != nil && bySpan != nil {
      throw .usage("--quote looks inside lines or a turn, not inside --span", usage: spec.usage)
    }
    let positionals = arguments.positionals
    let address: SpanAddress
    let codeID: String
    let transcriptReference: String
    if let byTurn {
      guard positionals.count == 2 else {
        throw .usage(
          "with --turn, give TRANSCRIPT and CODE (got \(positionals.count) arguments)",
          usage: spec.usage)
      }
      guard let index = Int(byTurn), index >= 0 else {
        throw .usage("--turn needs a turn index (0 or more), not '\(byTurn)'", usage: spec.usage)
      }
      address = .turn(index)
      (transcriptReference, codeID) = (positionals[0], positionals[1])
    } else if let bySpan {
      guard positionals.count == 2 else {
        throw .usage(
          "with --span, give TRANSCRIPT and CODE (got \(positionals.count) arguments)",
          usage: spec.usage)
      }
      guard let range = SpanAddress.parseRange(bySpan), range.lowerBound < range.upperBound else {
        throw .usage(
          "--span needs START-END offsets with START < END, not '\(bySpan)'", usage: spec.usage)
      }
      address = .offsets(range.lowerBound..<range.upperBound)
      (transcriptReference, codeID) = (positionals[0], positionals[1])
    } else {
      guard positionals.count == 3 else {
        throw .usage(
          positionals.count < 3
            ? "missing \(["TRANSCRIPT", "LINES", "CODE"][positionals.count])"
            : "too many arguments",
          usage: spec.usage)
      }
      guard let range = SpanAddress.parseRange(positionals[1]) else {
        throw .usage(
          "LINES must be a line or a range like 112-118, not '\(positionals[1])'", usage: spec.usage
        )
      }
      address = .lines(range)
      (transcriptReference, codeID) = (positionals[0], positionals[2])
    }
    let (codebookPath, codebook) = try context.load(usage: spec.usage) {
      reader throws(ProjectError) in
      let path = try reader.codebookPath(arguments.value("codebook"))
      return (path, try reader.codebook(at: path))
    }
    self.codebookPath = codebookPath
    let code: Code
    switch CodebookIndex(codebook).codable(codeID) {
    case .code(let found): code = found
    case .unknown(let nearest):
      throw .dataError(
        "error: unknown code '\(codeID)' (nearest: \(nearest.joined(separator: ", ")); see 'qualkit codebook show')"
      )
    case .notCodable(let children):
      throw .dataError(
        "error: code '\(codeID)' only groups other codes and is not codable (its codes: \(children.joined(separator: ", ")))"
      )
    }
    // Only the transcript named is read, not the whole folder.
    let lookup = try context.load(usage: spec.usage) { reader throws(ProjectError) in
      try reader.transcript(named: transcriptReference, inFolder: arguments.value("transcripts"))
    }
    guard let found = lookup.found else {
      let folder = arguments.value("transcripts") ?? context.layout.transcriptsFolder
      throw .dataError(
        "error: unknown transcript '\(transcriptReference)'"
          + (lookup.nearest.isEmpty
            ? " (no transcripts found in '\(folder)/')"
            : Suggestions.hint(nearest: lookup.nearest)))
    }
    self.transcript = found.transcript
    self.code = code
    self.coder = coder
    do {
      let transcript = self.transcript
      let addressed = try address.span(in: transcript, allowsFrontMatter: allowsFrontMatter)
      if let quote {
        self.span = try transcript.span(ofQuote: quote, within: addressed)
      } else {
        self.span = addressed
      }
    } catch {
      throw .dataError("error: \(error)")
    }
  }
}
