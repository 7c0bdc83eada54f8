/// A bounded, non-validating pull reader of XML 1.0 documents, for
/// REFI-QDA project and codebook files (`.qde`, `.qdc`).
///
/// It reads elements, attributes and text, CDATA sections as text,
/// character references and the five predefined entity references
/// (`&lt;` `&gt;` `&amp;` `&apos;` `&quot;`); it skips comments and
/// processing instructions. Names are resolved against the namespace
/// declarations in scope (``Element/namespace``).
///
/// It reads UTF-8 (with or without a byte order mark) and UTF-16 (either
/// byte order, with a byte order mark or recognised from `<?xml`); an
/// encoding declaration naming anything else is refused. A document type
/// declaration (`<!DOCTYPE`) is refused, so no entity is ever declared,
/// expanded or fetched: a "billion laughs" document stops at its first
/// line. The ``Limits`` are checked before anything is allocated for what
/// they bound. Every error carries a ``XMLError/Kind`` and the line and
/// column (in Unicode scalars) where the problem is; line ends are
/// normalised to LF in text, as XML 1.0 §2.11 says.
///
/// ```swift
/// var reader = try XMLReader(bytes: bytes)
/// while let event = try reader.next() {
///   if case .start(let element) = event, element.localName == "Code" { … }
/// }
/// ```
///
/// ``XMLTree`` reads a whole document into a tree.
public struct XMLReader: Sendable {
  /// Bounds on what a document may make the reader allocate.
  public struct Limits: Hashable, Sendable {
    /// The most bytes the document may have.
    public var maxSize: Int
    /// The deepest elements may nest (the root is depth 1).
    public var maxDepth: Int
    /// The most elements the document may have.
    public var maxElementCount: Int
    /// The most attributes one element may have (namespace declarations included).
    public var maxAttributeCount: Int

    /// Creates limits.
    public init(maxSize: Int, maxDepth: Int, maxElementCount: Int, maxAttributeCount: Int) {
      self.maxSize = maxSize
      self.maxDepth = maxDepth
      self.maxElementCount = maxElementCount
      self.maxAttributeCount = maxAttributeCount
    }

    /// 256 MiB, depth 256, 4 million elements, 256 attributes an element:
    /// far beyond any REFI-QDA project seen (depth 10 in NVivo's exports),
    /// and a bound on the memory a hostile file can claim. (An ``XMLTree``
    /// is compared and freed recursively: a depth of many thousands would
    /// need that much stack.)
    public static let `default` = Limits(
      maxSize: 256 << 20, maxDepth: 256, maxElementCount: 4_000_000, maxAttributeCount: 256)
  }

  /// How the document's bytes are encoded.
  public enum Encoding: Hashable, Sendable {
    /// UTF-8.
    case utf8
    /// UTF-16, least significant byte first.
    case utf16LittleEndian
    /// UTF-16, most significant byte first.
    case utf16BigEndian
  }

  /// The document's XML declaration, `<?xml version="1.0" …?>`.
  public struct Declaration: Hashable, Sendable {
    /// The `version`, such as `1.0`.
    public var version: String
    /// The `encoding`, if declared, as written.
    public var encoding: String?
    /// The `standalone` value, if declared.
    public var isStandalone: Bool?
  }

  /// Which part of the document the reader is in.
  enum Part {
    case prolog, root, epilog
  }

  /// One open element.
  struct OpenElement {
    var name: String
    var position: SourcePosition
    /// How many namespace bindings were in scope before it.
    var bindingCount: Int
  }

  /// How the bytes were encoded.
  public let encoding: Encoding
  /// Whether the bytes started with a byte order mark.
  public let hasByteOrderMark: Bool
  /// The XML declaration, if the document has one.
  public internal(set) var declaration: Declaration?

  /// The document as UTF-8, without a byte order mark, checked to be valid
  /// and to hold only characters XML allows.
  let input: [UInt8]
  let limits: Limits
  var index = 0
  var counter = PositionCounter()
  var part = Part.prolog
  var open: [OpenElement] = []
  /// The namespace prefixes in scope (`""` for the default), innermost last.
  var bindings: [(prefix: String, uri: String)] = [
    ("xml", "http://www.w3.org/XML/1998/namespace")
  ]
  var elementCount = 0
  /// The end of an empty-element tag, given after its start.
  var pendingEnd: Event?
  /// Text read but not yet given.
  var text: [UInt8] = []

