/// A coder's coding file, `Codings/<coder>.jsonl`: one coding a line, keys
/// in a fixed order, lines sorted by transcript, start, end and code.
///
/// ```json
/// {"transcript":"B01","code":"mastery","coder":"anna","firstLine":12,"lastLine":14,"start":830,"end":1012,"origin":"manual","status":"accepted","memo":null,"text":"…","hash":"xxh64:…"}
/// ```
///
/// A merged coding (`qualkit merge`) ends with one more key, `"sources"`:
/// the coders and `file:line`s it was merged from, as
/// `[{"coder":"anna","file":"Codings/anna.jsonl","line":12}, …]`. A line
/// without it reads as ``Coding/sources`` `nil`, so older files are unchanged.
///
/// The fixed layout makes two coders' files, and two edits of one file, merge
/// cleanly with git. Reading never drops a line silently: a malformed line is
/// an error diagnostic at its line, and the other lines are still read.
public struct CodingFile: Hashable, Sendable {
  /// The codings in file order.
  public var codings: [Coding]
  /// The 1-based line each coding was read from (parallel to ``codings``;
  /// empty for codings not read from a file).
  public var sourceLines: [Int]
  /// The 1-based lines of the file that could not be read, if any.
  public var malformedLines: [Int]

  /// Creates a file's contents from codings (sorted on output).
  public init(codings: [Coding]) {
    self.codings = codings
    self.sourceLines = []
    self.malformedLines = []
  }

