/// The joint display (Guetterman, Fetters & Creswell 2015): each theme's
/// qualitative findings beside the survey results that bear on it.
///
/// One row per theme (top-level code; with `depth: 2` also the codes one
/// level below, after their theme): its definition; participants with the
/// theme per group (n/N, from the transcripts' `by` attribute); up to three
/// quotes (``ExemplarQuotes``); the linked survey items (the code's
/// `surveyItems` in the codebook, and items whose `construct` is the code's
/// id) with each group's median and distribution; among interviewed
/// participants linked to the survey, the construct's score of those with
/// the theme and those without; and an empty column for the meta-inference
/// (converges / diverges / expands) that the researcher fills in.
public struct JointDisplay: Sendable {
  /// The segments and participants to count.
  public var selection: CodedSegments
  /// The codebook.
  public var index: CodebookIndex
  /// The transcript attribute whose values group participants, if any.
  public var by: String?
  /// 1 for themes only, 2 to add the codes below them.
  public var depth: Int = 1
  /// How many quotes per theme (1–3).
  public var quotes: Int = 3
  /// The most characters of a quote (cut at a sentence boundary with […]).
  public var quoteLimit: Int = 240
  /// The survey, its link to the participants and its description by the survey's group column.
  public var survey: (survey: Survey, link: SurveyLink, description: SurveyDescription)?
  /// The vocabulary of the caption, titles, labels and notes.
  public var words: Vocabulary = .english

  /// Creates a joint display.
  public init(
    selection: CodedSegments, index: CodebookIndex, by: String? = nil,
    survey: (survey: Survey, link: SurveyLink, description: SurveyDescription)? = nil
  ) {
    self.selection = selection
    self.index = index
    self.by = by
    self.survey = survey
  }

  /// The display as a table.
  public func table() -> Table {
    let groups = AttributeGroups(selection.transcripts, by: by)
    let groupNames = by == nil ? [] : groups.names
    var columns = [
      Table.Column("code", title: words[.code]), Table.Column("theme", title: words[.theme]),
      Table.Column("definition", title: words[.definition]),
    ]
    columns += groupNames.map { name in
      Table.Column("participants: \(name)", title: "\(words.group(name)) (n/N)", isNumeric: true)
    }
    columns.append(Table.Column("participants", title: words[.participantsOfN], isNumeric: true))
    columns.append(Table.Column("segments", title: words[.segments], isNumeric: true))
    columns += (0..<quotes).map {
      Table.Column("quote\($0 + 1)", title: words(.quoteNumber, $0 + 1))
    }
    if survey != nil {
      columns.append(Table.Column("surveyItems", title: words[.surveyItemsColumn]))
      columns.append(Table.Column("constructScore", title: words[.constructScoreColumn]))
    }
    columns.append(Table.Column("metaInference", title: words[.metaInference]))
    var table = Table(
      id: "joint", caption: words[.jointCaption], preamble: [selection.summary(in: words)],
      columns: columns, language: words.language)
    if let survey {
      table.preamble.append(survey.link.summary(in: words))
      let labels =
        survey.survey.spec.items.isEmpty
        ? [] : survey.survey.scale(ofItem: 0).levels.map(\.label)
      table.preamble.append(
        words(
          .surveyItemsBy, survey.description.by.map(words.attribute) ?? words[.allRespondents],
          labels.isEmpty ? "" : " (\(labels.joined(separator: " / ")))"))
    }
    table.preamble.append(words(.quotesRule, ExemplarQuotes.minimumWords))
    var isRounded = false
    let segmentsByCode = Dictionary(grouping: selection.segments, by: \.code)
    let everyone = Set(selection.transcripts.map(\.id))
    for entry in index.entries where entry.depth < depth && selection.shows(entry) {
      let segments = entry.subtree.flatMap { segmentsByCode[$0] ?? [] }
      let coded = Set(segments.map(\.transcript)).intersection(everyone)
      var cells: [Cell] = [
        .code(id: entry.code.id, label: words.label(entry.code)),
        .text(String(repeating: "\u{00A0}\u{00A0}", count: entry.depth) + words.label(entry.code)),
        .text(entry.code.definition(in: words.language.rawValue) ?? ""),
      ]
      for name in groupNames {
        let members = groups.members[name] ?? []
        cells.append(.text("\(coded.intersection(members).count)/\(members.count)"))
      }
      cells.append(.text("\(coded.count)/\(everyone.count)"))
      cells.append(.integer(segments.count))
      let chosen = ExemplarQuotes.choose(
        segments, words: { selection.words(of: $0).text }, count: quotes)
      for slot in 0..<quotes {
        guard slot < chosen.count else {
          cells.append(.empty)
          continue
        }
        let segment = chosen[slot]
        let words = selection.words(of: segment)
        cells.append(
          .quote(
            Quote.excerpt(words.text, limit: quoteLimit),
            Citation(segment, isStale: words.isStale)))
      }
      if let survey {
        let items = itemSummary(for: entry.code, survey: survey.description)
        isRounded = isRounded || items.isRounded
        cells.append(.text(items.text))
        cells.append(.text(constructContrast(for: entry.code.id, coded: coded, survey: survey)))
      }
      cells.append(.empty)
      table.rows.append(Table.Row(cells))
    }
    if isRounded { table.notes.append(words[.roundingNote]) }
    return table
  }

  /// The linked items of `code`, each with every group's median and
  /// distribution, and whether some distribution's percentages, rounded,
  /// do not add up to 100.
  private func itemSummary(for code: Code, survey description: SurveyDescription)
    -> (text: String, isRounded: Bool)
  {
    let style = words.numberStyle
    var isRounded = false
    let linked = description.items.filter {
      code.surveyItems.contains($0.item.column) || $0.item.construct == code.id
    }
    let text = linked.map { item in
      let groups = item.groups.filter {
        description.groups.isEmpty || $0.group != SurveyDescription.allGroup
      }
      let parts = groups.map { group -> String in
        let median =
          group.descriptive.median.map { style.fixed($0, decimals: 1) } ?? words.notAvailable
        var percents = words[.noValidAnswers]
        if let values = group.percents {
          percents = style.percentSign(
            values.map { style.percentNumber($0, decimals: 0) }.joined(separator: "/"))
          if !NumberFormat.percentagesAddUp(values, decimals: 0) { isRounded = true }
        }
        return words(.groupMedian, words.group(group.group), median, percents, group.valid)
      }
      return
        "\(item.item.column)\(item.item.reverse ? " (R)" : ""): \(parts.joined(separator: ", "))."
    }.joined(separator: " ")
    return (text, isRounded)
  }

  /// The construct `id`'s mean score among linked participants with and without the theme.
  private func constructContrast(
    for id: String, coded: Set<String>,
    survey: (survey: Survey, link: SurveyLink, description: SurveyDescription)
  ) -> String {
    guard let construct = survey.survey.spec.constructs.first(where: { $0.id == id }) else {
      return ""
    }
    let scores = survey.survey.constructScores(items: construct.items)
    var with: [Double] = []
    var without: [Double] = []
    for (transcript, row) in survey.link.rows {
      guard let score = scores[row] else { continue }
      if coded.contains(transcript) { with.append(score) } else { without.append(score) }
    }
    func describe(_ values: [Double]) -> String {
      values.isEmpty
        ? "\(words.notAvailable) (n 0)"
        : "\(words.fixed(Descriptive.mean(values), decimals: 2)) (n \(values.count))"
    }
    return words(.withWithout, describe(with), describe(without))
  }
}