  /// Prepares to read `bytes`: checks the size, finds the encoding, checks
  /// the characters and reads the XML declaration.
  ///
  /// - Throws: ``XMLError`` for a document over ``Limits/maxSize``, bytes
  ///   that are not UTF-8 or UTF-16, a character XML does not allow, or a
  ///   malformed declaration.
  public init(bytes: [UInt8], limits: Limits = .default) throws(XMLError) {
    guard bytes.count <= limits.maxSize else {
      throw XMLError(
        .limitExceeded,
        "the document has \(bytes.count) bytes, more than the limit of \(limits.maxSize)",
        at: nil)
    }
    self.limits = limits
    let decoded = try Self.utf8(from: bytes)
    input = decoded.bytes
    encoding = decoded.encoding
    hasByteOrderMark = decoded.hasByteOrderMark
    try readDeclaration()
  }

  /// The next start tag, end tag or text, or nil at the end of the document.
  ///
  /// - Throws: ``XMLError`` at the first thing that is not well-formed or
  ///   over a limit; reading further after an error is not meaningful.
  public mutating func next() throws(XMLError) -> Event? {
    if let pending = pendingEnd {
      pendingEnd = nil
      return pending
    }
    while index < input.count {
      guard input[index] == UInt8(ascii: "<") else {
        try characterData()
        continue
      }
      let following = index + 1 < input.count ? input[index + 1] : 0
      switch following {
      case UInt8(ascii: "?"):
        try processingInstruction()
      case UInt8(ascii: "!"):
        if startsWith("<!--") {
          try comment()
        } else if startsWith("<![CDATA[") {
          try cdataSection()
        } else if startsWith("<!DOCTYPE") {
          throw error(
            .doctypeNotAllowed,
            "a document type declaration (<!DOCTYPE) is not allowed: entities are never declared or expanded",
            at: index)
        } else {
          throw error(
            .malformedMarkup, "'<!' starts neither a comment nor a CDATA section", at: index)
        }
      case UInt8(ascii: "/"):
        if let flushed = flushText() { return flushed }
        return try endTag()
      default:
        if let flushed = flushText() { return flushed }
        return try startTag()
      }
    }
    if let element = open.last {
      throw error(
        .unexpectedEnd,
        "the document ends before element '\(element.name)' (line \(element.position.line), column \(element.position.column)) is closed",
        at: index)
    }
    if part == .prolog {
      throw error(.misplacedContent, "the document has no root element", at: index)
    }
    return nil
  }

  // MARK: - Tags

  private mutating func startTag() throws(XMLError) -> Event {
    let start = index
    index += 1
    guard let name = readName() else {
      throw error(
        .invalidName, "expected an element name after '<' (write '&lt;' for a '<' in text)",
        at: index)
    }
    let position = self.position(of: start)
    if part == .epilog {
      throw error(
        .misplacedContent, "a second root element '\(name)' after the first has ended", at: start)
    }
    guard open.count < limits.maxDepth else {
      throw error(
        .limitExceeded, "elements nest deeper than the limit of \(limits.maxDepth)", at: start)
    }
    guard elementCount < limits.maxElementCount else {
      throw error(
        .limitExceeded,
        "the document has more elements than the limit of \(limits.maxElementCount)",
        at: start)
    }
    elementCount += 1
    var attributes: [Attribute] = []
    var isEmpty = false
    while true {
      let hadSpace = skipSpace()
      guard index < input.count else {
        throw error(
          .unexpectedEnd, "the document ends inside the start tag of '\(name)'", at: index)
      }
      if input[index] == UInt8(ascii: ">") {
        index += 1
        break
      }
      if input[index] == UInt8(ascii: "/") {
        guard index + 1 < input.count, input[index + 1] == UInt8(ascii: ">") else {
          throw error(.malformedMarkup, "expected '>' after '/' in the tag of '\(name)'", at: index)
        }
        index += 2
        isEmpty = true
        break
      }
      guard hadSpace else {
        throw error(
          .malformedMarkup, "expected a space, '>' or '/>' in the start tag of '\(name)'", at: index
        )
      }
      let attributeStart = index
      guard let attributeName = readName() else {
        throw error(
          .invalidName, "expected an attribute name in the start tag of '\(name)'", at: index)
      }
      skipSpace()
      guard index < input.count, input[index] == UInt8(ascii: "=") else {
        throw error(.malformedMarkup, "expected '=' after attribute '\(attributeName)'", at: index)
      }
      index += 1
      skipSpace()
      let value = try attributeValue(of: attributeName)
      guard attributes.count < limits.maxAttributeCount else {
        throw error(
          .limitExceeded,
          "element '\(name)' has more attributes than the limit of \(limits.maxAttributeCount)",
          at: attributeStart)
      }
      if attributes.contains(where: { $0.name == attributeName }) {
        throw error(
          .duplicateAttribute, "attribute '\(attributeName)' is given twice on '\(name)'",
          at: attributeStart)
      }
      attributes.append(Attribute(name: attributeName, value: value))
    }
    let bindingCount = bindings.count
    let namespace = try resolveNamespaces(of: name, attributes, at: start)
    part = .root
    let element = Element(
      name: name, namespace: namespace, attributes: attributes, position: position)
    if isEmpty {
      bindings.removeSubrange(bindingCount...)
      if open.isEmpty { part = .epilog }
      pendingEnd = .end(name: name)
    } else {
      open.append(OpenElement(name: name, position: position, bindingCount: bindingCount))
    }
    return .start(element)
  }

