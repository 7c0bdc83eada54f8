import Foundation
import QualKit

/// `qualkit transcript show` and `qualkit transcript list`.
enum TranscriptCommands {
  static let showSpec = CommandSpec(
    name: "transcript show",
    summary: "Show a transcript with numbered lines and speakers.",
    positionals: "FILE",
    arguments: [
      .init(
        name: "FILE",
        help: """
          A transcript: .txt/.md (speaker turns), .vtt (Teams, Zoom, noScribe), .srt
          (Whisper), .json (Whisper, WhisperX), .docx (Word), .html/.htm (Word, noScribe)
          or .csv (oral history). Attributes come from its front matter and from participants.csv in
          the same folder.
          """)
    ],
    options: [
      .option("format", value: "text|json", help: "text (numbered lines, the default) or json.")
    ],
    discussion: """
      The line numbers are the ones to cite ("B03, l. 112-118") and the ones that
      'qualkit tag' takes. For .vtt, .srt and .docx they number the text shown here.
      """,
    examples: [
      "qualkit transcript show Transcripts/B01.txt",
      "qualkit transcript show Transcripts/B02.vtt --format json",
    ])

  static let show = Command(spec: showSpec) { arguments, context throws(CLIError) in
    guard arguments.positionals.count == 1 else {
      throw .usage(
        arguments.positionals.isEmpty
          ? "missing transcript FILE" : "expected one FILE, got \(arguments.positionals.count)",
        usage: showSpec.usage)
    }
    let format = try arguments.choice(
      "format", in: ["text", "json"], default: "text", spec: showSpec)
    let path = arguments.positionals[0]
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().relativePath
    let transcript = try context.load(usage: showSpec.usage) { reader throws(ProjectError) in
      try reader.transcript(at: path, participants: reader.participants(inFolder: folder))
    }
    if format == "json" {
      context.print(TranscriptWriter.json(transcript).rendered(pretty: true))
    } else {
      TranscriptWriter.numberedText(transcript, to: &context.standardOutput)
    }
    return .success
  }

  static let listSpec = CommandSpec(
    name: "transcript list",
    summary: "List the transcripts in a folder with their turns, words and attributes.",
    positionals: "[DIR]",
    arguments: [
      .init(
        name: "DIR",
        help: """
          The folder to list (default: Transcripts). Files ending in .txt, .md, .vtt, .srt,
          .docx, .json, .html, .htm or .csv are transcripts; README files and
          participants.csv are not.
          """)
    ],
    options: [.option("format", value: "text|json", help: "text (a table, the default) or json.")],
    discussion: """
      A transcript that cannot be read is reported on stderr and the others are
      still listed; the exit code is then 65.
      """)

  static let list = Command(spec: listSpec) { arguments, context throws(CLIError) in
    guard arguments.positionals.count <= 1 else {
      throw .usage(
        "expected at most one DIR, got \(arguments.positionals.count)", usage: listSpec.usage)
    }
    let format = try arguments.choice(
      "format", in: ["text", "json"], default: "text", spec: listSpec)
    let folder = arguments.positionals.first ?? context.layout.transcriptsFolder
    let (transcripts, failed) = try context.load(usage: listSpec.usage) {
      reader throws(ProjectError) in try reader.transcriptListing(inFolder: folder)
    }
    if format == "json" {
      let items = transcripts.map { TranscriptWriter.listingJSON($0.transcript, file: $0.path) }
      context.print(JSONOutput.array(items).rendered(pretty: true))
    } else if transcripts.isEmpty {
      context.printError(
        "no transcripts in '\(folder)' (files ending in \(TranscriptFormat.extensionList))")
    } else {
      let table = TranscriptWriter.listing(transcripts.map(\.transcript))
      context.standardOutput.write(TextTableWriter.render(table))
      let words = transcripts.reduce(0) { $0 + $1.transcript.wordCount }
      context.print(
        "\(transcripts.count) transcript\(transcripts.count == 1 ? "" : "s"), \(words) words")
    }
    return failed ? .dataError : .success
  }
}
