/// Maps speaker labels to roles: `I=interviewer, B=citizen, JK=job consultant`.
///
/// Labels match exactly first, then ignoring case. A label the map does not
/// name takes the default role: `interviewer` for `I`, `INT`, `Q`,
/// `Interviewer` and `Interviewer 1`, `participant` for anyone else (so
/// `A`, `R`, `Respondent` of question-and-answer transcripts). A label
/// holding a comma or `=` is quoted: `"Dorflinger, Julia"=interviewer`.
public struct SpeakerMap: Hashable, Sendable {
  /// The role of the interviewer, whose questions are usually not data.
  public static let interviewerRole = "interviewer"
  /// The role of a speaker the map does not name.
  public static let defaultRole = "participant"

  /// The entries in the order they were written.
  public private(set) var entries: [(label: String, role: String)] = []

  public static func == (lhs: SpeakerMap, rhs: SpeakerMap) -> Bool {
    lhs.entries.elementsEqual(rhs.entries, by: { $0 == $1 })
  }

  public func hash(into hasher: inout Hasher) {
    for entry in entries {
      hasher.combine(entry.label)
      hasher.combine(entry.role)
    }
  }

  /// An empty map: every speaker takes the default role.
  public init() {}

  /// Parses `LABEL=role` entries separated by commas or semicolons.
  ///
  /// A label (or role) in double quotes, straight or curly, may hold commas,
  /// semicolons and `=`: `"Dorflinger, Julia"=interviewer`.
  ///
  /// - Parameters:
  ///   - text: The map as written, e.g. `I=interviewer, B=citizen`.
  ///   - problems: Receives a message for each entry that is not `label=role`.
  public init(parsing text: String, problems: inout [String]) {
    let written = Self.entries(in: text)
    for (number, entry) in written.enumerated() {
      let shown = entry.written.trimmingCharacters(in: " \t")
      guard let equals = entry.equals else {
        // `Dorflinger, Julia=interviewer`: a `Last, First` name split at its comma.
        if number + 1 < written.count, let next = written[number + 1].equals,
          !shown.contains("\"")
        {
          let rest = written[number + 1].written[..<next].trimmingCharacters(in: " \t")
          let role = written[number + 1].written[written[number + 1].written.index(after: next)...]
            .trimmingCharacters(in: " \t")
          problems.append(
            "speaker map entry '\(shown)' is not 'label=role' (a name with a comma is quoted: \"\(shown), \(rest)\"=\(role))"
          )
        } else {
          problems.append("speaker map entry '\(shown)' is not 'label=role'")
        }
        continue
      }
      let label = Self.unquoted(entry.written[..<equals])
      let role = Self.unquoted(entry.written[entry.written.index(after: equals)...])
      guard !label.isEmpty, !role.isEmpty else {
        problems.append("speaker map entry '\(shown)' is not 'label=role'")
        continue
      }
      entries.append((label, role))
    }
  }

  /// The entries of a map as written, split at commas and semicolons
  /// outside quotes, each with the position of its first `=` outside quotes.
  private static func entries(in text: String) -> [(written: Substring, equals: String.Index?)] {
    var result: [(Substring, String.Index?)] = []
    var start = text.startIndex
    var equals: String.Index?
    var quote: Character?
    var index = text.startIndex
    func flush(upTo end: String.Index) {
      let written = text[start..<end]
      if !written.trimmingCharacters(in: " \t").isEmpty { result.append((written, equals)) }
    }
    while index < text.endIndex {
      let character = text[index]
      if let open = quote {
        if character == open || (open == "\u{201C}" && character == "\u{201D}") { quote = nil }
      } else if character == "\"" || character == "\u{201C}" {
        quote = character
      } else if character == "=" && equals == nil {
        equals = index
      } else if character == "," || character == ";" {
        flush(upTo: index)
        start = text.index(after: index)
        equals = nil
      }
      index = text.index(after: index)
    }
    flush(upTo: text.endIndex)
    return result
  }

  /// A label or role without surrounding spaces and quotes.
  private static func unquoted(_ text: Substring) -> String {
    let trimmed = text.trimmingCharacters(in: " \t")
    let scalars = Array(trimmed.unicodeScalars)
    guard scalars.count >= 2, let first = scalars.first, let last = scalars.last,
      (first == "\"" && last == "\"") || (first == "\u{201C}" && last == "\u{201D}")
    else { return trimmed }
    return String(String.UnicodeScalarView(scalars.dropFirst().dropLast()))
      .trimmingCharacters(in: " \t")
  }

  /// The labels the map names.
  public var labels: [String] { entries.map(\.label) }

  /// The role of the speaker labelled `label`.
  public func role(for label: String) -> String {
    if let entry = entries.first(where: { $0.label == label }) { return entry.role }
    let lowered = label.lowercased()
    if let entry = entries.first(where: { $0.label.lowercased() == lowered }) { return entry.role }
    if SpeakerLabel.isDefaultInterviewer(label) { return Self.interviewerRole }
    return Self.defaultRole
  }

  /// Whether the map names `label` (ignoring case).
  public func names(_ label: String) -> Bool {
    let lowered = label.lowercased()
    return entries.contains { $0.label.lowercased() == lowered }
  }
}

extension StringProtocol {
  /// The text without leading and trailing characters from `characters`.
  func trimmingCharacters(in characters: String) -> String {
    let set = Set(characters.unicodeScalars)
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !set.contains($0) }),
      let last = scalars.lastIndex(where: { !set.contains($0) })
    else { return "" }
    var result = ""
    result.unicodeScalars.append(contentsOf: scalars[first...last])
    return result
  }
}
