import QualKit

/// `qualkit review`: accept or reject a coder's proposed codings, in a
/// terminal one by one, or all at once.
enum ReviewCommand {
  static let spec = CommandSpec(
    name: "review",
    summary: "Review proposed codings: accept, reject or recode them one by one, or in batch.",
    options: [
      .option(
        "coder", value: "NAME",
        help: """
          Whose proposals to review (required): Codings/NAME.jsonl, e.g. 'auto' after
          'qualkit autocode --out Codings/auto.jsonl'.
          """,
        required: true),
      .option(
        "code", value: "ID", help: "Only this code and the codes below it (repeatable).",
        repeatable: true),
      .option(
        "transcript", value: "ID", help: "Only this transcript (repeatable).", repeatable: true),
      .option(
        "context", value: "N", help: "Lines shown before and after each segment (default 2)."),
      .option(
        "reviewer", value: "NAME",
        help: """
          Who reviews (required for a file of proposals; default: the file's coder):
          recorded as "reviewer" in every coding answered, whose coding it then is.
          """),
      .option(
        "order", value: "ORDER",
        help: """
          file (the default) or uncertainty: a learned model's proposals it was least sure
          of first (probability nearest 0.5), so each answer teaches the next model most.
          """),
      .flag("accept-all", help: "Accept every selected proposal without asking."),
      .option(
        "reject-code", value: "ID",
        help: """
          Reject every selected proposal of this code and the codes below it, without
          asking (repeatable). With --accept-all, the other proposals are accepted.
          """,
        repeatable: true),
      .codebook,
      .transcripts,
    ],
    discussion: """
      In a terminal, each proposal is shown with its lines, the segment marked
      '>' and the matched keywords highlighted. Keys:
        a accept   r reject   s skip   c change code   m memo   u undo last
        q quit     ? help
      Every answer is written to the coding file at once (atomically, under
      its lock), so quitting or a crash loses nothing. A rejected proposal
      stays in the file, so auto-coding does not propose it again. Changing
      the code keeps the proposal as rejected and adds a manual coding of the
      same span with the new code, accepted.

      Without a terminal, give --accept-all or --reject-code. The summary names,
      for each --code and --reject-code, the codes below it that it covered and
      how many proposals it took.
      """,
    examples: [
      "qualkit autocode --speakers participant --out Codings/auto.jsonl",
      "qualkit review --coder auto --reviewer anna",
      "qualkit review --coder auto --reviewer anna --transcript B01 --context 4",
      "qualkit review --coder auto --reviewer bo --reject-code single-entry \\",
      "  --accept-all",
    ])

  static let command = Command(spec: spec) { arguments, context throws(CLIError) in
    guard let name = arguments.value("coder") else {
      throw .usage("missing --coder NAME (whose proposed codings to review)", usage: spec.usage)
    }
    let coder = try context.validateCoder(name, usage: spec.usage)
    let reviewer = try context.validateCoder(
      arguments.value("reviewer") ?? coder, usage: spec.usage)
    let contextLines = try arguments.integer("context", minimum: 0, spec: spec) ?? 2
    let orderName = try arguments.choice(
      "order", in: ReviewOrder.allCases.map(\.rawValue), default: "file", spec: spec)
    let order = ReviewOrder(rawValue: orderName) ?? .file
    let acceptsAll = arguments.has("accept-all")
    let isBatch = acceptsAll || !arguments.list("reject-code").isEmpty
    if !isBatch && context.keys == nil {
      throw .usage(
        "standard input is not a terminal; to review without one, use --accept-all or --reject-code ID",
        usage: spec.usage)
    }
    let path = context.layout.codingFile(forCoder: coder)
    guard context.folder.exists(path) else {
      throw .noInput("cannot read '\(path)': coder '\(coder)' has no coding file")
    }
    // An answered proposal counts as its reviewer's coding (the coder
    // policy), so proposals need a reviewer other than their proposer.
    if arguments.value("reviewer") == nil,
      (try? CodingStore(folder: context.folder).read(path))?.file.effectiveKind == .proposals
    {
      throw .usage(
        "'\(path)' holds auto-coding proposals: name who reviews them with --reviewer NAME "
          + "(an accepted proposal counts as the reviewer's coding)", usage: spec.usage)
    }
    let codebook = try context.load(usage: spec.usage) { reader throws(ProjectError) in
      try reader.optionalCodebook(at: arguments.value("codebook"))
    }
    let index = codebook.map(CodebookIndex.init)
    let codeFilter = try codeSubtrees(arguments.list("code"), index: index)
    let rejectCodes = try codeSubtrees(arguments.list("reject-code"), index: index) ?? []
    let transcripts = Set(arguments.list("transcript"))
    func isSelected(_ coding: Coding) -> Bool {
      coding.status == .proposed && (codeFilter?.contains(coding.code) ?? true)
        && (transcripts.isEmpty || transcripts.contains(coding.transcript))
    }

    if isBatch {
      let review = BatchReview(
        acceptsAll: acceptsAll, rejectedCodes: rejectCodes, reviewer: reviewer)
      let tally = try context.updateCodings(path) { codings in
        review.apply(to: &codings, where: isSelected)
      }
      context.print(tally.summary(path: path))
      for line in BatchReview.coverage(
        arguments.list("code"), verb: "selected", counts: tally.selectedByCode, index: index)
        + BatchReview.coverage(
          arguments.list("reject-code"), verb: "rejected", counts: tally.rejectedByCode,
          index: index)
      {
        context.print(line)
      }
      return .success
    }

    guard let keys = context.keys else { return .usage }
    let fileCodings = try context.readCodings(path).codings
    let items = order.ordered(fileCodings.filter(isSelected).sorted(by: Coding.fileOrder))
    if items.isEmpty {
      context.print("no proposed codings to review in \(path)")
      return .success
    }
    let catalog = try context.load(usage: spec.usage) { reader throws(ProjectError) in
      try reader.catalog(folder: arguments.value("transcripts"))
    }
    var session = ReviewSession(
      path: path, items: items, fileCodings: fileCodings, catalog: catalog, codebook: codebook,
      contextLines: contextLines,
      keys: keys, reviewer: reviewer)
    do throws(CLIError) {
      try session.run(context: &context)
    } catch {
      context.print(session.summary)
      throw error
    }
    context.print(session.summary)
    let selected = Dictionary(items.map { ($0.code, 1) }, uniquingKeysWith: +)
    for line in BatchReview.coverage(
      arguments.list("code"), verb: "selected", counts: selected, index: index)
    {
      context.print(line)
    }
    return .success
  }

  /// The ids of `codes` and the codes below them (nil when none are given).
  ///
  /// - Throws: exit 65 for a code the codebook does not have.
  static func codeSubtrees(_ codes: [String], index: CodebookIndex?) throws(CLIError)
    -> Set<String>?
  {
    do { return try CodingFilter.codeSubtrees(codes, index: index) } catch {
      throw .dataError("error: \(error)")
    }
  }
}
