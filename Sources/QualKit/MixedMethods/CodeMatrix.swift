/// Codes × attribute values: NVivo's matrix coding query, MAXQDA's crosstab.
///
/// One row per code in codebook order (labels indented by depth), with the
/// code's own count, its sub-tree total, and the sub-tree total per group of
/// transcripts. Counted as segments, or as participants (transcripts with
/// at least one segment of the code or a code below it), with each group's
/// N in its column title.
public enum CodeMatrix {
  /// What a cell counts.
  public enum Count: String, Hashable, Sendable, CaseIterable {
    /// Coded segments.
    case segments
    /// Participants (transcripts) with at least one segment.
    case participants
  }

  /// The matrix as a table.
  ///
  /// - Parameters:
  ///   - selection: The segments and transcripts to count.
  ///   - index: The codebook.
  ///   - attribute: The attribute whose values are the columns, or nil for none.
  ///   - count: Segments or participants.
  ///   - words: The vocabulary of the caption, titles and labels.
  /// - Returns: The table, with a summary row for any code.
  public static func table(
    _ selection: CodedSegments, index: CodebookIndex, by attribute: String?, count: Count,
    words: Vocabulary = .english
  ) -> Table {
    let groups = AttributeGroups(selection.transcripts, by: attribute)
    let included = Set(selection.transcripts.map(\.id))
    let segments = selection.segments.filter { included.contains($0.transcript) }
    // Own segments per code and transcript.
    var own: [String: [String: Int]] = [:]
    for segment in segments { own[segment.code, default: [:]][segment.transcript, default: 0] += 1 }
    func tally(_ codes: [String], in members: Set<String>?) -> Int {
      var transcripts: Set<String> = []
      var total = 0
      for code in codes {
        for (transcript, n) in own[code] ?? [:] where members?.contains(transcript) ?? true {
          total += n
          transcripts.insert(transcript)
        }
      }
      return count == .segments ? total : transcripts.count
    }
    let unit = words[count == .segments ? .segmentsLower : .participantsLower]
    var columns = [
      Table.Column("code", title: words[.code]), Table.Column("label", title: words[.label]),
      Table.Column("own", title: words[.own], isNumeric: true),
      Table.Column("total", title: words[.total], isNumeric: true),
    ]
    if attribute != nil {
      columns += groups.names.map { name in
        let n = groups.members[name]?.count ?? 0
        let shown = words.group(name)
        return Table.Column(
          name, title: count == .participants ? "\(shown) (N=\(n))" : shown, isNumeric: true)
      }
    }
    var table = Table(
      id: "matrix",
      caption: words(
        .matrixCaption, attribute.map(words.attribute) ?? words[.allTranscripts], unit),
      preamble: [
        selection.summary(in: words),
        words[count == .segments ? .ownTotalSegments : .ownTotalParticipants],
      ],
      columns: columns, language: words.language)
    for entry in index.entries where selection.shows(entry) {
      let id = entry.code.id
      var cells: [Cell] = [
        .code(id: id, label: words.label(entry.code)),
        .text(String(repeating: "\u{00A0}\u{00A0}", count: entry.depth) + words.label(entry.code)),
        .integer(tally([id], in: nil)), .integer(tally(entry.subtree, in: nil)),
      ]
      if attribute != nil {
        cells += groups.names.map { .integer(tally(entry.subtree, in: groups.members[$0])) }
      }
      table.rows.append(Table.Row(cells))
    }
    let everyCode = index.ids
    var summary: [Cell] = [
      .text(words[.anyID]), .text(words[.anyCode]), .empty, .integer(tally(everyCode, in: nil)),
    ]
    if attribute != nil {
      summary += groups.names.map { .integer(tally(everyCode, in: groups.members[$0])) }
    }
    table.rows.append(Table.Row(summary, isSummary: true))
    let unknown = Set(segments.map(\.code)).subtracting(everyCode)
    if !unknown.isEmpty {
      table.notes.append(words(.notInCodebook, unknown.sorted().joined(separator: ", ")))
    }
    return table
  }
}
