import Foundation

extension ProjectReader {
  /// One transcript, named by its id or by its file, read on demand: a
  /// command that needs one transcript never parses the others when the
  /// file is named after its id (the usual case).
  ///
  /// An id is looked up first among the files whose name (without
  /// extension) is the id, then, since front matter may give a transcript
  /// another id, among all the others. A path is read as it is; a file
  /// outside the transcripts folder is read with a warning, since the
  /// project's other commands will not find it there.
  ///
  /// - Parameters:
  ///   - reference: A transcript id, or the path of a transcript file.
  ///   - folderPath: The transcripts folder (default: the project's).
  /// - Returns: The transcript and its file, or nil when no transcript has
  ///   that id, with the nearest ids found.
  /// - Throws: ``ProjectError`` for a file that cannot be read or parsed.
  public mutating func transcript(named reference: String, inFolder folderPath: String? = nil)
    throws(ProjectError) -> (found: (transcript: Transcript, path: String)?, nearest: [String])
  {
    let folderPath = folderPath ?? layout.transcriptsFolder
    let hasFolder = folder.exists(folderPath)
    let table = hasFolder ? try participants(inFolder: folderPath) : nil
    let (_, pathExtension) = ProjectLayout.splitExtension(reference)
    if TranscriptFormat(pathExtension: pathExtension) != nil, folder.exists(reference),
      !folder.isFolder(reference)
    {
      let parent =
        reference.contains("/")
        ? String(reference[..<(reference.lastIndex(of: "/") ?? reference.endIndex)]) : "."
      let inProject =
        hasFolder
        && folder.url(for: parent).standardizedFileURL.resolvingSymlinksInPath()
          == folder.url(for: folderPath).standardizedFileURL.resolvingSymlinksInPath()
      let participants = inProject ? table : try self.participants(inFolder: parent)
      let transcript = try transcript(at: reference, participants: participants)
      if !inProject {
        diagnostics.append(
          .warning(
            "this transcript is outside '\(folderPath)/', where the project's other commands "
              + "look for transcripts; its codings count only once the file is there",
            file: reference))
      }
      return ((transcript, reference), [])
    }
    guard hasFolder else { return (nil, []) }
    let paths = try transcriptPaths(inFolder: folderPath)
    let named = paths.filter { ProjectLayout.splitExtension($0).stem == reference }
    var seen: [String] = []
    for path in named + paths.filter({ !named.contains($0) }) {
      do throws(ProjectError) {
        let transcript = try transcript(at: path, participants: table)
        if transcript.id == reference { return ((transcript, path), []) }
        seen.append(transcript.id)
      } catch {
        diagnostics += error.diagnostics
      }
    }
    return (nil, Suggestions.nearest(to: reference, in: seen, limit: 3))
  }
}
