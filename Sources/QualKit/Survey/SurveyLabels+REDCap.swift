extension SurveyLabels {
  /// Reads a REDCap data dictionary: one row per field, with its type,
  /// label and choices (`"1, Strongly disagree | 2, Disagree | …"`).
  ///
  /// Both the dictionary downloaded from the project's Data Dictionary page
  /// (`Variable / Field Name`, `Field Type`, `Field Label`, `Choices,
  /// Calculations, OR Slider Labels`) and the API's metadata export
  /// (`field_name`, `field_type`, `field_label`,
  /// `select_choices_or_calculations`) are read. `yesno` fields are
  /// 1 Yes / 0 No, `truefalse` 1 True / 0 False; a checkbox field's options
  /// become the columns `field___code`; a slider is a number 0–100 whose
  /// ends are its first and last label.
  static func redcap(_ bytes: [UInt8], name: String) throws(SurveyError) -> SurveyLabels {
    let table: CSVTable
    do {
      table = try CSVReader(delimiter: nil).read(bytes)
    } catch {
      throw failure([(error.message, error.position)], name: name)
    }
    guard table.rowCount > 0 else {
      throw failure([("the data dictionary is empty", SourcePosition(line: 1))], name: name)
    }
    let header = table.row(0).map { $0.trimmingCharacters(in: " \t").lowercased() }
    func find(_ names: [String]) -> Int? { header.firstIndex { names.contains($0) } }
    guard let nameColumn = find(["variable / field name", "field_name"]),
      let typeColumn = find(["field type", "field_type"]),
      let labelColumn = find(["field label", "field_label"])
    else {
      throw failure(
        [
          (
            "not a REDCap data dictionary: the first row needs the columns 'Variable / Field Name', 'Field Type' and 'Field Label'",
            SourcePosition(line: 1)
          )
        ], name: name)
    }
    let choicesColumn = find([
      "choices, calculations, or slider labels", "select_choices_or_calculations",
    ])
    var columns: [Column] = []
    var problems: [(String, SourcePosition?)] = []
    for row in 1..<table.rowCount {
      func cell(_ column: Int?) -> String {
        guard let column, column < table.fieldCount(inRow: row) else { return "" }
        return table.field(column, inRow: row).trimmingCharacters(in: " \t")
      }
      let field = cell(nameColumn)
      guard !field.isEmpty else { continue }
      let position = table.position(ofField: nameColumn, inRow: row)
      let type = cell(typeColumn).lowercased()
      let text = plainText(cell(labelColumn))
      let choicesText = cell(choicesColumn)
      let choicesPosition = table.position(ofField: choicesColumn ?? nameColumn, inRow: row)
      switch type {
      case "radio", "dropdown":
        let parsed = choices(choicesText)
        for problem in parsed.problems {
          problems.append(("field '\(field)': \(problem)", choicesPosition))
        }
        columns.append(
          Column(
            name: field, text: text, kind: .singleChoice, choices: parsed.choices,
            position: position))
      case "yesno", "truefalse":
        let (yes, no) = type == "yesno" ? ("Yes", "No") : ("True", "False")
        columns.append(
          Column(
            name: field, text: text, kind: .singleChoice,
            choices: [
              Choice(code: "1", label: yes, value: 1), Choice(code: "0", label: no, value: 0),
            ], position: position))
      case "checkbox":
        let parsed = choices(choicesText)
        for problem in parsed.problems {
          problems.append(("field '\(field)': \(problem)", choicesPosition))
        }
        for choice in parsed.choices {
          columns.append(
            Column(
              name: "\(field)___\(checkboxSuffix(choice.code))", text: "\(text) – \(choice.label)",
              kind: .multipleChoice,
              choices: [
                Choice(code: "1", label: "Checked", value: 1),
                Choice(code: "0", label: "Unchecked", value: 0),
              ], position: position))
        }
      case "slider":
        let labels = choicesText.split(separator: "|").map {
          $0.trimmingCharacters(in: " \t")
        }
        let ends = labels.count >= 2 ? (labels[0], labels[labels.count - 1]) : nil
        columns.append(
          Column(name: field, text: text, kind: .numeric, ends: ends, position: position))
      case "text", "notes":
        columns.append(Column(name: field, text: text, kind: .text, position: position))
      default:
        columns.append(Column(name: field, text: text, kind: .other, position: position))
      }
    }
    guard problems.isEmpty else { throw failure(problems, name: name) }
    return SurveyLabels(format: .redcapDictionary, columns: columns, name: name)
  }

  /// The choices of `"1, Strongly disagree | 2, Disagree"`, and what is wrong with any.
  static func choices(_ text: String) -> (choices: [Choice], problems: [String]) {
    var result: [Choice] = []
    var problems: [String] = []
    var seen: Set<String> = []
    for part in text.split(separator: "|") {
      let piece = part.trimmingCharacters(in: " \t\r\n")
      guard !piece.isEmpty else { continue }
      guard let comma = piece.firstIndex(of: ",") else {
        problems.append("choice '\(piece)' has no comma between its code and its label")
        continue
      }
      let code = piece[..<comma].trimmingCharacters(in: " \t")
      let label = plainText(String(piece[piece.index(after: comma)...]))
      guard !code.isEmpty else {
        problems.append("choice '\(piece)' has no code before its comma")
        continue
      }
      guard seen.insert(code).inserted else {
        problems.append("code '\(code)' is listed twice")
        continue
      }
      result.append(Choice(code: code, label: label, value: Double(code)))
    }
    if result.isEmpty && problems.isEmpty { problems.append("no choices are listed") }
    return (result, problems)
  }

  /// The suffix REDCap gives a checkbox option's column: the code in lower
  /// case with `-` and `.` written `_`.
  private static func checkboxSuffix(_ code: String) -> String {
    String(code.lowercased().map { $0 == "-" || $0 == "." ? "_" : $0 })
  }
}
