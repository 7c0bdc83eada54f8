extension SurveySpec {
  /// Drafts a spec for a survey CSV, for the researcher to edit.
  ///
  /// - Every column whose non-empty answers all fall in one built-in scale
  ///   (labels, don't-know and missing answers, ignoring case) becomes an item
  ///   on that scale; when several scales fit, the one that names the most
  ///   distinct answers wins, then the first in ``LikertScale/builtInNames``.
  /// - The respondent id is the first other column whose values are all
  ///   present and distinct.
  /// - Other columns with 2 to 12 distinct values, some repeated, none longer
  ///   than 40 characters or holding a line break, are groups; the rest are ignored.
  ///
  /// - Parameter table: The CSV, header first.
  /// - Returns: The draft; `nil` when the table has no header.
  public static func inferred(from table: CSVTable) -> SurveySpec? {
    guard table.rowCount > 0 else { return nil }
    let header = table.row(0).map { $0.trimmingCharacters(in: " \t") }
    var distinct = [[String]](repeating: [], count: header.count)
    var seen = [Set<String>](repeating: [], count: header.count)
    var blanks = [Int](repeating: 0, count: header.count)
    for row in 1..<table.rowCount {
      for column in header.indices {
        let value =
          column < table.fieldCount(inRow: row)
          ? table.field(column, inRow: row).trimmingCharacters(in: " \t") : ""
        if value.isEmpty {
          blanks[column] += 1
        } else if seen[column].insert(value).inserted {
          distinct[column].append(value)
        }
      }
    }
    var items: [SurveyItem] = []
    var others: [Int] = []
    for column in header.indices {
      if let scale = bestScale(for: distinct[column]) {
        items.append(SurveyItem(column: header[column], text: header[column], scale: scale))
      } else {
        others.append(column)
      }
    }
    let rows = table.rowCount - 1
    let idColumn = others.first { blanks[$0] == 0 && distinct[$0].count == rows }
    var groups: [String] = []
    var ignored: [String] = []
    for column in others where column != idColumn {
      let count = distinct[column].count
      let isShortText = distinct[column].allSatisfy { $0.count <= 40 && !$0.contains("\n") }
      if (2...12).contains(count), count < rows, isShortText {
        groups.append(header[column])
      } else {
        ignored.append(header[column])
      }
    }
    return SurveySpec(
      respondentID: idColumn.map { header[$0] } ?? "", groups: groups, items: items,
      ignoredColumns: ignored)
  }

  /// The built-in scale that names every one of `answers`, if any.
  private static func bestScale(for answers: [String]) -> String? {
    let folded = Set(answers.map { $0.lowercased() })
    var best: (name: String, levels: Int)?
    for name in LikertScale.builtInNames {
      guard let scale = LikertScale.builtIn[name] else { continue }
      let levels = Set(scale.levels.map { $0.label.lowercased() })
      let known = levels.union((scale.missing + scale.dontKnow).map { $0.lowercased() })
      let matched = folded.intersection(levels).count
      guard matched > 0, folded.isSubset(of: known) else { continue }
      if best == nil || matched > best?.levels ?? 0 { best = (name, matched) }
    }
    return best?.name
  }

  /// The spec as the JSON a spec file holds (built-in scales are named, not written out).
  public var json: JSONOutput {
    var members: [(String, JSONOutput)] = [
      ("format", .string(SurveySpec.formatName)), ("version", .int(version)),
      ("respondentId", .string(respondentID)),
      ("groups", .array(groups.map { .string($0) })),
    ]
    if !scales.isEmpty {
      members.append(
        (
          "scales",
          .object(
            scales.keys.sorted().compactMap { name in
              scales[name].map { (name, SurveySpec.json($0)) }
            })
        ))
    }
    members.append(
      (
        "items",
        .array(
          items.map { item in
            var fields: [(String, JSONOutput)] = [("column", .string(item.column))]
            if let text = item.text { fields.append(("text", .string(text))) }
            fields.append(("scale", .string(item.scale)))
            if item.reverse { fields.append(("reverse", .bool(true))) }
            if let construct = item.construct { fields.append(("construct", .string(construct))) }
            return .object(fields)
          })
      ))
    members.append(("ignoredColumns", .array(ignoredColumns.map { .string($0) })))
    return .object(members)
  }

  private static func json(_ scale: LikertScale) -> JSONOutput {
    .object([
      ("label", .string(scale.label)),
      (
        "levels",
        .array(
          scale.levels.map { level in
            var fields: [(String, JSONOutput)] = [
              ("label", .string(level.label)), ("value", .double(level.value)),
            ]
            if !level.aliases.isEmpty {
              fields.append(("aliases", .array(level.aliases.map { .string($0) })))
            }
            return .object(fields)
          })
      ),
      ("missing", .array(scale.missing.map { .string($0) })),
      ("dontKnow", .array(scale.dontKnow.map { .string($0) })),
    ])
  }
}
