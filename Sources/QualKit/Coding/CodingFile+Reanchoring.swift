extension CodingFile {
  /// What re-anchoring did with one coding of a changed transcript.
  public struct Reanchoring: Hashable, Sendable {
    /// What happened.
    public enum Outcome: Hashable, Sendable {
      /// The stored text was found once: the coding now stands there.
      case moved(from: Span)
      /// The stored text no longer occurs in the transcript.
      case notFound
      /// The stored text occurs at several places (their spans, at most a few).
      case ambiguous([Span])
      /// The coding stores no text to look for.
      case noText
    }

    /// The coding after re-anchoring (unchanged unless it moved).
    public var coding: Coding
    /// The line of the coding file it was read from, if known.
    public var line: Int?
    /// What happened.
    public var outcome: Outcome

    /// Whether the coding was left as it was.
    public var isLeft: Bool {
      if case .moved = outcome { return false }
      return true
    }
  }

  /// The file with the codings of changed transcripts moved to where their
  /// exact stored text now stands, and what happened to each of them.
  ///
  /// A coding is looked at only when its ``Coding/transcriptHash`` differs
  /// from its transcript's ``Transcript/contentHash`` (codings without a
  /// hash, or of transcripts not given, are left alone). When its
  /// ``Coding/text`` is found exactly once in the transcript, its span and
  /// lines are set to that place and its hash to the transcript's; when it
  /// is found nowhere or at several places, it is left as it is.
  ///
  /// - Parameter transcripts: The transcripts to re-anchor against, by id.
  /// - Returns: The new file and one entry per coding looked at, in file order.
  public func reanchored(to transcripts: [String: Transcript]) -> (
    file: CodingFile, entries: [Reanchoring]
  ) {
    var result = self
    var entries: [Reanchoring] = []
    var hashes: [String: String] = [:]
    var texts: [String: [Unicode.Scalar]] = [:]
    for (index, coding) in codings.enumerated() {
      guard let transcript = transcripts[coding.transcript], let stored = coding.transcriptHash
      else { continue }
      let current = hashes[transcript.id] ?? transcript.contentHash
      hashes[transcript.id] = current
      guard stored != current else { continue }
      let line = index < sourceLines.count ? sourceLines[index] : nil
      guard let text = coding.text, !text.isEmpty else {
        entries.append(Reanchoring(coding: coding, line: line, outcome: .noText))
        continue
      }
      let haystack = texts[transcript.id] ?? Array(transcript.text.unicodeScalars)
      texts[transcript.id] = haystack
      let found = Self.occurrences(of: Array(text.unicodeScalars), in: haystack, limit: 3)
      guard found.count == 1, let range = found.first else {
        let outcome: Reanchoring.Outcome =
          found.isEmpty ? .notFound : .ambiguous(found.map { Span($0, in: transcript) })
        entries.append(Reanchoring(coding: coding, line: line, outcome: outcome))
        continue
      }
      var moved = coding
      moved.span = Span(range, in: transcript)
      moved.transcriptHash = current
      result.codings[index] = moved
      entries.append(Reanchoring(coding: moved, line: line, outcome: .moved(from: coding.span)))
    }
    return (result, entries)
  }

  /// The scalar ranges where `needle` occurs in `haystack`, at most `limit`.
  static func occurrences(
    of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], limit: Int
  ) -> [Range<Int>] {
    guard let first = needle.first, needle.count <= haystack.count else { return [] }
    var found: [Range<Int>] = []
    var start = 0
    let last = haystack.count - needle.count
    while start <= last && found.count < limit {
      if haystack[start] == first
        && haystack[start..<start + needle.count].elementsEqual(needle)
      {
        found.append(start..<start + needle.count)
      }
      start += 1
    }
    return found
  }
}
