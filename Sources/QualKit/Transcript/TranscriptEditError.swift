/// A ``TextEdit`` that a transcript refuses: it would change the
/// transcript's line structure or turns, or cannot be written back to its
/// file.
///
/// The position is the 1-based line and column (in Unicode scalars) of the
/// refused replacement's start in ``Transcript/text``, and ``range`` its
/// scalar offsets there.
public struct TranscriptEditError: InputError, Hashable, Sendable {
  /// Why the edit is refused.
  public enum Kind: Hashable, Sendable {
    /// A replacement's range lies outside the text.
    case rangeOutOfBounds
    /// Two replacements overlap, or insert at the same offset.
    case overlappingReplacements
    /// A replacement spans a line break, or its new text holds one.
    case crossesLineBreak
    /// A replacement touches what is not a turn's words: a speaker label,
    /// a timestamp, front matter, a header or metadata line, a blank line,
    /// or the spaces at either end of a line.
    case outsideTurnText
    /// The edited line would be empty, or start or end with a space or a
    /// tab, so that its turn's text would start or end elsewhere.
    case changesSpacing
    /// The edited line would read as another kind of line (a speaker label,
    /// a header, a cue timing), or a cue as naming another speaker.
    case changesLineShape
    /// The new text holds a control character (other than a tab) or a byte
    /// order mark at the start of the file.
    case invalidCharacter
    /// The edited line is not in Unicode NFC, so it would not read back as
    /// written.
    case notNormalized
    /// A replacement spans two cues that share a line of the text, or
    /// markup (a tag) inside a cue.
    case crossesCue
    /// The file cannot be rewritten in place: a Word document, rolling
    /// captions, a cue whose text cannot be traced to the file, or bytes
    /// that are not the file the transcript was read from.
    case notRewritable
  }

  /// Why the edit is refused.
  public var kind: Kind
  /// A lowercase sentence fragment without a final period.
  public var message: String
  /// Where the refused replacement starts in ``Transcript/text``.
  public var position: SourcePosition?
  /// The refused replacement's scalar offsets in ``Transcript/text``.
  public var range: Range<Int>?

  /// Creates an error.
  public init(
    _ kind: Kind, _ message: String, at position: SourcePosition? = nil, range: Range<Int>? = nil
  ) {
    self.kind = kind
    self.message = message
    self.position = position
    self.range = range
  }
}
