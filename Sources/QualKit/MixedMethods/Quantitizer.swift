/// Quantitized codes: one row per participant with their attributes, a
/// column per code and, with a survey, their answers and construct scores,
/// ready for R, SPSS or Stata.
///
/// A code's column counts the participant's segments of the code and the
/// codes below it (`count`), or is 1 when there is at least one (`presence`).
/// Column names are safe variable names (``VariableNames``); the second
/// table, the column codebook, gives each one's label, kind, source and values.
public enum Quantitizer {
  /// What a code's column holds.
  public enum Mode: String, Hashable, Sendable, CaseIterable {
    /// 1 when the participant has the code (or a code below it), else 0.
    case presence
    /// The number of segments.
    case count
  }

  /// The data table and its column codebook.
  ///
  /// - Parameters:
  ///   - selection: The segments and the participants (transcripts) to list.
  ///   - index: The codebook.
  ///   - attributes: The attribute columns, in order.
  ///   - mode: Presence or count.
  ///   - survey: The survey and how it is linked, if any.
  ///   - words: The vocabulary of the captions, titles and the column codebook.
  /// - Returns: The data (a row per participant) and the column codebook.
  public static func tables(
    _ selection: CodedSegments, index: CodebookIndex, attributes: [String], mode: Mode,
    survey: (Survey, SurveyLink)? = nil, words: Vocabulary = .english
  ) -> (data: Table, columns: Table) {
    var names = VariableNames()
    var columns: [Table.Column] = []
    var codebook: [[Cell]] = []
    /// A column: its variable name from `key` (the same in every
    /// language), `title` shown, and its line in the column codebook.
    func add(
      _ key: String, title: String? = nil, prefix: String = "", kind: Phrase, source: String,
      values: String
    ) {
      let name = names.name(for: key, prefix: prefix)
      let title = title ?? key
      columns.append(
        Table.Column(name, title: title, isNumeric: kind != .idKind && kind != .attribute))
      codebook.append([.text(name), .text(title), .text(words[kind]), .text(source), .text(values)])
    }
    add(
      "participant", title: words[.participant], kind: .idKind, source: words[.transcriptID],
      values: "")
    for attribute in attributes {
      add(
        attribute, title: words.attribute(attribute), kind: .attribute,
        source: "participants.csv: \(attribute)", values: "")
    }
    let codeValues = words[mode == .presence ? .presenceValues : .numberOfSegments]
    for entry in index.entries {
      add(
        entry.code.id, prefix: "code_", kind: .codeColumn,
        source: words(.fromCodebook, words.label(entry.code)), values: codeValues)
    }
    if let (survey, _) = survey {
      for (item, spec) in survey.spec.items.enumerated() {
        let scale = survey.scale(ofItem: item)
        let levels = scale.levels.sorted { $0.value > $1.value }
          .map { "\(JSONOutput.format($0.value)) = \($0.label)" }.joined(separator: ", ")
        add(
          spec.column, kind: .itemKind, source: words(.fromSurvey, spec.text ?? spec.column),
          values: levels + (spec.reverse ? words[.reverseAsAnswered] : "")
            + words[.emptyIsMissing])
      }
      for construct in survey.spec.constructs {
        let items = construct.items.map { survey.spec.items[$0].column }
        add(
          construct.id, prefix: "score_", kind: .constructKind,
          source: words(.surveyMeanOf, items.joined(separator: ", ")),
          values: words[.constructValues])
      }
    }
    var own: [String: [String: Int]] = [:]
    for segment in selection.segments {
      own[segment.transcript, default: [:]][segment.code, default: 0] += 1
    }
    let constructScores = survey.map { survey, _ in
      survey.spec.constructs.map { survey.constructScores(items: $0.items) }
    }
    var data = Table(
      id: "quantitized",
      caption: words(.quantitizedCaption, words[mode == .presence ? .presence : .count]),
      preamble: [selection.summary(in: words)] + (survey.map { [$0.1.summary(in: words)] } ?? []),
      columns: columns, language: words.language)
    for transcript in selection.transcripts {
      var cells: [Cell] = [.text(transcript.id)]
      cells += attributes.map { transcript.attributes[$0].map { .text($0.description) } ?? .empty }
      let counts = own[transcript.id] ?? [:]
      for entry in index.entries {
        let total = entry.subtree.reduce(0) { $0 + (counts[$1] ?? 0) }
        cells.append(.integer(mode == .presence ? (total > 0 ? 1 : 0) : total))
      }
      if let (survey, link) = survey {
        let row = link.rows[transcript.id]
        for item in survey.spec.items.indices {
          let value = row.flatMap { survey.value(item: item, respondent: $0) }
          cells.append(value.map { .number($0, decimals: $0 == $0.rounded() ? 0 : 2) } ?? .empty)
        }
        for scores in constructScores ?? [] {
          let score = row.flatMap { scores[$0] }
          cells.append(score.map { .number($0, decimals: 4) } ?? .empty)
        }
      }
      data.rows.append(Table.Row(cells))
    }
    let columnTable = Table(
      id: "quantitized-columns", caption: words[.quantitizedColumnsCaption],
      columns: [
        Table.Column("name", title: words[.name]), Table.Column("label", title: words[.labelLower]),
        Table.Column("kind", title: words[.kind]), Table.Column("source", title: words[.source]),
        Table.Column("values", title: words[.values]),
      ],
      rows: codebook.map { Table.Row($0) }, language: words.language)
    return (data, columnTable)
  }
}
