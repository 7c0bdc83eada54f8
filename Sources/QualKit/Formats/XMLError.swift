/// An XML document that ``XMLReader`` refuses: not well-formed, in an
/// encoding it does not read, with a document type declaration, or beyond
/// its ``XMLReader/Limits``.
public struct XMLError: InputError, Hashable, Sendable {
  /// What is wrong.
  public enum Kind: Hashable, Sendable {
    /// Bytes that are not UTF-8 or UTF-16, or an encoding declared that the
    /// reader does not read.
    case invalidEncoding
    /// A character XML 1.0 does not allow, written or referenced.
    case invalidCharacter
    /// A `<!DOCTYPE …>`: refused, so no entity is ever declared, expanded
    /// or fetched.
    case doctypeNotAllowed
    /// A reference to an entity other than the five XML predefines.
    case undefinedEntity
    /// An `&` that does not start a well-formed reference.
    case malformedReference
    /// A tag, attribute, comment, CDATA section or processing instruction
    /// written wrongly.
    case malformedMarkup
    /// A name that is not an XML name, or a prefix no namespace is bound to.
    case invalidName
    /// An attribute given twice on one element.
    case duplicateAttribute
    /// An end tag whose name is not that of the open element, or one with
    /// no element open.
    case mismatchedEndTag
    /// The input ends inside an element or inside markup.
    case unexpectedEnd
    /// No root element; or text, or a second element, outside the root.
    case misplacedContent
    /// An XML declaration that is malformed or not at the start.
    case malformedDeclaration
    /// Beyond a limit of ``XMLReader/Limits``.
    case limitExceeded
  }

  /// What is wrong.
  public var kind: Kind
  /// A lowercase sentence fragment without a final period.
  public var message: String
  /// Where: 1-based line, and column in Unicode scalars.
  public var position: SourcePosition?

  /// Creates an error of `kind` at `position`.
  public init(_ kind: Kind, _ message: String, at position: SourcePosition?) {
    self.kind = kind
    self.message = message
    self.position = position
  }
}
