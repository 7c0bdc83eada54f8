import Foundation

/// Builds the ``REFIDocument`` and the source files of a ``QDPXExport``.
struct QDPXExportBuilder {
  let project: Project
  let options: QDPXExport.Options
  let ids: StableIDs
  var document: REFIDocument
  /// The texts, as `sources/<name>`.
  private(set) var sourceFiles: [(name: String, bytes: [UInt8])] = []
  private(set) var report = ExchangeReport()
  private(set) var diagnostics: [Diagnostic] = []
  private var codeGUIDs: [String: UUID] = [:]
  /// Each code's place in the codebook, for the order of codings.
  private var codeOrder: [String: Int] = [:]

  init(project: Project, options: QDPXExport.Options) {
    self.project = project
    self.options = options
    let name = options.projectName ?? project.codebook?.name ?? ""
    ids = StableIDs(projectName: name)
    document = REFIDocument(name: name, origin: options.origin)
    if let codebook = project.codebook {
      let (codes, guids, found) = CodebookExchange.codes(of: codebook, ids: ids)
      document.codes = codes
      codeGUIDs = guids
      diagnostics += found.inFile(project.codebookPath ?? "codebook")
      for (index, code) in codebook.allCodes.enumerated() { codeOrder[code.id] = index }
      document.description = codebook.description
    }
  }

