import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads the paragraphs of a Word `.docx` file in document order.
///
/// A `.docx` is a ZIP archive whose `word/document.xml` holds the body. Each
/// `w:p` is a paragraph; text split across runs (`w:r`/`w:t`) is joined
/// without adding spaces, `w:tab` becomes a tab and `w:br`/`w:cr` a line
/// break. Deleted text of tracked changes (`w:delText`) is left out. Text in
/// a CDATA section counts as text; an entity reference Word never writes is
/// kept as its literal text, with a warning. A table
/// row with a speaker cell and a text cell (optionally a time cell before or
/// after the speaker) becomes the paragraph `Speaker: text` (`[time]
/// Speaker: text`), as transcription services lay them out; a first row of
/// column names (`Speaker | Text`) is left out; other rows give their cells'
/// paragraphs in order.
///
/// The XML is read as a stream, so a `word/document.xml` up to
/// ``maximumDocumentSize`` parses (the XML parser refuses more than about
/// 10 MB given at once).
enum DocxReader {
  /// The largest `word/document.xml` accepted, uncompressed.
  static let maximumDocumentSize = 64 << 20

  /// What a Word document gives a transcript: its paragraphs, the speakers
  /// of its table rows, and what was decided on the way.
  struct Document {
    var paragraphs: [String]
    /// The speakers named in table rows (their labels are always taken).
    var tableSpeakers: [String]
    var findings: [TranscriptFinding]
  }

  /// The paragraphs of the document in `bytes`.
  ///
  /// - Throws: ``TranscriptError`` when the bytes are not a ZIP archive, have no
  ///   `word/document.xml`, would inflate beyond the size limit or hold
  ///   malformed XML.
  static func paragraphs(in bytes: [UInt8]) throws(TranscriptError) -> [String] {
    var diagnostics: [Diagnostic] = []
    return try document(in: bytes, diagnostics: &diagnostics).paragraphs
  }

  /// The paragraphs and table speakers of the document in `bytes`, with a
  /// warning for each entity reference or document type declaration Word
  /// never writes.
  ///
  /// - Throws: ``TranscriptError`` as ``paragraphs(in:)`` does.
  static func document(in bytes: [UInt8], diagnostics: inout [Diagnostic])
    throws(TranscriptError) -> Document
  {
    guard !bytes.isEmpty else { throw TranscriptError(.empty, "file is empty") }
    let xml = try documentXML(in: bytes)
    return try document(inDocumentXML: xml, diagnostics: &diagnostics)
  }

  /// The uncompressed `word/document.xml` of a `.docx` archive.
  static func documentXML(in bytes: [UInt8]) throws(TranscriptError) -> [UInt8] {
    do {
      var limits = ZipArchive.Limits.default
      limits.maxEntrySize = maximumDocumentSize
      let archive = try ZipArchive(bytes: bytes, limits: limits)
      guard
        let entry = archive.entry(for: "word/document.xml")
          ?? archive.entry(forCaseInsensitive: "word/document.xml")
      else {
        throw TranscriptError(
          .unreadableDocument, "not a Word document: the archive has no 'word/document.xml'")
      }
      return try archive.data(for: entry)
    } catch let error as TranscriptError {
      throw error
    } catch let error as ZipError {
      throw TranscriptError(.unreadableDocument, "cannot read the Word document: \(error.message)")
    } catch {
      throw TranscriptError(.unreadableDocument, "cannot read the Word document")
    }
  }

  /// The paragraphs of a `word/document.xml`.
  static func paragraphs(inDocumentXML xml: [UInt8]) throws(TranscriptError) -> [String] {
    var diagnostics: [Diagnostic] = []
    return try paragraphs(inDocumentXML: xml, diagnostics: &diagnostics)
  }

  /// The paragraphs of a `word/document.xml`, with its warnings.
  static func paragraphs(inDocumentXML xml: [UInt8], diagnostics: inout [Diagnostic])
    throws(TranscriptError) -> [String]
  {
    try document(inDocumentXML: xml, diagnostics: &diagnostics).paragraphs
  }

  /// What a parser error means, for the codes a broken Word file gives
  /// (libxml2's numbering, which Foundation's parser reports on every platform).
  private static func cause(of error: (any Error)?) -> String? {
    guard let error else { return nil }
    switch (error as NSError).code {
    case 4: return "the document is empty"
    case 5: return "there is content after the document's end"
    case 9: return "a character XML does not allow"
    case 26: return "an entity that is not declared"
    case 39, 40, 41: return "an attribute value without quotes"
    case 42: return "an attribute given twice"
    case 73: return "'>' expected"
    case 76: return "an end tag that does not match its start tag"
    case 77: return "a tag that is not finished"
    default: return nil
    }
  }