  /// Reads a coding file.
  ///
  /// - Parameters:
  ///   - bytes: The file's contents.
  ///   - diagnostics: Receives an error for each malformed line (with its line
  ///     and column) and a warning for each duplicate line.
  public init(parsing bytes: [UInt8], diagnostics: inout [Diagnostic]) {
    codings = []
    sourceLines = []
    malformedLines = []
    var seen: [Coding: Int] = [:]
    var lineNumber = 0
    var lineStart = 0
    var index = 0
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      index = 3
      lineStart = 3
    }
    while lineStart < bytes.count {
      while index < bytes.count && bytes[index] != 0x0A { index += 1 }
      lineNumber += 1
      var lineEnd = index
      if lineEnd > lineStart && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
      let line = Array(bytes[lineStart..<lineEnd])
      index += 1
      lineStart = index
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
      do {
        let node = try Self.node(fromLine: line)
        let coding = try Self.coding(from: node)
        for member in node.members ?? [] where !Self.keys.contains(member.key) {
          diagnostics.append(
            .warning(
              "unknown key '\(member.key)'; qualkit leaves it out when it rewrites this file",
              at: SourcePosition(line: lineNumber, column: member.keyPosition.column)))
        }
        if let first = seen[coding] {
          diagnostics.append(
            .warning("duplicate of line \(first); kept both", at: SourcePosition(line: lineNumber)))
        } else {
          seen[coding] = lineNumber
        }
        codings.append(coding)
        sourceLines.append(lineNumber)
      } catch {
        malformedLines.append(lineNumber)
        let column = error.position?.line == 1 ? error.position?.column ?? 1 : 1
        diagnostics.append(
          .error(error.message, at: SourcePosition(line: lineNumber, column: column)))
      }
    }
  }

  /// The file's text: one line a coding, sorted, ending with a newline.
  public var serialized: String {
    var output = ""
    for coding in codings.sorted(by: Coding.fileOrder) {
      output += Self.line(for: coding)
      output += "\n"
    }
    return output
  }

  /// One coding as a JSON line, keys in the fixed order.
  ///
  /// A merged coding ends with `"sources"`, its provenance; other codings
  /// have no such key, so files written before it existed are unchanged.
  public static func line(for coding: Coding) -> String {
    var bytes: [UInt8] = []
    appendLine(for: coding, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends one coding as a JSON line (without the line break) to `bytes`.
  ///
  /// This is the one writer of the line format; it works on bytes because
  /// auto-coding a large corpus writes millions of lines.
  public static func appendLine(for coding: Coding, to bytes: inout [UInt8]) {
    func key(_ name: StaticString, first: Bool = false) {
      if !first { bytes.append(UInt8(ascii: ",")) }
      bytes.append(UInt8(ascii: "\""))
      bytes.append(
        contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
      bytes.append(UInt8(ascii: "\""))
      bytes.append(UInt8(ascii: ":"))
    }
    func string(_ value: String?) {
      guard var value else {
        bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])  // null
        return
      }
      value.withUTF8 { JSONOutput.appendEscaped($0, to: &bytes) }
    }
    func integer(_ value: Int) { AutoCoder.appendInteger(value, to: &bytes) }
    bytes.append(UInt8(ascii: "{"))
    key("transcript", first: true)
    string(coding.transcript)
    key("code")
    string(coding.code)
    key("coder")
    string(coding.coder)
    key("firstLine")
    integer(coding.span.firstLine)
    key("lastLine")
    integer(coding.span.lastLine)
    key("start")
    integer(coding.span.start)
    key("end")
    integer(coding.span.end)
    key("origin")
    switch coding.origin {
    case .manual: string("manual")
    case .keyword(let pattern): string("keyword:" + pattern)
    }
    key("status")
    string(coding.status.rawValue)
    key("memo")
    string(coding.memo)
    key("text")
    string(coding.text)
    key("hash")
    string(coding.transcriptHash)
    if let sources = coding.sources {
      key("sources")
      bytes.append(UInt8(ascii: "["))
      for (index, source) in sources.enumerated() {
        if index > 0 { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "{"))
        key("coder", first: true)
        string(source.coder)
        key("file")
        string(source.file)
        key("line")
        integer(source.line)
        bytes.append(UInt8(ascii: "}"))
      }
      bytes.append(UInt8(ascii: "]"))
    }
    bytes.append(UInt8(ascii: "}"))
  }

  /// Reads one line of a coding file.
  public static func coding(fromLine line: [UInt8]) throws(CodingFileError) -> Coding {
    try coding(from: node(fromLine: line))
  }

  /// The keys a coding line may have; others are not kept on a rewrite.
  private static let keys: Set<String> = [
    "transcript", "code", "coder", "firstLine", "lastLine", "start", "end", "origin", "status",
    "memo", "text", "hash", "sources",
  ]

  /// Parses one line as JSON.
  private static func node(fromLine line: [UInt8]) throws(CodingFileError) -> JSONNode {
    do {
      return try JSONParser.parse(line)
    } catch {
      throw CodingFileError("invalid JSON: \(error.message)", at: error.position)
    }
  }

  /// Reads a coding from a parsed line.
  private static func coding(from node: JSONNode) throws(CodingFileError) -> Coding {
    guard node.members != nil else {
      throw CodingFileError("expected a JSON object, found \(node.kindName)", at: node.position)
    }
    func string(_ key: String) throws(CodingFileError) -> String {
      guard let member = node[key] else {
        throw CodingFileError("missing \"\(key)\"", at: node.position)
      }
      guard let value = member.stringValue, !value.isEmpty else {
        throw CodingFileError("\"\(key)\" must be a non-empty string", at: member.position)
      }
      return value
    }
    func optionalString(_ key: String) throws(CodingFileError) -> String? {
      guard let member = node[key] else { return nil }
      if case .null = member.value { return nil }
      guard let value = member.stringValue else {
        throw CodingFileError("\"\(key)\" must be a string or null", at: member.position)
      }
      return value
    }
    func integer(_ key: String) throws(CodingFileError) -> Int {
      guard let member = node[key] else {
        throw CodingFileError("missing \"\(key)\"", at: node.position)
      }
      guard let value = member.numberValue, value == value.rounded(), value >= 0, value < 1e15
      else {
        throw CodingFileError(
          "\"\(key)\" must be a whole number of at least 0", at: member.position)
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
        "\"start\" (\(span.start)) is after \"end\" (\(span.end))", at: node["start"]?.position)
    }
    guard span.firstLine >= 1, span.firstLine <= span.lastLine else {
      throw CodingFileError(
        "\"firstLine\" (\(span.firstLine)) must be at least 1 and at most \"lastLine\" (\(span.lastLine))",
        at: node["firstLine"]?.position)
    }
    let originText = try string("origin")
    guard let origin = Coding.Origin(originText) else {
      throw CodingFileError(
        "\"origin\" must be \"manual\" or \"keyword:<pattern>\", not \"\(originText)\"",
        at: node["origin"]?.position)
    }
    let statusText = try string("status")
    guard let status = Coding.Status(rawValue: statusText) else {
      throw CodingFileError(
        "\"status\" must be proposed, accepted or rejected, not \"\(statusText)\"",
        at: node["status"]?.position)
    }
    return Coding(
      transcript: transcript, code: code, coder: coder,
      span: span, origin: origin, status: status, memo: try optionalString("memo"),
      text: try optionalString("text"), transcriptHash: try optionalString("hash"),
      sources: try sources(node["sources"]))
  }

  /// Reads the optional `"sources"` array of a merged coding.
  private static func sources(_ node: JSONNode?) throws(CodingFileError) -> [CodingSource]? {
    guard let node else { return nil }
    if case .null = node.value { return nil }
    guard let elements = node.elements else {
      throw CodingFileError("\"sources\" must be an array or null", at: node.position)
    }
    var sources: [CodingSource] = []
    for element in elements {
      let coder = element["coder"]?.stringValue
      let file = element["file"]?.stringValue
      let line = element["line"]?.numberValue
      guard let coder, !coder.isEmpty, let file, let line, line == line.rounded(), line >= 1,
        line < 1e15
      else {
        throw CodingFileError(
          "each of \"sources\" must be {\"coder\": name, \"file\": path, \"line\": number}",
          at: element.position)
      }
      sources.append(CodingSource(coder: coder, file: file, line: Int(line)))
    }
    return sources
  }
}

/// A line of a coding file that cannot be read.
public struct CodingFileError: InputError, Hashable, Sendable {
  /// What is wrong.
  public var message: String
  /// Where in the line (line 1 is the line itself).
  public var position: SourcePosition?

  /// Creates an error.
  public init(_ message: String, at position: SourcePosition? = nil) {
    self.message = message
    self.position = position
  }
}
