/// A project loaded whole: codebook, transcripts, participants and coding
/// files, with every warning of the load, each naming its file.
///
/// Commands that need "the project" get it here, in one call, instead of
/// reading its parts each in their own way:
///
/// ```swift
/// var reader = ProjectReader(folder: ProjectFolder(base: currentFolder))
/// let project = try reader.project()
/// let codings = project.codings
/// ```
public struct Project: Sendable {
  /// The folder names.
  public var layout: ProjectLayout
  /// The codebook's file, if the project has a codebook.
  public var codebookPath: String?
  /// The codebook, if the project has one.
  public var codebook: Codebook?
  /// The codebook's index (nil without a codebook).
  public var index: CodebookIndex?
  /// The transcripts by id.
  public var catalog: TranscriptCatalog
  /// The participants table as typed columns, if there is one.
  public var participants: Participants?
  /// The coding files, in the order read.
  public var codingFiles: [CodingStore.Loaded]
  /// Every warning and error of the load, in the order found.
  public var diagnostics: [Diagnostic]

  /// Every coding of every coding file.
  public var codings: [Coding] { codingFiles.flatMap(\.file.codings) }

  /// Whether some coding file has malformed lines.
  public var hasMalformedCodings: Bool {
    codingFiles.contains { !$0.file.malformedLines.isEmpty }
  }
}

extension ProjectReader {
  /// Loads the whole project.
  ///
  /// - Parameters:
  ///   - codebookPath: The codebook to use instead of the project's own.
  ///   - requiresCodebook: Whether a project without a codebook is an error.
  ///   - transcriptsFolder: The transcripts folder instead of the project's own.
  ///   - codingPaths: The coding files to read instead of every file in the
  ///     codings folder.
  /// - Returns: The project, its diagnostics being those of this reader.
  /// - Throws: ``ProjectError`` for what cannot be read, or a codebook that
  ///   is missing (when required), ambiguous or invalid.
  public mutating func project(
    codebookPath: String? = nil, requiresCodebook: Bool = false,
    transcriptsFolder: String? = nil, codingPaths: [String]? = nil
  ) throws(ProjectError) -> Project {
    var path: String?
    if requiresCodebook || codebookPath != nil || hasDefaultCodebook() {
      path = try self.codebookPath(codebookPath)
    }
    let codebook = try path.map { path throws(ProjectError) in try self.codebook(at: path) }
    let catalog = try catalog(folder: transcriptsFolder)
    var participants: Participants?
    if let table = catalog.participants {
      var found: [Diagnostic] = []
      participants = Participants(table, diagnostics: &found)
      diagnostics += found.inFile(ProjectFolder.join(catalog.folder, layout.participantsFile))
    }
    var files: [CodingStore.Loaded] = []
    var paths = codingPaths ?? []
    if codingPaths == nil { paths = try self.codingPaths() }
    for file in paths {
      let loaded = try codingFile(at: file)
      diagnostics += CodingCheck.warnings(
        for: loaded.file.codings, lines: loaded.file.sourceLines, codebook: codebook,
        transcripts: catalog.isEmpty ? nil : catalog.byID
      ).inFile(file)
      files.append(loaded)
    }
    return Project(
      layout: layout, codebookPath: path, codebook: codebook,
      index: codebook.map(CodebookIndex.init), catalog: catalog, participants: participants,
      codingFiles: files, diagnostics: diagnostics)
  }
}
