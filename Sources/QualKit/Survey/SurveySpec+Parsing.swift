extension SurveySpec {
  /// Reads and validates a survey spec from JSON.
  ///
  /// Every problem is reported at once with its JSON path and position: a
  /// missing `respondentId` or `items`, an item without a column or with a
  /// scale that is neither defined nor built in (with the nearest names), a
  /// column listed twice, a scale without levels, with more than
  /// ``LikertScale/maximumLevels`` or with a label twice.
  /// Unknown members are warnings (with the nearest known key).
  ///
  /// - Parameters:
  ///   - bytes: The file's contents (UTF-8).
  ///   - diagnostics: Receives the warnings of a spec that is valid.
  /// - Throws: ``SurveyError`` with every problem.
  public init(parsing bytes: [UInt8], diagnostics: inout [Diagnostic]) throws(SurveyError) {
    let root: JSONNode
    do {
      root = try JSONParser.parse(bytes)
    } catch {
      throw SurveyError("invalid JSON: \(error.message)", at: error.position, kind: .syntax)
    }
    var reader = SpecReader()
    let spec = reader.spec(from: root)
    guard let spec, !reader.diagnostics.hasErrors else {
      throw SurveyError(
        diagnostics: reader.diagnostics.sorted { $0.severity == .error && $1.severity != .error },
        kind: reader.kind)
    }
    diagnostics += reader.diagnostics
    self = spec
  }
}

/// Walks a spec's JSON, collecting the model and every problem.
private struct SpecReader {
  var diagnostics: [Diagnostic] = []
  var kind: SurveyError.Kind = .invalidSpec

  static let rootKeys = [
    "format", "version", "respondentId", "groups", "scales", "items", "ignoredColumns",
  ]
  static let scaleKeys = ["label", "levels", "missing", "dontKnow"]
  static let levelKeys = ["label", "value", "aliases"]
  static let itemKeys = ["column", "text", "scale", "reverse", "construct"]

  mutating func spec(from root: JSONNode) -> SurveySpec? {
    guard let members = root.members else {
      error("a survey spec must be a JSON object, found \(root.kindName)", at: root)
      return nil
    }
    checkKeys(members, allowed: Self.rootKeys, path: "")
    if let format = root["format"], format.stringValue != SurveySpec.formatName {
      error("format: not a survey spec (expected \"\(SurveySpec.formatName)\")", at: format)
      return nil
    }
    var version = SurveySpec.currentVersion
    if let node = root["version"] {
      guard let number = node.numberValue, number == number.rounded(), number >= 1, number < 1e6
      else {
        error("version: expected a whole number, found \(node.kindName)", at: node)
        return nil
      }
      guard Int(number) <= SurveySpec.currentVersion else {
        kind = .unsupportedVersion
        error(
          "version: unknown survey spec version \(Int(number)) (this qualkit reads version \(SurveySpec.currentVersion))",
          at: node)
        return nil
      }
      version = Int(number)
    }
    let respondentID = string(root["respondentId"], path: "respondentId") ?? ""
    if root["respondentId"] == nil {
      error("missing \"respondentId\": the column that identifies respondents", at: root)
    }
    let groups = strings(root["groups"], path: "groups")
    var scales: [String: LikertScale] = [:]
    if let node = root["scales"] {
      if let scaleMembers = node.members {
        for member in scaleMembers {
          if let scale = scale(member.key, member.value) { scales[member.key] = scale }
        }
      } else {
        error("scales: expected an object of scales, found \(node.kindName)", at: node)
      }
    }
    var items: [SurveyItem] = []
    if let node = root["items"], let elements = node.elements {
      var seen: [String: Int] = [:]
      for (index, element) in elements.enumerated() {
        guard let item = item(element, path: "items[\(index)]", scales: scales) else { continue }
        if let first = seen[item.column] {
          error(
            "items[\(index)].column: '\(item.column)' is already items[\(first)]",
            at: element["column"] ?? element)
        } else {
          seen[item.column] = index
        }
        items.append(item)
      }
    } else if let node = root["items"] {
      error("items: expected an array of items, found \(node.kindName)", at: node)
    } else {
      error("missing \"items\": a survey spec needs the items to read", at: root)
    }
    return SurveySpec(
      version: version, respondentID: respondentID, groups: groups, scales: scales,
      items: items, ignoredColumns: strings(root["ignoredColumns"], path: "ignoredColumns"))
  }

