import Foundation
import QualKit

extension ToolContext {
  /// Checks that a coder name is usable as a file name (exit 64 if not) and
  /// returns it in NFC, the form it is stored in.
  func validateCoder(_ coder: String, usage: String) throws(CLIError) -> String {
    if let problem = CoderName.problem(with: coder) { throw .usage(problem, usage: usage) }
    return CoderName.normalized(coder)
  }

  /// Reads the coding file at `path`, printing its diagnostics.
  ///
  /// - Throws: exit 66 when the file is missing (unless `missingIsEmpty`) or unreadable.
  mutating func readCodings(_ path: String, missingIsEmpty: Bool = false) throws(CLIError)
    -> CodingFile
  {
    do {
      let loaded = try CodingStore(folder: folder).read(path, missingIsEmpty: missingIsEmpty)
      report(loaded.diagnostics)
      return loaded.file
    } catch {
      throw CLIError(error)
    }
  }

  /// Adds `proposals` to the proposals file at `path` (see
  /// ``CodingFile/addNew(_:)``); returns how many were added.
  ///
  /// A file that gets none and already declares its kind is not rewritten.
  mutating func addProposals(_ proposals: inout [Coding], to path: String) throws(CLIError) -> Int {
    try updateCodingFile(path, refusesMalformedLines: true) { loaded throws(CLIError) -> Int in
      let declared = loaded.file.kind
      loaded.file.declareKind(defaultingTo: .proposals)
      let added = loaded.file.addNew(&proposals)
      loaded.isUnchanged = added == 0 && loaded.file.kind == declared
      return added
    }
  }

  /// Reads, changes and rewrites a coding file, holding its lock from the
  /// read to the rename (and first the locks of `guards`, such as the
  /// codebook a check depends on).
  ///
  /// A file with malformed lines is not rewritten (that would drop them):
  /// the command stops with exit 65 and asks for the lines to be fixed. A
  /// file that declares no kind gets one (`kind` for a new file).
  mutating func updateCodings<Result>(
    _ path: String, kind: CodingFile.Kind = .coder, guards: [String] = [],
    _ change: (inout [Coding]) throws(CLIError) -> Result
  ) throws(CLIError) -> Result {
    try updateCodingFile(path, guards: guards, refusesMalformedLines: true) {
      loaded throws(CLIError) -> Result in
      loaded.file.declareKind(defaultingTo: kind)
      return try change(&loaded.file.codings)
    }
  }

  /// Reads, changes and rewrites a coding file under its lock; unless
  /// `refusesMalformedLines`, the closure sees the whole file as read
  /// (malformed lines included) and must keep them.
  mutating func updateCodingFile<Result>(
    _ path: String, guards: [String] = [], refusesMalformedLines: Bool = false,
    _ change: (inout CodingStore.Loaded) throws(CLIError) -> Result
  ) throws(CLIError) -> Result {
    var printed: [Diagnostic] = []
    do throws(CodingStore.UpdateError<CLIError>) {
      let result = try CodingStore(folder: folder).update(
        path, guards: guards, refusesMalformedLines: refusesMalformedLines
      ) { loaded throws(CLIError) -> Result in
        printed = loaded.diagnostics
        return try change(&loaded)
      }
      report(printed)
      return result
    } catch {
      report(printed)
      switch error {
      case .change(let error): throw error
      case .storage(let error): throw CLIError(error)
      case .malformedLines(let path, let lines, let diagnostics):
        report(diagnostics)
        throw .dataError(
          "\(path): error: not changing a file with malformed lines "
            + "(\(lines.map(String.init).joined(separator: ", "))); fix them first so that nothing is lost"
        )
      }
    }
  }
}

extension ToolContext {
  /// The transcript named by `reference`: an id in `catalog`, or a path to a
  /// transcript file (read with its folder's participants).
  ///
  /// - Throws: exit 65 naming the nearest ids when there is no such transcript.
  mutating func transcript(_ reference: String, in catalog: TranscriptCatalog, usage: String)
    throws(CLIError) -> Transcript
  {
    if let transcript = catalog.transcript(reference) { return transcript }
    let (_, pathExtension) = ProjectLayout.splitExtension(reference)
    if TranscriptFormat(pathExtension: pathExtension) != nil, folder.exists(reference) {
      let parent = URL(fileURLWithPath: reference).deletingLastPathComponent().relativePath
      return try load(usage: usage) { reader throws(ProjectError) in
        try reader.transcript(at: reference, participants: reader.participants(inFolder: parent))
      }
    }
    let nearest = Suggestions.nearest(to: reference, in: catalog.byID.keys, limit: 3)
    let hint =
      nearest.isEmpty
      ? " (no transcripts found in '\(catalog.folder)/')"
      : " (nearest: \(nearest.joined(separator: ", ")))"
    throw .dataError("error: unknown transcript '\(reference)'\(hint)")
  }
}

extension ToolContext {
  /// Stops a command that quotes coded text when some of the codings it
  /// counts stand on text that changed (exit 65, each named at its line),
  /// unless `--allow-stale` was given.
  mutating func refuseStale(_ stale: [StaleCoding], arguments: Arguments) throws(CLIError) {
    guard !stale.isEmpty, !arguments.has("allow-stale") else { return }
    for coding in stale { printError(coding.diagnostic.description) }
    throw .dataError("error: " + StaleCoding.refusal(stale))
  }
}
