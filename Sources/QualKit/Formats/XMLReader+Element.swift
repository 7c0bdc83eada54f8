extension XMLReader {
  /// What ``XMLReader`` reads next: a start tag, an end tag, or text.
  public enum Event: Hashable, Sendable {
    /// A start tag (an empty-element tag `<a/>` is a start and an end); the
    /// element comes without children.
    case start(Element)
    /// The end of the element named `name`.
    case end(name: String)
    /// The text between two tags, references decoded, CDATA sections
    /// included, comments and processing instructions left out, line ends
    /// as LF.
    case text(String)
  }

  /// One attribute of an element, its value with references decoded and
  /// white space normalised as XML 1.0 §3.3.3 says (each literal tab, line
  /// feed and carriage return a space).
  public struct Attribute: Hashable, Sendable {
    /// The name as written, prefix included (`xsi:schemaLocation`).
    public var name: String
    /// The value.
    public var value: String

    /// Creates an attribute.
    public init(name: String, value: String) {
      self.name = name
      self.value = value
    }
  }

  /// A child of an element: an element or a run of text.
  public enum Node: Hashable, Sendable {
    /// A child element.
    case element(Element)
    /// Text (see ``Event/text(_:)``).
    case text(String)
  }

  /// An XML element with its attributes and children.
  public struct Element: Hashable, Sendable {
    /// The name as written, prefix included.
    public var name: String
    /// The namespace the name is in (the URI bound to its prefix, or the
    /// default namespace), nil for none.
    public var namespace: String?
    /// The attributes in document order.
    public var attributes: [Attribute]
    /// The children in document order.
    public var children: [Node]
    /// Where the start tag begins.
    public var position: SourcePosition

    /// Creates an element.
    public init(
      name: String, namespace: String? = nil, attributes: [Attribute] = [],
      children: [Node] = [], position: SourcePosition = SourcePosition(line: 1)
    ) {
      self.name = name
      self.namespace = namespace
      self.attributes = attributes
      self.children = children
      self.position = position
    }

    /// The name without its prefix.
    public var localName: String {
      guard let colon = name.firstIndex(of: ":") else { return name }
      return String(name[name.index(after: colon)...])
    }

    /// The value of the attribute named `name` (as written), if any.
    public func attribute(_ name: String) -> String? {
      attributes.first { $0.name == name }?.value
    }

    /// The child elements in order.
    public var elements: [Element] {
      children.compactMap {
        if case .element(let element) = $0 { return element }
        return nil
      }
    }

    /// The child elements whose local name is `localName`.
    public func elements(named localName: String) -> [Element] {
      elements.filter { $0.localName == localName }
    }

    /// The first child element whose local name is `localName`.
    public func firstElement(named localName: String) -> Element? {
      for case .element(let element) in children where element.localName == localName {
        return element
      }
      return nil
    }

    /// The text children joined (not the text of elements inside).
    public var text: String {
      children.reduce(into: "") { result, child in
        if case .text(let text) = child { result += text }
      }
    }

    /// Calls `body` on this element and every element inside it, in
    /// document order (without recursion, so depth costs no stack).
    public func forEachElement(_ body: (Element) throws -> Void) rethrows {
      var pending: [Element] = [self]
      while let element = pending.popLast() {
        try body(element)
        pending.append(contentsOf: element.elements.reversed())
      }
    }
  }
}
