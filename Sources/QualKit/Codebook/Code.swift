/// One code of a codebook: a theme, sub-theme or code, with its children.
public struct Code: Hashable, Sendable {
  /// The code's id, unique across the codebook (`mastery`, `tripartite-meeting`).
  public var id: String
  /// The label in the codebook's main language.
  public var label: String
  /// Labels in other languages, by language code (`["da": "Mestring"]`).
  public var labels: [String: String]
  /// What the code means.
  public var definition: String?
  /// The definition in other languages, by language code (`["da": "…"]`).
  public var definitions: [String: String]
  /// When to apply the code.
  public var include: String?
  /// When not to apply it.
  public var exclude: String?
  /// An example segment.
  public var example: String?
  /// A display colour as `#RRGGBB`.
  public var color: String?
  /// Whether segments can be coded with it (false for codes that only group others).
  public var isCodable: Bool
  /// Auto-coding keyword patterns (words, phrases, `stem*`, `-exclusion`, `re:regex`).
  public var keywords: [String]
  /// The survey items (CSV column names of the survey spec) that measure
  /// what the code is about, for joint displays.
  public var surveyItems: [String]
  /// A stable GUID for exchange with other QDA tools, if the codebook gives one.
  public var guid: String?
  /// The code's children in order.
  public var children: [Code]

  /// Creates a code.
  public init(
    id: String, label: String, labels: [String: String] = [:], definition: String? = nil,
    definitions: [String: String] = [:],
    include: String? = nil, exclude: String? = nil, example: String? = nil, color: String? = nil,
    isCodable: Bool = true, keywords: [String] = [], surveyItems: [String] = [],
    guid: String? = nil, children: [Code] = []
  ) {
    self.id = id
    self.label = label
    self.labels = labels
    self.definition = definition
    self.definitions = definitions
    self.include = include
    self.exclude = exclude
    self.example = example
    self.color = color
    self.isCodable = isCodable
    self.keywords = keywords
    self.surveyItems = surveyItems
    self.guid = guid
    self.children = children
  }

  /// What is wrong with `id` as a code id, or nil when it is a good one.
  ///
  /// The one rule for ids that the codebook reader, the codebook edits and
  /// the spreadsheet import share: not empty, and no white space, comma,
  /// `>` (it separates the levels of a code path) or control character,
  /// so that an id can stand in a list, a path and a terminal.
  ///
  /// - Returns: A lowercase fragment such as `the id 'a b' contains a space or comma`.
  public static func idProblem(_ id: String) -> String? {
    // Most ids are printable ASCII: no Unicode property lookups for them.
    if !id.isEmpty,
      id.utf8.allSatisfy({
        $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: ",") && $0 != UInt8(ascii: ">")
      })
    {
      return nil
    }
    if id.trimmingCharacters(in: " \t").isEmpty { return "the id is empty" }
    let scalars = id.unicodeScalars
    if scalars.contains(where: { $0.properties.isWhitespace || $0 == "," }) {
      return "the id '\(TerminalText.visible(id))' contains a space or comma"
    }
    if scalars.contains(where: { $0.properties.generalCategory == .control }) {
      return "the id '\(TerminalText.visible(id))' contains a control character"
    }
    if scalars.contains(">") {
      return "the id '\(id)' contains '>', which separates the levels of a code path"
    }
    return nil
  }

  /// The definition in `language`, falling back to the main definition.
  public func definition(in language: String?) -> String? {
    language.flatMap { definitions[$0] } ?? definition
  }

  /// The label in `language`, falling back to the main label.
  public func label(in language: String?) -> String {
    language.flatMap { labels[$0] } ?? label
  }
}
