/// Facts about a set of interviews that a reporting checklist asks for:
/// how long they lasted (from their timestamps), when they took place and
/// who the participants are (from their attributes).
public enum InterviewFacts {
  /// Each transcript's duration in milliseconds, from its first turn's
  /// start to its last turn's end (or start), for transcripts with at least
  /// two times; in the order given.
  public static func durations(_ transcripts: [Transcript]) -> [(id: String, milliseconds: Int)] {
    transcripts.compactMap { transcript in
      let starts = transcript.turns.compactMap { $0.start?.milliseconds }
      let ends = transcript.turns.compactMap { $0.end?.milliseconds }
      guard let first = starts.min(), let last = (ends + starts).max(), last > first else {
        return nil
      }
      return (transcript.id, last - first)
    }
  }

  /// `mm:ss`, or `h:mm:ss` from an hour.
  public static func clock(_ milliseconds: Int) -> String {
    let seconds = (milliseconds + 500) / 1000
    let (hours, minutes, rest) = (seconds / 3600, seconds / 60 % 60, seconds % 60)
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return hours > 0 ? "\(hours):\(two(minutes)):\(two(rest))" : "\(two(minutes)):\(two(rest))"
  }

  /// The earliest and latest value of a date attribute (ISO dates sort as
  /// text), if any transcript has it.
  public static func dateRange(_ transcripts: [Transcript], attribute: String = "date")
    -> (first: String, last: String)?
  {
    let dates = transcripts.compactMap { $0.attributes[attribute]?.description }.sorted()
    guard let first = dates.first, let last = dates.last else { return nil }
    return (first, last)
  }

  /// The attributes that describe the participants: for each attribute
  /// (but ids, speakers, dates, interviewers, titles and free text with a
  /// value per participant), its values with counts, or the range of
  /// numbers: `gender: kvinde 3, mand 4; age 38–59`.
  public static func description(_ transcripts: [Transcript], words: Vocabulary) -> [String] {
    let skipped: Set<String> = ["id", "speakers", "date", "interviewer", "title", "audioFile"]
    let names = Set(transcripts.flatMap(\.attributes.keys)).subtracting(skipped).sorted()
    var parts: [String] = []
    for name in names {
      let values = transcripts.compactMap { $0.attributes[name] }
      let numbers = values.compactMap { value -> Double? in
        if case .number(let number, _) = value { return number }
        return nil
      }
      if !numbers.isEmpty && numbers.count == values.count, let low = numbers.min(),
        let high = numbers.max()
      {
        parts.append(
          "\(words.attribute(name)) \(words.fixed(low, decimals: 0))–\(words.fixed(high, decimals: 0))"
        )
        continue
      }
      var counts: [(String, Int)] = []
      for value in values.map(\.description) {
        if let index = counts.firstIndex(where: { $0.0 == value }) {
          counts[index].1 += 1
        } else {
          counts.append((value, 1))
        }
      }
      guard counts.count <= 8, counts.count < values.count || values.count <= 2 else { continue }
      parts.append(
        "\(words.attribute(name)): " + counts.map { "\($0.0) \($0.1)" }.joined(separator: ", "))
    }
    return parts
  }
}
