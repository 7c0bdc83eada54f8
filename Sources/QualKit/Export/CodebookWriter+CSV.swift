extension CodebookWriter {
  /// The codebook as a spreadsheet, one row per code in tree order, with
  /// the columns ``Codebook/init(importingCSV:name:)`` reads back.
  ///
  /// `path` (ids joined by ` > `), `label` (the main label), a
  /// `labels.CODE` column per other language, definition, a
  /// `definitions.CODE` column per other language, include,
  /// exclude, example, colour, keywords (separated by `; `, or by line
  /// breaks when a keyword has a `;`), codable (yes or no); then, where the
  /// codebook uses them, `surveyItems` (one per line), `guid`, and on the
  /// first row `codebook.name` and `codebook.description`.
  /// ``csvWarnings(_:)`` names what this table cannot carry.
  public static func table(_ codebook: Codebook) -> Table {
    let all = codebook.allCodes
    let languages = Set(all.flatMap(\.labels.keys)).sorted()
    let definitionLanguages = Set(all.flatMap(\.definitions.keys)).sorted()
    let hasSurveyItems = all.contains { !$0.surveyItems.isEmpty }
    let hasGUIDs = all.contains { $0.guid != nil }
    let hasName = !codebook.name.isEmpty
    let hasDescription = codebook.description != nil
    var keys = ["path", "label"] + languages.map { "labels." + $0 }
    keys.append("definition")
    keys += definitionLanguages.map { "definitions." + $0 }
    keys += ["include", "exclude", "example", "colour", "keywords", "codable"]
    if hasSurveyItems { keys.append("surveyItems") }
    if hasGUIDs { keys.append("guid") }
    if hasName { keys.append("codebook.name") }
    if hasDescription { keys.append("codebook.description") }
    var paths: [String: String] = [:]
    var rows: [Table.Row] = []
    for (code, _, parent) in codebook.flattened {
      let path = parent.flatMap { paths[$0] }.map { $0 + " > " + code.id } ?? code.id
      paths[code.id] = path
      var cells: [String?] = [path, code.label] + languages.map { code.labels[$0] }
      let separator = code.keywords.contains { $0.contains(";") } ? "\n" : "; "
      cells.append(code.definition)
      cells += definitionLanguages.map { code.definitions[$0] }
      cells += [
        code.include, code.exclude, code.example, code.color,
        code.keywords.joined(separator: separator), code.isCodable ? "yes" : "no",
      ]
      if hasSurveyItems { cells.append(code.surveyItems.joined(separator: "\n")) }
      if hasGUIDs { cells.append(code.guid) }
      if hasName { cells.append(rows.isEmpty ? codebook.name : nil) }
      if hasDescription { cells.append(rows.isEmpty ? codebook.description : nil) }
      rows.append(
        Table.Row(cells.map { $0.flatMap { $0.isEmpty ? nil : Cell.text($0) } ?? .empty }))
    }
    return Table(
      id: "codebook", caption: codebook.name, columns: keys.map { Table.Column($0) }, rows: rows)
  }

  /// What the spreadsheet of ``table(_:)`` cannot carry: one warning for
  /// each value that would not come back unchanged from
  /// ``Codebook/init(importingCSV:name:)``.
  ///
  /// The check is the round trip itself (write, read back, compare), so it
  /// names exactly what changes: white space at either end of a text or a
  /// keyword, empty texts, control characters other than tab and line feed
  /// (shown as U+FFFD), a keyword with `;` or a line break, a survey item
  /// with a line break, and a codebook without a name (the import then
  /// names it after the file).
  public static func csvWarnings(_ codebook: Codebook) -> [Diagnostic] {
    let csv = CSVWriter.render(table(codebook))
    let read: Codebook
    do {
      read = try Codebook(importingCSV: Array(csv.utf8))
    } catch {
      return [.warning("the CSV would not import: \(error.message)")]
    }
    let text = "white space at either end, an empty text and control characters are not kept"
    var warnings: [Diagnostic] = []
    if codebook.name.isEmpty {
      warnings.append(
        .warning("the codebook has no name; 'codebook import' names it after the file"))
    } else if read.name != codebook.name {
      warnings.append(.warning("the codebook's name changes in CSV (\(text))"))
    }
    if read.description != codebook.description {
      warnings.append(.warning("the codebook's description changes in CSV (\(text))"))
    }
    let written = codebook.allCodes
    let back = read.allCodes
    guard written.map(\.id) == back.map(\.id) else {
      return warnings + [.warning("the code tree changes in CSV")]
    }
    for (code, copy) in zip(written, back) {
      var changes: [(field: String, reason: String)] = []
      let texts: [(String, String?, String?)] = [
        ("label", code.label, copy.label), ("definition", code.definition, copy.definition),
        ("include", code.include, copy.include), ("exclude", code.exclude, copy.exclude),
        ("example", code.example, copy.example), ("guid", code.guid, copy.guid),
      ]
      for (field, before, after) in texts where before != after { changes.append((field, text)) }
      for language in code.labels.keys.sorted() where code.labels[language] != copy.labels[language]
      {
        changes.append(("labels.\(language)", text))
      }
      for language in code.definitions.keys.sorted()
      where code.definitions[language] != copy.definitions[language] {
        changes.append(("definitions.\(language)", text))
      }
      if code.color != copy.color { changes.append(("colour", "only #RRGGBB in capitals is kept")) }
      if code.keywords != copy.keywords {
        changes.append(
          ("keywords", "a keyword with ';', a line break or white space at either end is not kept"))
      }
      if code.surveyItems != copy.surveyItems {
        changes.append(
          ("surveyItems", "an item with a line break or white space at either end is not kept"))
      }
      for (field, reason) in changes {
        warnings.append(
          .warning("code '\(code.id)': the \(field) changes in CSV (\(reason))"))
      }
    }
    return warnings
  }
}
