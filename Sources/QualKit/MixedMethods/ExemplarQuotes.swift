/// Chooses the quotes that show a code: the rule joint displays and reports use.
///
/// 1. Segments a coder marked as exemplars (`tag --exemplar`), in file order;
/// 2. then the other segments of at least ``minimumWords`` words, shortest
///    first, one per participant before a second from anyone;
/// 3. then shorter segments, longest first.
///
/// Only segments with text count; ties break by transcript and position, so
/// the choice is the same on every run.
public enum ExemplarQuotes {
  /// Segments with fewer words are used only when there are no others.
  public static let minimumWords = 8

  /// Up to `count` segments among `segments` for one code (and its sub-codes).
  public static func choose(_ segments: [Coding], count: Int) -> [Coding] {
    let withText = segments.filter { !($0.text ?? "").isEmpty }
    let marked = withText.filter(\.isExemplar)
    func words(_ coding: Coding) -> Int {
      (coding.text ?? "").split(whereSeparator: { $0 == " " || $0 == "\n" }).count
    }
    func key(_ coding: Coding, words: Int) -> (Int, String, Int, String) {
      (words, coding.transcript, coding.span.start, coding.code)
    }
    let long = withText.filter { !$0.isExemplar && words($0) >= minimumWords }.sorted {
      key($0, words: words($0)) < key($1, words: words($1))
    }
    var spread: [Coding] = []
    var seen: Set<String> = Set(marked.map(\.transcript))
    for coding in long where !seen.contains(coding.transcript) {
      seen.insert(coding.transcript)
      spread.append(coding)
    }
    let rest = long.filter { coding in !spread.contains { $0 == coding } }
    let short = withText.filter { !$0.isExemplar && words($0) < minimumWords }.sorted {
      key($0, words: -words($0)) < key($1, words: -words($1))
    }
    return Array((marked + spread + rest + short).prefix(count))
  }
}
