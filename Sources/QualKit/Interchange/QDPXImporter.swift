/// The work of a ``QDPXImport``: the document read, turned into QualKit's
/// files step by step.
struct QDPXImporter {
  let document: REFIDocument
  let package: REFIPackage
  let layout: ProjectLayout
  let ids: StableIDs
  var report = ExchangeReport()
  var diagnostics: [Diagnostic] = []
  var codebook: Codebook
  /// QualKit code ids by REFI-QDA code GUID.
  var codeIDs: [String: String]
  /// Coder names by user GUID.
  var coders: [String: String] = [:]
  var usedCoderNames: Swift.Set<String> = []
  /// Notes by GUID, and those a coding took as its memo.
  var notes: [String: REFIDocument.Note] = [:]
  var usedNotes: Swift.Set<String> = []
  var codings: [Coding] = []
  /// Each coding's index in ``codings`` by its application, to join duplicates.
  var codingIndex: [Coding.ApplicationKey: Int] = [:]
  var duplicateCount = 0
  /// Each transcript's content hash, made once.
  var hashes: [String: String] = [:]
  var files: [QDPXImport.File] = []
  /// The transcript files' names, lowercased.
  var usedTranscriptNames: Swift.Set<String> = []
  /// Transcript ids by source GUID.
  var transcripts: [String: String] = [:]
  /// The code of selections that had none, once one needed it.
  var uncodedCode: String?
  /// Counts for the report.
  var selectionCount = 0
  var memoCount = 0
  var selectionMemoCount = 0

  init(document: REFIDocument, package: REFIPackage, options: QDPXImport.Options)
    throws(InterchangeError)
  {
    self.document = document
    self.package = package
    layout = options.layout
    let name = document.name?.trimmingWhitespace() ?? ""
    ids = StableIDs(projectName: name.isEmpty ? options.projectName : name)
    do {
      let made = try CodebookExchange.codebook(
        of: document.codes, name: ids.projectName, description: document.description, ids: ids)
      codebook = made.codebook
      codeIDs = made.codeIDs
      diagnostics += made.diagnostics
    } catch {
      var located = error
      located.entry = package.isArchive ? package.projectEntry : nil
      throw located
    }
    for note in document.notes where notes[note.guid] == nil {
      notes[note.guid] = withFileText(note)
    }
    for (number, user) in document.users.enumerated() {
      let base = ImportNames.coder(user.name ?? user.id, fallback: "user-\(number + 1)")
      coders[user.guid] = ImportNames.unique(base, in: &usedCoderNames)
    }
    for note in package.notes { report.notes.append(note) }
  }

  /// `note` with the text of its `plainTextPath` file, before its
  /// description; as it is, with a note in the report, when the file
  /// cannot be read.
  private mutating func withFileText(_ note: REFIDocument.Note) -> REFIDocument.Note {
    guard let path = note.plainTextPath else { return note }
    var read = note
    let label = "note '\(note.name ?? note.guid)' (line \(note.line))"
    let found: (path: String, bytes: [UInt8])?
    do {
      found = try package.source(at: path)
    } catch {
      report.notes.append("\(label): its text file could not be read (\(error.message))")
      return note
    }
    guard let found else {
      if package.isArchive {
        report.notes.append("\(label): its text file '\(path)' is not in the archive")
      }
      return note
    }
    var text = ""
    // "\r\n" is one Character: each becomes "\n"; a byte order mark is dropped.
    for character in String(decoding: found.bytes, as: UTF8.self) {
      if character == "\r\n" {
        text.append("\n")
      } else if character != "\u{FEFF}" || !text.isEmpty {
        text.append(character)
      }
    }
    let description = note.text.trimmingWhitespace()
    read.text = description.isEmpty ? text : text + "\n\n" + description
    return read
  }

  /// The coder name of the user with `guid`; a user the project does not
  /// list gets a name of its GUID's first digits, with a warning.
  mutating func coder(_ guid: String?, line: Int) -> String {
    guard let guid else {
      if let name = coders[""] { return name }
      let name = ImportNames.unique("unknown", in: &usedCoderNames)
      coders[""] = name
      report.notes.append("codings with no user anywhere are coder '\(name)''s")
      return name
    }
    if let name = coders[guid] { return name }
    let name = ImportNames.unique("user-" + guid.prefix(8), in: &usedCoderNames)
    coders[guid] = name
    diagnostics.append(
      .warning(
        "user \(guid) is not among the project's <Users>; their codings are coder '\(name)''s",
        at: SourcePosition(line: line)))
    return name
  }

