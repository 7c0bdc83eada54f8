extension Codebook {
  /// The column names a spreadsheet codebook may have (case does not matter;
  /// `color` and `code` are read as `colour` and `path`; `labels.CODE` is a
  /// label in the language CODE, such as `labels.da`).
  public static let importColumns = [
    "path", "label", "labels.CODE", "definition", "definitions.CODE", "include", "exclude",
    "example", "colour",
    "keywords", "codable", "surveyItems", "guid", "codebook.name", "codebook.description",
  ]

  /// Reads a codebook from a spreadsheet exported as CSV: one row per code.
  ///
  /// The `path` column places the code: its id, after the ids of the codes
  /// above it, joined by `>` (`coherence > joint-plan`). A parent must be
  /// the path of some row (rows may come in any order; children keep the
  /// order of their rows). `label` defaults to the id; `labels.da` (and so
  /// on) are labels in other languages; `keywords` are separated by `;` or
  /// line breaks and `surveyItems` by line breaks; `colour` is `#RRGGBB`;
  /// `codable` is yes or no (default yes); `guid` is kept as written. The
  /// codebook's own name and description are in `codebook.name` and
  /// `codebook.description`, on any one row. Other columns are ignored.
  ///
  /// Fields are trimmed, and a field that
  /// ``CodebookWriter/table(_:)`` neutralised against spreadsheet formulas
  /// gets its text back (``CSVFormulaGuard/restored(_:)``), so that an
  /// exported codebook reads back unchanged. Each row is held to the rules
  /// of ``init(parsing:diagnostics:)`` (ids by ``Code/idProblem(_:)``, at
  /// most ``maximumDepth`` levels, colours, keywords, unique ids), so that
  /// any command can read the codebook once it is written.
  ///
  /// ```swift
  /// let codebook = try Codebook(importingCSV: bytes, name: "TKI2")
  /// ```
  ///
  /// - Parameters:
  ///   - bytes: The CSV file.
  ///   - name: The codebook's name; nil takes `codebook.name` from the file
  ///     (empty when it has none).
  /// - Throws: ``CodebookImportError`` at the row and column of the first problem.
  /// - Complexity: O(n) in the size of the file, for any shape of tree.
  public init(importingCSV bytes: [UInt8], name: String? = nil) throws(CodebookImportError) {
    let importer = try CodebookCSVImporter(bytes)
    var codebook = try importer.codebook()
    if let name { codebook.name = name }
    self = codebook
  }
}

/// Reads a spreadsheet codebook's rows into codes, and the codes into a
/// tree through an index of each row's parent (linear in the rows).
struct CodebookCSVImporter {
  /// One row's code, its path split into ids, and its row.
  private struct Entry {
    var code: Code
    var path: [String]
    var row: Int
  }

  private let table: CSVTable
  /// The column of each known name (lowercase), the first where one repeats.
  private var columns: [String: Int] = [:]
  /// The `labels.CODE` columns with their language codes as written.
  private var languages: [(language: String, column: Int)] = []
  /// The `definitions.CODE` columns with their language codes as written.
  private var definitionLanguages: [(language: String, column: Int)] = []
  private let pathColumn: Int

  init(_ bytes: [UInt8]) throws(CodebookImportError) {
    do {
      table = try CSVReader().read(bytes)
    } catch {
      throw CodebookImportError(.csv(error.message), at: error.position)
    }
    guard table.rowCount > 0 else {
      throw CodebookImportError(.missingPathColumn, at: SourcePosition(line: 1))
    }
    for (index, title) in table.row(0).enumerated() {
      let trimmed = title.trimmingSpaces()
      var key = trimmed.lowercased()
      if key == "color" { key = "colour" }
      if key == "code" { key = "path" }
      if key.hasPrefix("definitions.") {
        let language = String(trimmed.dropFirst("definitions.".count))
        if !language.isEmpty, !definitionLanguages.contains(where: { $0.language == language }) {
          definitionLanguages.append((language, index))
        }
        continue
      }
      if key.hasPrefix("labels.") {
        let language = String(trimmed.dropFirst("labels.".count))
        if !language.isEmpty, !languages.contains(where: { $0.language == language }) {
          languages.append((language, index))
        }
        continue
      }
      if columns[key] == nil { columns[key] = index }
    }
    guard let pathColumn = columns["path"] else {
      throw CodebookImportError(.missingPathColumn, at: SourcePosition(line: table.line(ofRow: 0)))
    }
    self.pathColumn = pathColumn
  }

