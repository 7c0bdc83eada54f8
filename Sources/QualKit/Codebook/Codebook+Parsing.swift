import Foundation

extension Codebook {
  /// Reads and validates a codebook from JSON.
  ///
  /// ```json
  /// {
  ///   "format": "qualkit-codebook",
  ///   "version": 1,
  ///   "name": "TKI2",
  ///   "codes": [
  ///     { "id": "mastery", "label": "Mastery", "labels": { "da": "Mestring" },
  ///       "definition": "…", "include": "…", "exclude": "…", "example": "…",
  ///       "color": "#2CA02C", "codable": true, "keywords": ["mestr*"],
  ///       "surveyItems": ["Q7 Håndtere hverdagen"],
  ///       "children": [] }
  ///   ]
  /// }
  /// ```
  ///
  /// Validation reports every problem at once, each with its JSON path
  /// (`codes[2].children[0].id`) and position: duplicate ids (anywhere in the
  /// tree), empty ids or labels, colours that are not `#RRGGBB`, malformed
  /// keyword patterns and values of the wrong type are errors; unknown members
  /// are warnings.
  ///
  /// - Parameters:
  ///   - bytes: The file's contents (UTF-8).
  ///   - diagnostics: Receives the warnings of a codebook that is valid.
  /// - Throws: ``CodebookError`` with every problem when the codebook has errors.
  public init(parsing bytes: [UInt8], diagnostics: inout [Diagnostic]) throws(CodebookError) {
    let root: JSONNode
    do {
      root = try JSONParser.parse(bytes)
    } catch {
      throw CodebookError("invalid JSON: \(error.message)", at: error.position, kind: .syntax)
    }
    var validator = CodebookValidator()
    let codebook = try validator.codebook(from: root)
    if validator.diagnostics.hasErrors {
      throw CodebookError(diagnostics: validator.diagnostics)
    }
    diagnostics += validator.diagnostics
    self = codebook
  }
}

/// Walks a codebook's JSON, collecting the model and every problem.
private struct CodebookValidator {
  var diagnostics: [Diagnostic] = []
  /// Each id's first path and node (positions are computed only for messages).
  private var firstSeen: [String: (path: String, node: JSONNode)] = [:]

  static let rootKeys: Set<String> = ["format", "version", "name", "description", "codes"]
  static let codeKeys: Set<String> = [
    "id", "label", "labels", "definition", "definitions", "include", "exclude", "example", "color",
    "codable",
    "keywords", "surveyItems", "guid", "children",
  ]

  mutating func codebook(from root: JSONNode) throws(CodebookError) -> Codebook {
    guard let members = root.members else {
      throw CodebookError(
        "a codebook must be a JSON object, found \(root.kindName)", at: root.position,
        kind: .notACodebook)
    }
    if let format = root["format"] {
      guard format.stringValue == Codebook.formatName else {
        throw CodebookError(
          "format: not a QualKit codebook (expected \"format\": \"\(Codebook.formatName)\")",
          at: format.position, kind: .notACodebook)
      }
    }
    var version = Codebook.currentVersion
    if let versionNode = root["version"] {
      guard let number = versionNode.numberValue, number == number.rounded(), number >= 1,
        number < 1e6
      else {
        throw CodebookError(
          "version: expected a whole number, found \(versionNode.kindName)",
          at: versionNode.position)
      }
      guard Int(number) <= Codebook.currentVersion else {
        throw CodebookError(
          "version: unknown codebook format version \(Int(number)) (this qualkit reads version \(Codebook.currentVersion) and older)",
          at: versionNode.position, kind: .unsupportedVersion)
      }
      version = Int(number)
    } else {
      diagnostics.append(
        .warning(
          "no \"version\" member; read the codebook as version \(Codebook.currentVersion)",
          at: root.position))
    }
    checkUnknownKeys(members, allowed: Self.rootKeys, path: "")
    checkDuplicateKeys(members, path: "")
    let name = optionalString(root["name"], path: "name") ?? ""
    let description = optionalString(root["description"], path: "description")
    var codes: [Code] = []
    if let codesNode = root["codes"] {
      if let elements = codesNode.elements {
        for (index, element) in elements.enumerated() {
          if let code = code(from: element, path: "codes[\(index)]") { codes.append(code) }
        }
      } else {
        error(
          "codes: expected an array of codes, found \(codesNode.kindName)", at: codesNode.position)
      }
    } else {
      error("missing \"codes\": a codebook needs an array of codes", at: root.position)
    }
    if codes.isEmpty && !diagnostics.hasErrors {
      diagnostics.append(.warning("codes: the codebook has no codes", at: root["codes"]?.position))
    }
    return Codebook(name: name, description: description, version: version, codes: codes)
  }

  /// An object of non-empty texts by language code (`"labels"`,
  /// `"definitions"`), each bad entry an error at its place.
  private mutating func byLanguage(_ node: JSONNode?, path: String, what: String) -> [String:
    String]
  {
    guard let node else { return [:] }
    guard let entries = node.members else {
      error(
        "\(path): expected an object of \(what) by language, found \(node.kindName)",
        at: node.position)
      return [:]
    }
    var result: [String: String] = [:]
    for entry in entries {
      if let value = entry.value.stringValue, !value.trimmingCharacters(in: " \t").isEmpty {
        result[entry.key] = value
      } else {
        error("\(path).\(entry.key): expected a non-empty string", at: entry.value.position)
      }
    }
    return result
  }

