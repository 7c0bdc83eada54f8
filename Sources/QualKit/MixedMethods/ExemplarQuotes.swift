/// Chooses the quotes that show a code: the rule joint displays and reports use.
///
/// At most one quote per participant (transcript), chosen in this order:
/// 1. segments a coder marked as exemplars (`tag --exemplar`), in reading order;
/// 2. then segments of at least ``minimumWords`` words, shortest first;
/// 3. then shorter segments, longest first.
///
/// Only segments with words count; ties break by transcript and position,
/// so the choice is the same on every run and whatever order the coding
/// files were read in.
public enum ExemplarQuotes {
  /// Segments with fewer words are used only when there are no others.
  public static let minimumWords = 8

  /// Up to `count` segments among `segments` for one code (and its
  /// sub-codes), each from another participant.
  ///
  /// - Parameters:
  ///   - segments: The candidates.
  ///   - words: The words each segment codes.
  ///   - count: How many to choose at most.
  /// - Returns: The chosen segments, in the order of the rule.
  public static func choose(
    _ segments: [Segment], words: (Segment) -> String, count: Int
  ) -> [Segment] {
    let texts = segments.map(words)
    let candidates = segments.indices.filter { !texts[$0].isEmpty }
    // Each segment's words are counted once, not in every comparison.
    var wordCounts: [Int: Int] = [:]
    for index in candidates {
      wordCounts[index] =
        texts[index].split(whereSeparator: { $0 == " " || $0 == "\n" }).count
    }
    func key(_ index: Int, _ words: Int) -> (Int, Segment.ID) { (words, segments[index].id) }
    let marked = candidates.filter { segments[$0].isExemplar }.sorted {
      segments[$0].id < segments[$1].id
    }
    let unmarked = candidates.filter { !segments[$0].isExemplar }
    let long = unmarked.filter { (wordCounts[$0] ?? 0) >= minimumWords }.sorted {
      key($0, wordCounts[$0] ?? 0) < key($1, wordCounts[$1] ?? 0)
    }
    let short = unmarked.filter { (wordCounts[$0] ?? 0) < minimumWords }.sorted {
      key($0, -(wordCounts[$0] ?? 0)) < key($1, -(wordCounts[$1] ?? 0))
    }
    var chosen: [Segment] = []
    var participants: Set<String> = []
    for index in marked + long + short where chosen.count < count {
      guard participants.insert(segments[index].transcript).inserted else { continue }
      chosen.append(segments[index])
    }
    return chosen
  }
}
