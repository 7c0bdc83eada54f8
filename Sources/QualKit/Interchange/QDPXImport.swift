/// A REFI-QDA project (`.qdpx`, or a bare `.qde`) from NVivo, ATLAS.ti,
/// MAXQDA, QualCoder, Taguette or qc, made into the files of a QualKit
/// project: a codebook, a transcript per text source, a coding file per
/// user, and memo files for the notes that belong to no coding.
///
/// What the import does with each part of the project:
/// - **codes** become the codebook (see ``Codebook/init(parsingQDC:name:diagnostics:)``);
/// - **text sources** become `Transcripts/<name>.txt`: the text (a byte
///   order mark dropped, CRLF made LF, NFC), with front matter holding the
///   source's attributes: its case's variable values, its own (MAXQDA's
///   document variables), and a `yes` for each set of documents it is in
///   (MAXQDA's document groups, ATLAS.ti's document groups);
/// - **selections** become codings: one per `Coding`, its coder the
///   `Coding`'s `creatingUser` (else the selection's), its memo the notes
///   the coding and the selection refer to and the selection's description
///   (where ATLAS.ti 26 writes memos); a selection without a `Coding` is
///   kept as its creator's coding of the code `uncoded`, so that nothing is
///   lost. Positions are counted as the file counts them, found from the
///   selections (``PositionDetector``), with a note saying which;
/// - **users** become `Codings/<user>.jsonl`, one coder each;
/// - **notes** that belong to no coding become `Memos/<name>.md`.
///
/// Pictures, PDFs, audio and video, links and graphs are skipped with one
/// line each in the ``report``, which counts what was read; nothing is
/// dropped silently.
public struct QDPXImport: Sendable {
  /// Names and limits.
  public struct Options: Hashable, Sendable {
    /// The project's name when the file gives none.
    public var projectName: String
    /// Bounds on the archive.
    public var archiveLimits: ZipArchive.Limits
    /// Bounds on the project file.
    public var xmlLimits: XMLReader.Limits
    /// The folder names to write into.
    public var layout: ProjectLayout

    /// Creates options.
    public init(
      projectName: String = "imported", archiveLimits: ZipArchive.Limits = .default,
      xmlLimits: XMLReader.Limits = .default, layout: ProjectLayout = ProjectLayout()
    ) {
      self.projectName = projectName
      self.archiveLimits = archiveLimits
      self.xmlLimits = xmlLimits
      self.layout = layout
    }
  }

  /// One file of the new project.
  public struct File: Hashable, Sendable {
    /// The path inside the project.
    public var path: String
    /// The contents.
    public var bytes: [UInt8]

    /// Creates a file.
    public init(path: String, bytes: [UInt8]) {
      self.path = path
      self.bytes = bytes
    }
  }

  /// The new project's files, codebook first.
  public var files: [File]
  /// The project's codebook.
  public var codebook: Codebook
  /// The codings, every coder's.
  public var codings: [Coding]
  /// What was read, what was skipped and why.
  public var report: ExchangeReport
  /// Warnings, each naming the archive entry (`project.qde`) and line it is about.
  public var diagnostics: [Diagnostic]
  /// The project file's path in the archive (`project.qde`); nil for a bare `.qde`.
  public var projectEntry: String?

  /// Reads a project.
  ///
  /// - Parameters:
  ///   - bytes: A `.qdpx` archive, or a `.qde` document (whose sources are
  ///     then not there).
  ///   - options: Names and limits.
  /// - Throws: ``InterchangeError`` for an archive or document that cannot
  ///   be read at all: an unsafe entry path, no `.qde`, XML that is not
  ///   well-formed or has a DOCTYPE, an entry over a limit, a code tree too deep.
  public init(bytes: [UInt8], options: Options = Options()) throws(InterchangeError) {
    let package = try REFIPackage(bytes: bytes, limits: options.archiveLimits)
    let tree: XMLTree
    do {
      tree = try XMLTree(parsing: package.projectBytes, limits: options.xmlLimits)
    } catch {
      throw InterchangeError(
        .xml, error.message, at: error.position,
        entry: package.isArchive ? package.projectEntry : nil)
    }
    let reader: REFIReader
    do {
      reader = try REFIReader(root: tree.root)
    } catch {
      var located = error
      located.entry = package.isArchive ? package.projectEntry : nil
      throw located
    }
    var importer = try QDPXImporter(
      document: reader.document, package: package, options: options)
    importer.diagnostics = reader.diagnostics + importer.diagnostics
    importer.importSources()
    importer.finish()
    files = importer.files
    codebook = importer.codebook
    codings = importer.codings
    report = importer.report
    projectEntry = package.isArchive ? package.projectEntry : nil
    diagnostics = projectEntry.map { importer.diagnostics.inFile($0) } ?? importer.diagnostics
  }
}
