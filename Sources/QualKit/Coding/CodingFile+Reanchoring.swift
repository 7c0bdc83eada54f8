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
  /// - Complexity: One pass over each changed transcript for all the texts
  ///   looked for in it (per distinct text length up to 32 scalars), plus
  ///   a comparison at each place where a text's first 32 scalars match.
  public func reanchored(to transcripts: [String: Transcript]) -> (
    file: CodingFile, entries: [Reanchoring]
  ) {
    // The codings to look at, and every distinct text to look for in each
    // transcript, found in one pass each.
    var looked: [(index: Int, transcript: Transcript, hash: String, needle: Int?)] = []
    var needles: [String: [[Unicode.Scalar]]] = [:]
    var needleIndex: [String: [String: Int]] = [:]
    var hashes: [String: String] = [:]
    for (index, coding) in codings.enumerated() {
      guard let transcript = transcripts[coding.transcript], let stored = coding.transcriptHash
      else { continue }
      let current = hashes[transcript.id] ?? transcript.contentHash
      hashes[transcript.id] = current
      guard stored != current else { continue }
      guard let text = coding.text, !text.isEmpty else {
        looked.append((index, transcript, current, nil))
        continue
      }
      if let known = needleIndex[transcript.id]?[text] {
        looked.append((index, transcript, current, known))
      } else {
        let number = needles[transcript.id, default: []].count
        needles[transcript.id, default: []].append(Array(text.unicodeScalars))
        needleIndex[transcript.id, default: [:]][text] = number
        looked.append((index, transcript, current, number))
      }
    }
    var places: [String: [[Range<Int>]]] = [:]
    for (id, list) in needles {
      guard let transcript = transcripts[id] else { continue }
      places[id] = Self.occurrences(
        of: list, in: Array(transcript.text.unicodeScalars), limit: 3)
    }

    var result = self
    var entries: [Reanchoring] = []
    for (index, transcript, current, needle) in looked {
      let coding = codings[index]
      let line = index < sourceLines.count ? sourceLines[index] : nil
      guard let needle else {
        entries.append(Reanchoring(coding: coding, line: line, outcome: .noText))
        continue
      }
      let found = places[transcript.id]?[needle] ?? []
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

  /// The scalar ranges where each of `needles` occurs in `haystack`, at
  /// most `limit` each, in order.
  ///
  /// Needles are grouped by the length of their prefix window (their length,
  /// at most 32); each group is found in one pass of a rolling hash of that
  /// window over the haystack, and a needle whose window's hash matches is
  /// compared in full there.
  static func occurrences(
    of needles: [[Unicode.Scalar]], in haystack: [Unicode.Scalar], limit: Int
  ) -> [[Range<Int>]] {
    var results = [[Range<Int>]](repeating: [], count: needles.count)
    var byWindow: [Int: [UInt64: [Int]]] = [:]
    for (number, needle) in needles.enumerated()
    where !needle.isEmpty && needle.count <= haystack.count {
      let window = min(needle.count, 32)
      byWindow[window, default: [:]][windowHash(needle[0..<window]), default: []].append(number)
    }
    for (window, table) in byWindow {
      var power: UInt64 = 1
      for _ in 1..<window { power = power &* hashBase }
      var hash = windowHash(haystack[0..<window])
      var start = 0
      while true {
        if let candidates = table[hash] {
          for number in candidates where results[number].count < limit {
            let needle = needles[number]
            if start + needle.count <= haystack.count
              && haystack[start..<start + needle.count].elementsEqual(needle)
            {
              results[number].append(start..<start + needle.count)
            }
          }
        }
        guard start + window < haystack.count else { break }
        hash =
          (hash &- UInt64(haystack[start].value) &* power) &* hashBase
          &+ UInt64(haystack[start + window].value)
        start += 1
      }
    }
    return results
  }

  /// The multiplier of the rolling hash.
  private static let hashBase: UInt64 = 0x100_0000_01B3

  /// The polynomial hash of `scalars` (wrapping), as the rolling hash keeps it.
  private static func windowHash(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
    var hash: UInt64 = 0
    for scalar in scalars { hash = hash &* hashBase &+ UInt64(scalar.value) }
    return hash
  }

  /// The scalar ranges where `needle` occurs in `haystack`, at most `limit`:
  /// the obvious search, kept as the reference for ``occurrences(of:in:limit:)``
  /// of several needles.
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