  /// Reads every text source and its selections; skips the others with a line each.
  mutating func importSources() {
    var readable: [(source: REFIDocument.Source, positions: SourcePositions)] = []
    for source in document.sources {
      let label = "\(source.kind.noun) '\(source.displayName)'"
      let selections =
        source.selectionCount == 0
        ? ""
        : "; its \(source.selectionCount) selection\(source.selectionCount == 1 ? "" : "s") with it"
      guard source.kind == .text else {
        report.skipped.append(
          .init(label, "QualKit reads text sources only" + selections, line: source.line))
        continue
      }
      let text: [UInt8]
      if let content = source.plainTextContent {
        text = Array(content.utf8)
      } else if let path = source.plainTextPath {
        do {
          guard let found = try package.source(at: path) else {
            let reason =
              path.contains("://") && !path.lowercased().hasPrefix("internal://")
              ? "its text is outside the archive (\(path))"
              : package.isArchive
                ? "its text file '\(path)' is not in the archive"
                : "a .qde alone holds no source files (import the .qdpx to get '\(path)')"
            report.skipped.append(.init(label, reason + selections, line: source.line))
            continue
          }
          if !path.contains("://") {
            report.notes.append(
              "\(label): plainTextPath '\(path)' has no internal:// (read as \(found.path))")
          }
          text = found.bytes
        } catch {
          report.skipped.append(.init(label, error.message + selections, line: source.line))
          continue
        }
      } else {
        report.skipped.append(
          .init(
            label, "it has no plain text (only a rich-text file)" + selections, line: source.line))
        continue
      }
      do {
        let positions = try SourcePositions(bytes: text)
        guard positions.scalars.contains(where: { !$0.properties.isWhitespace }) else {
          report.skipped.append(.init(label, "its text is empty" + selections, line: source.line))
          continue
        }
        readable.append((source, positions))
      } catch {
        report.skipped.append(
          .init(label, "its text is not text (\(error.message))" + selections, line: source.line))
      }
    }
    let detector = PositionDetector(
      sources: readable.map { ($0.positions, $0.source.selections) }, origin: document.origin)
    if let note = detector.note { report.notes.append(note) }
    for (source, positions) in readable {
      importText(source, positions: positions, counting: detector.counting)
    }
  }

  /// Writes the codebook, the coding files and the memos, and counts.
  mutating func finish() {
    if let uncodedCode {
      codebook.codes.append(
        Code(
          id: uncodedCode, label: "Uncoded selections",
          definition:
            "Selections the other program kept without a code (such as ATLAS.ti's free quotations), each with its memo."
        ))
    }
    let codebookName = ImportNames.transcript(
      CodebookExchange.slug(codebook.name), fallback: "codebook")
    files.insert(
      QDPXImport.File(
        path: ProjectFolder.join(layout.codebooksFolder, codebookName + ".json"),
        bytes: Array(codebook.fileText.utf8)), at: 0)
    let byCoder = Dictionary(grouping: codings, by: \.coder)
    for coder in byCoder.keys.sorted() {
      var file = CodingFile(codings: byCoder[coder] ?? [], kind: .coder)
      file.codings.sort(by: Coding.fileOrder)
      files.append(
        QDPXImport.File(
          path: layout.codingFile(forCoder: coder), bytes: file.serializedBytes))
    }
    let memoFiles = writeMemos()
    report.counts = [
      .init(codebook.allCodes.count, "code"),
      .init(transcripts.count, "transcript"),
      .init(selectionCount, "selection"),
      .init(codings.count, "coding"),
      .init(byCoder.count, "coder"),
      .init(memoCount, "coding memo"),
      .init(memoFiles, "memo file"),
    ]
    if document.linkCount > 0 {
      report.skipped.append(
        .init(
          "\(document.linkCount) link\(document.linkCount == 1 ? "" : "s")", "QualKit has no links")
      )
    }
    if document.graphCount > 0 {
      report.skipped.append(
        .init(
          "\(document.graphCount) graph\(document.graphCount == 1 ? "" : "s")",
          "QualKit has no graphs"))
    }
    for set in document.sets where !set.codes.isEmpty {
      report.skipped.append(
        .init(
          "code set '\(set.name)' (\(set.codes.count) codes)", "a QualKit codebook has no sets",
          line: set.line))
    }
  }
}