  private mutating func scale(_ name: String, _ node: JSONNode) -> LikertScale? {
    let path = "scales.\(name)"
    guard let members = node.members else {
      error("\(path): expected a scale object, found \(node.kindName)", at: node)
      return nil
    }
    checkKeys(members, allowed: Self.scaleKeys, path: path)
    var levels: [LikertScale.Level] = []
    if let elements = node["levels"]?.elements {
      for (index, element) in elements.enumerated() {
        let levelPath = "\(path).levels[\(index)]"
        guard let levelMembers = element.members else {
          error("\(levelPath): expected {\"label\": …, \"value\": …}", at: element)
          continue
        }
        checkKeys(levelMembers, allowed: Self.levelKeys, path: levelPath)
        let label = string(element["label"], path: "\(levelPath).label")
        let value = element["value"]?.numberValue
        guard let label, let value, value.isFinite else {
          error("\(levelPath): a level needs a \"label\" and a numeric \"value\"", at: element)
          continue
        }
        if levels.contains(where: { $0.label == label || $0.aliases.contains(label) }) {
          error("\(levelPath).label: '\(label)' is listed twice", at: element["label"] ?? element)
        }
        let aliases = strings(element["aliases"], path: "\(levelPath).aliases")
        for alias in aliases
        where alias == label
          || levels.contains(where: { $0.label == alias || $0.aliases.contains(alias) })
        {
          error(
            "\(levelPath).aliases: '\(alias)' already names a level",
            at: element["aliases"] ?? element)
        }
        levels.append(LikertScale.Level(label: label, value: value, aliases: aliases))
      }
    }
    if levels.count < 2 {
      error("\(path).levels: a scale needs at least two levels", at: node["levels"] ?? node)
    } else if levels.count > LikertScale.maximumLevels {
      error(
        "\(path).levels: a scale has at most \(LikertScale.maximumLevels) levels, not \(levels.count)",
        at: node["levels"] ?? node)
    }
    var missing = strings(node["missing"], path: "\(path).missing")
    if !missing.contains("") { missing.append("") }
    let dontKnow = strings(node["dontKnow"], path: "\(path).dontKnow")
    for label in missing + dontKnow
    where levels.contains(where: { $0.label == label || $0.aliases.contains(label) }) {
      error("\(path): '\(label)' is both a level and a missing answer", at: node)
    }
    return LikertScale(
      id: name, label: string(node["label"], path: "\(path).label") ?? name, levels: levels,
      missing: missing, dontKnow: dontKnow)
  }

  private mutating func item(_ node: JSONNode, path: String, scales: [String: LikertScale])
    -> SurveyItem?
  {
    guard let members = node.members else {
      error("\(path): expected an item object, found \(node.kindName)", at: node)
      return nil
    }
    checkKeys(members, allowed: Self.itemKeys, path: path)
    guard let column = string(node["column"], path: "\(path).column") else {
      if node["column"] == nil { error("\(path): an item needs a \"column\"", at: node) }
      return nil
    }
    guard let scaleName = string(node["scale"], path: "\(path).scale") else {
      if node["scale"] == nil { error("\(path): an item needs a \"scale\"", at: node) }
      return nil
    }
    if scales[scaleName] == nil && LikertScale.builtIn[scaleName] == nil {
      let names = Set(scales.keys).union(LikertScale.builtIn.keys)
      let hint = Suggestions.nearest(to: scaleName, in: names).map { " (did you mean '\($0)'?)" }
      error(
        "\(path).scale: no scale '\(scaleName)'\(hint ?? "") (built in: \(LikertScale.builtInNames.joined(separator: ", ")))",
        at: node["scale"] ?? node)
    }
    var reverse = false
    if let reverseNode = node["reverse"] {
      if let value = reverseNode.boolValue {
        reverse = value
      } else {
        error(
          "\(path).reverse: expected true or false, found \(reverseNode.kindName)", at: reverseNode)
      }
    }
    return SurveyItem(
      column: column, text: string(node["text"], path: "\(path).text"), scale: scaleName,
      reverse: reverse, construct: string(node["construct"], path: "\(path).construct"))
  }

  private mutating func string(_ node: JSONNode?, path: String) -> String? {
    guard let node else { return nil }
    guard let value = node.stringValue else {
      error("\(path): expected a string, found \(node.kindName)", at: node)
      return nil
    }
    return value
  }

  private mutating func strings(_ node: JSONNode?, path: String) -> [String] {
    guard let node else { return [] }
    guard let elements = node.elements else {
      error("\(path): expected an array of strings, found \(node.kindName)", at: node)
      return []
    }
    return elements.enumerated().compactMap { string($1, path: "\(path)[\($0)]") }
  }

  private mutating func checkKeys(_ members: [JSONMember], allowed: [String], path: String) {
    var seen: Set<String> = []
    for member in members {
      let name = path.isEmpty ? member.key : "\(path).\(member.key)"
      if !seen.insert(member.key).inserted {
        diagnostics.append(.error("\(name): duplicate key", at: member.keyPosition))
      } else if !allowed.contains(member.key) {
        let hint = Suggestions.nearest(to: member.key, in: allowed).map {
          " (did you mean '\($0)'?)"
        }
        diagnostics.append(
          .warning("\(name): unknown key, ignored\(hint ?? "")", at: member.keyPosition))
      }
    }
  }

  private mutating func error(_ message: String, at node: JSONNode) {
    diagnostics.append(.error(message, at: node.position))
  }
}
