import Foundation
import QualKit

/// Finds and reads the project's files: transcripts with their participants
/// table, and the codebook.
enum ProjectLoader {
  /// The default transcripts folder.
  static let transcriptsFolder = "Transcripts"
  /// The default codebooks folder.
  static let codebooksFolder = "Codebooks"
  /// The participants table's file name inside a transcripts folder.
  static let participantsFile = "participants.csv"

  /// Reads the participants table in `folder`, if there is one.
  static func participants(inFolder folder: String, context: inout ToolContext) throws(CLIError)
    -> ParticipantTable?
  {
    let path = InputFiles.join(folder, participantsFile)
    guard InputFiles.exists(path, context: context) else { return nil }
    let bytes = try InputFiles.read(path, context: context)
    let table: CSVTable
    do {
      table = try CSVReader().read(bytes)
    } catch {
      throw InputFiles.dataError(error, path: path)
    }
    InputFiles.report(table.diagnostics, path: path, context: &context)
    guard table.rowCount > 0 else { return nil }
    var diagnostics: [Diagnostic] = []
    let rows = (1..<table.rowCount).map { (cells: table.row($0), line: table.line(ofRow: $0)) }
    let participants = ParticipantTable(header: table.row(0), rows: rows, diagnostics: &diagnostics)
    InputFiles.report(diagnostics, path: path, context: &context)
    return participants
  }

  /// Whether a file in a transcripts folder is a transcript (by extension,
  /// leaving out READMEs).
  static func isTranscriptFile(_ name: String) -> Bool {
    let url = URL(fileURLWithPath: name)
    guard TranscriptFormat(pathExtension: url.pathExtension) != nil else { return false }
    return !url.deletingPathExtension().lastPathComponent.uppercased().hasPrefix("README")
  }

  /// Reads the transcript at `path`, printing its warnings.
  static func transcript(
    at path: String, participants: ParticipantTable?, context: inout ToolContext
  ) throws(CLIError) -> Transcript {
    let url = URL(fileURLWithPath: path)
    // A missing file or a folder is exit 66 before its name is looked at.
    let bytes = try InputFiles.read(path, context: context)
    guard let format = TranscriptFormat(pathExtension: url.pathExtension) else {
      throw .dataError("\(path): error: \(unsupportedFormat(url.pathExtension))")
    }
    var diagnostics: [Diagnostic] = []
    do {
      let transcript = try Transcript(
        parsing: bytes, format: format, fallbackID: url.deletingPathExtension().lastPathComponent,
        participants: participants, diagnostics: &diagnostics)
      InputFiles.report(diagnostics, path: path, context: &context)
      return transcript
    } catch {
      InputFiles.report(diagnostics, path: path, context: &context)
      throw InputFiles.dataError(error, path: path)
    }
  }

  /// The message for a file whose extension is not a transcript format.
  static func unsupportedFormat(_ pathExtension: String) -> String {
    let found =
      pathExtension.isEmpty ? "a file name without extension" : "'.\(pathExtension)'"
    return
      "unsupported transcript format: \(found) (expected .txt, .md, .vtt, .srt or .docx)"
  }

  /// The paths of the transcripts in `folder`, sorted by file name.
  static func transcriptPaths(inFolder folder: String, context: ToolContext) throws(CLIError)
    -> [String]
  {
    try InputFiles.list(folder, context: context).filter(isTranscriptFile).map {
      InputFiles.join(folder, $0)
    }
  }

  /// The path of the project's codebook: `path` if given, else the only
  /// `.json` file in `Codebooks/`.
  static func codebookPath(_ path: String?, usage: String, context: ToolContext) throws(CLIError)
    -> String
  {
    if let path { return path }
    guard InputFiles.exists(codebooksFolder, context: context) else {
      throw .noInput(
        "no codebook given and no '\(codebooksFolder)/' folder here (name a codebook file)")
    }
    let candidates = try InputFiles.list(codebooksFolder, context: context).filter {
      $0.hasSuffix(".json")
    }
    switch candidates.count {
    case 0:
      throw .noInput(
        "no codebook given and no .json file in '\(codebooksFolder)/' (name a codebook file)")
    case 1:
      return InputFiles.join(codebooksFolder, candidates[0])
    default:
      throw .usage(
        "several codebooks in '\(codebooksFolder)/' (\(candidates.joined(separator: ", "))); name the one to use",
        usage: usage)
    }
  }

  /// Reads and validates the codebook at `path`, printing its warnings.
  static func codebook(at path: String, context: inout ToolContext) throws(CLIError) -> Codebook {
    let bytes = try InputFiles.read(path, context: context)
    var diagnostics: [Diagnostic] = []
    do {
      let codebook = try Codebook(parsing: bytes, diagnostics: &diagnostics)
      InputFiles.report(diagnostics, path: path, context: &context)
      return codebook
    } catch {
      throw InputFiles.dataError(error, path: path)
    }
  }

  /// The ids of `codes` and every code below them in the codebook, for
  /// `--code` filters; nil when no code is given.
  ///
  /// - Throws: exit 65 naming the nearest ids for a code not in the codebook.
  static func codeSubtrees(_ codes: [String], codebook: Codebook?) throws(CLIError) -> Set<String>?
  {
    guard !codes.isEmpty else { return nil }
    var ids = Set<String>()
    for id in codes {
      guard let codebook else {
        ids.insert(id)
        continue
      }
      let subtree = codebook.subtreeIDs(of: id)
      guard !subtree.isEmpty else {
        let nearest = Suggestions.nearest(to: id, in: codebook.allCodes.map(\.id), limit: 3)
        throw .dataError(
          "error: unknown code '\(id)' (nearest: \(nearest.joined(separator: ", ")))")
      }
      ids.formUnion(subtree)
    }
    return ids
  }
}
