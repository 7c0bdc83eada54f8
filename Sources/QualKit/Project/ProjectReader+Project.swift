extension ProjectReader {
  /// Loads the whole project.
  ///
  /// - Parameters:
  ///   - codebookPath: The codebook to use instead of the project's own.
  ///   - requiresCodebook: Whether a project without a codebook is an error.
  ///   - transcriptsFolder: The transcripts folder instead of the project's own.
  ///   - codingPaths: The coding files to read instead of every file in the
  ///     codings folder.
  ///   - order: The order of the transcripts (file name order by default).
  /// - Returns: The project, its diagnostics being those of this reader.
  /// - Throws: ``ProjectError`` for what cannot be read, or a codebook that
  ///   is missing (when required), ambiguous or invalid.
  public mutating func project(
    codebookPath: String? = nil, requiresCodebook: Bool = false,
    transcriptsFolder: String? = nil, codingPaths: [String]? = nil,
    order: TranscriptOrder = .file
  ) throws(ProjectError) -> Project {
    var path: String?
    if requiresCodebook || codebookPath != nil || hasDefaultCodebook() {
      path = try self.codebookPath(codebookPath)
    }
    let codebook = try path.map { path throws(ProjectError) in try self.codebook(at: path) }
    let folderPath = transcriptsFolder ?? layout.transcriptsFolder
    var transcripts: [Transcript] = []
    var transcriptPaths: [String: String] = [:]
    var table: ParticipantTable?
    if folder.exists(folderPath) {
      table = try participants(inFolder: folderPath)
      try forEachTranscript(inFolder: folderPath, participants: table) { transcript, file in
        transcripts.append(transcript)
        transcriptPaths[transcript.id] = file
      }
    }
    let participantsFile = ProjectFolder.join(folderPath, layout.participantsFile)
    if let table {
      // The table's own warnings (a column mixing numbers and text) at its lines.
      var found: [Diagnostic] = []
      _ = Participants(table, diagnostics: &found)
      diagnostics += found.inFile(participantsFile)
      diagnostics += Self.unmatchedParticipants(
        table, transcripts: transcripts, file: participantsFile)
    }
    // One typed view of every participant's attributes, front matter included.
    var typing: [Diagnostic] = []
    let participants =
      transcripts.isEmpty
      ? nil : Participants(transcripts: transcripts, table: table, diagnostics: &typing)
    // Columns of the front matter that mix numbers and text (the table's own
    // were reported above, at their lines).
    let tableColumns = Set(table?.columns ?? [])
    diagnostics += typing.filter { warning in
      !tableColumns.contains { warning.message.hasPrefix("column '\($0)' ") }
    }
    if case .attribute(let name) = order,
      !transcripts.contains(where: { $0.attributes[name] != nil })
    {
      let names = Set(transcripts.flatMap(\.attributes.keys))
      throw ProjectError(
        .invalidData,
        "no transcript has the attribute '\(name)' to order by"
          + Suggestions.hint(nearest: Suggestions.nearest(to: name, in: names, limit: 3)))
    }
    let byID = Dictionary(transcripts.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var files: [CodingStore.Loaded] = []
    let paths: [String]
    if let codingPaths { paths = codingPaths } else { paths = try self.codingPaths() }
    for file in paths {
      let loaded = try codingFile(at: file)
      diagnostics += CodingCheck.warnings(
        for: loaded.file.codings, lines: loaded.file.sourceLines, codebook: codebook,
        transcripts: transcripts.isEmpty ? nil : byID
      ).inFile(file)
      files.append(loaded)
    }
    var project = Project(
      layout: layout, codebook: codebook, transcripts: order.sorted(transcripts),
      participants: participants, codingFiles: files, diagnostics: diagnostics,
      transcriptPaths: transcriptPaths, transcriptsFolder: folderPath)
    project.codebookPath = path
    project.catalog.participants = table
    return project
  }

  /// A warning for each row of the participants table whose id is no
  /// transcript's (a typo, or a transcript not added yet), with the nearest ids.
  static func unmatchedParticipants(
    _ table: ParticipantTable, transcripts: [Transcript], file: String
  ) -> [Diagnostic] {
    let ids = Set(transcripts.map(\.id))
    guard !ids.isEmpty else { return [] }
    return table.records.keys.sorted().compactMap { id -> Diagnostic? in
      guard !ids.contains(id), let record = table.record(for: id) else { return nil }
      let nearest = Suggestions.nearest(to: id, in: ids, limit: 3)
      return .warning(
        "participant '\(id)' matches no transcript, so its attributes are used nowhere"
          + Suggestions.hint(nearest: nearest),
        at: SourcePosition(line: record.line)
      ).inFile(file)
    }
  }
}
