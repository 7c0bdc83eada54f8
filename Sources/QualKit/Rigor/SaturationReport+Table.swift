extension SaturationReport {
  /// The order's name in `words`: `file name` or the attribute's name.
  func orderName(_ words: Vocabulary) -> String {
    switch order {
    case .file: words[.fileOrder]
    case .attribute(let name): words.attribute(name)
    }
  }

  /// The curve of every coded interview: new and cumulative codes per
  /// interview, with the method and the result as notes.
  public func curveTable(_ words: Vocabulary = .english) -> Table {
    let saturation = all.saturation
    var table = Table(
      id: "saturation", caption: words(.saturationCurveCaption, orderName(words)),
      preamble: [method(words)],
      columns: [
        .init("position", title: words[.interviewNumber], isNumeric: true),
        .init("interview", title: words[.interview]),
        .init("codes", title: words[.codesColumn], isNumeric: true),
        .init("newCodes", title: words[.newCodesColumn], isNumeric: true),
        .init("cumulative", title: words[.cumulativeColumn], isNumeric: true),
        .init("cumulativeShare", title: words[.cumulativeShareColumn], isNumeric: true),
      ],
      language: words.language)
    let total = Double(max(1, saturation.totalCodes))
    for (index, step) in saturation.steps.enumerated() {
      table.rows.append(
        Table.Row([
          .integer(index + 1), .text(step.interview), .integer(step.codes),
          .integer(step.newCodes.count), .integer(step.cumulative),
          .percent(Double(step.cumulative) / total, decimals: 0),
        ]))
    }
    table.notes.append(sentence(all, words))
    if let spread = spreadSentence(all, words) { table.notes.append(spread) }
    if !uncoded.isEmpty {
      table.notes.append(words(.uncodedLeftOut, uncoded.joined(separator: ", ")))
    }
    return table
  }

  /// Every interview and each group: the result, and how often random
  /// orders reach saturation and where.
  public func summaryTable(_ words: Vocabulary = .english) -> Table {
    let attribute = groupAttribute.map(words.attribute) ?? words[.groupColumn]
    var table = Table(
      id: "saturation-groups", caption: words(.saturationSummaryCaption, attribute),
      preamble: [method(words)],
      columns: [
        .init(
          "group", title: groupAttribute.map(words.attribute)?.titleCased ?? words[.groupColumn]),
        .init("interviews", title: words[.interviewsColumn], isNumeric: true),
        .init("codes", title: words[.codesColumn], isNumeric: true),
        .init("saturation", title: words[.saturationColumn]),
        .init("reachedShare", title: words[.reachedShareColumn], isNumeric: true),
        .init("median", title: words[.medianColumn], isNumeric: true),
        .init("range", title: words[.rangeColumn], isNumeric: true),
      ],
      language: words.language)
    for group in [all] + groups {
      let name = group.value.map(words.group) ?? words[.allInterviews]
      var cells: [Cell] = [
        .text(name), .integer(group.interviews.count), .integer(group.saturation.totalCodes),
      ]
      cells.append(resultCell(group.saturation, table: &table, words))
      let spread = group.spread
      if case .tooFewInterviews = group.saturation.assessment {
        let note = table.note(words(.tooFewShort, group.interviews.count, needed))
        cells += [.undefined(note: note), .undefined(note: note), .undefined(note: note)]
      } else if let median = spread.median, let lower = spread.lower, let upper = spread.upper {
        cells += [
          .percent(spread.reachedShare, decimals: 1), .number(median, decimals: 1),
          .text(words.fixed(lower, decimals: 1) + "–" + words.fixed(upper, decimals: 1)),
        ]
      } else {
        let note = table.note(words[.neverReachedShort])
        cells += [.percent(0, decimals: 1), .undefined(note: note), .undefined(note: note)]
      }
      table.rows.append(Table.Row(cells, isSummary: group.value == nil && !groups.isEmpty))
    }
    table.notes.append(words(.bootstrapNote, all.spread.resamples, all.spread.seed))
    return table
  }

  /// The chart of the cumulative curve.
  public func chart(_ words: Vocabulary = .english) -> LineChart {
    let steps = all.saturation.steps
    return LineChart(
      id: "saturation-curve", title: words(.chartTitle, orderName(words)),
      axisLabel: words[.chartAxis], labels: steps.map(\.interview),
      values: steps.map(\.cumulative), bars: steps.map(\.newCodes.count),
      marker: all.saturation.assessment.point, baseEnd: all.saturation.options.base,
      language: words.language)
  }

  /// Base plus run: the interviews an assessment needs.
  var needed: Int { all.saturation.options.base + all.saturation.options.run }

  /// The method in one line.
  func method(_ words: Vocabulary) -> String {
    let options = all.saturation.options
    return words(.saturationMethod, options.base, options.run, words.share(options.threshold))
  }

  /// `4+2, ≤ 5 %`.
  public func notation(_ words: Vocabulary = .english) -> String {
    let options = all.saturation.options
    return words(.notation, options.base, options.run, words.share(options.threshold))
  }

  /// The result of `group` as a sentence.
  public func sentence(_ group: Group, _ words: Vocabulary = .english) -> String {
    let notation = notation(words)
    let interviews = group.interviews
    func share(_ new: Int, _ base: Int) -> String {
      words.percent(Double(new) / Double(max(1, base)), decimals: 1)
    }
    switch group.saturation.assessment {
    case .reached(let point, let runStart, let baseCodes, let newCodes):
      return words(
        .saturationReached, notation, span(runStart, point, words), newCodesText(newCodes, words),
        baseCodes, share(newCodes, baseCodes), point, interviews[point - 1])
    case .tooFewInterviews(let have, let need):
      return words(.saturationTooFew, notation, have, need)
    case .noCodesInBase:
      return words(.saturationNoBaseCodes, notation)
    case .notReached(let runStart, let baseCodes, let newCodes):
      return words(
        .saturationNotReached, notation,
        span(runStart, runStart + group.saturation.options.run - 1, words),
        newCodesText(newCodes, words), baseCodes, share(newCodes, baseCodes))
    }
  }

  /// `interviews 5–6`, or `interview 5` for a run of one.
  private func span(_ first: Int, _ last: Int, _ words: Vocabulary) -> String {
    first == last ? words(.interviewOne, first) : words(.interviewMany, "\(first)–\(last)")
  }

  /// `1 new code`, `3 new codes`.
  private func newCodesText(_ count: Int, _ words: Vocabulary) -> String {
    words(count == 1 ? .newCodeOne : .newCodeMany, count)
  }

  /// The spread over random orders of `group` as a sentence, or `nil` when
  /// the group has too few interviews for the base and one run (no order
  /// can reach saturation then, and the assessment already says why).
  public func spreadSentence(_ group: Group, _ words: Vocabulary = .english) -> String? {
    if case .tooFewInterviews = group.saturation.assessment { return nil }
    let spread = group.spread
    guard let median = spread.median, let lower = spread.lower, let upper = spread.upper else {
      return words(.bootstrapNever, spread.resamples, spread.seed)
    }
    return words(
      .bootstrapSentence, spread.resamples, spread.seed, spread.reached,
      words.percent(spread.reachedShare, decimals: 1), words.fixed(median, decimals: 1),
      words.fixed(lower, decimals: 1), words.fixed(upper, decimals: 1))
  }

  /// The result cell: `after interview 6` or undefined with the reason.
  private func resultCell(_ saturation: Saturation, table: inout Table, _ words: Vocabulary)
    -> Cell
  {
    switch saturation.assessment {
    case .reached(let point, _, _, _):
      return .text(notation(words) + ": " + words(.reachedShort, point))
    case .tooFewInterviews(let have, let need):
      return .undefined(note: table.note(words(.tooFewShort, have, need)))
    case .noCodesInBase:
      return .undefined(note: table.note(words[.noBaseCodesShort]))
    case .notReached:
      return .undefined(note: table.note(words[.notReachedShort]))
    }
  }
}

extension String {
  /// The string with its first character uppercased, for a column title.
  fileprivate var titleCased: String { prefix(1).uppercased() + dropFirst() }
}
