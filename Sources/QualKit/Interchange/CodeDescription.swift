import Foundation

/// How a QualKit code's definition, rules, example and the fields REFI-QDA
/// has no place for travel in a REFI-QDA code's `Description`.
///
/// The definition comes first, then one paragraph each for the rules and
/// the example, so that another program shows them as a reader expects:
///
/// ```text
/// The citizen's efforts are experienced as one joined-up course.
///
/// Include: Statements about the course hanging together (or not).
///
/// Exclude: Statements about one actor only.
///
/// Example: Nu har der været sammenhæng.
///
/// QualKit: {"id":"coherence","labels":{"da":"Sammenhæng"},"definitions":{"da":"…"},"keywords":["sammenhæng*"]}
/// ```
///
/// The last paragraph, `QualKit:` and a JSON object, holds what only
/// QualKit uses: the code's id when it is not the one its label gives
/// (``CodebookImport/slug(_:)``), labels and definitions in other
/// languages, keywords and survey items. It is left out when there is none of them. Reading a
/// description back (``init(parsing:)``) gives the same fields; when a field
/// would not come back the same (a definition with a paragraph that starts
/// `Include: `, white space at its ends), the field is written into the
/// JSON object as well, and read from there.
///
/// A description another program wrote, without such paragraphs, is the
/// code's definition.
struct CodeDescription: Hashable, Sendable {
  var definition: String?
  var include: String?
  var exclude: String?
  var example: String?
  /// The code's id, when the description gives one.
  var id: String?
  var labels: [String: String] = [:]
  /// The definition in other languages, by language code.
  var definitions: [String: String] = [:]
  var keywords: [String] = []
  var surveyItems: [String] = []

  /// The prefix of the paragraph with QualKit's own fields.
  static let trailerPrefix = "QualKit: "
  /// The paragraph prefixes of the rules and the example, in order.
  static var markers: [(prefix: String, field: WritableKeyPath<CodeDescription, String?>)] {
    [
      ("Include: ", \.include), ("Exclude: ", \.exclude), ("Example: ", \.example),
    ]
  }

  /// The fields of `code`; its id is written only when it differs from `derivedID`.
  init(code: Code, derivedID: String) {
    definition = code.definition
    include = code.include
    exclude = code.exclude
    example = code.example
    id = code.id == derivedID ? nil : code.id
    labels = code.labels
    definitions = code.definitions
    keywords = code.keywords
    surveyItems = code.surveyItems
  }

  /// Reads a description: the `QualKit:` paragraph if it ends the text, the
  /// rules and example by their paragraph prefixes, the rest as the definition.
  init(parsing description: String?) {
    guard var text = description else { return }
    var trailer: JSONNode?
    if let (start, node) = Self.trailer(in: text) {
      trailer = node
      text = String(text[..<start])
      if text.hasSuffix("\n\n") { text.removeLast(2) }
    }
    var current: WritableKeyPath<CodeDescription, String?> = \.definition
    var seen: Swift.Set<String> = []
    for paragraph in text.components(separatedBy: "\n\n") {
      if let marker = Self.markers.first(where: {
        paragraph.hasPrefix($0.prefix) && !seen.contains($0.prefix)
      }) {
        seen.insert(marker.prefix)
        current = marker.field
        self[keyPath: current] = String(paragraph.dropFirst(marker.prefix.count))
      } else if let previous = self[keyPath: current] {
        self[keyPath: current] = previous + "\n\n" + paragraph
      } else {
        self[keyPath: current] = paragraph
      }
    }
    for path in [\CodeDescription.definition, \.include, \.exclude, \.example] {
      let trimmed = self[keyPath: path]?.trimmingCharacters(in: " \t\n\r")
      self[keyPath: path] = trimmed?.isEmpty == false ? trimmed : nil
    }
    if let trailer { read(trailer) }
  }

  /// The description's text, nil when there is nothing to write.
  var text: String? {
    var paragraphs: [String] = []
    if let definition { paragraphs.append(definition) }
    for marker in Self.markers {
      if let value = self[keyPath: marker.field] { paragraphs.append(marker.prefix + value) }
    }
    var members: [(String, JSONOutput)] = []
    // The fields that would not come back from the paragraphs alone.
    let reread = CodeDescription(
      parsing: paragraphs.isEmpty ? nil : paragraphs.joined(separator: "\n\n"))
    for (name, path) in [
      ("definition", \CodeDescription.definition), ("include", \.include), ("exclude", \.exclude),
      ("example", \.example),
    ] where reread[keyPath: path] != self[keyPath: path] {
      members.append((name, .string(self[keyPath: path])))
    }
    if let id { members.append(("id", .string(id))) }
    if !labels.isEmpty {
      members.append(
        ("labels", .object(labels.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })))
    }
    if !definitions.isEmpty {
      members.append(
        (
          "definitions",
          .object(definitions.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })
        ))
    }
    if !keywords.isEmpty { members.append(("keywords", .array(keywords.map { .string($0) }))) }
    if !surveyItems.isEmpty {
      members.append(("surveyItems", .array(surveyItems.map { .string($0) })))
    }
    if !members.isEmpty {
      paragraphs.append(Self.trailerPrefix + JSONOutput.object(members).rendered())
    }
    return paragraphs.isEmpty ? nil : paragraphs.joined(separator: "\n\n")
  }

  /// Where the `QualKit:` paragraph starts and its JSON object, when the
  /// text ends with one.
  private static func trailer(in text: String) -> (String.Index, JSONNode)? {
    let start: String.Index
    if let range = text.range(of: "\n\n" + trailerPrefix + "{", options: .backwards) {
      start = text.index(range.lowerBound, offsetBy: 2)
    } else if text.hasPrefix(trailerPrefix + "{") {
      start = text.startIndex
    } else {
      return nil
    }
    let json = text[text.index(start, offsetBy: trailerPrefix.count)...]
    guard !json.contains("\n"), let node = try? JSONParser.parse(String(json)), node.members != nil
    else { return nil }
    return (start, node)
  }

  /// Takes the fields the `QualKit:` object gives.
  private mutating func read(_ node: JSONNode) {
    for (name, path) in [
      ("definition", \CodeDescription.definition), ("include", \.include), ("exclude", \.exclude),
      ("example", \.example), ("id", \.id),
    ] {
      if let member = node[name] {
        self[keyPath: path] = member.stringValue
      }
    }
    for member in node["labels"]?.members ?? [] {
      if let value = member.value.stringValue { labels[member.key] = value }
    }
    for member in node["definitions"]?.members ?? [] {
      if let value = member.value.stringValue { definitions[member.key] = value }
    }
    keywords = node["keywords"]?.elements?.compactMap(\.stringValue) ?? keywords
    surveyItems = node["surveyItems"]?.elements?.compactMap(\.stringValue) ?? surveyItems
  }
}