  /// The paragraphs and table speakers of a `word/document.xml`, with a
  /// warning for each entity reference or document type declaration Word
  /// never writes (see ``XMLEntityReferences``).
  static func document(inDocumentXML xml: [UInt8], diagnostics: inout [Diagnostic])
    throws(TranscriptError) -> Document
  {
    // FoundationXML's parser traps on a name that is not valid UTF-8, so bad
    // bytes are an error here (a UTF-16 document, with its byte order mark, is
    // left to the parser).
    if !xml.starts(with: [0xFF, 0xFE]) && !xml.starts(with: [0xFE, 0xFF]),
      let bad = UTF8Validation.firstInvalidOffset(in: xml)
    {
      let before = xml[..<bad]
      let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
      let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
      throw TranscriptError(
        .invalidEncoding,
        "word/document.xml is not valid UTF-8 (line \(line), byte \(bad - lineStart + 1) of the line)"
      )
    }
    let (sanitized, warnings) = XMLEntityReferences.sanitized(xml)
    diagnostics += warnings.map { .warning($0) }
    // Given at once, the parser stops at about 10 MB; as a stream it does not.
    let parser = XMLParser(stream: InputStream(data: Data(sanitized ?? xml)))
    parser.shouldResolveExternalEntities = false
    let collector = ParagraphCollector()
    parser.delegate = collector
    guard parser.parse() else {
      let line = parser.lineNumber
      throw TranscriptError(
        .malformedXML,
        "word/document.xml is not well-formed XML (line \(line), column \(parser.columnNumber)"
          + (Self.cause(of: parser.parserError).map { ": " + $0 } ?? "") + ")")
    }
    // The parser reports success on a document cut off in the middle; the rest
    // of the interview would be lost without a word.
    guard collector.depth == 0 && collector.sawElement else {
      throw TranscriptError(
        .malformedXML,
        "word/document.xml is not well-formed XML (it ends before its elements are closed)")
    }
    var findings: [TranscriptFinding] = []
    if let header = collector.headerRow {
      findings.append(
        TranscriptFinding(
          .droppedLines, "left out the table's header row '\(header.joined(separator: " | "))'"))
    }
    return Document(
      paragraphs: collector.paragraphs, tableSpeakers: collector.tableSpeakers, findings: findings)
  }
}

/// Collects paragraph text while the XML parser walks `word/document.xml`.
private final class ParagraphCollector: NSObject, XMLParserDelegate {
  var paragraphs: [String] = []
  /// The speakers of table rows, in order of first appearance.
  var tableSpeakers: [String] = []
  /// The first row of a table when it names the columns.
  var headerRow: [String]?
  private var current: String?
  private var inText = false
  /// How many tables are open.
  private var tableDepth = 0
  /// The cells of the row being read, each its paragraphs.
  private var cells: [[String]] = []
  /// Whether the row being read is its table's first.
  private var isFirstRow = false
  /// How many elements are open.
  var depth = 0
  /// Whether any element was seen.
  var sawElement = false

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    depth += 1
    sawElement = true
    switch localName(elementName) {
    case "p": current = ""
    case "t": inText = true
    case "tab": current?.append("\t")
    case "br", "cr": current?.append("\n")
    case "tbl":
      tableDepth += 1
      if tableDepth == 1 { isFirstRow = true }
    case "tr" where tableDepth == 1: cells = []
    case "tc" where tableDepth == 1: cells.append([])
    default: break
    }
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName: String?
  ) {
    depth -= 1
    switch localName(elementName) {
    case "p":
      if let current {
        if tableDepth > 0 && !cells.isEmpty {
          cells[cells.count - 1].append(current)
        } else {
          paragraphs.append(current)
        }
      }
      current = nil
    case "t": inText = false
    case "tr" where tableDepth == 1:
      addRow()
      isFirstRow = false
    case "tbl": tableDepth = max(0, tableDepth - 1)
    default: break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if inText { current?.append(string) }
  }

  /// The words a first row uses to name its columns.
  private static let columnNames: Set<String> = [
    "time", "timestamp", "tid", "tidspunkt", "speaker", "name", "navn", "taler", "person",
    "deltager", "text", "transcript", "tekst", "udskrift", "utterance", "content", "indhold",
  ]

  /// Adds the row just read: `Speaker: text` for a speaker row, else its cells' paragraphs.
  private func addRow() {
    let texts = cells.map { $0.joined(separator: "\n").trimmingCharacters(in: " \t\n") }
    defer { cells = [] }
    if isFirstRow, texts.count >= 2,
      texts.allSatisfy({ Self.columnNames.contains($0.lowercased()) })
    {
      headerRow = texts
      return
    }
    guard texts.count >= 2 && texts.count <= 3 else {
      paragraphs += cells.flatMap { $0 }
      return
    }
    var time: String?
    var speakerCell = 0
    if texts.count == 3 {
      if Timestamp(parsing: Self.unbracketed(texts[0])) != nil {
        time = texts[0]
        speakerCell = 1
      } else if Timestamp(parsing: Self.unbracketed(texts[1])) != nil {
        time = texts[1]
      } else {
        paragraphs += cells.flatMap { $0 }
        return
      }
    }
    var speaker = texts[speakerCell]
    if speaker.hasSuffix(":") { speaker = String(speaker.dropLast()) }
    let body = cells[(texts.count == 3 ? 2 : 1)...].flatMap { $0 }
    guard speaker.isEmpty || (!speaker.contains("\n") && LineShape.isHeaderName(speaker)) else {
      paragraphs += cells.flatMap { $0 }
      return
    }
    if speaker.isEmpty {
      paragraphs += body
      return
    }
    if !tableSpeakers.contains(speaker) { tableSpeakers.append(speaker) }
    let timePrefix = time.map { "[\(Self.unbracketed($0))] " } ?? ""
    let first = body.first?.trimmingCharacters(in: " \t") ?? ""
    paragraphs.append(timePrefix + speaker + ":" + (first.isEmpty ? "" : " " + first))
    paragraphs += body.dropFirst()
  }

  /// A time cell's text without brackets.
  private static func unbracketed(_ text: String) -> Substring {
    var text = Substring(text)
    if text.first == "[" || text.first == "(" { text = text.dropFirst() }
    if text.last == "]" || text.last == ")" { text = text.dropLast() }
    return text
  }

  func parser(_ parser: XMLParser, foundCDATA data: Data) {
    // Text in a CDATA section is text like any other (Word does not write
    // one, but other tools may).
    if inText { current?.append(String(decoding: data, as: UTF8.self)) }
  }

  private func localName(_ name: String) -> Substring {
    if let colon = name.lastIndex(of: ":") { return name[name.index(after: colon)...] }
    return name[...]
  }
}
