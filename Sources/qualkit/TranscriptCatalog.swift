import Foundation
import QualKit

/// The project's transcripts by id, read from a folder (default `Transcripts/`).
struct TranscriptCatalog {
  /// The transcripts by id.
  var byID: [String: Transcript]
  /// The file each transcript was read from, by id.
  var paths: [String: String]

  /// Reads every transcript in `folder`; a file that cannot be read is
  /// reported and skipped, and a second file with an id already seen is
  /// reported and skipped.
  init(folder: String = ProjectLoader.transcriptsFolder, context: inout ToolContext)
    throws(CLIError)
  {
    byID = [:]
    paths = [:]
    guard InputFiles.exists(folder, context: context) else { return }
    let participants = try ProjectLoader.participants(inFolder: folder, context: &context)
    for path in try ProjectLoader.transcriptPaths(inFolder: folder, context: context) {
      do throws(CLIError) {
        let transcript = try ProjectLoader.transcript(
          at: path, participants: participants, context: &context)
        if let other = paths[transcript.id] {
          context.printError(
            "\(path): warning: transcript id '\(transcript.id)' is already used by '\(other)'; ignored this file"
          )
          continue
        }
        byID[transcript.id] = transcript
        paths[transcript.id] = path
      } catch {
        context.printError(error.message)
      }
    }
  }

  /// The transcript named by `reference`: an id, or a path to a transcript file.
  ///
  /// - Throws: exit 65 naming the nearest ids when there is no such transcript.
  func transcript(_ reference: String, context: inout ToolContext) throws(CLIError) -> Transcript {
    if let transcript = byID[reference] { return transcript }
    if let id = paths.first(where: { $0.value == reference })?.key, let transcript = byID[id] {
      return transcript
    }
    let url = URL(fileURLWithPath: reference)
    if TranscriptFormat(pathExtension: url.pathExtension) != nil,
      InputFiles.exists(reference, context: context)
    {
      let folder = url.deletingLastPathComponent().relativePath
      let participants = try ProjectLoader.participants(inFolder: folder, context: &context)
      return try ProjectLoader.transcript(
        at: reference, participants: participants, context: &context)
    }
    let nearest = Suggestions.nearest(to: reference, in: byID.keys, limit: 3)
    let hint =
      nearest.isEmpty
      ? " (no transcripts found in '\(ProjectLoader.transcriptsFolder)/')"
      : " (nearest: \(nearest.joined(separator: ", ")))"
    throw .dataError("error: unknown transcript '\(reference)'\(hint)")
  }
}
