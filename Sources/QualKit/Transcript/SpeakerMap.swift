/// Maps speaker labels to roles: `I=interviewer, B=citizen, JK=job consultant`.
///
/// Labels match exactly first, then ignoring case. A label the map does not
/// name takes the default role: `interviewer` for `I`, `INT` and
/// `Interviewer`, `participant` for anyone else.
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
  /// - Parameters:
  ///   - text: The map as written, e.g. `I=interviewer, B=citizen`.
  ///   - problems: Receives a message for each entry that is not `label=role`.
  public init(parsing text: String, problems: inout [String]) {
    for part in text.split(whereSeparator: { $0 == "," || $0 == ";" }) {
      let entry = part.trimmingCharacters(in: " \t")
      if entry.isEmpty { continue }
      guard let equals = entry.firstIndex(of: "=") else {
        problems.append("speaker map entry '\(entry)' is not 'label=role'")
        continue
      }
      let label = entry[..<equals].trimmingCharacters(in: " \t")
      let role = entry[entry.index(after: equals)...].trimmingCharacters(in: " \t")
      guard !label.isEmpty, !role.isEmpty else {
        problems.append("speaker map entry '\(entry)' is not 'label=role'")
        continue
      }
      entries.append((label, role))
    }
  }

  /// The labels the map names.
  public var labels: [String] { entries.map(\.label) }

  /// The role of the speaker labelled `label`.
  public func role(for label: String) -> String {
    if let entry = entries.first(where: { $0.label == label }) { return entry.role }
    let lowered = label.lowercased()
    if let entry = entries.first(where: { $0.label.lowercased() == lowered }) { return entry.role }
    if ["i", "int", "interviewer"].contains(lowered) { return Self.interviewerRole }
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
