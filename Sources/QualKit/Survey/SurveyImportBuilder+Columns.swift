import Foundation

/// What one column of an export is, once its answers have been looked at.
enum ImportColumnKind: Hashable, Sendable {
  /// Not an item nor a group, and why.
  case ignored(String)
  /// A grouping column.
  case group
  /// An item on a built-in scale; `dontKnow` are the column's don't-know
  /// answers that the built-in scale lacks.
  case builtIn(String, dontKnow: [String])
  /// An item whose labels one family of known wordings orders.
  case wordings(family: String, labels: [String], dontKnow: [String])
  /// An item whose options the label file lists.
  case labelled(SurveyLabels.Column)
  /// An item answered with whole numbers from `low` to `high`.
  case numeric(low: Int, high: Int, ends: [String])
  /// The respondent id.
  case id
}

/// The kind of every column, by export column index.
struct ImportPlan {
  var kinds: [Int: ImportColumnKind] = [:]
  /// Each column's answers in the kept rows (trimmed), by export column index.
  var values: [Int: [String]] = [:]
}

extension SurveyImportBuilder {
  /// Looks at every column's answers in the kept rows and says what it is.
  func classify() -> ImportPlan {
    var plan = ImportPlan()
    for column in header.columns {
      let values = rows.map { row in
        column.index < table.fieldCount(inRow: row)
          ? table.field(column.index, inRow: row).trimmingCharacters(in: " \t") : ""
      }
      plan.values[column.index] = values
      plan.kinds[column.index] = kind(of: column, values: values)
    }
    return plan
  }

  private func kind(of column: ExportColumn, values: [String]) -> ImportColumnKind {
    if SurveyImport.isMetadata(column.name, layout: layout) { return .ignored("metadata") }
    var distinct: [String] = []
    var seen: Set<String> = []
    for value in values where !value.isEmpty && seen.insert(value).inserted {
      distinct.append(value)
    }
    if distinct.isEmpty { return .ignored("no answers") }
    if let described = labelColumns[column.index] {
      switch described.kind {
      case .singleChoice:
        return .labelled(described)
      case .numeric:
        // Choice values lie within ±1,000,000, so `high - low` cannot overflow.
        let numbers = described.choices.compactMap { $0.value.flatMap(Int.init(exactly:)) }
        if let low = numbers.min(), let high = numbers.max(),
          numbers.count == described.choices.count,
          high - low + 1 <= LikertScale.maximumLevels, high > low
        {
          return .numeric(
            low: low, high: high,
            ends: SurveyImportBuilder.ends(
              in: described.text ?? column.text ?? "", low: low, high: high))
        }
        if let ends = described.ends {
          return .ignored("numbers on a slider (\(ends.low) … \(ends.high)), not levels")
        }
      case .multipleChoice:
        return .ignored("multiple answers (checkboxes)")
      case .text:
        let isNumbers = distinct.allSatisfy {
          SurveyImportBuilder.number($0, semicolons: table.delimiter == .semicolon) != nil
        }
        return .ignored(isNumbers ? "numbers, not answers on a scale" : "free text")
      case .other:
        break
      }
    }
    if Set(distinct).isSubset(of: ["Checked", "Unchecked"]) || column.name.contains("(choice=")
      || distinct.count == 1 && (column.text ?? "").hasSuffix(" - \(distinct[0])")
    {
      return .ignored("multiple answers (checkboxes)")
    }
    if distinct.allSatisfy(SurveyImportBuilder.isDate) {
      return .ignored(
        distinct == ["1980-01-01 00:00:00"]
          ? "the anonymised date placeholder 1980-01-01 00:00:00" : "dates")
    }
    let numbers = distinct.map {
      SurveyImportBuilder.number($0, semicolons: table.delimiter == .semicolon)
    }
    let answered = values.filter { !$0.isEmpty }.count
    if numbers.allSatisfy({ $0 != nil }) {
      let values = numbers.compactMap { $0 }
      let whole = values.allSatisfy { $0 == $0.rounded() }
      if whole, let low = values.min(), let high = values.max(), low >= 0, high <= 10,
        distinct.count >= 3
      {
        let bottom = low == 0 ? 0 : 1
        let top = [6: 7, 8: 10, 9: 10][Int(high)] ?? Int(high)
        return .numeric(
          low: bottom, high: top,
          ends: SurveyImportBuilder.ends(in: column.text ?? "", low: bottom, high: top))
      }
      if whole, let low = values.min(), low < 0, values.max() ?? 0 <= 10, distinct.count >= 3 {
        return .ignored(
          "numbers with negative codes (\(SurveyImportBuilder.list(distinct.filter { $0.hasPrefix("-") }))): give the tool's label file with --labels to tell don't-know codes"
        )
      }
      if (2...12).contains(distinct.count), distinct.count < answered { return .group }
      return .ignored("numbers, not answers on a scale")
    }
    let dontKnow = distinct.filter(LikertWordings.isDontKnow)
    let answers = distinct.filter { !LikertWordings.isDontKnow($0) }
    if !answers.isEmpty {
      if let scale = SurveyImportBuilder.builtInScale(for: answers) {
        let known = Set((scale.dontKnow + scale.missing).map(AnswerMatcher.folded))
        return .builtIn(
          scale.id, dontKnow: dontKnow.filter { !known.contains(AnswerMatcher.folded($0)) })
      }
      if answers.count >= 2, let order = LikertWordings.order(answers) {
        return .wordings(family: order.family, labels: answers, dontKnow: dontKnow)
      }
    }
    if SurveyImportBuilder.isMultiAnswer(distinct) {
      return .ignored("multiple answers in one cell")
    }
    if distinct.contains(where: { $0.count > 40 || $0.contains("\n") || $0.contains("\r") })
      || distinct.count > 12
    {
      return .ignored(distinct.count == rows.count ? "free text or ids" : "free text")
    }
    if distinct.count >= 2, distinct.count < answered { return .group }
    if distinct.count == 1 { return .ignored("one answer only") }
    return .ignored(answered == rows.count ? "a different answer in every row" : "free text")
  }

