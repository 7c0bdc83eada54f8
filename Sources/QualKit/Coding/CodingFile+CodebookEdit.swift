extension CodingFile {
  /// The file with its codings recoded to follow a codebook edit, and how
  /// many codings changed.
  ///
  /// A rename changes the code of each coding of the old id. A merge
  /// recodes each coding of a merged code, keeping its origin, status and
  /// memo and adding ``CodebookEdit/mergeNote(from:)`` to the memo; a
  /// recoded coding that is then the same application as one already in
  /// the file (same transcript, coder, span and origin) is folded into it,
  /// its memo and note added to the one kept. Moves and additions change no
  /// coding. Header, kind and unknown members stay as they are.
  public func applying(_ edit: CodebookEdit) -> (file: CodingFile, changed: Int) {
    let recode: [String: String]
    let isMerge: Bool
    switch edit {
    case .renameCode(let from, let to):
      recode = [from: to]
      isMerge = false
    case .merge(let from, let into):
      recode = Dictionary(from.map { ($0, into) }, uniquingKeysWith: { first, _ in first })
      isMerge = true
    case .move, .add:
      return (self, 0)
    }
    var result = self
    var changed = 0
    var kept: [Coding] = []
    var keptLines: [Int] = []
    var positions: [Coding.ApplicationKey: Int] = [:]
    for (offset, coding) in codings.enumerated() where recode[coding.code] == nil {
      positions[coding.applicationKey] = positions[coding.applicationKey] ?? kept.count
      kept.append(coding)
      if offset < sourceLines.count { keptLines.append(sourceLines[offset]) }
    }
    for (offset, coding) in codings.enumerated() {
      guard let target = recode[coding.code] else { continue }
      changed += 1
      var recoded = coding
      recoded.code = target
      if isMerge {
        let note = CodebookEdit.mergeNote(from: coding.code)
        recoded.memo = coding.memo.map { "\($0) (\(note))" } ?? note
        if let existing = positions[recoded.applicationKey] {
          let memo = kept[existing].memo
          kept[existing].memo = memo.map { "\($0); \(recoded.memo ?? note)" } ?? recoded.memo
          continue
        }
      }
      positions[recoded.applicationKey] = kept.count
      kept.append(recoded)
      if offset < sourceLines.count { keptLines.append(sourceLines[offset]) }
    }
    result.codings = kept
    result.sourceLines = keptLines.count == kept.count ? keptLines : []
    return (result, changed)
  }
}
