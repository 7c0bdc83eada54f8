extension QDPXExportBuilder {
  /// The name of the variable that carries each transcript's speaker map.
  static let speakersVariable = "speakers"

  /// Adds a variable per attribute column (and `speakers`), and a case per
  /// transcript that has a value.
  mutating func addAttributes() {
    let participants = project.participants
    var columns = (participants?.columns ?? []).map { column in
      (name: column.name, type: Self.variableType(column, participants: participants))
    }
    let maps = Dictionary(
      project.transcripts.compactMap { transcript in
        Self.speakerMap(of: transcript).map { (transcript.id, $0) }
      }, uniquingKeysWith: { first, _ in first })
    if !maps.isEmpty, !columns.contains(where: { $0.name == Self.speakersVariable }) {
      columns.append((Self.speakersVariable, "Text"))
    }
    columns.sort { $0.name < $1.name }
    document.variables = columns.map {
      REFIDocument.Variable(
        guid: ids.variable(name: $0.name).lowercasedString, name: $0.name, type: $0.type)
    }
    for transcript in project.transcripts {
      let attributes = participants?.attributes[transcript.id] ?? [:]
      var values: [REFIDocument.VariableValue] = []
      for column in columns {
        let text: String?
        if column.name == Self.speakersVariable, attributes[column.name] == nil {
          text = maps[transcript.id]
        } else {
          text = attributes[column.name]?.description
        }
        guard let text else { continue }
        values.append(
          REFIDocument.VariableValue(
            variable: ids.variable(name: column.name).lowercasedString,
            type: column.type + "Value", value: text))
      }
      guard !values.isEmpty else { continue }
      document.cases.append(
        REFIDocument.Case(
          guid: ids.participant(id: transcript.id).lowercasedString, name: transcript.id,
          values: values, sources: [ids.transcript(id: transcript.id).lowercasedString]))
    }
  }

  /// The REFI-QDA type of a column: its ``Participants`` type, unless a
  /// value would not be valid as that type in the schema (a date such as
  /// `2026-02-30`), then `Text`.
  static func variableType(
    _ column: (name: String, type: Participants.ColumnType), participants: Participants?
  ) -> String {
    let values = (participants?.attributes.values ?? [:].values).compactMap {
      $0[column.name]?.description
    }
    switch column.type {
    case .integer: return values.allSatisfy(isInteger) ? "Integer" : "Text"
    case .decimal: return values.allSatisfy(isDecimal) ? "Float" : "Text"
    case .date: return values.allSatisfy(isCalendarDate) ? "Date" : "Text"
    case .text: return "Text"
    }
  }

  /// Whether `text` is an `xsd:integer`: an optional minus and digits.
  static func isInteger(_ text: String) -> Bool {
    let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
    return !digits.isEmpty && digits.utf8.allSatisfy { (0x30...0x39).contains($0) }
  }

  /// Whether `text` is an `xsd:decimal`: digits with one optional point.
  static func isDecimal(_ text: String) -> Bool {
    let parts = (text.hasPrefix("-") ? text.dropFirst() : Substring(text))
      .split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    return parts.allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }
  }

  /// Whether `text` is a date `YYYY-MM-DD` that the calendar has.
  static func isCalendarDate(_ text: String) -> Bool {
    guard Participants.isDate(text) else { return false }
    let parts = text.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3 else { return false }
    let (year, month, day) = (parts[0], parts[1], parts[2])
    let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    let lengths = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return day <= lengths[month - 1]
  }

  /// The transcript's speakers and their roles as a speaker map
  /// (`I=interviewer, B=citizen`), in order of first turn; nil without speakers.
  static func speakerMap(of transcript: Transcript) -> String? {
    var seen: Swift.Set<String> = []
    var entries: [String] = []
    for turn in transcript.turns {
      guard let speaker = turn.speaker, seen.insert(speaker).inserted else { continue }
      entries.append(quoted(speaker) + "=" + quoted(turn.role ?? SpeakerMap.defaultRole))
    }
    return entries.isEmpty ? nil : entries.joined(separator: ", ")
  }

  /// A speaker map's label or role, in double quotes when it holds `,`, `;`,
  /// `=` or space at its ends (its own double quotes made single).
  private static func quoted(_ text: String) -> String {
    let plain = text.replacingAll("\"", "'")
    let needsQuotes =
      plain.contains(where: { $0 == "," || $0 == ";" || $0 == "=" })
      || plain.first == " " || plain.last == " "
    return needsQuotes ? "\"\(plain)\"" : plain
  }
}