  /// Adds the transcripts, the accepted ones of `codings`, their coders and
  /// memos, and the participants' attributes.
  mutating func add(_ codings: [Coding]) {
    let accepted = leaveOut(codings)
    let byTranscript = Dictionary(grouping: accepted, by: \.transcript)
    var coders: Swift.Set<String> = []
    var selectionCount = 0
    var codingCount = 0
    for transcript in project.transcripts {
      var source = textSource(of: transcript)
      let text = SourceUnits(transcript: transcript, options: options)
      sourceFiles.append((ids.transcript(id: transcript.id).lowercasedString + ".txt", text.bytes))
      let spans = Dictionary(grouping: byTranscript[transcript.id] ?? [], by: \.span.range)
      for range in spans.keys.sorted(by: {
        ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound)
      }) {
        guard let units = text.units(of: range) else {
          for coding in spans[range] ?? [] {
            diagnostics.append(
              .warning(
                "\(coding.transcript) \(coding.span) \(coding.code) (\(coding.coder)): its span is not within the transcript's text after its front matter; left out"
              ))
          }
          report.skipped.append(
            ExchangeReport.Skip(
              "\(spans[range]?.count ?? 0) coding(s) of \(transcript.id) at \(range)",
              "the span is not within the transcript's text after its front matter"))
          continue
        }
        let selection = self.selection(of: spans[range] ?? [], units: units, in: transcript)
        selectionCount += 1
        codingCount += selection.codings.count
        for coding in spans[range] ?? [] { coders.insert(coding.coder) }
        source.selections.append(selection)
      }
      document.sources.append(source)
    }
    document.users = coders.sorted().map {
      REFIDocument.User(guid: ids.user(name: $0).lowercasedString, name: $0)
    }
    addAttributes()
    report.counts = [
      .init(project.codebook?.allCodes.count ?? 0, "code"),
      .init(project.transcripts.count, "transcript"),
      .init(document.users.count, "coder"),
      .init(selectionCount, "coded span"),
      .init(codingCount, "coding"),
      .init(document.notes.count, "memo"),
      .init(document.variables.count, "attribute"),
      .init(document.cases.count, "case"),
    ]
  }

  /// The accepted codings of known transcripts and codes, one per
  /// application; the others are counted as left out.
  private mutating func leaveOut(_ codings: [Coding]) -> [Coding] {
    var kept: [Coding] = []
    var seen: Swift.Set<Coding.ApplicationKey> = []
    var proposed = 0
    var rejected = 0
    var duplicates = 0
    var exemplars = 0
    var unknownCodes: [String: Int] = [:]
    var unknownTranscripts: [String: Int] = [:]
    for coding in codings {
      switch coding.status {
      case .proposed:
        proposed += 1
        continue
      case .rejected:
        rejected += 1
        continue
      case .accepted: break
      }
      guard project.catalog.byID[coding.transcript] != nil else {
        unknownTranscripts[coding.transcript, default: 0] += 1
        continue
      }
      guard codeGUIDs[coding.code] != nil else {
        unknownCodes[coding.code, default: 0] += 1
        continue
      }
      var key = coding.applicationKey
      key.origin = .manual
      guard seen.insert(key).inserted else {
        duplicates += 1
        continue
      }
      if coding.isExemplar { exemplars += 1 }
      kept.append(coding)
    }
    func plural(_ count: Int, _ noun: String) -> String {
      "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
    if proposed > 0 {
      report.skipped.append(
        .init(
          plural(proposed, "proposal") + " not yet reviewed",
          "REFI-QDA has no proposals; review them first (qualkit review)"))
    }
    if rejected > 0 {
      report.skipped.append(
        .init(plural(rejected, "rejected proposal"), "REFI-QDA has no rejected codings"))
    }
    if duplicates > 0 {
      report.skipped.append(
        .init(
          plural(duplicates, "duplicate coding"),
          "a coder applied the same code to the same span twice; it is exported once"))
    }
    for (code, count) in unknownCodes.sorted(by: { $0.key < $1.key }) {
      report.skipped.append(
        .init(plural(count, "coding") + " of code '\(code)'", "the codebook has no such code"))
    }
    for (transcript, count) in unknownTranscripts.sorted(by: { $0.key < $1.key }) {
      report.skipped.append(
        .init(
          plural(count, "coding") + " of transcript '\(transcript)'",
          "the project has no such transcript"))
    }
    if exemplars > 0 {
      report.notes.append(
        "\(plural(exemplars, "coding")) marked as exemplar exported as plain codings: REFI-QDA has no exemplar mark"
      )
    }
    return kept
  }

  /// The source of `transcript`, without selections.
  private func textSource(of transcript: Transcript) -> REFIDocument.Source {
    let guid = ids.transcript(id: transcript.id).lowercasedString
    return REFIDocument.Source(
      kind: .text, guid: guid, name: transcript.id, plainTextPath: "internal://\(guid).txt")
  }

  /// The selection of one span: one coding per code and coder, in codebook
  /// order, each with its memo as a note.
  private mutating func selection(
    of codings: [Coding], units: Range<Int>, in transcript: Transcript
  ) -> REFIDocument.Selection {
    let sorted = codings.sorted {
      let (a, b) = (codeOrder[$0.code] ?? 0, codeOrder[$1.code] ?? 0)
      return a != b ? a < b : $0.coder < $1.coder
    }
    let span = codings[0].span
    // GUIDs hash the span's place in the exported text (after the front
    // matter), so that a front matter written anew keeps them.
    let bodyStart = transcript.bodyStart
    var bodySpan = span
    bodySpan.start -= bodyStart
    bodySpan.end -= bodyStart
    var selection = REFIDocument.Selection(
      guid: ids.selection(transcript: transcript.id, span: bodySpan).lowercasedString,
      name: Self.name(of: transcript.text(in: span.range)), start: units.lowerBound,
      end: units.upperBound,
      creatingUser: sorted.first.map { ids.user(name: $0.coder).lowercasedString })
    for coding in sorted {
      var placed = coding
      placed.span = bodySpan
      let guid = ids.coding(placed)
      var element = REFIDocument.Coding(
        guid: guid.lowercasedString, creatingUser: ids.user(name: coding.coder).lowercasedString,
        code: codeGUIDs[coding.code]?.lowercasedString)
      if let memo = coding.memo, !memo.isEmpty {
        let note = ids.memo(ofCoding: guid).lowercasedString
        element.noteRefs = [note]
        let label = project.index?.code(coding.code)?.label ?? coding.code
        document.notes.append(
          REFIDocument.Note(
            guid: note, name: "\(transcript.id), \(label) (\(coding.coder))",
            creatingUser: element.creatingUser, text: memo))
      }
      selection.codings.append(element)
    }
    return selection
  }

  /// A selection's name: its text, cut after 100 characters with `…`.
  static func name(of text: String) -> String {
    let scalars = text.unicodeScalars
    guard scalars.count > 100 else { return text }
    var name = String.UnicodeScalarView(scalars.prefix(99))
    name.append("…")
    return String(name)
  }
}
