/// The scales of an import: those the spec defines, and each item's.
struct ImportScales {
  /// The scales the spec defines, by name.
  var defined: [String: LikertScale] = [:]
  /// Each item column's scale name, by export column index.
  var itemScale: [Int: String] = [:]
  /// Where each scale comes from, in words.
  var sources: [String: String] = [:]

  /// The scale named `name`: defined here or built in.
  func scale(_ name: String) -> LikertScale? { defined[name] ?? LikertScale.builtIn[name] }
}

extension SurveyImportBuilder {
  /// Makes the scales the items need, in column order: built-in ones
  /// (with any don't-know answers they lack), ones ordered by known
  /// wordings, the label file's, and numeric ones; label-file columns
  /// whose options have no order become groups.
  mutating func buildScales(_ plan: inout ImportPlan) -> ImportScales {
    var result = ImportScales()
    var extraDontKnow: [String: [String]] = [:]
    var families: [(family: String, labels: [String], dontKnow: [String], columns: [Int])] = []
    var labelled: [(choices: [SurveyLabels.Choice], columns: [Int], first: ExportColumn)] = []
    var numeric: [(key: [String], columns: [Int])] = []
    for column in header.columns {
      switch plan.kinds[column.index] {
      case .builtIn(let name, let dontKnow):
        result.itemScale[column.index] = name
        result.sources[name] = "built in"
        for answer in dontKnow where !(extraDontKnow[name]?.contains(answer) ?? false) {
          extraDontKnow[name, default: []].append(answer)
        }
      case .wordings(let family, let labels, let dontKnow):
        if let index = families.firstIndex(where: { $0.family == family }) {
          families[index].labels += labels.filter { !families[index].labels.contains($0) }
          families[index].dontKnow += dontKnow.filter { !families[index].dontKnow.contains($0) }
          families[index].columns.append(column.index)
        } else {
          families.append((family, labels, dontKnow, [column.index]))
        }
      case .labelled(let described):
        if let index = labelled.firstIndex(where: { $0.choices == described.choices }) {
          labelled[index].columns.append(column.index)
        } else {
          labelled.append((described.choices, [column.index], column))
        }
      case .numeric(let low, let high, let ends):
        let key = ["\(low)", "\(high)"] + ends
        if let index = numeric.firstIndex(where: { $0.key == key }) {
          numeric[index].columns.append(column.index)
        } else {
          numeric.append((key, [column.index]))
        }
      default:
        break
      }
    }
    for (name, answers) in extraDontKnow {
      guard var scale = LikertScale.builtIn[name] else { continue }
      scale.dontKnow += answers
      scale.missing += answers
      result.defined[name] = scale
      result.sources[name] =
        "built in, with the don't-know answers \(answers.joined(separator: ", "))"
    }
    for entry in families {
      let groups: [[Int]] =
        LikertWordings.order(entry.labels) != nil
        ? [entry.columns]
        : Dictionary(grouping: entry.columns) { Set(answerLabels(plan, $0)) }.values.map { $0 }
          .sorted { $0[0] < $1[0] }
      for columns in groups {
        let labels = groups.count == 1 ? entry.labels : answerLabels(plan, columns[0])
        guard let order = LikertWordings.order(labels) else { continue }
        let sorted = zip(labels, order.ranks).sorted { $0.1 < $1.1 }.map(\.0)
        let name = uniqueName("\(entry.family)\(sorted.count)", in: result)
        let dontKnow = entry.dontKnow
        result.defined[name] = LikertScale(
          id: name,
          label:
            "\(sorted.last ?? "") – \(sorted.first ?? "") (\(sorted.count) levels, ordered by known wordings)",
          levels: sorted.enumerated().map { LikertScale.Level(label: $1, value: Double($0 + 1)) },
          missing: [""] + dontKnow, dontKnow: dontKnow)
        result.sources[name] =
          "known wordings (\(entry.family)); levels nobody chose are not listed"
        for column in columns { result.itemScale[column] = name }
      }
    }
    for entry in labelled {
      let levels = entry.choices.filter { !$0.isDontKnow }
      let dontKnow = entry.choices.filter(\.isDontKnow)
      let order = LikertWordings.order(levels.map(\.label))
      let numericLabels = levels.allSatisfy { $0.label.first?.isNumber ?? false }
      let isOrdinal =
        levels.count >= 2
        && (order != nil || numericLabels || entry.columns.count >= 2 && levels.count >= 3)
      guard isOrdinal, levels.count <= LikertScale.maximumLevels else {
        for column in entry.columns {
          let answers = Set((plan.values[column] ?? []).filter { !$0.isEmpty })
          plan.kinds[column] =
            levels.count > 12
            ? .ignored("\(levels.count) unordered options in the label file")
            : answers.count < 2 ? .ignored("one answer only") : .group
        }
        continue
      }
      let codesAreValues = levels.allSatisfy { $0.value != nil }
      let values: [Double] =
        codesAreValues
        ? levels.compactMap(\.value)
        : order.map { order in
          order.ranks.map { rank in Double(order.ranks.filter { $0 < rank }.count + 1) }
        }
          ?? levels.indices.map { Double($0 + 1) }
      let base = SurveyImportBuilder.scaleStem(entry.first.name)
      let name = uniqueName(order.map { "\($0.family)\(levels.count)" } ?? base, in: result)
      let scaleLevels = zip(levels, values).map { choice, value in
        let isValue = Double(choice.code) == value
        return LikertScale.Level(
          label: choice.label, value: value,
          aliases: choice.code == choice.label || isValue ? [] : [choice.code])
      }
      let ordered = scaleLevels.sorted { $0.value < $1.value }
      var dontKnowAnswers: [String] = []
      for choice in dontKnow {
        dontKnowAnswers.append(choice.label)
        if choice.code != choice.label { dontKnowAnswers.append(choice.code) }
      }
      result.defined[name] = LikertScale(
        id: name,
        label: "\(ordered.last?.label ?? "") – \(ordered.first?.label ?? "") (from the label file)",
        levels: scaleLevels, missing: [""] + dontKnowAnswers, dontKnow: dontKnowAnswers)
      result.sources[name] =
        "the label file"
        + (codesAreValues
          ? ", values = codes" : order != nil ? ", ordered by known wordings" : ", in its order")
      for column in entry.columns { result.itemScale[column] = name }
    }
    for entry in numeric {
      guard let low = Int(entry.key[0]), let high = Int(entry.key[1]) else { continue }
      let ends = Array(entry.key.dropFirst(2))
      let name = uniqueName("\(low)-\(high)", in: result)
      let levels = (low...high).map { value in
        var label = "\(value)"
        if ends.count == 2, value == low { label += " = \(ends[0])" }
        if ends.count == 2, value == high { label += " = \(ends[1])" }
        return LikertScale.Level(label: label, value: Double(value))
      }
      result.defined[name] = LikertScale(
        id: name,
        label: ends.count == 2 ? "\(low) = \(ends[0]) … \(high) = \(ends[1])" : "\(low)–\(high)",
        levels: levels)
      result.sources[name] =
        labelColumns[entry.columns[0]] != nil
        ? "the label file's levels"
        : "the numbers in the data\(ends.isEmpty ? "" : ", ends from the question text")"
      for column in entry.columns { result.itemScale[column] = name }
    }
    noteUnorderedSets(plan)
    return result
  }

