/// What a survey tool's label file says about the columns of its data
/// export: question texts, and the label and value of each answer code.
///
/// Three files are read: a REDCap data dictionary (CSV), the R syntax file
/// of LimeSurvey's R export, and a Qualtrics survey definition (`.qsf`).
///
/// ```swift
/// let labels = try SurveyLabels(parsing: bytes, name: "dictionary.csv")
/// labels.column(named: "pmq4")?.choices.map(\.label)  // ["Not open", "Undecided", "Very open"]
/// ```
public struct SurveyLabels: Hashable, Sendable {
  /// The kind of label file.
  public enum Format: String, Hashable, Sendable {
    /// A REDCap data dictionary (`Variable / Field Name`, …, `Choices, Calculations, OR Slider Labels`).
    case redcapDictionary = "REDCap data dictionary"
    /// LimeSurvey's R syntax file (`names(data)[5] <- "A1"`, `factor(…, levels=…, labels=…)`).
    case limeSurveyR = "LimeSurvey R syntax file"
    /// A Qualtrics survey definition (`.qsf`, JSON with `SurveyElements`).
    case qualtricsQSF = "Qualtrics survey definition (.qsf)"
  }

  /// One answer option of a column.
  public struct Choice: Hashable, Sendable {
    /// What the data export holds for it (`2`, `A3`, `-1`).
    public var code: String
    /// What the respondent saw.
    public var label: String
    /// Its numeric value, when the code is a number between −1,000,000 and 1,000,000.
    public var value: Double?
    /// Whether the label file marks it as a don't-know answer (a negative
    /// Qualtrics recode value, an option excluded from analysis), or its
    /// wording is one (``LikertWordings/isDontKnow(_:)``).
    public var isDontKnow: Bool

    /// Creates a choice.
    public init(code: String, label: String, value: Double? = nil, isDontKnow: Bool = false) {
      self.code = code
      self.label = label
      // A code such as `nan`, `inf` or `1e400` is no value a scale can hold.
      self.value = value.flatMap {
        $0.isFinite && abs($0) <= LikertScale.maximumValueMagnitude ? $0 : nil
      }
      self.isDontKnow = isDontKnow || LikertWordings.isDontKnow(label)
    }
  }

  /// What a column holds, as the label file says.
  public enum Kind: String, Hashable, Sendable {
    /// One answer from a list of choices.
    case singleChoice = "single choice"
    /// A checkbox option (0/1 or its label when chosen).
    case multipleChoice = "multiple choice"
    /// A number on a slider or scale without labelled options.
    case numeric
    /// Free text.
    case text = "free text"
    /// Anything else (dates, calculations, files, descriptive text).
    case other
  }

  /// One column of the data export.
  public struct Column: Hashable, Sendable {
    /// The column's name in the data export.
    public var name: String
    /// Its position in the data (0-based), when the label file assigns
    /// columns by position (LimeSurvey's R syntax) rather than by name.
    public var index: Int?
    /// The question (and sub-question) text.
    public var text: String?
    /// What it holds.
    public var kind: Kind
    /// The answer options, in the label file's order.
    public var choices: [Choice]
    /// The labels of a numeric scale's low and high end, when given.
    public var ends: (low: String, high: String)?
    /// Where the label file describes the column.
    public var position: SourcePosition

    /// Creates a column.
    public init(
      name: String, index: Int? = nil, text: String? = nil, kind: Kind, choices: [Choice] = [],
      ends: (low: String, high: String)? = nil, position: SourcePosition
    ) {
      self.name = name
      self.index = index
      self.text = text
      self.kind = kind
      self.choices = choices
      self.ends = ends
      self.position = position
    }

    public static func == (lhs: Column, rhs: Column) -> Bool {
      lhs.name == rhs.name && lhs.index == rhs.index && lhs.text == rhs.text
        && lhs.kind == rhs.kind && lhs.choices == rhs.choices && lhs.ends?.low == rhs.ends?.low
        && lhs.ends?.high == rhs.ends?.high && lhs.position == rhs.position
    }

    public func hash(into hasher: inout Hasher) {
      hasher.combine(name)
      hasher.combine(index)
      hasher.combine(choices)
    }
  }

  /// The kind of file.
  public var format: Format
  /// The columns it describes, in its order.
  public var columns: [Column]
  /// The file's path, for messages about it.
  public var name: String

  /// Creates labels from their parts.
  public init(format: Format, columns: [Column], name: String = "") {
    self.format = format
    self.columns = columns
    self.name = name
  }

  /// Reads a label file, telling its format from its contents.
  ///
  /// - Parameters:
  ///   - bytes: The file's contents.
  ///   - name: The file's path, for messages.
  /// - Throws: ``SurveyError`` (kind ``SurveyError/Kind/invalidLabels``)
  ///   for a file of none of the three formats, or a malformed one, with
  ///   the line and column of each problem.
  public init(parsing bytes: [UInt8], name: String) throws(SurveyError) {
    var text = bytes
    if text.starts(with: DecodedText.byteOrderMark) {
      text.removeFirst(DecodedText.byteOrderMark.count)
    }
    if !UTF8Validation.isValid(text) { text = Windows1252.utf8(from: text) }
    let start = String(decoding: text.prefix(4096), as: UTF8.self)
    let trimmed = start.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
    if trimmed.hasPrefix("{") {
      self = try SurveyLabels.qualtrics(text, name: name)
    } else if start.contains("names(data)[") || start.contains("attributes(data)$variable.labels")
      || start.contains("read.csv(") || start.contains("read.table(")
    {
      self = try SurveyLabels.limeSurvey(text, name: name)
    } else if start.lowercased().contains("variable / field name")
      || start.lowercased().hasPrefix("field_name") || start.lowercased().contains("\"field_name\"")
    {
      self = try SurveyLabels.redcap(text, name: name)
    } else {
      throw SurveyError(
        diagnostics: [
          .error(
            "not a label file this import reads: expected a REDCap data dictionary (a 'Variable / Field Name' column), LimeSurvey's R syntax file (names(data)[…] lines) or a Qualtrics .qsf (JSON)",
            at: SourcePosition(line: 1), file: name)
        ], kind: .invalidLabels)
    }
  }

  /// The column named `name`, if the file describes one.
  public func column(named name: String) -> Column? {
    columns.first { $0.name == name }
  }

  /// The labels with every problem in one error about file `name`.
  static func failure(_ problems: [(String, SourcePosition?)], name: String) -> SurveyError {
    var diagnostics = problems.prefix(Survey.errorLimit).map {
      Diagnostic.error($0.0, at: $0.1, file: name)
    }
    if problems.count > Survey.errorLimit {
      diagnostics.append(.note("stopped after \(Survey.errorLimit) errors", file: name))
    }
    return SurveyError(diagnostics: diagnostics, kind: .invalidLabels)
  }

  /// `text` without HTML tags, with the common entities decoded and
  /// whitespace runs made one space (question texts in `.qsf` files and
  /// REDCap field labels hold HTML).
  static func plainText(_ text: String) -> String {
    var result = ""
    var inTag = false
    for character in text {
      if character == "<" {
        inTag = true
      } else if character == ">" && inTag {
        inTag = false
        result.append(" ")
      } else if !inTag {
        result.append(character)
      }
    }
    for (entity, replacement) in [
      ("&nbsp;", " "), ("&quot;", "\""), ("&#39;", "'"), ("&lt;", "<"), ("&gt;", ">"),
      ("&amp;", "&"),
    ] {
      result = result.replacingAll(entity, replacement)
    }
    return result.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}
