/// A project as a value: codebook, transcripts in the project's order,
/// participants, coding files and survey, with every warning of the load,
/// each naming its file.
///
/// A project can be made in code (``init(layout:codebook:transcripts:participants:codingFiles:survey:diagnostics:)``)
/// or loaded from a folder by ``ProjectReader/project(codebookPath:requiresCodebook:transcriptsFolder:codingPaths:order:)``;
/// every analysis takes it as it is and never reads a file:
///
/// ```swift
/// var reader = ProjectReader(folder: ProjectFolder(base: currentFolder))
/// let project = try reader.project()
/// let segments = try CodedSegments(project: project, filter: CodingFilter())
/// ```
///
/// Which coding files count as coders is decided in one place,
/// ``CoderPolicy`` (see ``counted(_:policy:)``).
public struct Project: Sendable {
  /// The folder names.
  public var layout: ProjectLayout
  /// The codebook's file, if the project has a codebook.
  public var codebookPath: String?
  /// The codebook, if the project has one.
  public var codebook: Codebook?
  /// The codebook's index (nil without a codebook).
  public var index: CodebookIndex?
  /// The transcripts in the project's order (``TranscriptOrder``).
  public var transcripts: [Transcript]
  /// The transcripts by id, with the file each was read from.
  public var catalog: TranscriptCatalog
  /// The participants table as typed columns, if there is one.
  public var participants: Participants?
  /// The coding files, in the order read.
  public var codingFiles: [CodingStore.Loaded]
  /// The survey, when the project has one and the command asked for it.
  public var survey: Survey?
  /// Every warning and error of the load, in the order found.
  public var diagnostics: [Diagnostic]
  /// The codings whose transcript changed under them (``StaleCoding``),
  /// in file order.
  public var staleCodings: [StaleCoding]

  /// Makes a project of the parts given.
  ///
  /// - Parameters:
  ///   - layout: The folder names (for messages and the files a command writes).
  ///   - codebook: The codebook, if any; its index is built here.
  ///   - transcripts: The transcripts, in the order tables list them.
  ///   - participants: The participants table as typed columns, if any.
  ///   - codingFiles: The coding files with their paths.
  ///   - survey: The survey, if any.
  ///   - diagnostics: What loading the parts found.
  ///   - transcriptPaths: The file each transcript was read from, by id.
  ///   - transcriptsFolder: The folder the transcripts came from.
  public init(
    layout: ProjectLayout = ProjectLayout(), codebook: Codebook? = nil,
    transcripts: [Transcript] = [], participants: Participants? = nil,
    codingFiles: [CodingStore.Loaded] = [], survey: Survey? = nil,
    diagnostics: [Diagnostic] = [], transcriptPaths: [String: String] = [:],
    transcriptsFolder: String? = nil
  ) {
    self.layout = layout
    self.codebook = codebook
    self.index = codebook.map(CodebookIndex.init)
    self.transcripts = transcripts
    var catalog = TranscriptCatalog(folder: transcriptsFolder ?? layout.transcriptsFolder)
    for transcript in transcripts {
      catalog.add(transcript, path: transcriptPaths[transcript.id] ?? transcript.id)
    }
    self.catalog = catalog
    self.participants = participants
    self.codingFiles = codingFiles
    self.survey = survey
    self.diagnostics = diagnostics
    self.staleCodings = Self.staleCodings(in: codingFiles, transcripts: catalog.byID)
  }

  /// Whether some coding file has malformed lines.
  public var hasMalformedCodings: Bool {
    codingFiles.contains { !$0.file.malformedLines.isEmpty }
  }

  /// The codings of `files` whose transcript changed under them.
  static func staleCodings(in files: [CodingStore.Loaded], transcripts: [String: Transcript])
    -> [StaleCoding]
  {
    var stale: [StaleCoding] = []
    // Hashing a transcript reads all its text: once per transcript.
    var hashes: [String: String] = [:]
    for loaded in files {
      for (index, coding) in loaded.file.codings.enumerated() {
        guard let transcript = transcripts[coding.transcript] else { continue }
        let hash = hashes[transcript.id] ?? transcript.contentHash
        hashes[transcript.id] = hash
        guard StaleCoding.isStale(coding, in: transcript, hash: hash) else { continue }
        let lines = loaded.file.sourceLines
        stale.append(
          StaleCoding(
            path: loaded.path, line: lines.indices.contains(index) ? lines[index] : 0,
            coding: coding))
      }
    }
    return stale
  }
}

/// The order a project's transcripts are listed, counted and plotted in.
public enum TranscriptOrder: Hashable, Sendable {
  /// File name order (the default).
  case file
  /// By an attribute's value (numbers by value, dates and text as written),
  /// then by file name; transcripts without it come last.
  case attribute(String)

  /// Reads `file` or an attribute name.
  public init(_ text: String) {
    self = text == "file" ? .file : .attribute(text)
  }

  /// `transcripts` (in file order) in this order.
  public func sorted(_ transcripts: [Transcript]) -> [Transcript] {
    guard case .attribute(let name) = self else { return transcripts }
    let positions = Dictionary(
      transcripts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    return transcripts.sorted { a, b in
      let (x, y) = (a.attributes[name], b.attributes[name])
      switch (x, y) {
      case (nil, nil): break
      case (nil, _): return false
      case (_, nil): return true
      case (.number(let p, _)?, .number(let q, _)?) where p != q: return p < q
      case (let p?, let q?) where p.description != q.description:
        return p.description < q.description
      default: break
      }
      return (positions[a.id] ?? 0) < (positions[b.id] ?? 0)
    }
  }
}
