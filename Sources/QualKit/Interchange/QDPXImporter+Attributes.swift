extension QDPXImporter {
  /// The attributes of a source as front-matter keys and values, sorted by
  /// key, `speakers` (a speaker map) last: its case's variable values, its
  /// own, a `case` naming its case when that is not the source's own name,
  /// and `yes` for each set of sources it is in.
  func attributes(of source: REFIDocument.Source, id: String) -> [(key: String, value: String)] {
    var names: [String: String] = [:]
    for variable in document.variables where names[variable.guid] == nil {
      names[variable.guid] = variable.name
    }
    var values: [String: String] = [:]
    func add(_ value: REFIDocument.VariableValue) {
      guard let name = names[value.variable] else { return }
      var key = ImportNames.attribute(name)
      if key == "id" { key = "id (variable)" }
      let text = value.value.trimmingWhitespace()
      if !text.isEmpty { values[key] = value.value }
    }
    for item in document.cases where item.sources.contains(source.guid) {
      for value in item.values
      where values[names[value.variable].map(ImportNames.attribute) ?? ""] == nil {
        add(value)
      }
      if let name = item.name?.trimmingWhitespace(), !name.isEmpty, name != id,
        name != source.name, values["case"] == nil
      {
        values["case"] = name
      }
    }
    for value in source.values { add(value) }
    for set in document.sets where set.sources.contains(source.guid) {
      var key = ImportNames.attribute(set.name)
      if values[key] != nil || key == "id" || key == "speakers" { key += " (set)" }
      values[key] = "yes"
    }
    return values.sorted { a, b in
      let (x, y) = (a.key == "speakers", b.key == "speakers")
      return x != y ? !x : a.key < b.key
    }.map { ($0.key, $0.value) }
  }

  /// Writes each note that no coding took as `Memos/<name>.md`, with what it
  /// is about, and each source's and case's description likewise.
  ///
  /// - Returns: How many memo files were written.
  mutating func writeMemos() -> Int {
    var about: [String: String] = [:]
    for note in document.noteRefs { about[note] = "the project" }
    for (code, _) in document.flattenedCodes {
      for note in code.noteRefs { about[note] = "code '\(code.name)'" }
    }
    for source in document.sources {
      for note in source.noteRefs {
        about[note] = "\(source.kind.noun) '\(source.displayName)'"
      }
    }
    for set in document.sets {
      for note in set.notes { about[note] = about[note] ?? "set '\(set.name)'" }
    }
    var memos: [(name: String, about: String?, author: String?, text: String)] = []
    for note in document.notes where !usedNotes.contains(note.guid) {
      let author = note.creatingUser.flatMap { coders[$0] }
      memos.append(
        (note.name ?? "Note", about[note.guid], author, notes[note.guid]?.text ?? note.text))
    }
    for source in document.sources {
      guard let text = source.description?.trimmingWhitespace(), !text.isEmpty else { continue }
      let name = source.displayName
      memos.append(("Description of \(name)", "\(source.kind.noun) '\(name)'", nil, text))
    }
    for item in document.cases {
      guard let text = item.description?.trimmingWhitespace(), !text.isEmpty else { continue }
      let name = item.name ?? item.guid
      memos.append(("Description of case \(name)", "case '\(name)'", nil, text))
    }
    var used: Swift.Set<String> = []
    for memo in memos {
      let stem = ImportNames.unique(ImportNames.transcript(memo.name, fallback: "note"), in: &used)
      var text = "# \(memo.name)\n\n"
      if let about = memo.about { text += "About \(about).\n" }
      if let author = memo.author { text += "By \(author).\n" }
      if memo.about != nil || memo.author != nil { text += "\n" }
      text += memo.text + (memo.text.hasSuffix("\n") ? "" : "\n")
      files.append(QDPXImport.File(path: "Memos/\(stem).md", bytes: Array(text.utf8)))
    }
    if selectionMemoCount > 0 {
      report.notes.append(
        "\(selectionMemoCount) memo\(selectionMemoCount == 1 ? "" : "s") read from selections' descriptions (where ATLAS.ti writes them) into their codings' memos"
      )
    }
    if duplicateCount > 0 {
      report.notes.append(
        "\(duplicateCount) coding\(duplicateCount == 1 ? "" : "s") repeated a coder's code on the same span; kept once, memos joined"
      )
    }
    if let uncodedCode {
      let count = codings.filter { $0.code == uncodedCode }.count
      report.notes.append(
        "\(count) selection\(count == 1 ? "" : "s") without a code kept as their creators' codings of '\(uncodedCode)' (added to the codebook)"
      )
    }
    return memos.count
  }
}
