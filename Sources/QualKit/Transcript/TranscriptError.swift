/// A transcript file that cannot be read: empty, binary, malformed.
public struct TranscriptError: InputError, Hashable, Sendable {
  /// What kind of problem the file has.
  public enum Kind: Hashable, Sendable {
    /// The file has no bytes.
    case empty
    /// The file looks binary, not text (``TextDecodingError``).
    case binary
    /// The file has no transcript text: only blank lines, only front
    /// matter, or subtitles without cues that hold text.
    case noText
    /// Front matter opened with `---` is never closed.
    case unclosedFrontMatter
    /// A WebVTT file does not start with the line `WEBVTT`.
    case missingHeader
    /// A subtitle cue has no timing line, or a malformed one.
    case malformedTiming
    /// A Word file is not a ZIP archive, or its archive cannot be read or
    /// has no `word/document.xml`.
    case unreadableDocument
    /// A Word file's `word/document.xml` is not valid UTF-8.
    case invalidEncoding
    /// A Word file's `word/document.xml` is not well-formed XML.
    case malformedXML
    /// A JSON or CSV transcript that cannot be read as JSON or CSV.
    case malformedData
    /// A file that is well-formed but holds no transcript: JSON without
    /// segments (a codebook, a survey), a CSV without a column of text, a
    /// segment that is not an object.
    case notATranscript
    /// The file holds an unresolved merge conflict (git's `<<<<<<<`,
    /// `=======` and `>>>>>>>` lines), so two versions of its text are
    /// mixed.
    case mergeConflict
  }

  /// What kind of problem this is.
  public var kind: Kind
  /// What is wrong.
  public var message: String
  /// Where, if the problem has a place in the file.
  public var position: SourcePosition?

  /// Creates an error of a kind with a message.
  ///
  /// - Parameters:
  ///   - kind: What kind of problem this is.
  ///   - message: A lowercase sentence fragment without a final period.
  ///   - position: Where the problem is, if it has a place in the file.
  public init(_ kind: Kind, _ message: String, at position: SourcePosition? = nil) {
    self.kind = kind
    self.message = message
    self.position = position
  }
}
