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
    // Each segment's words are counted once, not in every comparison.
    let words = withText.map { coding in
      (coding.text ?? "").split(whereSeparator: { $0 == " " || $0 == "\n" }).count
    }
    func key(_ index: Int, words: Int) -> (Int, String, Int, String) {
      let coding = withText[index]
      return (words, coding.transcript, coding.span.start, coding.code)
    }
    let unmarked = withText.indices.filter { !withText[$0].isExemplar }
    let long = unmarked.filter { words[$0] >= minimumWords }.sorted {
      key($0, words: words[$0]) < key($1, words: words[$1])
    }
    var spread: [Int] = []
    var seen: Set<String> = Set(marked.map(\.transcript))
    for index in long where !seen.contains(withText[index].transcript) {
      seen.insert(withText[index].transcript)
      spread.append(index)
    }
    let spreadCodings = Set(spread.map { withText[$0] })
    let rest = long.filter { !spreadCodings.contains(withText[$0]) }
    let short = unmarked.filter { words[$0] < minimumWords }.sorted {
      key($0, words: -words[$0]) < key($1, words: -words[$1])
    }
    return Array((marked + (spread + rest + short).map { withText[$0] }).prefix(count))
  }
}
