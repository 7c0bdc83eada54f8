/// Code × code co-occurrence: how often two codes are applied in the same
/// unit, with the Jaccard index.
///
/// Units:
/// - `turn`: speaker turns that both codes' segments touch;
/// - `transcript`: transcripts with both codes;
/// - `overlap`: pairs of segments whose spans overlap; the Jaccard index is
///   then that of the coded text (characters coded with both / with either).
///
/// For turn and transcript, Jaccard = units with both / units with either.
/// With `depth`, a code deeper than that is counted as its ancestor at that
/// depth (`depth: 1` compares themes). Pairs that never co-occur are left out;
/// rows are in codebook order of the first code, then the second.
public enum CodeCooccurrence {
  /// The unit two codes co-occur in.
  public enum Unit: String, Hashable, Sendable, CaseIterable {
    /// A speaker turn.
    case turn
    /// A transcript.
    case transcript
    /// Overlapping segments.
    case overlap
  }

  /// The co-occurrences as a table of code pairs.
  ///
  /// - Parameters:
  ///   - selection: The segments and transcripts to count.
  ///   - index: The codebook.
  ///   - unit: What counts as co-occurring.
  ///   - depth: Roll codes deeper than this up to their ancestor at this depth.
  ///   - words: The vocabulary of the caption, titles and labels.
  /// - Returns: A row per pair of codes that co-occur.
  public static func table(
    _ selection: CodedSegments, index: CodebookIndex, unit: Unit, depth: Int? = nil,
    words: Vocabulary = .english
  ) -> Table {
    let catalog = Dictionary(uniqueKeysWithValues: selection.transcripts.map { ($0.id, $0) })
    func rolledUp(_ code: String) -> String? {
      guard var entry = index[code] else { return nil }
      while let depth, entry.depth >= depth, let parent = entry.parent, let up = index[parent] {
        entry = up
      }
      return entry.code.id
    }
    let segments = selection.segments.compactMap { segment -> Placed? in
      guard let transcript = catalog[segment.transcript], let code = rolledUp(segment.code)
      else { return nil }
      return Placed(span: segment.span, code: code, transcript: transcript)
    }
    let tally = unit == .overlap ? overlapTally(segments) : unitTally(segments, unit: unit)
    let (name, plural): (Phrase, Phrase) =
      switch unit {
      case .turn: (.turn, .turns)
      case .transcript: (.transcript, .transcripts)
      case .overlap: (.overlap, .overlap)
      }
    var table = Table(
      id: "cooccurrence",
      caption: words(.cooccurrenceCaption, words[name])
        + (depth.map { words(.rolledUpToDepth, $0) } ?? ""),
      preamble: [
        selection.summary(in: words),
        unit == .overlap ? words[.overlapPreamble] : words(.unitPreamble, words[plural]),
      ],
      columns: [
        Table.Column("codeA", title: words[.codeA]), Table.Column("codeB", title: words[.codeB]),
        Table.Column("both", title: words[.both], isNumeric: true),
        Table.Column("countA", title: "A", isNumeric: true),
        Table.Column("countB", title: "B", isNumeric: true),
        Table.Column("jaccard", title: "Jaccard", isNumeric: true),
      ], language: words.language)
    let order = Dictionary(uniqueKeysWithValues: index.entries.map { ($0.code.id, $0.order) })
    let pairs = tally.both.keys.map { pair in
      (order[pair.a] ?? 0) <= (order[pair.b] ?? 0) ? (pair.a, pair.b, pair) : (pair.b, pair.a, pair)
    }.sorted { (order[$0.0] ?? 0, order[$0.1] ?? 0) < (order[$1.0] ?? 0, order[$1.1] ?? 0) }
    for (a, b, pair) in pairs {
      table.rows.append(
        Table.Row([
          .code(id: a, label: index.code(a).map(words.label) ?? a),
          .code(id: b, label: index.code(b).map(words.label) ?? b),
          .integer(tally.both[pair] ?? 0), .integer(tally.single[a] ?? 0),
          .integer(tally.single[b] ?? 0),
          tally.jaccard[pair].map { .number($0, decimals: 3) } ?? .empty,
        ]))
    }
    return table
  }

