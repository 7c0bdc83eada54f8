import Foundation
import QualKit

/// `qualkit transcript check`: how each transcript was read, and what needs a look.
enum TranscriptCheckCommand {
  static let spec = CommandSpec(
    name: "transcript check",
    summary: "Check how transcripts are read: layout, speakers, what needs a look.",
    positionals: "[PATH...]",
    arguments: [
      .init(
        name: "PATH",
        help: """
          Transcript files or folders of them (default: Transcripts). Attributes and
          speaker maps come from participants.csv in each file's folder.
          """)
    ],
    options: [
      .option("format", value: "text|json", help: "text (a report, the default) or json.")
    ],
    discussion: """
      For each transcript: the layout it was read as (speaker labels, Otter or Teams
      headers, Teams cue blocks, Word table, WebVTT voices, WhisperX labels, rolling
      YouTube captions, ...), its speakers with roles and turns, its warnings, and
      every decision worth a look: no interviewer, text without speakers, labels not
      taken, lines too long to cite (marked '!'), preambles read as attributes,
      footers left out, long turns split (marked '-'). Exit 1 when a file needs a
      look, 65 when one cannot be read, 66 when one is missing.
      """,
    examples: [
      "qualkit transcript check",
      "qualkit transcript check Transcripts/B02.vtt --format json",
    ])

  static let command = Command(spec: spec) { arguments, context throws(CLIError) in
    let format = try arguments.choice(
      "format", in: ["text", "json"], default: "text", spec: spec)
    let layout = context.layout
    let paths = arguments.positionals.isEmpty ? [layout.transcriptsFolder] : arguments.positionals
    var isMissing = false
    let checks = try context.load(usage: spec.usage) { reader throws(ProjectError) in
      var checks: [TranscriptCheck] = []
      var tables: [String: ParticipantTable?] = [:]
      for path in paths {
        let files =
          reader.folder.isFolder(path) ? try reader.transcriptPaths(inFolder: path) : [path]
        for file in files {
          let folder = URL(fileURLWithPath: file).deletingLastPathComponent().relativePath
          if tables[folder] == nil {
            tables[folder] = .some(try reader.participants(inFolder: folder))
          }
          let participants = tables[folder] ?? nil
          let before = reader.diagnostics.count
          var transcript: Transcript?
          do throws(ProjectError) {
            transcript = try reader.transcript(at: file, participants: participants)
          } catch {
            reader.diagnostics += error.diagnostics.map { $0.inFile(file) }
            isMissing = isMissing || error.kind == .missingInput
          }
          // The file's own diagnostics go in its report, not on stderr.
          let own = reader.diagnostics[before...].filter { $0.file == file }
          reader.diagnostics.removeSubrange(before...)
          checks.append(TranscriptCheck(file: file, transcript: transcript, diagnostics: own))
        }
      }
      return checks
    }
    if format == "json" {
      context.print(TranscriptCheckWriter.json(checks).rendered(pretty: true))
    } else {
      context.standardOutput.write(TranscriptCheckWriter.text(checks))
    }
    if isMissing { return .noInput }
    if checks.contains(where: \.isUnreadable) { return .dataError }
    return checks.contains(where: \.needsAttention) ? .failure : .success
  }
}
