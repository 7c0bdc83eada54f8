/// Renders retrieved segments and memos grouped by code: text for a
/// terminal, Markdown for a document, one record per segment for CSV and JSON.
public enum SegmentWriter {
  /// The text listing: a heading per code, then each segment's place, who
  /// said it, its attributes and its whole text (indented), and its memo.
  ///
  /// - Parameters:
  ///   - groups: The groups, in the order to show.
  ///   - showsMemoFirst: Whether the memo is the item (for `memos`): it
  ///     comes before the coded text and names its coder.
  /// - Returns: The listing, ending with a line break (empty for no groups).
  public static func text(_ groups: [SegmentGroup], showsMemoFirst: Bool = false) -> String {
    var output = ""
    for group in groups {
      if !output.isEmpty { output += "\n" }
      output += TerminalText.visible(heading(group, showsMemoFirst: showsMemoFirst)) + "\n"
      for segment in group.segments {
        output += "\n  " + TerminalText.visible(place(segment)) + "\n"
        if !segment.attributes.isEmpty {
          output += "  " + TerminalText.visible(attributes(segment)) + "\n"
        }
        let memos = segment.segment.memos.map { "memo (\($0.coder)): " + $0.text }
        if showsMemoFirst { for memo in memos { output += indented(memo) } }
        output += indented(segment.text)
        if !showsMemoFirst { for memo in memos { output += indented(memo) } }
      }
    }
    return output
  }

  /// The Markdown listing: a heading per code (nested by depth), each
  /// segment's place in bold, its attributes, and its text as a quotation.
  ///
  /// Every text from the project (labels, ids, speakers, coders, attribute
  /// values, memos, the coded text) is escaped (``MarkdownText/escaped(_:)``).
  ///
  /// - Returns: The document, ending with a line break (empty for no groups).
  public static func markdown(_ groups: [SegmentGroup], showsMemoFirst: Bool = false) -> String {
    var output = ""
    for group in groups {
      if !output.isEmpty { output += "\n" }
      let level = String(repeating: "#", count: min(group.depth + 2, 6))
      let noun = showsMemoFirst ? "memo" : "segment"
      let count = group.segments.count
      output +=
        "\(level) "
        + (group.parents + [group.label]).map(MarkdownText.escaped).joined(separator: " › ")
        + " [\(MarkdownText.escaped(group.code))]: \(count) \(noun)\(count == 1 ? "" : "s")\n"
      for segment in group.segments {
        output += "\n**\(MarkdownText.escaped(place(segment)))**"
        if !segment.attributes.isEmpty {
          output += "  \n" + MarkdownText.escaped(attributes(segment))
        }
        output += "\n\n"
        let memos = segment.segment.memos.map {
          "*Memo (\(MarkdownText.escaped($0.coder))):* " + MarkdownText.escaped($0.text)
            + "\n"
        }
        if showsMemoFirst && !memos.isEmpty { output += memos.joined(separator: "\n") + "\n" }
        output +=
          segment.text.split(separator: "\n", omittingEmptySubsequences: false).map {
            "> " + MarkdownText.escaped(String($0))
          }.joined(separator: "\n") + "\n"
        if !showsMemoFirst && !memos.isEmpty { output += "\n" + memos.joined(separator: "\n") }
      }
    }
    return output
  }

  /// One row per segment: code, label, participant (the transcript id),
  /// speaker, role, lines, offsets, timestamp, coders, status, memo, text,
  /// then one column per attribute of the transcripts (sorted by name).
  public static func records(_ groups: [SegmentGroup], id: String = "segments") -> Table {
    let segments = groups.flatMap { group in group.segments.map { (group, $0) } }
    let keys = Array(Set(segments.flatMap { $0.1.attributes.map(\.key) })).sorted()
    var columns: [Table.Column] = [
      .init("code"), .init("label"), .init("participant"), .init("speaker"), .init("role"),
      .init("firstLine", isNumeric: true), .init("lastLine", isNumeric: true),
      .init("start", isNumeric: true), .init("end", isNumeric: true), .init("timestamp"),
      .init("coders"), .init("status"), .init("memo"), .init("text"),
    ]
    var taken = Set(columns.map(\.key))
    for key in keys {
      let name = taken.contains(key) ? "attribute.\(key)" : key
      taken.insert(name)
      columns.append(.init(name))
    }
    let rows = segments.map { group, retrieved in
      let segment = retrieved.segment
      let values = Dictionary(retrieved.attributes.map { ($0.key, $0.value) }) { first, _ in
        first
      }
      let memo = segment.memos.map { "\($0.coder): \($0.text)" }.joined(separator: "\n")
      let cells: [Cell] = [
        .text(group.code), .text(group.label), .text(segment.transcript),
        optional(retrieved.turn?.speaker), optional(retrieved.turn?.role),
        .integer(segment.span.firstLine), .integer(segment.span.lastLine),
        .integer(segment.span.start), .integer(segment.span.end),
        optional(retrieved.turn?.start?.description), .text(segment.coders.joined(separator: ",")),
        .text(segment.status.rawValue), memo.isEmpty ? .empty : .text(memo), .text(retrieved.text),
      ]
      return Table.Row(cells + keys.map { optional(values[$0]) })
    }
    return Table(
      id: id, caption: id == "memos" ? "Memos" : "Coded segments", columns: columns, rows: rows)
  }

  /// `Label [id]: 3 segments` (or memos).
  static func heading(_ group: SegmentGroup, showsMemoFirst: Bool) -> String {
    let noun = showsMemoFirst ? "memo" : "segment"
    let count = group.segments.count
    return (group.parents + [group.label]).joined(separator: " › ")
      + " [\(group.code)]: \(count) \(noun)\(count == 1 ? "" : "s")"
  }

  /// `B01, l. 51 · B (citizen) · 00:01:02.000 · anna, bo`.
  static func place(_ retrieved: RetrievedSegment) -> String {
    let segment = retrieved.segment
    var parts = [Citation(segment, isStale: retrieved.isStale).description]
    if let turn = retrieved.turn { parts.append(SearchWriter.speaker(of: turn)) }
    if let start = retrieved.turn?.start { parts.append(start.description) }
    parts.append(segment.coders.joined(separator: ", "))
    if segment.status != .accepted { parts.append(segment.status.rawValue) }
    return parts.joined(separator: " · ")
  }

  /// `age=54, group=TKI2`.
  static func attributes(_ segment: RetrievedSegment) -> String {
    segment.attributes.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
  }

  private static func indented(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map {
      "    " + TerminalText.visible(String($0))
    }.joined(separator: "\n") + "\n"
  }

  private static func optional(_ text: String?) -> Cell { text.map { .text($0) } ?? .empty }
}
