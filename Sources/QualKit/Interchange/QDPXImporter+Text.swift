import Foundation

extension QDPXImporter {
  /// Adds the transcript of one text source and the codings of its selections.
  mutating func importText(
    _ source: REFIDocument.Source, positions: SourcePositions, counting: PositionCounting
  ) {
    let label = "text source '\(source.displayName)'"
    let id = ImportNames.unique(
      ImportNames.transcript(source.displayName, fallback: "source-\(transcripts.count + 1)"),
      in: &usedTranscriptNames)
    let body = positions.decoded.text
    let attributes = self.attributes(of: source, id: id)
    var header = ""
    let firstLine = body.prefix { $0 != "\n" }.trimmingCharacters(in: " \t")
    if !attributes.isEmpty || firstLine == "---" {
      header = "---\nid: \(ImportNames.frontMatterValue(id))\n"
      for (key, value) in attributes {
        header += "\(key): \(ImportNames.frontMatterValue(value))\n"
      }
      header += "---\n"
      header = header.precomposedStringWithCanonicalMapping
    }
    let text = header + body
    let transcript: Transcript
    do {
      var ignored: [Diagnostic] = []
      transcript = try Transcript(
        parsing: Array(text.utf8), format: .text, fallbackID: id, diagnostics: &ignored)
    } catch {
      report.skipped.append(
        .init(label, "its text cannot be read as a transcript: \(error.message)", line: source.line)
      )
      return
    }
    let offset = header.unicodeScalars.count
    guard transcript.bodyStart == offset, transcript.text.utf8.elementsEqual(text.utf8) else {
      report.skipped.append(
        .init(label, "its front matter would not read back as written", line: source.line))
      return
    }
    transcripts[source.guid] = id
    files.append(
      QDPXImport.File(
        path: ProjectFolder.join(layout.transcriptsFolder, id + ".txt"), bytes: Array(text.utf8)))
    for selection in source.selections {
      guard
        let range = positions.range(selection.start, selection.end, counting: counting),
        range.upperBound <= positions.scalars.count
      else {
        let count = selection.codings.count
        diagnostics.append(
          .warning(
            "<PlainTextSelection> at positions \(selection.start)–\(selection.end) lies outside \(label) (\(positions.scalars.count) characters, counted as \(counting.description)); left out with its \(count) coding\(count == 1 ? "" : "s")",
            at: SourcePosition(line: selection.line)))
        report.skipped.append(
          .init(
            "selection \(selection.start)–\(selection.end) of \(label)",
            "it lies outside the text", line: selection.line))
        continue
      }
      let span = Span(offset + range.lowerBound..<offset + range.upperBound, in: transcript)
      addSelection(selection, span: span, in: transcript, source: source)
    }
    for coding in source.codings {
      let whole = Span(offset..<transcript.lines.scalarCount, in: transcript)
      add(
        coding, span: whole, in: transcript, source: source, memos: [],
        fallbackUser: source.creatingUser)
    }
  }

  /// The codings of one selection, each with the selection's memos.
  private mutating func addSelection(
    _ selection: REFIDocument.Selection, span: Span, in transcript: Transcript,
    source: REFIDocument.Source
  ) {
    selectionCount += 1
    var memos = selection.noteRefs.compactMap { noteText($0, line: selection.line) }
    if let description = selection.description?.trimmingWhitespace(), !description.isEmpty {
      memos.append(description)
      selectionMemoCount += 1
    }
    let user = selection.creatingUser ?? source.creatingUser
    guard !selection.codings.isEmpty else {
      let code = uncodedCodeID()
      appendCoding(
        code: code, coder: coder(user ?? document.creatingUser, line: selection.line), span: span,
        in: transcript, memos: memos)
      return
    }
    for coding in selection.codings {
      add(coding, span: span, in: transcript, source: source, memos: memos, fallbackUser: user)
    }
  }

  /// One `Coding` as a QualKit coding, or a warning when its code is missing.
  private mutating func add(
    _ coding: REFIDocument.Coding, span: Span, in transcript: Transcript,
    source: REFIDocument.Source, memos: [String], fallbackUser: String?
  ) {
    guard let guid = coding.code, let code = codeIDs[guid] else {
      diagnostics.append(
        .warning(
          coding.code.map {
            "<Coding> refers to code \($0), which the codebook does not have; left out"
          }
            ?? "<Coding> has no <CodeRef>; left out",
          at: SourcePosition(line: coding.line)))
      report.skipped.append(
        .init(
          "coding in text source '\(source.displayName)'",
          "its code is not in the codebook", line: coding.line))
      return
    }
    let own = coding.noteRefs.compactMap { noteText($0, line: coding.line) }
    appendCoding(
      code: code,
      coder: coder(coding.creatingUser ?? fallbackUser ?? document.creatingUser, line: coding.line),
      span: span, in: transcript, memos: own + memos)
  }

  private mutating func appendCoding(
    code: String, coder: String, span: Span, in transcript: Transcript, memos: [String]
  ) {
    // Hashing reads the whole text: once per transcript.
    let hash = hashes[transcript.id] ?? transcript.contentHash
    hashes[transcript.id] = hash
    let memo = memos.isEmpty ? nil : memos.joined(separator: "\n\n")
    let coding = Coding(
      transcript: transcript.id, code: code, coder: coder, span: span, memo: memo,
      text: transcript.text(in: span.range), transcriptHash: hash)
    if let index = codingIndex[coding.applicationKey] {
      // The same code on the same span by the same coder: one coding, memos joined.
      if let memo, codings[index].memo != memo {
        codings[index].memo = [codings[index].memo, memo].compactMap { $0 }.joined(
          separator: "\n\n")
      }
      duplicateCount += 1
      return
    }
    if memo != nil { memoCount += 1 }
    codingIndex[coding.applicationKey] = codings.count
    codings.append(coding)
  }

  /// The text of the note with `guid`, marked as used; nil with a warning
  /// when the project has no such note.
  private mutating func noteText(_ guid: String, line: Int) -> String? {
    guard let note = notes[guid] else {
      diagnostics.append(
        .warning(
          "<NoteRef> refers to note \(guid), which the project does not have",
          at: SourcePosition(line: line)))
      return nil
    }
    usedNotes.insert(guid)
    return note.text.trimmingWhitespace().isEmpty ? nil : note.text
  }

  /// The id of the code that selections without a code get.
  private mutating func uncodedCodeID() -> String {
    if let uncodedCode { return uncodedCode }
    var used = Swift.Set(codebook.allCodes.map { $0.id.lowercased() })
    let id = ImportNames.unique("uncoded", in: &used)
    uncodedCode = id
    return id
  }
}
