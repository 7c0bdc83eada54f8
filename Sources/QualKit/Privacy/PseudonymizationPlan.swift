/// What `qualkit pseudonymize` changes in a project, computed from the
/// files' bytes without writing anything: the merged key, every file's
/// new contents, and every original replaced or left.
///
/// The run goes in three steps. First the detectors find the identifiers
/// in every file (transcripts, the participants table, the other text
/// files, coding quotes and memos) and the key gains a pseudonym for each
/// new one and for each new original of the names list
/// (``PseudonymKey/merging(_:detected:)``). Then each transcript is
/// pseudonymised (``TranscriptPseudonymization``), and its codings move
/// with their words (``CodingFilePseudonymization``). Last, the
/// participants table (its `id` and `speakers` columns kept) and every
/// other text file change (``TextFilePseudonymization``). A file that
/// cannot be read is reported and left; a coding file with malformed
/// lines stops the run, since rewriting it would lose them.
public struct PseudonymizationPlan: Sendable {
  /// The files a run reads, by role, each with its bytes.
  public struct Input: Sendable {
    /// The transcripts to pseudonymise.
    public var transcripts: [(path: String, bytes: [UInt8])]
    /// The ids of the project's transcripts left out of this run (their
    /// codings' quotes stay as they are).
    public var otherTranscripts: Set<String>
    /// The participants table, if the project has one.
    public var participants: (path: String, bytes: [UInt8])?
    /// The coding files.
    public var codingFiles: [(path: String, bytes: [UInt8])]
    /// Every other file of the project's data folders.
    public var otherFiles: [(path: String, bytes: [UInt8])]

    /// Creates an input.
    public init(
      transcripts: [(path: String, bytes: [UInt8])], otherTranscripts: Set<String> = [],
      participants: (path: String, bytes: [UInt8])? = nil,
      codingFiles: [(path: String, bytes: [UInt8])] = [],
      otherFiles: [(path: String, bytes: [UInt8])] = []
    ) {
      self.transcripts = transcripts
      self.otherTranscripts = otherTranscripts
      self.participants = participants
      self.codingFiles = codingFiles
      self.otherFiles = otherFiles
    }
  }

  /// The key after the run: the old one with the new originals.
  public var key: PseudonymKey
  /// The entries the key gained.
  public var addedToKey: [PseudonymKey.Entry]
  /// Every original found, replaced (`reason` nil) or left, by file.
  public var occurrences: [PseudonymOccurrence] = []
  /// The files to write, with their new contents.
  public var writes: [(path: String, bytes: [UInt8])] = []
  /// The files that a new file replaces (a Word transcript by its `.txt`).
  public var removals: [String] = []
  /// Warnings and notes of the run, each with its file.
  public var diagnostics: [Diagnostic] = []
  /// How many transcripts changed.
  public var transcriptsChanged = 0
  /// How many codings moved with their words, and grew to a whole pseudonym.
  public var codingsMoved = 0
  /// How many codings grew to cover a whole pseudonym.
  public var codingsGrown = 0
  /// The files that are not text and were not searched.
  public var binaryFiles: [String] = []
  /// The candidates the `names` detector proposes (``NameProposer``).
  public var proposals: [NameProposer.Proposal] = []

