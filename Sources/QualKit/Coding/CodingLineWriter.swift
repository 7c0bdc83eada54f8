/// Writes the lines of a coding file: the one place that knows their keys,
/// the keys' order and how the values are escaped.
///
/// A coding line is
///
/// ```json
/// {"transcript":"B01","code":"mastery","coder":"anna","firstLine":12,"lastLine":14,"start":830,"end":1012,"origin":"manual","status":"accepted","memo":null,"text":"…","hash":"xxh64:…"}
/// ```
///
/// then, when there are any, `"reviewer"`, `"sources"`, `"exemplar":true`, `"model"` (a learned
/// model's probability and reasons, ``ModelEvidence``) and the members QualKit did not
/// know when it read the line (``Coding/extraMembers``), before the closing
/// brace. ``appendLine(for:to:)`` writes a ``Coding`` with freshly escaped
/// values. Code that writes millions of similar lines (auto-coding) builds
/// a ``Template`` instead: the same layout with the values that do not change
/// from line to line fixed as pre-escaped bytes, and slots for the rest.
public enum CodingLineWriter {
  /// A value of a coding line, in the order lines give them.
  public enum Field: Int, Hashable, Sendable, CaseIterable {
    /// `"transcript"`, a string.
    case transcript
    /// `"code"`, a string.
    case code
    /// `"coder"`, a string.
    case coder
    /// `"firstLine"`, a whole number.
    case firstLine
    /// `"lastLine"`, a whole number.
    case lastLine
    /// `"start"`, a whole number.
    case start
    /// `"end"`, a whole number.
    case end
    /// `"origin"`, `manual` or `keyword:<pattern>`.
    case origin
    /// `"status"`, a string.
    case status
    /// `"memo"`, a string or `null`.
    case memo
    /// `"text"`, a string or `null`.
    case text
    /// `"hash"`, a string or `null`.
    case hash

    /// The member name.
    public var key: String { Self.keys[rawValue] }

    private static let keys = [
      "transcript", "code", "coder", "firstLine", "lastLine", "start", "end", "origin", "status",
      "memo", "text", "hash",
    ]
  }

  /// The member names of a coding line that QualKit reads, in order.
  public static let knownKeys: [String] =
    Field.allCases.map(\.key) + ["reviewer", "sources", "exemplar", "model"]

  /// What comes before each field's value: `{"transcript":`, `,"code":`, ….
  private static let prefixes: [[UInt8]] = Field.allCases.map {
    Array((($0 == .transcript ? "{" : ",") + "\"\($0.key)\":").utf8)
  }

  // MARK: - Lines from codings

