/// A coding file after its transcripts were pseudonymised: codings moved
/// to where their words now stand, and stored quotes, memos and unknown
/// members pseudonymised.
///
/// A coding is moved through its transcript's map
/// (``CodingFile/realigned(to:)``) and covers the same words, a name in
/// them replaced by its pseudonym. One that covered part of a name (it
/// started or ended inside it) grows to the whole pseudonym, since which
/// part of the pseudonym the part of the name would be is not known; it
/// is counted in ``grown``. One whose transcript had changed before (its
/// hash is another version's) keeps its offsets and is listed, its quote
/// still pseudonymised, so that `qualkit reanchor` can find it afterwards.
public struct CodingFilePseudonymization: Sendable {
  /// The file.
  public var path: String
  /// The new file; nil when nothing changed.
  public var bytes: [UInt8]?
  /// How many codings moved with their words.
  public var moved = 0
  /// How many codings grew to cover a whole pseudonym.
  public var grown = 0
  /// Every original found in quotes, memos and members, replaced.
  public var occurrences: [PseudonymOccurrence] = []
  /// The codings not moved (stale or out of range), and the file's warnings.
  public var diagnostics: [Diagnostic] = []

  /// Pseudonymises the coding file `file` read from `path`.
  ///
  /// - Parameters:
  ///   - path: The file's path, for messages.
  ///   - file: The file as read.
  ///   - changes: The pseudonymised transcripts, by id.
  ///   - pseudonymizer: What replaces the originals.
  ///   - kept: Transcripts left out of this run, whose codings' quotes
  ///     must keep matching their text.
  public init(
    path: String, file: CodingFile, changes: [String: CodingFile.TranscriptChange],
    pseudonymizer: Pseudonymizer, keepingQuotesOf kept: Set<String>
  ) {
    self.path = path
    var (result, unmoved) = file.realigned(to: changes)
    var stale: [Int] = []
    // The codings whose quotes are now their new transcript's words: they
    // hold no original the transcript does not, and must keep matching it.
    var settled = Set<Int>()
    for (index, coding) in file.codings.enumerated() where changes[coding.transcript] != nil {
      moved += 1
      settled.insert(index)
    }
    for entry in unmoved {
      let line = entry.line.map { SourcePosition(line: $0) }
      let label =
        "the \(entry.coding.transcript) coding of '\(entry.coding.code)' (\(entry.coding.coder))"
      let index = result.codings.indices.first {
        result.codings[$0] == entry.coding
          && ($0 < result.sourceLines.count ? result.sourceLines[$0] : nil) == entry.line
      }
      switch entry.reason {
      case .partlyReplaced:
        guard let change = changes[entry.coding.transcript],
          let range = change.map.map(entry.coding.span.range),
          let index
        else {
          if let index { settled.remove(index) }
          continue
        }
        var coding = entry.coding
        coding.span = Span(range, in: change.transcript)
        if coding.text != nil { coding.text = change.transcript.text(in: range) }
        if coding.transcriptHash != nil { coding.transcriptHash = change.transcript.contentHash }
        result.codings[index] = coding
        grown += 1
      case .stale:
        moved -= 1
        stale.append(entry.line ?? 0)
        if let index { settled.remove(index) }
      case .emptied, .outOfRange:
        moved -= 1
        if let index { settled.remove(index) }
        diagnostics.append(
          .warning(
            "\(label) lies outside its transcript's text and was left where it was; its quote and memo were pseudonymised",
            at: line, file: path))
      }
    }
    if !stale.isEmpty {
      diagnostics.append(
        .warning(
          "\(stale.count == 1 ? "1 coding was" : "\(stale.count) codings were") made on another version of \(stale.count == 1 ? "its" : "their") transcript (line\(stale.count == 1 ? "" : "s") \(Self.ranges(stale))), so \(stale.count == 1 ? "it was" : "they were") not moved, only \(stale.count == 1 ? "its" : "their") quotes and memos pseudonymised; run 'qualkit reanchor' to place \(stale.count == 1 ? "it" : "them")",
          file: path))
    }
    moved -= grown
    for index in result.codings.indices {
      let line = index < result.sourceLines.count ? result.sourceLines[index] : nil
      var coding = result.codings[index]
      if !kept.contains(coding.transcript), !settled.contains(index), let text = coding.text {
        coding.text = substitute(text, line: line, place: .quote, pseudonymizer)
      }
      if let memo = coding.memo {
        coding.memo = substitute(memo, line: line, place: .memo, pseudonymizer)
      }
      // A learned model's reasons quote the passage's words.
      if var evidence = coding.evidence {
        for reason in evidence.reasons.indices {
          evidence.reasons[reason].words = substitute(
            evidence.reasons[reason].words, line: line, place: .member("model"), pseudonymizer)
        }
        coding.evidence = evidence
      }
      coding.extraMembers = coding.extraMembers.map { member in
        guard let strings = JSONStrings(Array(member.json.utf8)) else { return member }
        let changed = strings.substituted(skipping: []) { text in
          substitute(text, line: line, place: .member(member.key), pseudonymizer)
        }
        return JSONRawMember(key: member.key, json: String(decoding: changed, as: UTF8.self))
      }
      result.codings[index] = coding
    }
    if result != file { bytes = result.serializedBytes }
  }

  /// `1–3, 7, 9–10`: sorted numbers as runs.
  static func ranges(_ numbers: [Int]) -> String {
    var runs: [String] = []
    var index = 0
    let sorted = numbers.sorted()
    while index < sorted.count {
      var end = index
      while end + 1 < sorted.count && sorted[end + 1] == sorted[end] + 1 { end += 1 }
      runs.append(end == index ? "\(sorted[index])" : "\(sorted[index])–\(sorted[end])")
      index = end + 1
    }
    return runs.joined(separator: ", ")
  }

  /// `text` pseudonymised, each original it held recorded at `line`.
  private mutating func substitute(
    _ text: String, line: Int?, place: PseudonymOccurrence.Place, _ pseudonymizer: Pseudonymizer
  ) -> String {
    let found = pseudonymizer.replacements(in: text)
    guard !found.isEmpty else { return text }
    for replacement in found {
      occurrences.append(
        PseudonymOccurrence(
          file: path, position: line.map { SourcePosition(line: $0) }, found: replacement.found,
          pseudonym: replacement.pseudonym, category: replacement.category, place: place))
    }
    return pseudonymizer.applied(to: text)
  }
}
