/// A whole XML document read into a tree by ``XMLReader``.
///
/// ```swift
/// let document = try XMLTree(parsing: bytes)
/// for code in document.root.firstElement(named: "CodeBook")?.firstElement(named: "Codes")?
///   .elements(named: "Code") ?? [] { print(code.attribute("name") ?? "") }
/// ```
public struct XMLTree: Hashable, Sendable {
  /// The root element.
  public var root: XMLReader.Element
  /// The XML declaration, if the document has one.
  public var declaration: XMLReader.Declaration?
  /// How the bytes were encoded.
  public var encoding: XMLReader.Encoding

  /// Reads a document, with the checks and limits of ``XMLReader``.
  ///
  /// - Throws: ``XMLError`` for a document that is not well-formed, has a
  ///   DOCTYPE, or is over a limit.
  public init(parsing bytes: [UInt8], limits: XMLReader.Limits = .default) throws(XMLError) {
    var reader = try XMLReader(bytes: bytes, limits: limits)
    var open: [XMLReader.Element] = []
    var root: XMLReader.Element?
    while let event = try reader.next() {
      switch event {
      case .start(let element):
        open.append(element)
      case .text(let text):
        // The reader gives text only inside the root element.
        open[open.count - 1].children.append(.text(text))
      case .end:
        let element = open.removeLast()
        if open.isEmpty {
          root = element
        } else {
          open[open.count - 1].children.append(.element(element))
        }
      }
    }
    // The reader ends only after the root element closed.
    self.root = root ?? XMLReader.Element(name: "")
    declaration = reader.declaration
    encoding = reader.encoding
  }
}
