extension ReportBuilder {
  /// The codings the mixed-methods tables count: the report's own
  /// selection (``CodedSegments``, what `qualkit matrix`, `cooccurrence`
  /// and `joint` count).
  func codedSegments() -> CodedSegments? { selection }

  /// The code × group matrix per attribute (participants) and the
  /// co-occurrence of themes within speaker turns, as `qualkit matrix` and
  /// `qualkit cooccurrence` print them.
  func matrixBlocks() -> [Report.Block] {
    guard let index = project.index, !segments.isEmpty, let selection = codedSegments() else {
      return []
    }
    var blocks: [Report.Block] = [.heading(words[.codesByGroupAndCooccurrence], level: 1)]
    var attributes: [String] = []
    for group in prevalence.groups where !attributes.contains(group.attribute) {
      attributes.append(group.attribute)
    }
    for attribute in attributes.isEmpty ? [nil] : attributes.map(Optional.some) {
      var table = CodeMatrix.table(
        selection, index: index, by: attribute, count: .participants, words: words)
      table.id = "matrix" + (attribute.map { "-\($0)" } ?? "")
      blocks.append(.table(table))
    }
    blocks.append(
      .table(
        CodeCooccurrence.table(selection, index: index, unit: .turn, depth: 1, words: words)))
    return blocks
  }

  /// The joint display when the project has a survey: each theme beside the
  /// survey items linked to it (``JointDisplay``, what `qualkit joint` prints).
  func jointDisplayBlocks() -> [Report.Block] {
    guard let survey, let index = project.index, let selection = codedSegments() else {
      return []
    }
    let attribute = prevalence.groups.last?.attribute
    var display = JointDisplay(selection: selection, index: index, by: attribute)
    display.words = words
    display.quotes = min(3, max(1, options.quotesPerCode))
    let surveyBy =
      (options.groupAttributes ?? []).first(where: Set(survey.columns).contains)
      ?? survey.spec.groups.first
    guard let description = try? SurveyDescription(survey, by: surveyBy) else { return [] }
    display.survey = (
      survey, SurveyLink(transcripts: selection.transcripts, survey: survey), description
    )
    return [.heading(words[.jointDisplay], level: 1), .table(display.table())]
  }
}
