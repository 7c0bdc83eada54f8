/// A streaming writer of well-formed XML 1.0 in UTF-8, byte for byte the
/// same for the same calls.
///
/// Elements are opened with ``start(_:attributes:namespaces:)``, filled
/// with ``text(_:)`` and nested elements, and closed with ``end()``; an
/// element with no content is written `<Name/>`. Attributes are written in
/// the order given (nil values left out), each in double quotes.
///
/// Text and attribute values are escaped: `&`, `<` and `>` always, `"` in
/// attributes; a carriage return as `&#13;` (and, in attributes, a tab or
/// line feed as `&#9;`/`&#10;`), so that a reader's line-end and attribute
/// normalisation gives back the very text written. A character XML 1.0
/// cannot hold even as a reference (a C0 control other than tab, line feed
/// and carriage return; U+FFFE; U+FFFF) is written as U+FFFD, one for one,
/// so that offsets into the text stay valid; ``replacedCharacterCount``
/// says how many were, so a caller can warn.
///
/// In the ``Layout/pretty(indent:)`` layout each element starts on a line
/// of its own, indented by depth, except inside an element that already
/// holds text, where no white space is added (it would change the text).
///
/// ```swift
/// var writer = XMLWriter()
/// writer.start("CodeBook", namespaces: [(nil, "urn:QDA-XML:codebook:1.0")])
/// writer.start("Codes")
/// writer.element("Code", attributes: [("guid", guid), ("name", "Mestring"), ("color", nil)])
/// writer.end()
/// writer.end()
/// let bytes = writer.finish()
/// ```
///
/// Names must be XML names and calls must nest; breaking either is a
/// programmer error and stops the program.
public struct XMLWriter: Sendable {
  /// Where white space goes between elements.
  public enum Layout: Hashable, Sendable {
    /// None: the document is one line.
    case compact
    /// One line an element, indented by `indent` spaces a level, and a final
    /// line break.
    case pretty(indent: Int)
  }

  /// One open element.
  private struct Frame {
    var name: String
    /// Whether it has elements inside.
    var hasChildren = false
    /// Whether it, or an element around it, holds text (no white space
    /// may then be added inside it).
    var isMixed: Bool
  }

  private let layout: Layout
  private var bytes: [UInt8] = []
  private var open: [Frame] = []
  /// Whether the last start tag still waits for its `>` (or `/>`).
  private var isTagOpen = false
  private var isRootClosed = false
  /// How many characters XML cannot hold were written as U+FFFD.
  public private(set) var replacedCharacterCount = 0

  /// Creates a writer, with the declaration
  /// `<?xml version="1.0" encoding="UTF-8"?>` unless `declaration` is false.
  ///
  /// - Parameters:
  ///   - layout: Where white space goes; pretty with two spaces by default.
  ///   - declaration: Whether to write the XML declaration.
  ///   - standalone: The declaration's `standalone` value, if any.
  public init(
    layout: Layout = .pretty(indent: 2), declaration: Bool = true, standalone: Bool? = nil
  ) {
    self.layout = layout
    if declaration {
      append("<?xml version=\"1.0\" encoding=\"UTF-8\"")
      if let standalone { append(" standalone=\"\(standalone ? "yes" : "no")\"") }
      append("?>")
      if case .pretty = layout { bytes.append(0x0A) }
    }
  }

