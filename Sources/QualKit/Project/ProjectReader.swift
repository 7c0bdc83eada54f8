/// Reads the parts of a project that a command needs (codebook, transcripts,
/// participants, coding files), collecting every warning with its file.
///
/// One reader per command: each method adds what it found to
/// ``diagnostics`` in the order the files were read, and throws a
/// ``ProjectError`` for what stops the command.
///
/// ```swift
/// var reader = ProjectReader(folder: ProjectFolder(base: currentFolder))
/// let codebook = try reader.codebook(at: reader.codebookPath(nil))
/// let catalog = try reader.catalog()
/// ```
public struct ProjectReader: Sendable {
  /// Where files are read.
  public var folder: ProjectFolder
  /// The folder names.
  public var layout: ProjectLayout
  /// Every warning (and error) found so far, each naming its file.
  public var diagnostics: [Diagnostic] = []

  /// Creates a reader of the project in `folder`.
  ///
  /// A change of several files that a killed command left half done (the
  /// codebook renamed, the coding files not yet) is undone first, with a
  /// warning in ``diagnostics``, so that nothing is read in that state.
  public init(folder: ProjectFolder, layout: ProjectLayout = ProjectLayout()) {
    self.folder = folder
    self.layout = layout
    diagnostics = folder.undoInterruptedWrites(in: layout.dataFolders)
  }

  /// Creates a reader of one file among many that a command reads, such as
  /// each transcript that `autocode` codes on its own, in a project whose
  /// interrupted writes the command's own reader has already undone.
  ///
  /// Listing every data folder again for each file cost `autocode` 6 % of
  /// its time on a corpus of 500 transcripts.
  init(alreadyRecovered folder: ProjectFolder, layout: ProjectLayout = ProjectLayout()) {
    self.folder = folder
    self.layout = layout
  }

  // MARK: - Transcripts

  /// The participants table in the transcripts folder `path`, if there is one.
  ///
  /// - Throws: ``ProjectError`` for a table that cannot be read or parsed.
  public mutating func participants(inFolder path: String) throws(ProjectError)
    -> ParticipantTable?
  {
    let file = ProjectFolder.join(path, layout.participantsFile)
    guard folder.exists(file) else { return nil }
    let table: CSVTable
    do {
      table = try CSVReader().read(try bytes(file))
    } catch let error as CSVError {
      throw ProjectError(error, file: file)
    } catch let error as ProjectError {
      throw error
    } catch {
      throw ProjectError(.invalidData, "\(error)", file: file)
    }
    diagnostics += table.diagnostics.inFile(file)
    guard table.rowCount > 0 else { return nil }
    var found: [Diagnostic] = []
    let rows = (1..<table.rowCount).map { (cells: table.row($0), line: table.line(ofRow: $0)) }
    let participants = ParticipantTable(header: table.row(0), rows: rows, diagnostics: &found)
    diagnostics += found.inFile(file)
    return participants
  }

  /// The participants of the transcripts folder as typed columns, if it has a table.
  public mutating func typedParticipants(inFolder path: String) throws(ProjectError)
    -> Participants?
  {
    guard let table = try participants(inFolder: path) else { return nil }
    var found: [Diagnostic] = []
    let typed = Participants(table, diagnostics: &found)
    diagnostics += found.inFile(ProjectFolder.join(path, layout.participantsFile))
    return typed
  }