  /// Appends `coding` as one line, without the line break.
  ///
  /// - Parameters:
  ///   - coding: The coding; its ``Coding/sources`` and
  ///     ``Coding/extraMembers`` follow the fixed keys, in that order.
  ///   - bytes: The output.
  public static func appendLine(for coding: Coding, to bytes: inout [UInt8]) {
    for field in Field.allCases {
      bytes.append(contentsOf: prefixes[field.rawValue])
      switch field {
      case .transcript: appendString(coding.transcript, to: &bytes)
      case .code: appendString(coding.code, to: &bytes)
      case .coder: appendString(coding.coder, to: &bytes)
      case .firstLine: AutoCoder.appendInteger(coding.span.firstLine, to: &bytes)
      case .lastLine: AutoCoder.appendInteger(coding.span.lastLine, to: &bytes)
      case .start: AutoCoder.appendInteger(coding.span.start, to: &bytes)
      case .end: AutoCoder.appendInteger(coding.span.end, to: &bytes)
      case .origin: appendString(coding.origin.description, to: &bytes)
      case .status: appendString(coding.status.rawValue, to: &bytes)
      case .memo: appendString(coding.memo, to: &bytes)
      case .text: appendString(coding.text, to: &bytes)
      case .hash: appendString(coding.transcriptHash, to: &bytes)
      }
    }
    if let reviewer = coding.reviewer {
      bytes.append(contentsOf: #","reviewer":"#.utf8)
      appendString(reviewer, to: &bytes)
    }
    if let sources = coding.sources {
      bytes.append(contentsOf: #","sources":["#.utf8)
      for (index, source) in sources.enumerated() {
        if index > 0 { bytes.append(UInt8(ascii: ",")) }
        bytes.append(contentsOf: #"{"coder":"#.utf8)
        appendString(source.coder, to: &bytes)
        bytes.append(contentsOf: #","file":"#.utf8)
        appendString(source.file, to: &bytes)
        bytes.append(contentsOf: #","line":"#.utf8)
        AutoCoder.appendInteger(source.line, to: &bytes)
        if let memo = source.memo {
          bytes.append(contentsOf: #","memo":"#.utf8)
          appendString(memo, to: &bytes)
        }
        bytes.append(UInt8(ascii: "}"))
      }
      bytes.append(UInt8(ascii: "]"))
    }
    if coding.isExemplar { bytes.append(contentsOf: #","exemplar":true"#.utf8) }
    if let evidence = coding.evidence { appendEvidence(evidence, to: &bytes) }
    for member in coding.extraMembers { member.append(to: &bytes) }
    bytes.append(UInt8(ascii: "}"))
  }

  /// Appends `,"model":{"probability":…,"reasons":[{"term":…,"words":…,"weight":…}]}`.
  private static func appendEvidence(_ evidence: ModelEvidence, to bytes: inout [UInt8]) {
    bytes.append(contentsOf: #","model":{"probability":"#.utf8)
    bytes.append(contentsOf: JSONOutput.double(evidence.probability).rendered().utf8)
    bytes.append(contentsOf: #","reasons":["#.utf8)
    for (index, reason) in evidence.reasons.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      bytes.append(contentsOf: #"{"term":"#.utf8)
      appendString(reason.term, to: &bytes)
      bytes.append(contentsOf: #","words":"#.utf8)
      appendString(reason.words, to: &bytes)
      bytes.append(contentsOf: #","weight":"#.utf8)
      bytes.append(contentsOf: JSONOutput.double(reason.weight).rendered().utf8)
      bytes.append(UInt8(ascii: "}"))
    }
    bytes.append(contentsOf: "]}".utf8)
  }

  /// Appends a coding file's header line, without the line break:
  /// `{"format":"qualkit-codings","version":1,"kind":"coder"}` (the kind
  /// when given), with `extraMembers` before the closing brace.
  public static func appendHeader(
    version: Int, kind: String? = nil, extraMembers: [JSONRawMember] = [],
    to bytes: inout [UInt8]
  ) {
    bytes.append(contentsOf: #"{"format":"#.utf8)
    appendString(CodingFile.formatName, to: &bytes)
    bytes.append(contentsOf: #","version":"#.utf8)
    AutoCoder.appendInteger(version, to: &bytes)
    if let kind {
      bytes.append(contentsOf: #","kind":"#.utf8)
      appendString(kind, to: &bytes)
    }
    for member in extraMembers { member.append(to: &bytes) }
    bytes.append(UInt8(ascii: "}"))
  }

  /// Appends `value` as a JSON string, or `null`.
  public static func appendString(_ value: String?, to bytes: inout [UInt8]) {
    guard var value else {
      bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])  // null
      return
    }
    value.withUTF8 { JSONOutput.appendEscaped($0, to: &bytes) }
  }

  // MARK: - Templates for pre-escaped values

  /// The layout of a line whose fixed fields are given as pre-escaped
  /// bytes: runs of constant bytes, and the slots a writer fills per line.
  ///
  /// Adjacent constants (keys and fixed values) are joined into one run,
  /// so a line is written with as few copies as there are slots. Templates
  /// have no `"sources"` and no extra members.
  public struct Template: Hashable, Sendable {
    /// One piece of a line: constant bytes, or the value of a field.
    public enum Segment: Hashable, Sendable {
      /// The bytes ``Template/constants``[range].
      case constant(Range<Int>)
      /// The JSON value of a field, which the writer supplies.
      case slot(Field)
    }

    /// The constant runs, one after another.
    public private(set) var constants: [UInt8] = []
    /// The line's pieces in order.
    public private(set) var segments: [Segment] = []

    /// Lays out a line.
    ///
    /// - Parameters:
    ///   - fixed: The JSON text (quoted and escaped, or `null`) of each
    ///     field that is the same in every line; the others become slots.
    ///   - lineBreak: Whether the last run ends with a line break.
    public init(fixed: [Field: [UInt8]], lineBreak: Bool = false) {
      var runStart = 0
      func endRun() {
        if runStart < constants.count { segments.append(.constant(runStart..<constants.count)) }
        runStart = constants.count
      }
      for field in Field.allCases {
        constants += CodingLineWriter.prefixes[field.rawValue]
        if let value = fixed[field] {
          constants += value
        } else {
          endRun()
          segments.append(.slot(field))
        }
      }
      constants.append(UInt8(ascii: "}"))
      if lineBreak { constants.append(0x0A) }
      endRun()
    }

    /// The total length of the constant runs.
    public var constantCount: Int { constants.count }
  }
}
