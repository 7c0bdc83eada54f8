/// A line of a coding file that cannot be read.
public struct CodingFileError: InputError, Hashable, Sendable {
  /// What is wrong with the line.
  public enum Kind: Hashable, Sendable {
    /// The line is not valid JSON.
    case invalidJSON(JSONError.Kind)
    /// The line is JSON but not an object; `found` is the value's kind.
    case notAnObject(found: String)
    /// A member the line must have is missing.
    case missingKey(String)
    /// A key is given twice in one object.
    case duplicateKey(String)
    /// A member that must be a non-empty string is something else.
    case notANonEmptyString(key: String)
    /// A member that must be a string or `null` is something else.
    case notAStringOrNull(key: String)
    /// A member that must be a whole number of at least 0 is something else.
    case notAWholeNumber(key: String)
    /// A member that must be `true` or `false` is not.
    case notABoolean(key: String)
    /// `"start"` is after `"end"`.
    case startAfterEnd(start: Int, end: Int)
    /// `"firstLine"` is below 1 or after `"lastLine"`.
    case invalidLines(first: Int, last: Int)
    /// `"origin"` is neither `manual` nor `keyword:<pattern>`.
    case invalidOrigin(String)
    /// `"status"` is not one of the statuses.
    case invalidStatus(String)
    /// `"sources"` is not an array or `null`.
    case sourcesNotAnArray
    /// An element of `"sources"` is not a coder, file and line.
    case invalidSource
    /// The header's `"format"` is not `qualkit-codings`; `found` is how the
    /// message quotes it (`"x"`, or a kind like `a number`).
    case wrongFormat(found: String)
    /// The header's `"version"` is not a whole number of at least 1.
    case invalidVersion
    /// The header declares a version newer than this QualKit reads.
    case newerVersion(Int, supported: Int)
    /// A header on a line other than the first.
    case misplacedHeader
    /// `"model"` is not `{"probability": 0…1, "reasons": [{"term", "words", "weight"}]}`.
    case invalidEvidence
  }

  /// What is wrong.
  public var kind: Kind
  /// Where in the line (line 1 is the line itself), or, from
  /// ``CodingFile/init(parsing:diagnostics:)``, in the file.
  public var position: SourcePosition?

  /// Creates an error of `kind` at `position`.
  public init(_ kind: Kind, at position: SourcePosition? = nil) {
    self.kind = kind
    self.position = position
  }

  public var message: String {
    switch kind {
    case .invalidJSON(let kind): "invalid JSON: \(JSONError(kind, at: nil).message)"
    case .notAnObject(let found): "expected a JSON object, found \(found)"
    case .missingKey(let key): "missing \"\(key)\""
    case .duplicateKey(let key): "\"\(key)\" is given twice; a key may appear only once"
    case .notANonEmptyString(let key): "\"\(key)\" must be a non-empty string"
    case .notAStringOrNull(let key): "\"\(key)\" must be a string or null"
    case .notAWholeNumber(let key): "\"\(key)\" must be a whole number of at least 0"
    case .notABoolean(let key): "\"\(key)\" must be true or false"
    case .startAfterEnd(let start, let end): "\"start\" (\(start)) is after \"end\" (\(end))"
    case .invalidLines(let first, let last):
      "\"firstLine\" (\(first)) must be at least 1 and at most \"lastLine\" (\(last))"
    case .invalidOrigin(let origin):
      "\"origin\" must be \"manual\" or \"keyword:<pattern>\", not \"\(origin)\""
    case .invalidStatus(let status):
      "\"status\" must be proposed, accepted or rejected, not \"\(status)\""
    case .sourcesNotAnArray: "\"sources\" must be an array or null"
    case .invalidSource:
      "each of \"sources\" must be {\"coder\": name, \"file\": path, \"line\": number}"
    case .wrongFormat(let found):
      "\"format\" must be \"\(CodingFile.formatName)\", not \(found)"
    case .invalidVersion: "\"version\" must be a whole number of at least 1"
    case .newerVersion(let version, let supported):
      "this is a version \(version) coding file, but this qualkit reads only version \(supported) "
        + "or older; update qualkit (the file is not read, so that nothing in it is lost)"
    case .misplacedHeader:
      "the header {\"format\": \"\(CodingFile.formatName)\", …} must be the file's first line"
    case .invalidEvidence:
      "\"model\" must be {\"probability\": a number from 0 to 1, \"reasons\": "
        + "[{\"term\": text, \"words\": text, \"weight\": number}, …]}"
    }
  }
}
