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
/// kept as its literal text, with a warning.
enum DocxReader {
  /// The largest `word/document.xml` accepted, uncompressed.
  static let maximumDocumentSize = 64 << 20

  /// The paragraphs of the document in `bytes`.
  ///
  /// - Throws: ``TranscriptError`` when the bytes are not a ZIP archive, have no
  ///   `word/document.xml`, would inflate beyond the size limit or hold
  ///   malformed XML.
  static func paragraphs(in bytes: [UInt8]) throws(TranscriptError) -> [String] {
    var diagnostics: [Diagnostic] = []
    return try paragraphs(in: bytes, diagnostics: &diagnostics)
  }

  /// The paragraphs of the document in `bytes`, with a warning for each
  /// entity reference or document type declaration Word never writes.
  static func paragraphs(in bytes: [UInt8], diagnostics: inout [Diagnostic])
    throws(TranscriptError) -> [String]
  {
    guard !bytes.isEmpty else { throw TranscriptError(.empty, "file is empty") }
    let xml = try documentXML(in: bytes)
    return try paragraphs(inDocumentXML: xml, diagnostics: &diagnostics)
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

  /// The paragraphs of a `word/document.xml`, with a warning for each
  /// entity reference or document type declaration Word never writes (see
  /// ``XMLEntityReferences``).
  static func paragraphs(inDocumentXML xml: [UInt8], diagnostics: inout [Diagnostic])
    throws(TranscriptError) -> [String]
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
    let parser = XMLParser(data: Data(sanitized ?? xml))
    parser.shouldResolveExternalEntities = false
    let collector = ParagraphCollector()
    parser.delegate = collector
    guard parser.parse() else {
      let line = parser.lineNumber
      throw TranscriptError(
        .malformedXML,
        "word/document.xml is not well-formed XML (line \(line), column \(parser.columnNumber))")
    }
    // The parser reports success on a document cut off in the middle; the rest
    // of the interview would be lost without a word.
    guard collector.depth == 0 && collector.sawElement else {
      throw TranscriptError(
        .malformedXML,
        "word/document.xml is not well-formed XML (it ends before its elements are closed)")
    }
    return collector.paragraphs
  }
}

/// Collects paragraph text while the XML parser walks `word/document.xml`.
private final class ParagraphCollector: NSObject, XMLParserDelegate {
  var paragraphs: [String] = []
  private var current: String?
  private var inText = false
  private var bodyDepth = 0
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
      if let current { paragraphs.append(current) }
      current = nil
    case "t": inText = false
    default: break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if inText { current?.append(string) }
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
