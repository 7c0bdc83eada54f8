/// Decides how a REFI-QDA project counts its selections' positions
/// (``PositionCounting``), from the selections themselves.
///
/// Each way of counting that the texts tell apart is tried on every
/// selection, and the first of these decides, in order:
/// 1. fewer selections outside their text;
/// 2. fewer positions inside a surrogate pair (which UTF-16 counting of an
///    emoji would never give);
/// 3. more selections whose stored text (`@name`, as ATLAS.ti and QualKit
///    write it) is the text at their positions;
/// 4. more selection ends on word boundaries (a person selects words; a
///    counting that is off by one position per emoji or line moves ends
///    into words);
/// 5. the counting the program that wrote the file is known to use.
///
/// When every counting gives the same spans (no emoji, no CRLF before a
/// selection), nothing is decided and the standard's code points are used.
struct PositionDetector {
  /// What one counting gives over all selections.
  struct Score: Hashable, Sendable {
    var outside = 0
    var splits = 0
    var names = 0
    var boundaries = 0
    var selections = 0
  }

  /// The counting chosen.
  private(set) var counting: PositionCounting = .codePoints
  /// A note saying which counting was used and why, when the countings differed.
  private(set) var note: String?

  /// Decides for `sources`, each text with its selections.
  init(
    sources: [(positions: SourcePositions, selections: [REFIDocument.Selection])], origin: String?
  ) {
    let candidates = PositionCounting.allCases.filter { counting in
      sources.contains { $0.positions.countings.contains(counting) }
    }
    guard candidates.count > 1 else { return }
    var scores: [PositionCounting: Score] = [:]
    var spans: [PositionCounting: [Range<Int>?]] = [:]
    for counting in candidates {
      var score = Score()
      var mapped: [Range<Int>?] = []
      for (positions, selections) in sources {
        for selection in selections {
          score.selections += 1
          let range = positions.range(selection.start, selection.end, counting: counting)
          mapped.append(range)
          guard let range, range.upperBound <= positions.scalars.count else {
            score.outside += 1
            continue
          }
          if positions.splitsPair(selection.start, counting: counting)
            || positions.splitsPair(selection.end, counting: counting)
          {
            score.splits += 1
          }
          if Self.nameMatches(selection.name, positions.scalars[range]) { score.names += 1 }
          if Self.isBoundary(range.lowerBound, in: positions.scalars) { score.boundaries += 1 }
          if Self.isBoundary(range.upperBound, in: positions.scalars) { score.boundaries += 1 }
        }
      }
      scores[counting] = score
      spans[counting] = mapped
    }
    guard Swift.Set(candidates.map { spans[$0] ?? [] }).count > 1 else { return }
    let likely = PositionCounting.likely(origin: origin)
    let ranked = candidates.sorted { a, b in
      let (x, y) = (scores[a] ?? Score(), scores[b] ?? Score())
      if x.outside != y.outside { return x.outside < y.outside }
      if x.splits != y.splits { return x.splits < y.splits }
      if x.names != y.names { return x.names > y.names }
      if x.boundaries != y.boundaries { return x.boundaries > y.boundaries }
      return (a == likely ? 0 : 1, a.rawValue) < (b == likely ? 0 : 1, b.rawValue)
    }
    counting = ranked[0]
    let chosen = scores[counting] ?? Score()
    let other = ranked.first { spans[$0] != spans[counting] } ?? ranked[1]
    let runnerUp = scores[other] ?? Score()
    var reasons: [String] = []
    if chosen.outside != runnerUp.outside {
      reasons.append(
        "\(runnerUp.outside) of \(runnerUp.selections) selections would lie outside their text as \(other.description)"
      )
    }
    if chosen.splits != runnerUp.splits {
      reasons.append("\(runnerUp.splits) would split an emoji as \(other.description)")
    }
    if chosen.names != runnerUp.names {
      reasons.append(
        "\(chosen.names) selections' stored text matches their positions this way, \(runnerUp.names) as \(other.description)"
      )
    }
    reasons.append(
      "\(chosen.boundaries) of \(chosen.selections * 2) selection ends fall on word boundaries this way, \(runnerUp.boundaries) as \(other.description)"
    )
    note = "positions read as \(counting.description): " + reasons.joined(separator: "; ")
  }

  /// Whether a selection's stored text is the text at its positions, or
  /// the start of it (white space runs made one; a final `…` left out).
  static func nameMatches(_ name: String?, _ text: ArraySlice<Unicode.Scalar>) -> Bool {
    guard var name = name.map(collapsed), name.contains(where: \.isLetter) else { return false }
    if name.hasSuffix("…") { name.removeLast() }
    var actual = String.UnicodeScalarView()
    actual.append(contentsOf: text)
    let found = collapsed(String(actual))
    guard !found.isEmpty, !name.isEmpty else { return false }
    // The name may be the text cut short, never the text made longer.
    return found.hasPrefix(name)
  }

  /// `text` with every run of white space one space, and none at the ends.
  private static func collapsed(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// Whether scalar offset `offset` is not inside a word: at either end of
  /// the text, or with a character that is not a letter or digit on one side.
  static func isBoundary(_ offset: Int, in scalars: [Unicode.Scalar]) -> Bool {
    guard offset > 0, offset < scalars.count else { return true }
    return !isWordScalar(scalars[offset - 1]) || !isWordScalar(scalars[offset])
  }

  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }
}
