/// A REFI-QDA project (`project.qde`) or codebook (`.qdc`) as values: what
/// ``REFIReader`` reads and ``REFIWriter`` writes, element for element.
///
/// Only what QualKit carries is kept as values; other elements (links,
/// graphs, picture and media selections) are counted, so that an import can
/// say what it left out. Every element read keeps its line in the XML, so
/// that a warning can name it.
struct REFIDocument: Hashable, Sendable {
  /// A user (coder).
  struct User: Hashable, Sendable {
    var guid: String
    var name: String?
    var id: String?
    var line: Int = 0
  }

  /// A code with its children.
  struct Code: Hashable, Sendable {
    /// The GUID as compared (``REFIReader/guid(_:)``).
    var guid: String
    /// The GUID as the file writes it (case and braces kept), when it is one.
    var writtenGUID: String?
    var name: String
    var isCodable: Bool = true
    var color: String?
    var description: String?
    var noteRefs: [String] = []
    var children: [Code] = []
    var line: Int = 0
  }

  /// A variable (attribute) and its type as REFI-QDA names it (`Text`,
  /// `Boolean`, `Integer`, `Float`, `Date`, `DateTime`).
  struct Variable: Hashable, Sendable {
    var guid: String
    var name: String
    var type: String
    var description: String?
    var line: Int = 0
  }

  /// One value of a variable, as written.
  struct VariableValue: Hashable, Sendable {
    var variable: String
    /// The value element's name (`TextValue`, `IntegerValue`, …).
    var type: String
    var value: String
    var line: Int = 0
  }

  /// A case: a participant, with variable values and the sources that are theirs.
  struct Case: Hashable, Sendable {
    var guid: String
    var name: String?
    var description: String?
    var values: [VariableValue] = []
    var sources: [String] = []
    var line: Int = 0
  }

  /// One code applied by one user.
  struct Coding: Hashable, Sendable {
    var guid: String
    var creatingUser: String?
    /// The code's GUID (`CodeRef/@targetGUID`); nil when the element has no `CodeRef`.
    var code: String?
    var noteRefs: [String] = []
    var line: Int = 0
  }

  /// A span of a text source and the codings on it.
  struct Selection: Hashable, Sendable {
    var guid: String
    var name: String?
    var start: Int
    var end: Int
    var creatingUser: String?
    var description: String?
    var codings: [Coding] = []
    var noteRefs: [String] = []
    var line: Int = 0
  }

  /// What a source holds.
  enum SourceKind: String, Hashable, Sendable, CaseIterable {
    case text = "TextSource"
    case picture = "PictureSource"
    case pdf = "PDFSource"
    case audio = "AudioSource"
    case video = "VideoSource"

    /// How a report names a source of this kind.
    var noun: String {
      switch self {
      case .text: "text source"
      case .picture: "picture"
      case .pdf: "PDF"
      case .audio: "audio source"
      case .video: "video source"
      }
    }
  }

  /// A source (document).
  ///
  /// Only text sources keep their selections as values; the others keep a count.
  struct Source: Hashable, Sendable {
    var kind: SourceKind
    var guid: String
    var name: String?
    var plainTextPath: String?
    var plainTextContent: String?
    /// The file a picture, PDF or media source points to.
    var path: String?
    var description: String?
    var creatingUser: String?
    var selections: [Selection] = []
    /// Codings of the whole source (`TextSource/Coding`).
    var codings: [Coding] = []
    var noteRefs: [String] = []
    var values: [VariableValue] = []
    /// Selections of any kind the source holds (all of them for a non-text source).
    var selectionCount: Int = 0
    var line: Int = 0

    /// How messages name the source: its name, else its file's name (qc
    /// gives none), else its GUID.
    var displayName: String {
      if let name, !name.isEmpty { return name }
      if let path = plainTextPath ?? self.path,
        let file = path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last
      {
        return String(file)
      }
      return guid
    }
  }

  /// A note (memo): a text with its author.
  struct Note: Hashable, Sendable {
    var guid: String
    var name: String?
    var creatingUser: String?
    var text: String
    /// The file that holds the note's text, when it has no
    /// `PlainTextContent` (QualCoder writes its journal this way).
    var plainTextPath: String?
    var line: Int = 0
  }

  /// A set of codes, sources or notes.
  struct Set: Hashable, Sendable {
    var guid: String
    var name: String
    var description: String?
    var codes: [String] = []
    var sources: [String] = []
    var notes: [String] = []
    var line: Int = 0
  }

  /// The project's name (`Project/@name`), or nil for a codebook.
  var name: String?
  /// The program that wrote the file (`@origin`).
  var origin: String?
  /// `Project/@creatingUserGUID`.
  var creatingUser: String?
  var users: [User] = []
  var codes: [Code] = []
  var variables: [Variable] = []
  var cases: [Case] = []
  var sources: [Source] = []
  var notes: [Note] = []
  var sets: [Set] = []
  /// `Project/Description`.
  var description: String?
  /// Notes about the project as a whole.
  var noteRefs: [String] = []
  /// How many links and graphs the file has (not carried).
  var linkCount = 0
  var graphCount = 0

  /// Every code in depth-first order with its depth.
  var flattenedCodes: [(code: Code, depth: Int)] {
    var result: [(code: Code, depth: Int)] = []
    var pending: [(Code, Int)] = codes.reversed().map { ($0, 0) }
    while let (code, depth) = pending.popLast() {
      result.append((code, depth))
      pending.append(contentsOf: code.children.reversed().map { ($0, depth + 1) })
    }
    return result
  }
}

extension REFIDocument {
  /// The project namespace REFI-QDA 1.0 defines.
  static let projectNamespace = "urn:QDA-XML:project:1.0"
  /// The codebook namespace REFI-QDA 1.0 defines.
  static let codebookNamespace = "urn:QDA-XML:codebook:1.0"
}