  private mutating func code(from node: JSONNode, path: String) -> Code? {
    guard let members = node.members else {
      error("\(path): expected a code object, found \(node.kindName)", at: node.position)
      return nil
    }
    checkUnknownKeys(members, allowed: Self.codeKeys, path: path)
    checkDuplicateKeys(members, path: path)
    var id = ""
    if let idNode = node["id"] {
      if let value = idNode.stringValue {
        id = value
        if let problem = Code.idProblem(value) {
          error("\(path).id: \(problem)", at: idNode.position)
        } else if let first = firstSeen[value] {
          error(
            "\(path).id: duplicate id '\(value)' (first used at \(first.path).id, line \(first.node.position.line))",
            at: idNode.position)
        } else {
          firstSeen[value] = (path, idNode)
        }
      } else {
        error("\(path).id: expected a string, found \(idNode.kindName)", at: idNode.position)
      }
    } else {
      error("\(path): missing \"id\"", at: node.position)
    }
    var label = ""
    if let labelNode = node["label"] {
      if let value = labelNode.stringValue {
        label = value
        if value.trimmingCharacters(in: " \t").isEmpty {
          error("\(path).label: the label is empty", at: labelNode.position)
        }
      } else {
        error(
          "\(path).label: expected a string, found \(labelNode.kindName)", at: labelNode.position)
      }
    } else {
      error("\(path): missing \"label\"", at: node.position)
    }
    let labels = byLanguage(node["labels"], path: "\(path).labels", what: "labels")
    let definitions = byLanguage(
      node["definitions"], path: "\(path).definitions", what: "definitions")
    var color: String?
    if let colorNode = node["color"] {
      if let value = colorNode.stringValue {
        if Self.isHexColor(value) {
          color = value.uppercased()
        } else {
          error("\(path).color: '\(value)' is not a colour like '#1F77B4'", at: colorNode.position)
        }
      } else {
        error(
          "\(path).color: expected a string, found \(colorNode.kindName)", at: colorNode.position)
      }
    }
    var isCodable = true
    if let codableNode = node["codable"] {
      if let value = codableNode.boolValue {
        isCodable = value
      } else {
        error(
          "\(path).codable: expected true or false, found \(codableNode.kindName)",
          at: codableNode.position)
      }
    }
    var keywords: [String] = []
    if let keywordsNode = node["keywords"] {
      if let elements = keywordsNode.elements {
        for (index, element) in elements.enumerated() {
          guard let keyword = element.stringValue else {
            error(
              "\(path).keywords[\(index)]: expected a string, found \(element.kindName)",
              at: element.position)
            continue
          }
          do {
            _ = try KeywordPattern(parsing: keyword)
          } catch {
            self.error("\(path).keywords[\(index)]: \(error.message)", at: element.position)
          }
          keywords.append(keyword)
        }
      } else {
        error(
          "\(path).keywords: expected an array of strings, found \(keywordsNode.kindName)",
          at: keywordsNode.position)
      }
    }
    var surveyItems: [String] = []
    if let itemsNode = node["surveyItems"] {
      if let elements = itemsNode.elements, elements.allSatisfy({ $0.stringValue != nil }) {
        surveyItems = elements.compactMap(\.stringValue)
      } else {
        error(
          "\(path).surveyItems: expected an array of survey column names", at: itemsNode.position)
      }
    }
    var children: [Code] = []
    if let childrenNode = node["children"] {
      if let elements = childrenNode.elements {
        for (index, element) in elements.enumerated() {
          if let child = code(from: element, path: "\(path).children[\(index)]") {
            children.append(child)
          }
        }
      } else {
        error(
          "\(path).children: expected an array of codes, found \(childrenNode.kindName)",
          at: childrenNode.position)
      }
    }
    return Code(
      id: id, label: label, labels: labels,
      definition: optionalString(node["definition"], path: "\(path).definition"),
      definitions: definitions,
      include: optionalString(node["include"], path: "\(path).include"),
      exclude: optionalString(node["exclude"], path: "\(path).exclude"),
      example: optionalString(node["example"], path: "\(path).example"),
      color: color, isCodable: isCodable, keywords: keywords, surveyItems: surveyItems,
      guid: optionalString(node["guid"], path: "\(path).guid"), children: children)
  }

  private mutating func optionalString(_ node: JSONNode?, path: String) -> String? {
    guard let node else { return nil }
    if case .null = node.value { return nil }
    guard let value = node.stringValue else {
      error("\(path): expected a string, found \(node.kindName)", at: node.position)
      return nil
    }
    return value
  }

  private mutating func checkUnknownKeys(
    _ members: [JSONMember], allowed: Set<String>, path: String
  ) {
    for member in members where !allowed.contains(member.key) {
      let prefix = path.isEmpty ? "" : "\(path)."
      var message = "\(prefix)\(member.key): unknown member (ignored)"
      let nearest = allowed.sorted().min(by: {
        EditDistance.between(member.key, $0) < EditDistance.between(member.key, $1)
      })
      if let nearest, EditDistance.between(member.key, nearest) <= 2 {
        message += "; did you mean \"\(nearest)\"?"
      }
      diagnostics.append(.warning(message, at: member.keyPosition))
    }
  }

  private mutating func checkDuplicateKeys(_ members: [JSONMember], path: String) {
    var seen = Set<String>()
    for member in members where !seen.insert(member.key).inserted {
      let prefix = path.isEmpty ? "" : "\(path)."
      error("\(prefix)\(member.key): member given twice in one object", at: member.keyPosition)
    }
  }

  private mutating func error(_ message: String, at position: SourcePosition?) {
    diagnostics.append(.error(message, at: position))
  }

  static func isHexColor(_ value: String) -> Bool {
    let scalars = Array(value.unicodeScalars)
    return scalars.count == 7 && scalars[0] == "#"
      && scalars.dropFirst().allSatisfy { $0.properties.isASCIIHexDigit }
  }
}
