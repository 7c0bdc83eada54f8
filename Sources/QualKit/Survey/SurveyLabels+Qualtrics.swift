extension SurveyLabels {
  /// Reads a Qualtrics survey definition (`.qsf`): the questions of its
  /// `SurveyElements` (`"Element": "SQ"`).
  ///
  /// A multiple-choice question with one answer is one column named by its
  /// `DataExportTag`; a matrix question is a column per statement
  /// (`ChoiceDataExportTags`, else `Tag_ChoiceId`) whose options are its
  /// `Answers`. A choice's code is its recode value (`RecodeValues`), else
  /// its id; a negative recode value, or an option marked "exclude from
  /// analysis" (`AnalyzeChoices` "No"), is a don't-know answer.
  static func qualtrics(_ bytes: [UInt8], name: String) throws(SurveyError) -> SurveyLabels {
    let root: JSONNode
    do {
      root = try JSONParser.parse(bytes)
    } catch {
      throw failure([("invalid JSON: \(error.message)", error.position)], name: name)
    }
    guard let elements = root["SurveyElements"]?.elements else {
      throw failure(
        [
          (
            "not a Qualtrics survey definition: no \"SurveyElements\" list (export the .qsf from Tools › Import/Export › Export survey)",
            root.position
          )
        ], name: name)
    }
    var columns: [Column] = []
    for element in elements where element["Element"]?.stringValue == "SQ" {
      guard let payload = element["Payload"], payload.members != nil,
        let tag = payload["DataExportTag"]?.stringValue
      else { continue }
      let text = plainText(payload["QuestionText"]?.stringValue ?? "")
      let type = payload["QuestionType"]?.stringValue ?? ""
      let selector = payload["Selector"]?.stringValue ?? ""
      let subSelector = payload["SubSelector"]?.stringValue ?? ""
      let position = payload.position
      switch type {
      case "MC":
        let multiple = selector.hasPrefix("MA") || selector == "MSB"
        let options = choices(payload, list: "Choices", order: "ChoiceOrder")
        if multiple {
          columns.append(
            Column(
              name: tag, text: text, kind: .multipleChoice, choices: options, position: position))
        } else {
          columns.append(
            Column(name: tag, text: text, kind: .singleChoice, choices: options, position: position)
          )
        }
      case "Matrix"
      where selector == "Likert" && subSelector != "MultipleAnswer"
        || selector == "Bipolar":
        let options = choices(payload, list: "Answers", order: "AnswerOrder")
        let exportTags = payload["ChoiceDataExportTags"]
        for (id, statement) in orderedEntries(payload, list: "Choices", order: "ChoiceOrder") {
          let column = exportTags?[id]?.stringValue ?? "\(tag)_\(id)"
          columns.append(
            Column(
              name: column, text: statement.isEmpty ? text : "\(text) - \(statement)",
              kind: .singleChoice, choices: options, position: position))
        }
      case "Slider":
        columns.append(Column(name: tag, text: text, kind: .numeric, position: position))
      case "TE":
        columns.append(Column(name: tag, text: text, kind: .text, position: position))
      default:
        columns.append(Column(name: tag, text: text, kind: .other, position: position))
      }
    }
    guard !columns.isEmpty else {
      throw failure(
        [("the survey definition has no questions (no \"SQ\" elements)", root.position)],
        name: name)
    }
    return SurveyLabels(format: .qualtricsQSF, columns: columns, name: name)
  }

  /// The options of `list` (`Choices` or `Answers`) in `order`, with recode values.
  private static func choices(_ payload: JSONNode, list: String, order: String) -> [Choice] {
    let recodes = payload["RecodeValues"]
    let analyze = payload["AnalyzeChoices"]
    return orderedEntries(payload, list: list, order: order).map { id, label in
      let recode = recodes?[id].flatMap { $0.stringValue ?? $0.numberValue.map(format) }
      let code = recode ?? id
      let value = Double(code)
      let excluded = analyze?[id]?.stringValue?.lowercased() == "no"
      return Choice(
        code: code, label: label, value: value, isDontKnow: excluded || (value ?? 0) < 0)
    }
  }

  /// The (id, display text) pairs of `list` in the order `order` gives,
  /// else in the order of the ids as numbers.
  private static func orderedEntries(_ payload: JSONNode, list: String, order: String)
    -> [(String, String)]
  {
    guard let members = payload[list]?.members else { return [] }
    var display: [String: String] = [:]
    for member in members {
      display[member.key] = plainText(member.value["Display"]?.stringValue ?? "")
    }
    // A plain loop: a `??` inside this closure made the 6.3 optimizer crash
    // (an ownership error in CopyPropagation) in release builds.
    var ids: [String] = []
    for element in payload[order]?.elements ?? [] {
      if let text = element.stringValue {
        ids.append(text)
      } else if let number = element.numberValue {
        ids.append(format(number))
      }
    }
    ids = ids.filter { display[$0] != nil }
    if ids.isEmpty {
      ids = members.map(\.key).sorted {
        (Int($0) ?? Int.max, $0) < (Int($1) ?? Int.max, $1)
      }
    }
    return ids.map { ($0, display[$0] ?? "") }
  }

  /// A JSON number as Qualtrics writes ids and codes: whole numbers without `.0`.
  private static func format(_ number: Double) -> String {
    number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
  }
}
