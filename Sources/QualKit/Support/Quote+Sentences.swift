extension Quote {
  /// The mark of a cut in a quotation.
  public static let cut = "[…]"

  /// A coded passage as a quotation: on one line, cut at sentence
  /// boundaries, every cut marked `[…]`; the one routine of reports, joint
  /// displays and every other quotation.
  ///
  /// Whitespace runs (line breaks included) become one space. A passage of
  /// at most `limit` characters is quoted whole. A longer one keeps its
  /// sentences from the start while they fit (``SentenceRule``, the rule of
  /// auto-coding's sentence scope), then ` […]`; when even the first
  /// sentence is longer than the limit, it is cut at the last space before
  /// the limit (or at the limit in a text without spaces), without a
  /// trailing `,;:-–`.
  ///
  /// ```swift
  /// Quote.excerpt("Ja. Det var godt. Meget godt.", limit: 18)  // "Ja. Det var godt. […]"
  /// ```
  public static func excerpt(_ text: String, limit: Int) -> String {
    let flat = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    let limit = max(1, limit)
    guard flat.count > limit else { return flat }
    var kept = ""
    for sentence in sentences(of: flat) {
      let candidate = kept.isEmpty ? sentence : kept + " " + sentence
      if candidate.count > limit { break }
      kept = candidate
    }
    if kept.isEmpty {
      let head = flat.prefix(limit)
      if let space = head.lastIndex(of: " "), space > head.startIndex {
        kept = String(head[..<space])
      } else {
        kept = String(head)
      }
      kept = String(kept.reversed().drop { ",;:-–".contains($0) }.reversed())
    }
    return kept + " " + cut
  }

  /// The sentences of a one-line text, each without the space after it.
  static func sentences(of text: String) -> [String] {
    var result: [String] = []
    var current = ""
    var previous: Unicode.Scalar?
    for scalar in text.unicodeScalars {
      if scalar == " ", let last = previous, SentenceRule.isFinalPunctuation(last.value) {
        result.append(current)
        current = ""
      } else {
        current.unicodeScalars.append(scalar)
      }
      previous = scalar
    }
    if !current.isEmpty { result.append(current) }
    return result
  }
}
