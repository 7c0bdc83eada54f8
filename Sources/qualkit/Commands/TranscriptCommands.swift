import Foundation
import QualKit

/// `qualkit transcript show` and `qualkit transcript list`.
enum TranscriptCommands {
  static let showSpec = CommandSpec(
    name: "transcript show",
    summary: "Show a transcript with numbered lines and speakers.",
    usage: "qualkit transcript show FILE [--format text|json]",
    options: ["format"],
    help: """
      ARGUMENTS:
        FILE              A transcript: .txt/.md (speaker turns), .vtt (Teams, Zoom),
                          .srt (Whisper) or .docx (Word). Attributes come from its
                          front matter and from participants.csv in the same folder.

      OPTIONS:
        --format FORMAT   text (numbered lines, the default) or json.
        -h, --help        Show this help.

      The line numbers are the ones to cite ("B03, l. 112-118") and the ones that
      'qualkit tag' takes. For .vtt, .srt and .docx they number the text shown here.

      EXAMPLE:
        qualkit transcript show Transcripts/B01.txt
        qualkit transcript show Transcripts/B02.vtt --format json

      """)

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
    let participants = try ProjectLoader.participants(inFolder: folder, context: &context)
    let transcript = try ProjectLoader.transcript(
      at: path, participants: participants, context: &context)
    if format == "json" {
      context.print(TranscriptJSON.transcript(transcript).rendered(pretty: true))
    } else {
      context.standardOutput.write(numberedText(transcript))
    }
    return .success
  }

  static let listSpec = CommandSpec(
    name: "transcript list",
    summary: "List the transcripts in a folder with their turns, words and attributes.",
    usage: "qualkit transcript list [DIR] [--format text|json]",
    options: ["format"],
    help: """
      ARGUMENTS:
        DIR               The folder to list (default: Transcripts). Files ending in
                          .txt, .md, .vtt, .srt or .docx are transcripts; README files
                          and participants.csv are not.

      OPTIONS:
        --format FORMAT   text (a table, the default) or json.
        -h, --help        Show this help.

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
    let folder = arguments.positionals.first ?? ProjectLoader.transcriptsFolder
    let paths = try ProjectLoader.transcriptPaths(inFolder: folder, context: context)
    let participants = try ProjectLoader.participants(inFolder: folder, context: &context)
    var transcripts: [(path: String, transcript: Transcript)] = []
    var failed = false
    var pathsByID: [String: String] = [:]
    for path in paths {
      do throws(CLIError) {
        let transcript = try ProjectLoader.transcript(
          at: path, participants: participants, context: &context)
        if let other = pathsByID[transcript.id] {
          context.printError(
            "\(path): warning: transcript id '\(transcript.id)' is already used by '\(other)'; the other commands ignore this file"
          )
        } else {
          pathsByID[transcript.id] = path
        }
        transcripts.append((path, transcript))
      } catch {
        context.printError(error.message)
        failed = true
      }
    }
    if format == "json" {
      let items = transcripts.map { path, transcript in
        JSONOutput.object([
          ("id", .string(transcript.id)), ("file", .string(path)),
          ("format", .string(transcript.format.rawValue)), ("turns", .int(transcript.turns.count)),
          ("words", .int(transcript.wordCount)),
          (
            "speakers",
            .array(
              speakerRoles(transcript).map {
                .object([("label", .string($0.0)), ("role", .string($0.1))])
              })
          ),
          ("attributes", TranscriptJSON.attributes(transcript.attributes)),
        ])
      }
      context.print(JSONOutput.array(items).rendered(pretty: true))
    } else if transcripts.isEmpty {
      context.printError(
        "no transcripts in '\(folder)' (files ending in .txt, .md, .vtt, .srt or .docx)")
    } else {
      var rows = [["id", "format", "turns", "words", "speakers", "attributes"]]
      for (_, transcript) in transcripts {
        rows.append([
          transcript.id, transcript.format.rawValue, String(transcript.turns.count),
          String(transcript.wordCount),
          speakerRoles(transcript).map { "\($0.0) (\($0.1))" }.joined(separator: ", "),
          transcript.attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(
            separator: " "),
        ])
      }
      context.standardOutput.write(TextTable.render(rows, rightAligned: [2, 3]))
      let words = transcripts.reduce(0) { $0 + $1.transcript.wordCount }
      context.print("\(transcripts.count) transcripts, \(words) words")
    }
    return failed ? .dataError : .success
  }

  /// Each speaker's label and role, in order of first appearance.
  static func speakerRoles(_ transcript: Transcript) -> [(String, String)] {
    transcript.speakers.map { speaker in
      (
        speaker,
        transcript.turns.first(where: { $0.speaker == speaker })?.role ?? SpeakerMap.defaultRole
      )
    }
  }

  /// The transcript as numbered lines with the speaker of each line in a gutter.
  static func numberedText(_ transcript: Transcript) -> String {
    var speakerOfLine: [Int: String] = [:]
    for turn in transcript.turns {
      for line in turn.firstLine...max(turn.firstLine, turn.lastLine) {
        speakerOfLine[line] = turn.speaker ?? "-"
      }
    }
    let lineCount = transcript.lines.lineCount
    let numberWidth = max(3, String(lineCount).count)
    let speakerWidth = min(12, transcript.speakers.map(\.count).max() ?? 1)
    var output =
      "# \(transcript.id) (\(transcript.format.rawValue)): \(transcript.turns.count) turns, \(transcript.wordCount) words"
    let speakers = speakerRoles(transcript).map { "\($0.0)=\($0.1)" }.joined(separator: ", ")
    if !speakers.isEmpty { output += "; speakers: \(speakers)" }
    output += "\n"
    if !transcript.attributes.isEmpty {
      output +=
        "# "
        + transcript.attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        .joined(separator: ", ") + "\n"
    }
    let lines = transcript.text.split(separator: "\n", omittingEmptySubsequences: false)
    for number in 1...max(1, lineCount) where number <= lines.count {
      let label = String((speakerOfLine[number] ?? "").prefix(speakerWidth))
      let numberText = String(number)
      output += String(repeating: " ", count: numberWidth - numberText.count) + numberText + "  "
      output +=
        label + String(repeating: " ", count: speakerWidth - label.count) + " | "
        + TerminalText.visible(String(lines[number - 1])) + "\n"
    }
    return output
  }
}

/// The JSON shapes of transcripts.
enum TranscriptJSON {
  /// `{"id", "format", "attributes", "turns": [...]}`.
  static func transcript(_ transcript: Transcript) -> JSONOutput {
    .object([
      ("id", .string(transcript.id)),
      ("format", .string(transcript.format.rawValue)),
      ("attributes", attributes(transcript.attributes)),
      ("turns", .array(transcript.turns.map(turn))),
    ])
  }

  /// One turn: `{"index", "speaker", "role", "start", "end", "firstLine", "lastLine", "text"}`.
  static func turn(_ turn: Turn) -> JSONOutput {
    .object([
      ("index", .int(turn.index)),
      ("speaker", .string(turn.speaker)),
      ("role", .string(turn.role)),
      ("start", .string(turn.start?.description)),
      ("end", .string(turn.end?.description)),
      ("firstLine", .int(turn.firstLine)),
      ("lastLine", .int(turn.lastLine)),
      ("text", .string(turn.text)),
    ])
  }

  /// Attributes as an object sorted by name, numbers as numbers.
  static func attributes(_ attributes: [String: AttributeValue]) -> JSONOutput {
    .object(attributes.sorted { $0.key < $1.key }.map { ($0.key, $0.value.json) })
  }
}
