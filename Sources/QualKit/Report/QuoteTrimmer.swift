/// Shortens a coded passage to a quotation for a report: on one line, cut
/// at sentence boundaries, every cut marked `[…]`.
///
/// The rule: whitespace runs (line breaks included) become one space. A
/// passage of at most `limit` characters is quoted whole. A longer one keeps
/// its sentences from the start while they fit, then ` […]`; when even the
/// first sentence is longer than the limit, it is cut at the last space
/// before the limit (or at the limit in a text without spaces). A sentence
/// ends after `.`, `!`, `?` or `…` followed by a space, the rule auto-coding
/// uses for its sentence scope.
///
/// ```swift
/// QuoteTrimmer.trim("Ja. Det var godt. Meget godt.", limit: 18)  // "Ja. Det var godt. […]"
/// ```
public enum QuoteTrimmer {
  /// The mark of a cut.
  public static let cut = "[…]"

  /// `text` as a quotation of at most about `limit` characters (the cut mark added).
  public static func trim(_ text: String, limit: Int) -> String {
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
    var previous: Character?
    for character in text {
      if character == " ", let last = previous, ".!?…".contains(last) {
        result.append(current)
        current = ""
      } else {
        current.append(character)
      }
      previous = character
    }
    if !current.isEmpty { result.append(current) }
    return result
  }
}
