/// Where a project keeps its files: folder names, and how the project's root
/// is found from a folder inside it.
///
/// ```
/// Codebooks/     the codebook (one .json file)
/// Transcripts/   transcripts and participants.csv
/// Codings/       one coding file per coder (<coder>.jsonl)
/// Surveys/       survey data
/// ```
public struct ProjectLayout: Hashable, Sendable {
  /// The folder of codebooks.
  public var codebooksFolder: String = "Codebooks"
  /// The folder of transcripts.
  public var transcriptsFolder: String = "Transcripts"
  /// The folder of coding files.
  public var codingsFolder: String = "Codings"
  /// The folder of surveys.
  public var surveysFolder: String = "Surveys"
  /// The participants table's file name inside the transcripts folder.
  public var participantsFile: String = "participants.csv"
  /// The folder `qualkit report` writes.
  public var reportFolder: String = "report"

  /// The standard layout.
  public init() {}

  /// The standard layout of a project whose root is `root`, a relative path
  /// such as `..` (every folder is then `../Codebooks` and so on) or empty
  /// for the current folder.
  public init(root: String) {
    guard !root.isEmpty, root != "." else { return }
    codebooksFolder = ProjectFolder.join(root, codebooksFolder)
    transcriptsFolder = ProjectFolder.join(root, transcriptsFolder)
    codingsFolder = ProjectFolder.join(root, codingsFolder)
    surveysFolder = ProjectFolder.join(root, surveysFolder)
    reportFolder = ProjectFolder.join(root, reportFolder)
  }

  /// The layout of the project that contains `folder`, found upwards as
  /// ``root(containing:isFolder:)`` finds it, with paths relative to
  /// `folder`; the standard layout when no folder above is a project.
  public static func discovered(from folder: String, isFolder: (String) -> Bool) -> ProjectLayout {
    let standard = ProjectLayout()
    guard let root = standard.root(containing: folder, isFolder: isFolder) else { return standard }
    let depth = { (path: String) in path.split(separator: "/").count }
    let up = depth(folder) - depth(root)
    return ProjectLayout(root: Array(repeating: "..", count: up).joined(separator: "/"))
  }

  /// The folders that hold the project's data, which no output may replace.
  public var dataFolders: [String] {
    [codebooksFolder, transcriptsFolder, codingsFolder, surveysFolder]
  }

  /// The folders whose presence marks a project's root.
  public var markerFolders: [String] { [codebooksFolder, transcriptsFolder, codingsFolder] }

  /// The path of `coder`'s coding file.
  public func codingFile(forCoder coder: String) -> String {
    ProjectFolder.join(codingsFolder, "\(coder).jsonl")
  }

  /// The root of the project that contains `folder`: `folder` itself or the
  /// nearest folder above it that holds a codebooks, transcripts or codings
  /// folder, the way git finds `.git`.
  ///
  /// - Parameters:
  ///   - folder: An absolute path, such as the current folder.
  ///   - isFolder: Whether an absolute path is an existing folder (the
  ///     caller's view of the file system, so this stays pure).
  /// - Returns: The root's absolute path, or nil when no folder up to `/` is one.
  public func root(containing folder: String, isFolder: (String) -> Bool) -> String? {
    var current = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
    while true {
      if markerFolders.contains(where: { isFolder(ProjectFolder.join(current, $0)) }) {
        return current
      }
      guard current != "/", let slash = current.lastIndex(of: "/") else { return nil }
      current = slash == current.startIndex ? "/" : String(current[..<slash])
    }
  }

  /// Whether a file name in the transcripts folder is a transcript (by its
  /// extension, leaving out READMEs).
  public static func isTranscriptFile(_ name: String) -> Bool {
    let (stem, pathExtension) = splitExtension(name)
    guard let format = TranscriptFormat(pathExtension: pathExtension) else { return false }
    // A table of participants (or of anything else) is not a transcript.
    if format == .csv && stem.lowercased() == "participants" { return false }
    return !stem.uppercased().hasPrefix("README")
  }

  /// A file name's stem and extension (`B01.txt` → `B01`, `txt`); the
  /// extension is empty when there is none.
  public static func splitExtension(_ path: String) -> (stem: String, pathExtension: String) {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return (name, "") }
    return (String(name[..<dot]), String(name[name.index(after: dot)...]))
  }

  /// `path` with its file name's extension replaced by `suffix`
  /// (`Surveys/tki2.csv`, `.survey.json` → `Surveys/tki2.survey.json`).
  public static func replacingExtension(of path: String, with suffix: String) -> String {
    let extensionLength = splitExtension(path).pathExtension.count
    return String(path.dropLast(extensionLength == 0 ? 0 : extensionLength + 1)) + suffix
  }
}