  /// Plans pseudonymising `input`.
  ///
  /// - Parameters:
  ///   - input: The files, by role.
  ///   - key: The key so far (empty for a first run).
  ///   - names: The researcher's list.
  ///   - detectors: The identifier detectors to run.
  ///   - proposing: Whether to propose names (the `names` detector).
  /// - Throws: ``PseudonymizationError``: a names row that contradicts the
  ///   key, or a coding file with malformed lines.
  public init(
    _ input: Input, key: PseudonymKey, names: NameList, detectors: Set<IdentifierDetector>,
    proposing: Bool = false
  ) throws(PseudonymizationError) {
    var diagnostics: [Diagnostic] = []
    let participants = Self.participants(input.participants, diagnostics: &diagnostics)
    var transcripts: [(path: String, bytes: [UInt8], transcript: Transcript)] = []
    for (path, bytes) in input.transcripts {
      let (stem, pathExtension) = ProjectLayout.splitExtension(path)
      guard let format = TranscriptFormat(pathExtension: pathExtension) else { continue }
      var found: [Diagnostic] = []
      do {
        let transcript = try Transcript(
          parsing: bytes, format: format, fallbackID: stem, participants: participants,
          diagnostics: &found)
        transcripts.append((path, bytes, transcript))
      } catch {
        diagnostics.append(
          .warning(
            "cannot be read (\(error.message)), so it was not pseudonymised", at: error.position,
            file: path))
      }
    }
    var codingFiles: [(path: String, file: CodingFile)] = []
    var problems: [Diagnostic] = []
    for (path, bytes) in input.codingFiles {
      guard
        let file = CodingFile.forRewriting(
          bytes, path: path, diagnostics: &diagnostics, problems: &problems)
      else { continue }
      codingFiles.append((path, file))
    }
    if !problems.isEmpty { throw .malformedCodingFiles(problems) }

    // 1. The identifiers to add to the key, in the order first seen.
    let finder = Pseudonymizer(key: key, detectors: detectors)
    var texts: [String] = transcripts.map(\.transcript.text)
    texts += ([input.participants].compactMap { $0 } + input.otherFiles).compactMap {
      EncodedText($0.bytes)?.text
    }
    for (_, file) in codingFiles {
      texts += file.codings.flatMap { [$0.text, $0.memo].compactMap { $0 } }
    }
    var detected: [(PseudonymCategory, String)] = []
    var seen = Set<String>()
    for text in texts {
      for match in finder.unlisted(in: Array(text.unicodeScalars))
      where seen.insert(match.value).inserted {
        detected.append((match.detector.category, match.value))
      }
    }
    let merged: (key: PseudonymKey, added: [PseudonymKey.Entry], diagnostics: [Diagnostic])
    do {
      merged = try key.merging(names, detected: detected)
    } catch {
      throw .names(error)
    }
    self.key = merged.key
    addedToKey = merged.added
    let pseudonymizer = Pseudonymizer(key: merged.key, detectors: detectors)
    if proposing {
      proposals = NameProposer(pseudonymizer: pseudonymizer).proposals(
        in: transcripts.map { ($0.path, $0.transcript) })
    }

    // 2. The transcripts, and the codings that move with them.
    let taken = Set(input.transcripts.map(\.path) + input.otherFiles.map(\.path))
    var changes: [String: CodingFile.TranscriptChange] = [:]
    for (path, bytes, transcript) in transcripts {
      var result = TranscriptPseudonymization(
        path: path, bytes: bytes, transcript: transcript, participants: participants,
        pseudonymizer: pseudonymizer)
      if result.newPath != path && taken.contains(result.newPath) {
        for index in result.occurrences.indices where result.occurrences[index].reason == nil {
          result.occurrences[index].reason =
            "\(result.newPath) exists already, so the transcript cannot be written there as plain text"
        }
        result.bytes = nil
        result.change = nil
      }
      occurrences += result.occurrences
      diagnostics += result.notes
      guard let bytes = result.bytes, let change = result.change else { continue }
      writes.append((result.newPath, bytes))
      if result.newPath != path { removals.append(path) }
      changes[transcript.id] = change
      transcriptsChanged += 1
    }
    for (path, file) in codingFiles {
      let result = CodingFilePseudonymization(
        path: path, file: file, changes: changes, pseudonymizer: pseudonymizer,
        keepingQuotesOf: input.otherTranscripts)
      codingsMoved += result.moved
      codingsGrown += result.grown
      occurrences += result.occurrences
      diagnostics += result.diagnostics
      if let bytes = result.bytes { writes.append((path, bytes)) }
    }

    // 3. The participants table and every other file.
    var others = input.otherFiles.map { ($0.path, $0.bytes, Set<String>()) }
    if let table = input.participants {
      others.insert((table.path, table.bytes, ["id", "speakers"]), at: 0)
    }
    for (path, bytes, kept) in others {
      let result = TextFilePseudonymization(
        path: path, bytes: bytes, pseudonymizer: pseudonymizer, keepingColumns: kept)
      if result.isBinary { binaryFiles.append(path) }
      occurrences += result.occurrences
      if let bytes = result.bytes { writes.append((path, bytes)) }
    }
    self.diagnostics = merged.diagnostics + diagnostics
  }

  /// The originals left where they were, with the reasons.
  public var left: [PseudonymOccurrence] { occurrences.filter { $0.reason != nil } }

  /// The participants table read from `file`, if it can be.
  static func participants(
    _ file: (path: String, bytes: [UInt8])?, diagnostics: inout [Diagnostic]
  ) -> ParticipantTable? {
    guard let file, let table = try? CSVReader().read(file.bytes), table.rowCount > 0 else {
      return nil
    }
    var found: [Diagnostic] = []
    let rows = (1..<table.rowCount).map { (cells: table.row($0), line: table.line(ofRow: $0)) }
    return ParticipantTable(header: table.row(0), rows: rows, diagnostics: &found)
  }
}

/// Why a pseudonymisation run cannot start.
public enum PseudonymizationError: Error, Sendable {
  /// The names list contradicts the key, or itself.
  case names(PseudonymFileError)
  /// Coding files with malformed lines, which a rewrite would lose.
  case malformedCodingFiles([Diagnostic])

  /// The problems, each with its file where known.
  public var diagnostics: [Diagnostic] {
    switch self {
    case .names(let error): error.diagnostics
    case .malformedCodingFiles(let problems): problems
    }
  }
}
