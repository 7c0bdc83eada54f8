extension LearnedModel {
  /// What `qualkit learn` says it learned: a headline, a line per code with
  /// its classifier and examples, and each code left out with the reason.
  public var summary: [String] {
    let transcripts = training.transcripts.count
    let units =
      "\(training.units) \(training.unit == .turn ? "turn" : "sentence")"
      + "\(training.units == 1 ? "" : "s")"
      + (training.speakers.map { " of \($0.joined(separator: ", "))" } ?? "")
    let total = classifiers.count + leftOut.count
    var lines = [
      "learned \(classifiers.count) of \(total) code\(total == 1 ? "" : "s") from "
        + "\(transcripts) transcript\(transcripts == 1 ? "" : "s") (\(units)) coded by "
        + "\(training.coders.joined(separator: ", ")); terms read as "
        + (settings.language == .danish ? "Danish" : "English")
    ]
    let width = classifiers.map(\.code.count).max() ?? 0
    for classifier in classifiers {
      let kind =
        classifier.kind == .logisticRegression ? "logistic regression" : "naive Bayes        "
      lines.append(
        "  " + classifier.code + String(repeating: " ", count: width - classifier.code.count) + "  "
          + kind
          + "  \(classifier.codedUnits) coded unit\(classifier.codedUnits == 1 ? "" : "s")")
    }
    if !leftOut.isEmpty {
      lines.append("left out (too few examples to learn from):")
      for code in leftOut { lines.append("  \(code.code): \(code.reason)") }
    }
    return lines
  }
}