  /// The built-in scale that names every answer, each on its own level;
  /// the one with the most levels used wins, then the first by name.
  static func builtInScale(for answers: [String]) -> LikertScale? {
    var best: (scale: LikertScale, used: Int)?
    for name in LikertScale.builtInNames {
      guard let scale = LikertScale.builtIn[name] else { continue }
      var used: Set<Int> = []
      var fits = true
      for answer in answers {
        let folded = AnswerMatcher.folded(answer)
        guard
          let level = scale.levels.firstIndex(where: { level in
            ([level.label] + level.aliases).contains { AnswerMatcher.folded($0) == folded }
          }), used.insert(level).inserted
        else {
          fits = false
          break
        }
      }
      if fits, used.count > best?.used ?? 0 { best = (scale, used.count) }
    }
    return best?.scale
  }

  /// Whether the cells hold several answers joined with ", " (Google Forms'
  /// checkboxes): two or more different cells have two or more parts, and
  /// at least two thirds of the parts are options that recur in other
  /// cells (the commas of free text rarely split it into recurring pieces).
  static func isMultiAnswer(_ distinct: [String]) -> Bool {
    let parts = distinct.map { $0.components(separatedBy: ", ") }
    guard parts.count(where: { $0.count > 1 }) >= 2 else { return false }
    var cells: [String: Int] = [:]
    for cell in parts {
      for part in Set(cell) { cells[part, default: 0] += 1 }
    }
    let total = cells.values.reduce(0, +)
    let recurring = cells.values.filter { $0 >= 2 }.reduce(0, +)
    return recurring * 3 >= total * 2
  }

  /// `text` as a number: `4`, `-1`, `2.5`, or `2,5` in a `;`-separated file.
  static func number(_ text: String, semicolons: Bool) -> Double? {
    guard let first = text.first, first.isNumber || first == "-" || first == "+" else { return nil }
    let normal =
      semicolons || text.contains(",") && !text.contains(".") ? text.replacingAll(",", ".") : text
    guard let value = Double(normal), value.isFinite else { return nil }
    return value
  }

  /// Whether `text` is a date, with or without a time: `2024-05-01`,
  /// `01/05/2024 10:20`, `2024/05/01 10:20:30 AM GMT+1`, `01.05.2024`.
  static func isDate(_ text: String) -> Bool {
    let datePart = text.prefix { $0 != " " && $0 != "T" }
    let pieces = datePart.split(omittingEmptySubsequences: false) { "-/.".contains($0) }
    guard pieces.count == 3, pieces.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) })
    else { return false }
    return pieces.contains { $0.count == 4 } && pieces.allSatisfy { $0.count <= 4 }
  }

  /// The labels of a numeric scale's ends in a question text: `1 =
  /// überhaupt nicht … 5 = extrem`, or LimeSurvey's `[Statement.Left | Right]`.
  static func ends(in text: String, low: Int, high: Int) -> [String] {
    var labels: [Int: String] = [:]
    var rest = Substring(text)
    while let equals = rest.firstIndex(of: "=") {
      let before = rest[..<equals].reversed().drop { $0 == " " }.prefix { $0.isNumber }
      let after = rest[rest.index(after: equals)...]
      let label = after.prefix { !",;…)]\n".contains($0) && $0 != "." }
      if let number = Int(String(before.reversed())) {
        let trimmed = label.trimmingCharacters(in: " \t")
        if !trimmed.isEmpty, labels[number] == nil { labels[number] = trimmed }
      }
      rest = after
    }
    if let lowLabel = labels[low], let highLabel = labels[high] { return [lowLabel, highLabel] }
    if let bar = text.lastIndex(of: "|") {
      let left = text[..<bar]
      let start =
        left.lastIndex { ".?!:[…".contains($0) }.map { left.index(after: $0) } ?? left.startIndex
      let right = text[text.index(after: bar)...].prefix { $0 != "]" }
      let lowLabel = left[start...].trimmingCharacters(in: " \t")
      let highLabel = right.trimmingCharacters(in: " \t")
      if !lowLabel.isEmpty, !highLabel.isEmpty, lowLabel.count <= 40, highLabel.count <= 40 {
        return [lowLabel, highLabel]
      }
    }
    return []
  }
}
