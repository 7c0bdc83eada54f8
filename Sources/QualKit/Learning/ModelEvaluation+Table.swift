extension ModelEvaluation {
  /// The evaluation as a table, one row per code (in codebook order) and a
  /// pooled row: what `qualkit learn --evaluate` prints, and what a report's
  /// Methods can show as "assisted coding".
  ///
  /// - Parameter index: The codebook, for the codes' labels (nil: ids only).
  /// - Returns: The table `assisted-coding`.
  public func table(index: CodebookIndex? = nil) -> Table {
    var columns: [Table.Column] = [
      .init("code", title: "Code"), .init("coded", title: "Coded", isNumeric: true),
      .init("proposed", title: "Proposed", isNumeric: true),
      .init("precision", title: "Precision", isNumeric: true),
      .init("recall", title: "Recall", isNumeric: true), .init("f1", title: "F1", isNumeric: true),
      .init("kappaModel", title: "κ model", isNumeric: true),
    ]
    if coders.count > 1 {
      for coder in coders {
        columns.append(.init("kappaModel_\(coder)", title: "κ model–\(coder)", isNumeric: true))
      }
      let humans = coders.count == 2 ? "κ \(coders[0])–\(coders[1])" : "Fleiss κ coders"
      columns.append(.init("kappaCoders", title: humans, isNumeric: true))
    }
    columns.append(.init("classifier", title: "Classifier"))
    var table = Table(
      id: "assisted-coding",
      caption: "Assisted coding: the model against the coders, cross-validated by transcript",
      preamble: preamble, columns: columns)
    for score in scores where score.coded > 0 || score.proposed > 0 {
      let label = score.code.flatMap { index?.code($0)?.label } ?? score.code ?? ""
      table.rows.append(
        Table.Row(row(score, first: .code(id: score.code ?? "", label: label), in: &table)))
    }
    table.rows.append(
      Table.Row(row(pooled, first: .text("pooled"), in: &table), isSummary: true))
    return table
  }

  /// The learning curve as a table: the pooled kappa and F1 by the number
  /// of coded interviews the model learned from.
  public func curveTable() -> Table {
    var table = Table(
      id: "learning-curve",
      caption: "Learning curve: agreement with the coders as the coded interviews grow",
      preamble: [
        "each fold's model learns from the first n of the other folds' interviews (shuffled, seed "
          + "\(options.seed)) and codes its held-out fold; every code × unit decision pooled"
      ],
      columns: [
        .init("interviews", title: "Interviews", isNumeric: true),
        .init("kappa", title: "κ pooled", isNumeric: true),
        .init("f1", title: "F1 pooled", isNumeric: true),
        .init("classifiers", title: "Codes learned", isNumeric: true),
      ])
    let folds = Double(max(1, self.folds.count))
    for point in curve {
      let kappa = cell(point.kappa, in: &table)
      let f1: Cell =
        point.f1.map { .number($0, decimals: 2) }
        ?? .undefined(note: table.note("neither the coders nor the model coded anything"))
      table.rows.append(
        Table.Row([
          .integer(point.interviews), kappa, f1,
          .number(Double(point.classifiers) / folds, decimals: 1),
        ]))
    }
    return table
  }

  /// What was compared, as the table's preamble.
  private var preamble: [String] {
    let who =
      coders.count == 1
      ? "coder: \(coders[0])" : "coders: \(coders.joined(separator: ", ")) (any of them)"
    let speakers = roles.map { " of \($0.joined(separator: ", "))" } ?? ""
    let uncoded = scores.filter { $0.coded == 0 && $0.proposed == 0 }.compactMap(\.code)
    var lines = [
      who,
      "units: \(unitCount) \(unitKind == .turn ? "turns" : "sentences")\(speakers) in "
        + "\(folds.flatMap { $0 }.count) coded transcripts",
      "folds: \(folds.count), by transcript (seed \(options.seed)): "
        + folds.map { $0.joined(separator: ", ") }.joined(separator: " | "),
      "the model proposes a code at p ≥ \(NumberFormat.fixed(options.threshold, decimals: 2)); "
        + "terms read as \(language == .danish ? "Danish" : "English")",
      "κ model: Cohen's kappa between the model's proposals and the coders' codings on the same "
        + "units (coded: by any coder); pooled: every code × unit decision in one table",
    ]
    if !uncoded.isEmpty {
      lines.append(
        "not coded in these units, so not learned or shown: \(uncoded.joined(separator: ", "))")
    }
    return lines
  }

  /// The cells of one score after its first cell.
  private func row(_ score: Score, first: Cell, in table: inout Table) -> [Cell] {
    func ratio(_ value: Double?, _ reason: String) -> Cell {
      value.map { .number($0, decimals: 2) } ?? .undefined(note: table.note(reason))
    }
    var cells: [Cell] = [
      first, .integer(score.coded), .integer(score.proposed),
      ratio(score.precision, "precision: the model proposed nothing"),
      ratio(score.recall, "recall: the coders coded nothing"),
      ratio(score.f1, "F1: neither the coders nor the model coded anything"),
      cell(score.kappa, in: &table),
    ]
    if coders.count > 1 {
      cells += score.coderKappas.map { cell($0, in: &table) }
      cells.append(score.humanKappa.map { cell($0, in: &table) } ?? .empty)
    }
    cells.append(.text(Self.classifierName(score.classifiers)))
    return cells
  }

  /// A coefficient, or n/a with its reason.
  private func cell(_ result: ReliabilityResult, in table: inout Table) -> Cell {
    if let value = result.value { return .number(value, decimals: 3) }
    return .undefined(note: table.note(result.explanation ?? "undefined"))
  }

  /// `logistic`, `naive Bayes`, `left out`, or a mix with the folds.
  static func classifierName(_ kinds: [LearnedModel.Classifier.Kind?]) -> String {
    guard !kinds.isEmpty else { return "" }
    func name(_ kind: LearnedModel.Classifier.Kind?) -> String {
      switch kind {
      case .logisticRegression: "logistic"
      case .naiveBayes: "naive Bayes"
      case nil: "left out"
      }
    }
    let names = kinds.map(name)
    if Set(names).count == 1 { return names[0] }
    var counts: [String: Int] = [:]
    for name in names { counts[name, default: 0] += 1 }
    return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
      .map { "\($0.key) \($0.value)/\(names.count)" }.joined(separator: ", ")
  }
}