  /// Opens an element.
  ///
  /// - Parameters:
  ///   - name: The element's (qualified) name.
  ///   - attributes: Names and values in order; a nil value is left out.
  ///   - namespaces: Namespace declarations written before the attributes
  ///     as `xmlns="uri"` (prefix nil) or `xmlns:prefix="uri"`, in order;
  ///     usually on the root element only.
  public mutating func start(
    _ name: String, attributes: [(String, String?)] = [],
    namespaces: [(prefix: String?, uri: String)] = []
  ) {
    precondition(XMLName.isQualified(name), "not an XML name: \(name)")
    precondition(!isRootClosed, "a second root element \(name)")
    closeStartTag()
    let isMixed = open.last?.isMixed ?? false
    if !open.isEmpty { open[open.count - 1].hasChildren = true }
    if !isMixed { newline(depth: open.count, isFirst: open.isEmpty) }
    bytes.append(UInt8(ascii: "<"))
    append(name)
    for (prefix, uri) in namespaces {
      precondition(prefix.map(XMLName.isValid) ?? true, "not a namespace prefix: \(prefix ?? "")")
      writeAttribute(prefix.map { "xmlns:" + $0 } ?? "xmlns", uri)
    }
    for case (let attribute, let value?) in attributes {
      precondition(XMLName.isQualified(attribute), "not an XML name: \(attribute)")
      writeAttribute(attribute, value)
    }
    isTagOpen = true
    open.append(Frame(name: name, isMixed: isMixed))
  }

  /// Writes `text` inside the open element, escaped.
  public mutating func text(_ text: String) {
    precondition(!open.isEmpty, "text outside the root element")
    guard !text.isEmpty else { return }
    closeStartTag()
    open[open.count - 1].isMixed = true
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": append("&amp;")
      case "<": append("&lt;")
      case ">": append("&gt;")
      case "\r": append("&#13;")
      default: appendCharacter(scalar)
      }
    }
  }

  /// Closes the innermost open element.
  public mutating func end() {
    guard let frame = open.popLast() else { preconditionFailure("no element is open") }
    if isTagOpen {
      append("/>")
      isTagOpen = false
    } else {
      if frame.hasChildren && !frame.isMixed { newline(depth: open.count, isFirst: false) }
      append("</")
      append(frame.name)
      bytes.append(UInt8(ascii: ">"))
    }
    if open.isEmpty { isRootClosed = true }
  }

  /// Writes a whole element: its start tag, `text` if any, its end.
  public mutating func element(
    _ name: String, attributes: [(String, String?)] = [], text: String? = nil
  ) {
    start(name, attributes: attributes)
    if let text { self.text(text) }
    end()
  }

  /// The document's bytes; every element must be closed.
  public func finish() -> [UInt8] {
    precondition(open.isEmpty && isRootClosed, "the document is not finished")
    guard case .pretty = layout else { return bytes }
    return bytes + [0x0A]
  }

  // MARK: - Writing

  private mutating func closeStartTag() {
    if isTagOpen {
      bytes.append(UInt8(ascii: ">"))
      isTagOpen = false
    }
  }

  private mutating func newline(depth: Int, isFirst: Bool) {
    guard case .pretty(let indent) = layout else { return }
    if !isFirst || !bytes.isEmpty && bytes.last != 0x0A { bytes.append(0x0A) }
    bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * depth))
  }

  private mutating func writeAttribute(_ name: String, _ value: String) {
    bytes.append(UInt8(ascii: " "))
    append(name)
    append("=\"")
    for scalar in value.unicodeScalars {
      switch scalar {
      case "&": append("&amp;")
      case "<": append("&lt;")
      case ">": append("&gt;")
      case "\"": append("&quot;")
      case "\t": append("&#9;")
      case "\n": append("&#10;")
      case "\r": append("&#13;")
      default: appendCharacter(scalar)
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// Appends a character as it is, or U+FFFD when XML cannot hold it.
  private mutating func appendCharacter(_ scalar: Unicode.Scalar) {
    if scalar.isASCII && scalar.value >= 0x20 {
      bytes.append(UInt8(scalar.value))
    } else if XMLName.isCharacter(scalar) {
      UTF8.encode(scalar) { bytes.append($0) }
    } else {
      replacedCharacterCount += 1
      bytes.append(contentsOf: [0xEF, 0xBF, 0xBD])
    }
  }

  private mutating func append(_ text: String) {
    bytes.append(contentsOf: text.utf8)
  }
}