  /// The transcript at `path`.
  ///
  /// - Throws: ``ProjectError``: missing input for a file that cannot be
  ///   read, invalid data for an unknown extension or a malformed file.
  public mutating func transcript(at path: String, participants: ParticipantTable?)
    throws(ProjectError) -> Transcript
  {
    let (stem, pathExtension) = ProjectLayout.splitExtension(path)
    let format = TranscriptFormat(pathExtension: pathExtension)
    if format?.readsBytes ?? true {
      // A missing file or a folder is missing input before its name is looked at.
      let data = try bytes(path)
      guard let format else {
        throw ProjectError(.invalidData, Self.unsupportedFormat(pathExtension), file: path)
      }
      var found: [Diagnostic] = []
      do {
        let transcript = try Transcript(
          parsing: consume data, format: format, fallbackID: stem, participants: participants,
          diagnostics: &found)
        diagnostics += found.inFile(path)
        return transcript
      } catch {
        diagnostics += found.inFile(path)
        throw ProjectError(error, file: path)
      }
    }
    // Text is read straight into a string: a large transcript is held once.
    let decoded: Result<DecodedText, TranscriptError>
    do {
      decoded = try folder.read(
        path, making: { Transcript.decodedText(size: $0, reading: $1) },
        orFrom: { bytes in
          bytes.isEmpty
            ? .failure(TranscriptError(.empty, "file is empty"))
            : Transcript.decodedText(size: bytes.count) { buffer in
              buffer.initialize(from: bytes).1
            } ?? .failure(TranscriptError(.empty, "file is empty"))
        })
    } catch {
      throw ProjectError(error)
    }
    var found: [Diagnostic] = []
    do {
      let transcript = try Transcript(
        parsing: decoded.get(), format: format ?? .text, fallbackID: stem,
        participants: participants, diagnostics: &found)
      diagnostics += found.inFile(path)
      return transcript
    } catch {
      diagnostics += found.inFile(path)
      throw ProjectError(error, file: path)
    }
  }

  /// The message for a file whose extension is not a transcript format.
  public static func unsupportedFormat(_ pathExtension: String) -> String {
    if let advice = TranscriptFormat.advice(forExtension: pathExtension) { return advice }
    let found = pathExtension.isEmpty ? "a file name without extension" : "'.\(pathExtension)'"
    return "unsupported transcript format: \(found) (expected \(TranscriptFormat.extensionList))"
  }

  /// The paths of the transcripts in the folder `path`, sorted by file name.
  public func transcriptPaths(inFolder path: String) throws(ProjectError) -> [String] {
    do {
      return try folder.files(in: path).filter(ProjectLayout.isTranscriptFile).map {
        ProjectFolder.join(path, $0)
      }
    } catch {
      throw ProjectError(error)
    }
  }

  /// Every transcript in the folder `path` (default: the project's), by id.
  ///
  /// A file that cannot be read is reported (an error diagnostic) and
  /// skipped; so is a second file with an id already seen (a warning). A
  /// missing folder gives an empty catalog.
  public mutating func catalog(folder path: String? = nil) throws(ProjectError)
    -> TranscriptCatalog
  {
    let path = path ?? layout.transcriptsFolder
    var catalog = TranscriptCatalog(folder: path)
    guard folder.exists(path) else { return catalog }
    let participants = try participants(inFolder: path)
    catalog.participants = participants
    try forEachTranscript(inFolder: path, participants: participants) {
      catalog.add($0, path: $1)
    }
    return catalog
  }

  /// Reads the transcripts in the folder `path` one at a time, in file
  /// name order, handing each to `body` with its file, so that they are
  /// never all in memory; ``catalog(folder:)`` keeps them all.
  ///
  /// A file that cannot be read is reported (an error diagnostic) and
  /// skipped; so is a second file with an id already seen (a warning).
  ///
  /// - Parameters:
  ///   - path: The folder, which must exist.
  ///   - participants: The folder's participants table
  ///     (``participants(inFolder:)``).
  ///   - body: Called with each transcript and the file it was read from.
  /// - Throws: ``ProjectError`` when the folder cannot be listed.
  public mutating func forEachTranscript(
    inFolder path: String, participants: ParticipantTable?,
    _ body: (Transcript, String) -> Void
  ) throws(ProjectError) {
    var pathsByID: [String: String] = [:]
    for file in try transcriptPaths(inFolder: path) {
      do throws(ProjectError) {
        let transcript = try transcript(at: file, participants: participants)
        if let other = pathsByID[transcript.id] {
          diagnostics.append(
            .warning(
              "transcript id '\(transcript.id)' is already used by '\(other)'; ignored this file",
              file: file))
          continue
        }
        pathsByID[transcript.id] = file
        body(transcript, file)
      } catch {
        diagnostics += error.diagnostics
      }
    }
  }

