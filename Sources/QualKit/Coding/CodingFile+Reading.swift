extension CodingFile {
  /// Reads one line of a coding file.
  ///
  /// - Parameter line: The line's bytes, without the line break.
  /// - Returns: The coding, with the members it does not know in
  ///   ``Coding/extraMembers``.
  /// - Throws: ``CodingFileError`` at the line's first problem, with line 1
  ///   for the line itself. A header line is an error here.
  public static func coding(fromLine line: [UInt8]) throws(CodingFileError) -> Coding {
    let node = try object(fromLine: line)
    if isHeader(node) { throw CodingFileError(.misplacedHeader, at: node.position) }
    return try coding(fromObject: node)
  }

  /// The keys a coding line may have; others are kept as extra members.
  static let keys = Set(CodingLineWriter.knownKeys)

  /// The keys of the header.
  static let headerKeys: Set<String> = ["format", "version", "kind"]

  /// Whether a line's object is the header: it has a `"format"` member
  /// (coding lines never do).
  static func isHeader(_ node: JSONNode) -> Bool { node["format"] != nil }

  /// Parses one line as a JSON object whose keys are all different.
  static func object(fromLine line: [UInt8]) throws(CodingFileError) -> JSONNode {
    let node: JSONNode
    do {
      node = try JSONParser.parse(line)
    } catch {
      throw CodingFileError(.invalidJSON(error.kind), at: error.position)
    }
    guard node.members != nil else {
      throw CodingFileError(.notAnObject(found: node.kindName), at: node.position)
    }
    try checkDuplicateKeys(node)
    return node
  }

  /// Throws at the first key of `node` that an earlier member already has.
  private static func checkDuplicateKeys(_ node: JSONNode) throws(CodingFileError) {
    if let duplicate = node.duplicateMembers.first {
      throw CodingFileError(.duplicateKey(duplicate.key), at: duplicate.keyPosition)
    }
  }

  /// Reads the header: its version (refusing newer ones) and the members
  /// it does not know.
  static func header(from node: JSONNode) throws(CodingFileError) -> (
    version: Int, extraMembers: [JSONRawMember]
  ) {
    guard let format = node["format"], format.stringValue == formatName else {
      let found = node["format"].map { $0.stringValue.map { "\"\($0)\"" } ?? $0.kindName }
      throw CodingFileError(.wrongFormat(found: found ?? "missing"), at: node["format"]?.position)
    }
    guard let versionNode = node["version"] else {
      throw CodingFileError(.missingKey("version"), at: node.position)
    }
    guard let number = versionNode.numberValue, number == number.rounded(), number >= 1,
      number < 1e15
    else {
      throw CodingFileError(.invalidVersion, at: versionNode.position)
    }
    let version = Int(number)
    guard version <= supportedVersion else {
      throw CodingFileError(
        .newerVersion(version, supported: supportedVersion), at: versionNode.position)
    }
    let extra = (node.members ?? []).filter { !headerKeys.contains($0.key) }
    return (version, extra.map(JSONRawMember.init))
  }

  /// Reads a coding from a parsed line's object.
  static func coding(fromObject node: JSONNode) throws(CodingFileError) -> Coding {
    func string(_ key: String) throws(CodingFileError) -> String {
      guard let member = node[key] else {
        throw CodingFileError(.missingKey(key), at: node.position)
      }
      guard let value = member.stringValue, !value.isEmpty else {
        throw CodingFileError(.notANonEmptyString(key: key), at: member.position)
      }
      return value
    }
    func optionalString(_ key: String) throws(CodingFileError) -> String? {
      guard let member = node[key] else { return nil }
      if case .null = member.value { return nil }
      guard let value = member.stringValue else {
        throw CodingFileError(.notAStringOrNull(key: key), at: member.position)
      }
      return value
    }
    func integer(_ key: String) throws(CodingFileError) -> Int {
      guard let member = node[key] else {
        throw CodingFileError(.missingKey(key), at: node.position)
      }
      guard let value = member.numberValue, value == value.rounded(), value >= 0, value < 1e15
      else {
        throw CodingFileError(.notAWholeNumber(key: key), at: member.position)
      }
      return Int(value)
    }
    let transcript = try string("transcript")
    let code = try string("code")
    let coder = try string("coder")
    let span = Span(
      firstLine: try integer("firstLine"), lastLine: try integer("lastLine"),
      start: try integer("start"), end: try integer("end"))
    guard span.start <= span.end else {
      throw CodingFileError(
        .startAfterEnd(start: span.start, end: span.end), at: node["start"]?.position)
    }
    guard span.firstLine >= 1, span.firstLine <= span.lastLine else {
      throw CodingFileError(
        .invalidLines(first: span.firstLine, last: span.lastLine),
        at: node["firstLine"]?.position)
    }
    let originText = try string("origin")
    guard let origin = Coding.Origin(originText) else {
      throw CodingFileError(.invalidOrigin(originText), at: node["origin"]?.position)
    }
    let statusText = try string("status")
    guard let status = Coding.Status(rawValue: statusText) else {
      throw CodingFileError(.invalidStatus(statusText), at: node["status"]?.position)
    }
    let extra = (node.members ?? []).filter { !keys.contains($0.key) }
    var isExemplar = false
    if let exemplar = node["exemplar"] {
      guard let value = exemplar.boolValue else {
        throw CodingFileError(.notABoolean(key: "exemplar"), at: exemplar.position)
      }
      isExemplar = value
    }
    return Coding(
      transcript: transcript, code: code, coder: coder,
      span: span, origin: origin, status: status, memo: try optionalString("memo"),
      text: try optionalString("text"), transcriptHash: try optionalString("hash"),
      reviewer: try optionalString("reviewer"), sources: try sources(node["sources"]),
      isExemplar: isExemplar, evidence: try evidence(node["model"]),
      extraMembers: extra.map(JSONRawMember.init))
  }

  /// Reads the optional `"model"` object of a learned model's proposal:
  /// `{"probability": p, "reasons": [{"term", "words", "weight"}]}`.
  private static func evidence(_ node: JSONNode?) throws(CodingFileError) -> ModelEvidence? {
    guard let node else { return nil }
    if case .null = node.value { return nil }
    try checkDuplicateKeys(node)
    guard node.members != nil, let probability = node["probability"]?.numberValue,
      probability >= 0, probability <= 1, let elements = node["reasons"]?.elements
    else {
      throw CodingFileError(.invalidEvidence, at: node.position)
    }
    var reasons: [ModelEvidence.Reason] = []
    for element in elements {
      try checkDuplicateKeys(element)
      guard let term = element["term"]?.stringValue, let words = element["words"]?.stringValue,
        let weight = element["weight"]?.numberValue, weight.isFinite
      else {
        throw CodingFileError(.invalidEvidence, at: element.position)
      }
      reasons.append(ModelEvidence.Reason(term: term, words: words, weight: weight))
    }
    return ModelEvidence(probability: probability, reasons: reasons)
  }

  /// Reads the optional `"sources"` array of a merged coding.
  private static func sources(_ node: JSONNode?) throws(CodingFileError) -> [CodingSource]? {
    guard let node else { return nil }
    if case .null = node.value { return nil }
    guard let elements = node.elements else {
      throw CodingFileError(.sourcesNotAnArray, at: node.position)
    }
    var sources: [CodingSource] = []
    for element in elements {
      try checkDuplicateKeys(element)
      let coder = element["coder"]?.stringValue
      let file = element["file"]?.stringValue
      let line = element["line"]?.numberValue
      let memo = element["memo"]
      let memoText = memo?.stringValue
      guard let coder, !coder.isEmpty, let file, let line, line == line.rounded(), line >= 1,
        line < 1e15, memo == nil || memoText != nil || memo?.value == .null
      else {
        throw CodingFileError(.invalidSource, at: element.position)
      }
      sources.append(CodingSource(coder: coder, file: file, line: Int(line), memo: memoText))
    }
    return sources
  }
}