  /// The codebook of every row; its name is `codebook.name`, or empty.
  func codebook() throws(CodebookImportError) -> Codebook {
    var entries: [Entry] = []
    entries.reserveCapacity(table.rowCount)
    var rowOfID: [String: Int] = [:]
    for row in 1..<max(1, table.rowCount) {
      let entry = try self.entry(row)
      if let earlier = rowOfID[entry.code.id] {
        throw CodebookImportError(
          .duplicateCode(entry.code.id, line: table.line(ofRow: entries[earlier].row)),
          at: position("path", row))
      }
      rowOfID[entry.code.id] = entries.count
      entries.append(entry)
    }
    // Each parent is the row whose path is this path less its last id.
    var children = [[Int]](repeating: [], count: entries.count)
    var roots: [Int] = []
    for (index, entry) in entries.enumerated() {
      guard entry.path.count > 1 else {
        roots.append(index)
        continue
      }
      let above = entry.path.dropLast()
      guard let parent = rowOfID[above[above.endIndex - 1]],
        entries[parent].path.elementsEqual(above)
      else {
        throw CodebookImportError(
          .unknownParent(above.joined(separator: " > ")), at: position("path", entry.row))
      }
      children[parent].append(index)
    }
    func build(_ index: Int) -> Code {
      var code = entries[index].code
      code.children = children[index].map(build)
      return code
    }
    return Codebook(
      name: try codebookValue("codebook.name") ?? "",
      description: try codebookValue("codebook.description"), codes: roots.map(build))
  }

  /// The code on `row`, checked field by field.
  private func entry(_ row: Int) throws(CodebookImportError) -> Entry {
    let path = (field("path", row) ?? "").split(separator: ">", omittingEmptySubsequences: false)
      .map { String($0).trimmingSpaces() }
    guard let id = path.last, !id.isEmpty, !path.contains(where: \.isEmpty) else {
      throw CodebookImportError(.emptyPath, at: position("path", row))
    }
    if let problem = Code.idProblem(id) {
      throw CodebookImportError(.invalidID(problem), at: position("path", row))
    }
    guard path.count <= Codebook.maximumDepth else {
      throw CodebookImportError(
        .tooDeep(levels: path.count, limit: Codebook.maximumDepth), at: position("path", row))
    }
    var colour = field("colour", row)
    if let value = colour {
      guard value.utf8.count == 7, value.first == "#", value.dropFirst().allSatisfy(\.isHexDigit)
      else { throw CodebookImportError(.colour(value), at: position("colour", row)) }
      colour = value.uppercased()
    }
    var keywords: [String] = []
    for keyword in (field("keywords", row) ?? "").split(whereSeparator: {
      $0 == ";" || $0.isNewline
    }) {
      let text = String(keyword).trimmingSpaces()
      if text.isEmpty { continue }
      do {
        _ = try KeywordPattern(parsing: text)
      } catch {
        throw CodebookImportError(.keyword(error.message), at: position("keywords", row))
      }
      keywords.append(text)
    }
    var isCodable = true
    if let value = field("codable", row) {
      switch value.lowercased() {
      case "yes", "y", "true", "1", "ja": isCodable = true
      case "no", "n", "false", "0", "nej": isCodable = false
      default: throw CodebookImportError(.codable(value), at: position("codable", row))
      }
    }
    var labels: [String: String] = [:]
    for (language, column) in languages {
      if let label = field(column, row) { labels[language] = label }
    }
    var definitions: [String: String] = [:]
    for (language, column) in definitionLanguages {
      if let text = field(column, row) { definitions[language] = text }
    }
    let surveyItems = (field("surveyitems", row) ?? "").split(whereSeparator: \.isNewline)
      .map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
    let code = Code(
      id: id, label: field("label", row) ?? id, labels: labels,
      definition: field("definition", row), definitions: definitions,
      include: field("include", row),
      exclude: field("exclude", row), example: field("example", row), color: colour,
      isCodable: isCodable, keywords: keywords, surveyItems: surveyItems,
      guid: field("guid", row))
    return Entry(code: code, path: path, row: row)
  }

  /// The one value of a codebook-wide column, from whichever row has it.
  private func codebookValue(_ name: String) throws(CodebookImportError) -> String? {
    var found: (value: String, row: Int)?
    for row in 1..<max(1, table.rowCount) {
      guard let value = field(name, row) else { continue }
      guard let first = found else {
        found = (value, row)
        continue
      }
      if value != first.value {
        throw CodebookImportError(
          .conflictingValue(column: name, line: table.line(ofRow: first.row)),
          at: position(name, row))
      }
    }
    return found?.value
  }

  /// The trimmed text of column `name` on `row`, its formula mark taken off; nil when empty.
  private func field(_ name: String, _ row: Int) -> String? {
    columns[name].flatMap { field($0, row) }
  }

  private func field(_ column: Int, _ row: Int) -> String? {
    guard column < table.fieldCount(inRow: row) else { return nil }
    let value = CSVFormulaGuard.restored(table.field(column, inRow: row).trimmingSpaces())
    return value.allSatisfy(\.isWhitespace) ? nil : value
  }

  private func position(_ name: String, _ row: Int) -> SourcePosition {
    table.position(ofField: columns[name] ?? pathColumn, inRow: row)
  }
}

extension String {
  /// The string without leading and trailing spaces, tabs and line breaks.
  fileprivate func trimmingSpaces() -> String {
    var text = Substring(self)
    while let first = text.first, first.isWhitespace { text.removeFirst() }
    while let last = text.last, last.isWhitespace { text.removeLast() }
    return String(text)
  }
}
