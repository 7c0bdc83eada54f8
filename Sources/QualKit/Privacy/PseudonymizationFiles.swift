/// The files of a project that pseudonymisation reads and a check
/// searches, by role: the project's data folders (transcripts, codings,
/// codebooks, surveys) and every file below them.
public struct PseudonymizationFiles: Hashable, Sendable {
  /// The transcripts to pseudonymise.
  public var transcripts: [String]
  /// The project's other transcripts (left out by the user), which no
  /// other role takes.
  public var otherTranscripts: [String]
  /// The participants table, if there is one.
  public var participants: String?
  /// The coding files.
  public var codingFiles: [String]
  /// Every other file in the data folders and below them.
  public var otherFiles: [String]
  /// The project's folders, each with its standard name (`Transcripts`),
  /// for a copy of the project elsewhere.
  public var folders: [(path: String, name: String)] {
    let standard = ProjectLayout()
    return zip(layout.dataFolders, standard.dataFolders).map { ($0, $1) }
  }
  private let layout: ProjectLayout

  /// The files of the project `layout` describes in `folder`.
  ///
  /// - Parameters:
  ///   - folder: The folder the paths are relative to.
  ///   - layout: The project's folders.
  ///   - selected: The transcripts to pseudonymise (their paths), or nil
  ///     for every transcript of the transcripts folder.
  /// - Throws: ``ProjectError`` when a folder cannot be listed.
  public init(folder: ProjectFolder, layout: ProjectLayout, selected: [String]?)
    throws(ProjectError)
  {
    self.layout = layout
    var all: [String] = []
    for path in layout.dataFolders where folder.isFolder(path) {
      do {
        all += try folder.filesRecursively(in: path)
      } catch {
        throw ProjectError(error)
      }
    }
    let transcriptFolder = layout.transcriptsFolder
    let isTopLevel = { (path: String, folderPath: String) in
      path.hasPrefix(ProjectFolder.join(folderPath, ""))
        && !path.dropFirst(ProjectFolder.join(folderPath, "").count).contains("/")
    }
    let transcriptFiles = all.filter {
      isTopLevel($0, transcriptFolder)
        && ProjectLayout.isTranscriptFile(String($0.split(separator: "/").last ?? ""))
    }
    let chosen = selected.map(Set.init) ?? Set(transcriptFiles)
    transcripts = transcriptFiles.filter(chosen.contains)
    otherTranscripts = transcriptFiles.filter { !chosen.contains($0) }
    let participantsPath = ProjectFolder.join(transcriptFolder, layout.participantsFile)
    participants = all.contains(participantsPath) ? participantsPath : nil
    codingFiles = all.filter { isTopLevel($0, layout.codingsFolder) && $0.hasSuffix(".jsonl") }
    let taken = Set(transcriptFiles + codingFiles + [participantsPath])
    otherFiles = all.filter { !taken.contains($0) }
  }

  /// Every file, in path order.
  public var all: [String] {
    (transcripts + otherTranscripts + [participants].compactMap { $0 } + codingFiles + otherFiles)
      .sorted()
  }

  /// Where `path` goes in a copy of the project: under its data folder's
  /// standard name (`../Transcripts/B01.txt` → `Transcripts/B01.txt`).
  public func pathInCopy(_ path: String) -> String {
    for (folderPath, name) in folders {
      let prefix = ProjectFolder.join(folderPath, "")
      if path.hasPrefix(prefix) { return name + "/" + path.dropFirst(prefix.count) }
    }
    return path
  }
}