  /// The non-don't-know answers of a column, in first-appearance order.
  private func answerLabels(_ plan: ImportPlan, _ column: Int) -> [String] {
    var seen: Set<String> = []
    return (plan.values[column] ?? []).filter {
      !$0.isEmpty && !LikertWordings.isDontKnow($0) && seen.insert($0).inserted
    }
  }

  /// Notes columns read as groups that share three or more answers no scale orders.
  private mutating func noteUnorderedSets(_ plan: ImportPlan) {
    var sets: [(labels: [String], columns: [String])] = []
    for column in header.columns where plan.kinds[column.index] == .group {
      let labels = answerLabels(plan, column.index).sorted()
      guard labels.count >= 3, !labels.allSatisfy({ $0.first?.isNumber ?? false }) else { continue }
      if let index = sets.firstIndex(where: { $0.labels == labels }) {
        sets[index].columns.append(column.name)
      } else {
        sets.append((labels, [column.name]))
      }
    }
    for set in sets where set.columns.count >= 2 {
      notes.append(
        "could not order the answers \(set.labels.joined(separator: " / ")) shared by \(SurveyImportBuilder.list(set.columns)): no built-in scale or known wording orders them, so they are read as groups; define the scale in the spec to make them items"
      )
    }
  }

  /// `name`, or `name-2`, `name-3` … if a scale (or a built-in one) has it.
  private func uniqueName(_ name: String, in scales: ImportScales) -> String {
    var candidate = name
    var number = 2
    while scales.defined[candidate] != nil || LikertScale.builtIn[candidate] != nil {
      candidate = "\(name)-\(number)"
      number += 1
    }
    return candidate
  }

  /// A scale name from a column name: `Q2_1` → `Q2`, `G1Q1[SQ001]` → `G1Q1`.
  static func scaleStem(_ column: String) -> String {
    var stem = Substring(column)
    if let bracket = stem.firstIndex(of: "[") { stem = stem[..<bracket] }
    if let underscore = stem.lastIndex(of: "_"),
      stem[stem.index(after: underscore)...].allSatisfy(\.isNumber),
      underscore != stem.startIndex
    {
      stem = stem[..<underscore]
    }
    return stem.isEmpty ? "scale" : String(stem)
  }
}
