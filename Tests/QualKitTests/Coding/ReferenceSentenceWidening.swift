@testable import QualKit

/// A deliberately simple twin of sentence-scope auto-coding.
///
/// The fast code is checked against it: here each hit decodes its whole turn
/// and walks out from the hit scalar by scalar, and each coding's text is
/// looked up by scalar offsets. Quadratic in the length of a turn, and
/// obviously the rules.
enum ReferenceSentenceWidening {
  /// The sentence of `turn` that contains `hit`, in scalar offsets.
  ///
  /// A sentence ends after `.`, `!`, `?` or `…` followed by whitespace or the
  /// end of the turn, or between the two line breaks of a blank line; it
  /// never leaves its turn. Whitespace at its edges is trimmed, but never
  /// into the hit.
  static func sentence(around hit: Range<Int>, in turn: Turn) -> Range<Int> {
    let scalars = Array(turn.text.unicodeScalars)
    let base = turn.textRange.lowerBound
    let hitStart = max(0, hit.lowerBound - base)
    let hitEnd = min(scalars.count, hit.upperBound - base)
    func isEnd(_ index: Int) -> Bool {
      // Whether a sentence ends right after scalars[index].
      let scalar = scalars[index]
      if scalar == "\n", index + 1 < scalars.count, scalars[index + 1] == "\n" { return true }
      guard scalar == "." || scalar == "!" || scalar == "?" || scalar == "…" else { return false }
      return index + 1 >= scalars.count || scalars[index + 1].properties.isWhitespace
    }
    var start = hitStart
    while start > 0 && !isEnd(start - 1) { start -= 1 }
    while start < hitStart && scalars[start].properties.isWhitespace { start += 1 }
    var end = max(hitEnd, hitStart)
    while end < scalars.count && !(end > 0 && isEnd(end - 1)) { end += 1 }
    while end > hitEnd && scalars[end - 1].properties.isWhitespace { end -= 1 }
    return (base + start)..<(base + end)
  }

  /// The sentence- or turn-scope proposals of `coder` for `transcript`, in
  /// coding-file order: one coding per code and unit, whose origin lists
  /// the patterns that hit in it, in hit order.
  static func codings(
    _ coder: AutoCoder, for transcript: Transcript, scope: AutoCoder.Scope
  ) -> [Coding] {
    let turns = transcript.turns.filter { !$0.utf8Range.isEmpty }
    let hits = coder.matcher.hits(in: transcript.text, ranges: turns.map(\.utf8Range))
    var units: [Range<Int>] = []
    var codes: [Int] = []
    var sources: [[String]] = []
    for hit in hits {
      guard let turn = turns.first(where: { $0.textRange.contains(hit.scalarRange.lowerBound) })
      else { continue }
      let unit = scope == .turn ? turn.textRange : sentence(around: hit.scalarRange, in: turn)
      let source = coder.matcher.rules[hit.rule].pattern.source
      if let index = units.indices.first(where: { units[$0] == unit && codes[$0] == hit.code }) {
        if !sources[index].contains(source) { sources[index].append(source) }
      } else {
        units.append(unit)
        codes.append(hit.code)
        sources.append([source])
      }
    }
    return units.indices.map { index in
      Coding(
        transcript: transcript.id, code: coder.codeIDs[codes[index]], coder: "auto",
        span: Span(units[index], in: transcript),
        origin: .keyword(sources[index].joined(separator: " | ")), status: .proposed,
        text: transcript.text(in: units[index]), transcriptHash: transcript.contentHash)
    }.sorted(by: Coding.fileOrder)
  }
}
