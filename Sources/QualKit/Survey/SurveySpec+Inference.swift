extension SurveySpec {
  /// Drafts a spec for a survey CSV, for the researcher to edit.
  ///
  /// The columns are read as ``SurveyImport`` reads a one-header-row
  /// export (of the tool detection finds, else a plain CSV), keeping every
  /// row: columns whose answers lie on a built-in scale, on a scale known
  /// wordings order, or on whole numbers (1–5, 0–10) are items (the spec
  /// defines the scales that are not built in); the respondent id is a
  /// column named like one (`Respondent`, `id`, …), else the first other
  /// column whose values are all present and distinct; columns with 2 to
  /// 12 values, some repeated, that are not dates, free text or metadata
  /// are groups; the rest are ignored.
  ///
  /// - Parameter table: The CSV, header first.
  /// - Returns: The draft; `nil` when the table has no header.
  public static func inferred(from table: CSVTable) -> SurveySpec? {
    guard table.rowCount > 0 else { return nil }
    let detected = SurveyExportLayout.detect(table, labels: nil)?.layout ?? .plain
    let layout: SurveyExportLayout = detected.hasSeveralHeaderRows ? .plain : detected
    var builder = SurveyImportBuilder(
      table: table, name: "", labels: nil,
      options: SurveyImport.Options(layout: layout, keepIncomplete: true),
      detection: .init(layout: layout, isCertain: false, evidence: ""))
    do {
      try builder.buildSpec()
    } catch {
      return SurveySpec(respondentID: "", items: [])
    }
    var spec = builder.spec
    if builder.idColumn == nil { spec.respondentID = "" }
    return spec
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
