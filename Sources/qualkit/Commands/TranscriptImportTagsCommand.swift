import Foundation
import QualKit

/// `qualkit transcript import-tags`: the tags a transcript brought with it,
/// as proposals to review.
enum TranscriptImportTagsCommand {
  static let spec = CommandSpec(
    name: "transcript import-tags",
    summary: "Turn the tags a transcript brought with it into proposed codings to review.",
    positionals: "FILE...",
    arguments: [
      .init(
        name: "FILE",
        help: "Transcripts with tags per turn (an oral-history .csv's tags column).")
    ],
    options: [
      .option(
        "coder", value: "NAME", help: "The proposer's name (default: tags)."),
      .option(
        "out", value: "FILE", help: "The proposals file (default: Codings/NAME.jsonl)."),
      .codebook,
    ],
    discussion: """
      Each tag that names a code (its id, its label or a label in another
      language, case and -/_ ignored) proposes that code for the whole turn, with
      origin imported:tag:TAG, status proposed. Proposals already in the file
      are not added again. Review them like keyword proposals: qualkit review
      --coder tags --reviewer NAME. A tag that names no code is listed with the
      nearest codes (exit 0; nothing is lost: the tags stay in the transcript).
      """)

  static let command = Command(spec: spec) { arguments, context throws(CLIError) in
    guard !arguments.positionals.isEmpty else {
      throw .usage("missing transcript FILE", usage: spec.usage)
    }
    let coder = try context.validateCoder(arguments.value("coder") ?? "tags", usage: spec.usage)
    let codebook = try context.load(usage: spec.usage) { reader throws(ProjectError) in
      try reader.codebook(at: reader.codebookPath(arguments.value("codebook")))
    }
    let index = CodebookIndex(codebook)
    var proposals: [Coding] = []
    var unknown: [String: Int] = [:]
    var grouping: Set<String> = []
    var tagged = 0
    for path in arguments.positionals {
      let transcript = try context.load(usage: spec.usage) { reader throws(ProjectError) in
        try reader.transcript(named: path).found?.transcript
      }
      guard let transcript else { throw .noInput("cannot read '\(path)': no such transcript") }
      if !transcript.turnTags.isEmpty { tagged += 1 }
      let found = TagProposals(transcript, index: index, coder: coder)
      proposals += found.codings
      for (tag, count) in found.unknownTags { unknown[tag, default: 0] += count }
      grouping.formUnion(found.groupingTags)
    }
    for (tag, count) in unknown.sorted(by: { $0.key < $1.key }) {
      let nearest = Suggestions.nearest(to: tag, in: index.ids, limit: 3)
      context.printError(
        "warning: tag '\(tag)' (\(count) turn\(count == 1 ? "" : "s")) names no code"
          + Suggestions.hint(nearest: nearest)
          + "; add it with 'qualkit codebook add' to import it")
    }
    for tag in grouping.sorted() {
      context.printError("warning: tag '\(tag)' names a code that only groups others; not imported")
    }
    let out: String
    if let given = arguments.value("out") {
      out = given
    } else {
      out = try context.writableLayout().codingFile(forCoder: coder)
    }
    let proposed = proposals.count
    let added = try context.addProposals(&proposals, to: out)
    context.print(
      "proposed \(proposed) coding\(proposed == 1 ? "" : "s") from the tags of "
        + "\(tagged) transcript\(tagged == 1 ? "" : "s"); added \(added) new to \(out) "
        + "(\(proposed - added) were already there); review them with: "
        + "qualkit review --coder \(coder) --reviewer NAME")
    return .success
  }
}
