extension SubtitleParser {
  /// "; 2 more cue times like it" when `count` is above 0.
  static func more(_ count: Int, _ noun: String) -> String {
    count > 0 ? "; \(count) more \(noun)\(count == 1 ? "" : "s") like it" : ""
  }

  /// The first time on a cue timing line that ``Timestamp`` read but that is
  /// not written as the formats say (two digits for minutes and seconds,
  /// three for milliseconds, at least two for hours), with what it was read
  /// as; `nil` when both are well written.
  static func looseTime(in line: Substring, start: Timestamp, end: Timestamp) -> (
    Substring, Timestamp
  )? {
    let parts = line.split(
      omittingEmptySubsequences: true, whereSeparator: { $0 == " " || $0 == "\t" })
    for (part, time) in [(parts[0], start), (parts[2], end)] where !isWellWritten(part) {
      return (part, time)
    }
    return nil
  }

  private static func isWellWritten(_ text: Substring) -> Bool {
    let fields = text.split(separator: ":", omittingEmptySubsequences: false)
    guard let last = fields.last,
      let separator = last.firstIndex(where: { $0 == "." || $0 == "," })
    else { return false }
    let seconds = last[..<separator]
    let millis = last[last.index(after: separator)...]
    let minutes = fields.count == 3 ? fields[1] : fields[0]
    let hoursWell = fields.count == 2 || fields[0].count >= 2
    return hoursWell && minutes.count == 2 && seconds.count == 2 && millis.count == 3
  }
}