  /// A segment with its (rolled-up) code and transcript.
  private struct Placed {
    var span: Span
    var code: String
    var transcript: Transcript
  }

  /// Two codes, unordered.
  struct Pair: Hashable {
    var a: String
    var b: String

    init(_ first: String, _ second: String) {
      (a, b) = first < second ? (first, second) : (second, first)
    }
  }

  private struct Tally {
    var both: [Pair: Int] = [:]
    var single: [String: Int] = [:]
    var jaccard: [Pair: Double] = [:]
  }

  private static func unitTally(_ segments: [Placed], unit: Unit) -> Tally {
    var units: [String: Set<String>] = [:]
    for segment in segments {
      if unit == .transcript {
        units[segment.transcript.id, default: []].insert(segment.code)
        continue
      }
      let range = segment.span.range
      for turn in segment.transcript.turns where turn.textRange.overlaps(range) {
        units["\(segment.transcript.id)#\(turn.index)", default: []].insert(segment.code)
      }
    }
    var tally = Tally()
    for codes in units.values {
      for code in codes { tally.single[code, default: 0] += 1 }
      let sorted = codes.sorted()
      for (position, a) in sorted.enumerated() {
        for b in sorted[(position + 1)...] { tally.both[Pair(a, b), default: 0] += 1 }
      }
    }
    for (pair, both) in tally.both {
      let either = (tally.single[pair.a] ?? 0) + (tally.single[pair.b] ?? 0) - both
      tally.jaccard[pair] = Double(both) / Double(either)
    }
    return tally
  }

  /// Pairs of overlapping segments, and the Jaccard index of the characters
  /// coded: with both codes over with either, summed over every transcript
  /// of the selection (not only those where the two overlap).
  private static func overlapTally(_ segments: [Placed]) -> Tally {
    var tally = Tally()
    var byTranscript: [String: [Placed]] = [:]
    for segment in segments {
      byTranscript[segment.transcript.id, default: []].append(segment)
      tally.single[segment.code, default: 0] += 1
    }
    // Each code's coded characters per transcript, as disjoint ranges.
    var coverage: [String: [String: [Range<Int>]]] = [:]
    for (transcript, items) in byTranscript {
      let sorted = items.sorted { $0.span.start < $1.span.start }
      for (position, first) in sorted.enumerated() {
        for second in sorted[(position + 1)...] {
          guard second.span.start < first.span.end else { break }
          guard second.code != first.code, second.span.end > second.span.start else { continue }
          tally.both[Pair(first.code, second.code), default: 0] += 1
        }
      }
      var ranges: [String: [Range<Int>]] = [:]
      for item in sorted { ranges[item.code, default: []].append(item.span.range) }
      for (code, list) in ranges { coverage[code, default: [:]][transcript] = merged(list) }
    }
    for pair in tally.both.keys {
      let a = coverage[pair.a] ?? [:]
      let b = coverage[pair.b] ?? [:]
      var shared = 0
      var either = 0
      for transcript in Set(a.keys).union(b.keys) {
        let first = a[transcript] ?? []
        let second = b[transcript] ?? []
        let union = length(merged(first + second))
        shared += length(first) + length(second) - union
        either += union
      }
      if either > 0 { tally.jaccard[pair] = Double(shared) / Double(either) }
    }
    return tally
  }

  /// `ranges` merged into sorted, disjoint ranges.
  static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where !range.isEmpty {
      if let last = result.last, range.lowerBound <= last.upperBound {
        result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
      } else {
        result.append(range)
      }
    }
    return result
  }

  private static func length(_ ranges: [Range<Int>]) -> Int {
    ranges.reduce(0) { $0 + $1.count }
  }
}
