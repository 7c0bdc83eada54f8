extension Codebook {
  /// The column names a spreadsheet codebook may have (case does not matter;
  /// `color` and `code` are read as `colour` and `path`).
  public static let importColumns = [
    "path", "label", "definition", "include", "exclude", "example", "colour", "keywords",
    "codable",
  ]

  /// Reads a codebook from a spreadsheet exported as CSV: one row per code.
  ///
  /// The `path` column places the code: its id, after the ids of the codes
  /// above it, joined by `>` (`coherence > joint-plan`). A parent must be
  /// the path of some row (rows may come in any order; children keep the
  /// order of their rows). `label` defaults to the id; `keywords` are
  /// separated by `;` or line breaks; `colour` is `#RRGGBB`; `codable` is
  /// yes or no (default yes). Other columns are ignored.
  ///
  /// ```swift
  /// let codebook = try Codebook(importingCSV: bytes, name: "TKI2")
  /// ```
  ///
  /// - Throws: ``CodebookImportError`` at the row and column of the first problem.
  public init(importingCSV bytes: [UInt8], name: String) throws(CodebookImportError) {
    let table: CSVTable
    do {
      table = try CSVReader().read(bytes)
    } catch {
      throw CodebookImportError(.csv(error.message), at: error.position)
    }
    guard table.rowCount > 0 else {
      throw CodebookImportError(.missingPathColumn, at: SourcePosition(line: 1))
    }
    var columns: [String: Int] = [:]
    for (index, title) in table.row(0).enumerated() {
      var key = title.trimmingSpaces().lowercased()
      if key == "color" { key = "colour" }
      if key == "code" { key = "path" }
      if columns[key] == nil { columns[key] = index }
    }
    guard let pathColumn = columns["path"] else {
      throw CodebookImportError(.missingPathColumn, at: SourcePosition(line: table.line(ofRow: 0)))
    }
    func field(_ name: String, _ row: Int) -> String? {
      guard let column = columns[name], column < table.fieldCount(inRow: row) else { return nil }
      let value = table.field(column, inRow: row).trimmingSpaces()
      return value.isEmpty ? nil : value
    }
    func position(_ name: String, _ row: Int) -> SourcePosition {
      table.position(ofField: columns[name] ?? pathColumn, inRow: row)
    }
    var codes: [String: (code: Code, parent: String?, row: Int)] = [:]
    var order: [String] = []
    for row in 1..<table.rowCount {
      let parts = (field("path", row) ?? "").split(
        separator: ">", omittingEmptySubsequences: false
      ).map {
        String($0).trimmingSpaces()
      }
      guard let id = parts.last, !id.isEmpty, !parts.contains(where: \.isEmpty) else {
        throw CodebookImportError(.emptyPath, at: position("path", row))
      }
      if let earlier = codes[id] {
        throw CodebookImportError(
          .duplicateCode(id, line: table.line(ofRow: earlier.row)), at: position("path", row))
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
      let code = Code(
        id: id, label: field("label", row) ?? id, definition: field("definition", row),
        include: field("include", row), exclude: field("exclude", row),
        example: field("example", row), color: colour, isCodable: isCodable, keywords: keywords)
      codes[id] = (code, parts.count > 1 ? parts.dropLast().joined(separator: " > ") : nil, row)
      order.append(id)
    }
    // Every parent path must be the full path of a row.
    var paths: [String: String] = [:]
    func path(of id: String, seen: Set<String>) -> String? {
      if let known = paths[id] { return known }
      guard let entry = codes[id], !seen.contains(id) else { return nil }
      guard let parent = entry.parent else { return id }
      let parentID = String(parent.split(separator: ">").last ?? "").trimmingSpaces()
      guard let above = path(of: parentID, seen: seen.union([id])),
        above.split(separator: ">").map({ String($0).trimmingSpaces() })
          == parent.split(separator: ">").map({ String($0).trimmingSpaces() })
      else { return nil }
      paths[id] = above + " > " + id
      return paths[id]
    }
    for id in order where path(of: id, seen: []) == nil {
      let entry = codes[id]
      throw CodebookImportError(
        .unknownParent(entry?.parent ?? id), at: position("path", entry?.row ?? 0))
    }
    func build(_ id: String) -> Code {
      var code = codes[id]?.code ?? Code(id: id, label: id)
      code.children = order.filter { child in
        guard let parent = codes[child]?.parent else { return false }
        return String(parent.split(separator: ">").last ?? "").trimmingSpaces() == id
      }.map(build)
      return code
    }
    self.init(name: name, codes: order.filter { codes[$0]?.parent == nil }.map(build))
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
