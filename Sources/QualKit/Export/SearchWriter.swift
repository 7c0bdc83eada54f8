/// Renders search hits: keyword in context for a terminal, one record per
/// hit for CSV and JSON.
public enum SearchWriter {
  /// How many scalars of context a keyword-in-context line shows on each
  /// side of the hit.
  public static let contextWidth = 40

  /// The marks put around a hit on a terminal: bold reverse video.
  public static let highlight = (start: "\u{1B}[1;7m", end: "\u{1B}[0m")

  /// One row per hit: transcript, lines, offsets, speaker, role, pattern,
  /// the hit's text and the text of its turn before and after it (up to
  /// ``contextWidth`` scalars each, on the hit's lines).
  public static func records(_ hits: [SearchHit], catalog: TranscriptCatalog) -> Table {
    Table(
      id: "search", caption: "Search hits",
      columns: [
        .init("transcript"), .init("firstLine", isNumeric: true),
        .init("lastLine", isNumeric: true), .init("start", isNumeric: true),
        .init("end", isNumeric: true), .init("speaker"), .init("role"), .init("pattern"),
        .init("before"), .init("text"), .init("after"),
      ],
      rows: hits.map { hit in
        let (before, after) = context(of: hit, in: catalog.byID[hit.transcript])
        return Table.Row([
          .text(hit.transcript), .integer(hit.span.firstLine), .integer(hit.span.lastLine),
          .integer(hit.span.start), .integer(hit.span.end),
          hit.turn.speaker.map { .text($0) } ?? .empty, hit.turn.role.map { .text($0) } ?? .empty,
          .text(hit.pattern), .text(before), .text(hit.text), .text(after),
        ])
      })
  }

  /// Keyword in context, one hit a line: `B05:14  B (citizen)  …left HIT right…`,
  /// the hits aligned in one column.
  ///
  /// - Parameters:
  ///   - hits: The hits, in the order to show.
  ///   - catalog: The transcripts the hits are in.
  ///   - highlights: Whether to mark the hit with ``highlight`` (for a terminal).
  /// - Returns: One line per hit.
  public static func keywordInContext(
    _ hits: [SearchHit], catalog: TranscriptCatalog, highlights: Bool
  ) -> String {
    let heads = hits.map { "\($0.transcript):\($0.span.firstLine)  \(speaker(of: $0.turn))" }
    let width = heads.map(\.count).max() ?? 0
    var output = ""
    for (hit, head) in zip(hits, heads) {
      let (before, after, isBeforeCut, isAfterCut) = cutContext(
        of: hit, in: catalog.byID[hit.transcript])
      let left = (isBeforeCut ? "…" : "") + before
      let padding = String(repeating: " ", count: contextWidth + 1 - left.unicodeScalars.count)
      let text = oneLine(hit.text)
      let marked = highlights ? highlight.start + text + highlight.end : text
      output +=
        TerminalText.visible(head) + String(repeating: " ", count: width - head.count) + "  "
        + padding + left + marked + after + (isAfterCut ? "…" : "") + "\n"
    }
    return output
  }

  /// The hits with `lines` lines of context before and after, as `grep -C`
  /// shows them: `B05:14:` before a line with a hit (every hit on it
  /// marked when `highlights`), `B05:13-` before a context line, and `--`
  /// between groups that do not touch.
  public static func lines(
    _ hits: [SearchHit], catalog: TranscriptCatalog, context lines: Int, highlights: Bool
  ) -> String {
    var output = ""
    var index = 0
    while index < hits.count {
      let id = hits[index].transcript
      guard let transcript = catalog.byID[id] else {
        index += 1
        continue
      }
      // Gather the hits whose context windows touch into one group.
      var group = [hits[index]]
      var last = hits[index].span.lastLine + lines
      index += 1
      while index < hits.count, hits[index].transcript == id,
        hits[index].span.firstLine - lines <= last + 1
      {
        group.append(hits[index])
        last = max(last, hits[index].span.lastLine + lines)
        index += 1
      }
      if !output.isEmpty { output += "--\n" }
      let first = max(1, group[0].span.firstLine - lines)
      last = min(last, transcript.lines.lineCount)
      for line in first...max(first, last) {
        let range = transcript.lines.scalarRange(ofLine: line)
        let marks = group.compactMap { hit -> Range<Int>? in
          let lower = max(hit.span.start, range.lowerBound)
          let upper = min(hit.span.end, range.upperBound)
          return lower < upper ? (lower - range.lowerBound)..<(upper - range.lowerBound) : nil
        }
        var text = TerminalText.visible(transcript.text(in: range))
        while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
        if highlights { text = marked(text, marks) }
        output += "\(TerminalText.visible(id)):\(line)\(marks.isEmpty ? "-" : ":")\(text)\n"
      }
    }
    return output
  }

  /// `B (citizen)`, `B`, or `-` for a turn without a speaker.
  static func speaker(of turn: Turn) -> String {
    guard let speaker = turn.speaker else { return turn.role.map { "(\($0))" } ?? "-" }
    return turn.role.map { "\(speaker) (\($0))" } ?? speaker
  }

  /// The text of the hit's turn before and after the hit, on the hit's own
  /// lines, up to ``contextWidth`` scalars each, on one line.
  static func context(of hit: SearchHit, in transcript: Transcript?) -> (String, String) {
    let (before, after, _, _) = cutContext(of: hit, in: transcript)
    return (before, after)
  }

  /// ``context(of:in:)`` with whether each side was cut short.
  static func cutContext(of hit: SearchHit, in transcript: Transcript?) -> (
    before: String, after: String, isBeforeCut: Bool, isAfterCut: Bool
  ) {
    guard let transcript else { return ("", "", false, false) }
    let firstLine = transcript.lines.scalarRange(ofLine: hit.span.firstLine)
    let lastLine = transcript.lines.scalarRange(ofLine: hit.span.lastLine)
    let lower = max(hit.turn.textRange.lowerBound, firstLine.lowerBound)
    let upper = min(hit.turn.textRange.upperBound, lastLine.upperBound)
    let before = oneLine(
      transcript.text(in: max(lower, hit.span.start - contextWidth)..<hit.span.start))
    let after = oneLine(
      transcript.text(in: hit.span.end..<min(upper, hit.span.end + contextWidth)))
    return (
      before, after, hit.span.start - contextWidth > lower, hit.span.end + contextWidth < upper
    )
  }

  /// `text` with line breaks and tabs as spaces and control characters visible.
  static func oneLine(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in TerminalText.visible(text).unicodeScalars {
      scalars.append(scalar == "\n" || scalar == "\r" || scalar == "\t" ? " " : scalar)
    }
    return String(scalars)
  }

  /// `text` with the scalar ranges `marks` (sorted, within the text) highlighted.
  static func marked(_ text: String, _ marks: [Range<Int>]) -> String {
    let scalars = Array(text.unicodeScalars)
    var output = String.UnicodeScalarView()
    var position = 0
    for mark in marks where mark.lowerBound >= position {
      output.append(contentsOf: scalars[position..<min(mark.lowerBound, scalars.count)])
      output.append(contentsOf: highlight.start.unicodeScalars)
      output.append(contentsOf: scalars[mark.clamped(to: 0..<scalars.count)])
      output.append(contentsOf: highlight.end.unicodeScalars)
      position = min(mark.upperBound, scalars.count)
    }
    output.append(contentsOf: scalars[position...])
    return String(output)
  }
}