  private mutating func endTag() throws(XMLError) -> Event {
    let start = index
    index += 2
    guard let name = readName() else {
      throw error(.invalidName, "expected an element name after '</'", at: index)
    }
    skipSpace()
    guard index < input.count else {
      throw error(.unexpectedEnd, "the document ends inside the end tag of '\(name)'", at: index)
    }
    guard input[index] == UInt8(ascii: ">") else {
      throw error(.malformedMarkup, "expected '>' to end the end tag of '\(name)'", at: index)
    }
    index += 1
    guard let element = open.popLast() else {
      throw error(.mismatchedEndTag, "end tag '\(name)' with no element open", at: start)
    }
    guard element.name == name else {
      throw error(
        .mismatchedEndTag,
        "end tag '\(name)' does not match the start tag '\(element.name)' (line \(element.position.line), column \(element.position.column))",
        at: start)
    }
    bindings.removeSubrange(element.bindingCount...)
    if open.isEmpty { part = .epilog }
    return .end(name: name)
  }

  /// Adds the namespace declarations among `attributes` to the scope and
  /// returns the namespace of the element `name`.
  private mutating func resolveNamespaces(
    of name: String, _ attributes: [Attribute], at start: Int
  ) throws(XMLError) -> String? {
    for attribute in attributes {
      if attribute.name == "xmlns" {
        bindings.append(("", attribute.value))
      } else if attribute.name.hasPrefix("xmlns:") {
        let prefix = String(attribute.name.dropFirst("xmlns:".count))
        guard !attribute.value.isEmpty else {
          throw error(
            .invalidName, "namespace prefix '\(prefix)' is bound to an empty name", at: start)
        }
        bindings.append((prefix, attribute.value))
      }
    }
    for attribute in attributes where attribute.name.contains(":") {
      let prefix = String(attribute.name.prefix { $0 != ":" })
      if prefix != "xmlns" { _ = try namespace(ofPrefix: prefix, in: attribute.name, at: start) }
    }
    guard name.contains(":") else {
      let uri = bindings.last { $0.prefix == "" }?.uri
      return uri?.isEmpty == false ? uri : nil
    }
    return try namespace(ofPrefix: String(name.prefix { $0 != ":" }), in: name, at: start)
  }

  private mutating func namespace(ofPrefix prefix: String, in name: String, at start: Int)
    throws(XMLError) -> String
  {
    guard XMLName.isQualified(name) else {
      throw error(.invalidName, "'\(name)' is not a qualified name (at most one ':')", at: start)
    }
    guard let uri = bindings.last(where: { $0.prefix == prefix })?.uri else {
      throw error(
        .invalidName, "prefix '\(prefix)' of '\(name)' is not bound to a namespace", at: start)
    }
    return uri
  }

  /// The text read so far as an event, or nil when there is none.
  private mutating func flushText() -> Event? {
    guard !text.isEmpty else { return nil }
    defer { text.removeAll(keepingCapacity: true) }
    return .text(String(decoding: text, as: UTF8.self))
  }
}