  // MARK: - Codebook

  /// The path of the project's codebook: `path` if given, else the only
  /// `.json` file in the codebooks folder.
  ///
  /// - Throws: ``ProjectError``: missing input when there is no codebook,
  ///   ambiguous when there are several.
  public func codebookPath(_ path: String?) throws(ProjectError) -> String {
    if let path { return path }
    let codebooks = layout.codebooksFolder
    guard folder.exists(codebooks) else {
      throw ProjectError(
        .missingInput,
        "no codebook given and no '\(codebooks)/' folder here (name a codebook file)")
    }
    let candidates: [String]
    do {
      candidates = try folder.files(in: codebooks).filter { $0.hasSuffix(".json") }
    } catch {
      throw ProjectError(error)
    }
    switch candidates.count {
    case 0:
      throw ProjectError(
        .missingInput,
        "no codebook given and no .json file in '\(codebooks)/' (name a codebook file)")
    case 1:
      return ProjectFolder.join(codebooks, candidates[0])
    default:
      throw ProjectError(
        .ambiguous,
        "several codebooks in '\(codebooks)/' (\(candidates.joined(separator: ", "))); name the one to use"
      )
    }
  }

  /// Whether the project has a codebook to use by default (a codebooks folder
  /// with at least one `.json` file); commands for which the codebook is
  /// optional read it only then, and are refused like the others when the
  /// choice is ambiguous.
  public func hasDefaultCodebook() -> Bool {
    let codebooks = layout.codebooksFolder
    guard folder.isFolder(codebooks), let names = try? folder.files(in: codebooks) else {
      return false
    }
    return names.contains { $0.hasSuffix(".json") }
  }

  /// Reads and validates the codebook at `path`.
  ///
  /// - Throws: ``ProjectError`` for a file that cannot be read or is invalid
  ///   (every problem at once).
  public mutating func codebook(at path: String) throws(ProjectError) -> Codebook {
    let data = try bytes(path)
    var found: [Diagnostic] = []
    do {
      let codebook = try Codebook(parsing: data, diagnostics: &found)
      diagnostics += found.inFile(path)
      return codebook
    } catch {
      throw ProjectError(error, file: path)
    }
  }

  /// The codebook given by `path`, or the project's default when there is
  /// one, or nil when the project has none (for commands that work without).
  public mutating func optionalCodebook(at path: String?) throws(ProjectError) -> Codebook? {
    guard path != nil || hasDefaultCodebook() else { return nil }
    return try codebook(at: codebookPath(path))
  }

  // MARK: - Codings

  /// The paths of every coding file in the codings folder, sorted.
  public func codingPaths() throws(ProjectError) -> [String] {
    let codings = layout.codingsFolder
    guard folder.exists(codings) else { return [] }
    do {
      return try folder.files(in: codings).filter { $0.hasSuffix(".jsonl") }.map {
        ProjectFolder.join(codings, $0)
      }
    } catch {
      throw ProjectError(error)
    }
  }

  /// Reads the coding file at `path`, its warnings and errors added to ``diagnostics``.
  public mutating func codingFile(at path: String) throws(ProjectError) -> CodingStore.Loaded {
    do {
      let loaded = try CodingStore(folder: folder).read(path)
      diagnostics += loaded.diagnostics
      return loaded
    } catch {
      throw ProjectError(error)
    }
  }

  /// The bytes of the file at `path`.
  private func bytes(_ path: String) throws(ProjectError) -> [UInt8] {
    do {
      return try folder.read(path)
    } catch {
      throw ProjectError(error)
    }
  }
}
