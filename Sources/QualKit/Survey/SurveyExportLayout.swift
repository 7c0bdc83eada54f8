/// The tool whose CSV export a survey file is, which decides how its
/// header rows, metadata columns and unfinished responses are read.
public enum SurveyExportLayout: String, CaseIterable, Hashable, Sendable {
  /// Qualtrics: 3 header rows (export tags, question texts, `{"ImportId": …}`),
  /// or the legacy 2 rows (`V1`, `V2`, … then texts).
  case qualtrics
  /// SurveyMonkey: 2 header rows (questions, then options or "Response").
  case surveyMonkey = "surveymonkey"
  /// LimeSurvey: one header row of codes, `code. text` or texts.
  case limeSurvey = "limesurvey"
  /// REDCap: one header row of field names (raw) or labels.
  case redcap
  /// Google Forms: one header row of question texts, a timestamp first.
  case googleForms = "googleforms"
  /// SurveyXact or Danish Excel: one header row, `;`, answers as labels.
  case surveyXact = "surveyxact"
  /// Any other CSV with one header row.
  case plain

  /// The tool's name as people write it.
  public var toolName: String {
    switch self {
    case .qualtrics: "Qualtrics"
    case .surveyMonkey: "SurveyMonkey"
    case .limeSurvey: "LimeSurvey"
    case .redcap: "REDCap"
    case .googleForms: "Google Forms"
    case .surveyXact: "SurveyXact"
    case .plain: "a plain CSV"
    }
  }

  /// What detection found: the layout, whether the evidence is conclusive,
  /// and the evidence in words.
  public struct Detection: Hashable, Sendable {
    /// The layout.
    public var layout: SurveyExportLayout
    /// Whether a fingerprint only this tool writes was found (else a guess).
    public var isCertain: Bool
    /// What was found, such as "a third header row of {"ImportId": …}".
    public var evidence: String
  }

  /// What detection looks for, for the message when nothing fits.
  static let fingerprints =
    "Qualtrics' {\"ImportId\": …} header row or V1, V2, … header, SurveyMonkey's Respondent ID and Collector ID, LimeSurvey's submitdate and lastpage, REDCap's record_id and *_complete, Google Forms' Timestamp column, or one header row of column names"

  /// Timestamp column names Google Forms writes, by language.
  static let formsTimestamps: Set<String> = [
    "timestamp", "tidsstempel", "zeitstempel", "horodateur", "tidsmerke", "tidstämpel",
    "marca temporal", "tijdstempel", "carimbo de data/hora", "informazioni cronologiche",
  ]

  /// Tells the layout of an export from its first rows and the label file.
  ///
  /// - Parameters:
  ///   - table: The export.
  ///   - labels: The label file given with it, if any.
  /// - Returns: The layout, or `nil` when the first row is no header (it
  ///   holds only numbers) or the file has no rows.
  static func detect(_ table: CSVTable, labels: SurveyLabels?) -> Detection? {
    guard table.rowCount > 0 else { return nil }
    let rows = (0..<min(3, table.rowCount)).map { row in
      table.row(row).map { $0.trimmingCharacters(in: " \t") }
    }
    let first = rows[0]
    let lowered = Set(first.map { $0.lowercased() })
    if rows.count > 2, rows[2].contains(where: isImportID) {
      return Detection(
        layout: .qualtrics, isCertain: true, evidence: "a third header row of {\"ImportId\": …}")
    }
    if first.count > 1, first[0] == "V1", first[1] == "V2", rows.count > 1,
      rows[1].contains(where: { $0 == "ResponseID" })
    {
      return Detection(
        layout: .qualtrics, isCertain: true, evidence: "the legacy header V1, V2, … over ResponseID"
      )
    }
    if lowered.contains("responseid") && lowered.contains("startdate") {
      return Detection(
        layout: .qualtrics, isCertain: true, evidence: "the columns StartDate and ResponseId")
    }
    if labels?.format == .qualtricsQSF {
      return Detection(layout: .qualtrics, isCertain: true, evidence: "the .qsf label file")
    }
    if lowered.contains("respondent id") && lowered.contains("collector id") {
      return Detection(
        layout: .surveyMonkey, isCertain: true,
        evidence: "the columns Respondent ID and Collector ID")
    }
    let codes = Set(first.map { SurveyExportLayout.code(ofHeader: $0).lowercased() })
    if codes.contains("submitdate")
      && (codes.contains("lastpage") || codes.contains("startlanguage"))
      || lowered.contains("date submitted") && lowered.contains("last page")
    {
      return Detection(
        layout: .limeSurvey, isCertain: true, evidence: "the columns submitdate and lastpage")
    }
    if labels?.format == .limeSurveyR {
      return Detection(layout: .limeSurvey, isCertain: true, evidence: "the R syntax label file")
    }
    if labels?.format == .redcapDictionary {
      return Detection(layout: .redcap, isCertain: true, evidence: "the REDCap data dictionary")
    }
    if first.first == "record_id" || lowered.contains("redcap_event_name")
      || lowered.contains("redcap_survey_identifier")
      || (first.contains { $0.hasSuffix("_complete") } && first.contains { $0.contains("___") })
    {
      return Detection(
        layout: .redcap, isCertain: true, evidence: "REDCap's record_id or redcap_ columns")
    }
    if first.first == "Record ID", first.contains(where: { $0 == "Complete?" }) {
      return Detection(
        layout: .redcap, isCertain: true, evidence: "the columns Record ID and Complete?")
    }
    if let name = first.first, formsTimestamps.contains(name.lowercased()) {
      return Detection(
        layout: .googleForms, isCertain: true, evidence: "a first column named '\(name)'")
    }
    if first.contains(where: isSubquestionCode) {
      return Detection(
        layout: .limeSurvey, isCertain: false, evidence: "column codes such as Q1[SQ001]")
    }
    let nonEmpty = first.filter { !$0.isEmpty }
    guard !nonEmpty.isEmpty, !nonEmpty.allSatisfy({ Double($0.replacingAll(",", ".")) != nil })
    else { return nil }
    if table.delimiter == .semicolon {
      return Detection(
        layout: .surveyXact, isCertain: false,
        evidence: "one header row and semicolons, as SurveyXact and Danish Excel write")
    }
    return Detection(layout: .plain, isCertain: false, evidence: "one header row of column names")
  }

  /// Tells the layout of the export `bytes`, as ``SurveyImport`` does.
  ///
  /// - Parameter bytes: The export's contents.
  /// - Returns: The layout and the evidence, or `nil` when the file is not
  ///   CSV or its first row is no header.
  public static func detect(csv bytes: [UInt8]) -> Detection? {
    guard let table = try? CSVReader().read(bytes) else { return nil }
    return detect(table, labels: nil)
  }

  /// Whether the layout has more than one header row, so that only `survey
  /// import` reads it (`survey describe` needs one header row).
  public var hasSeveralHeaderRows: Bool { self == .qualtrics || self == .surveyMonkey }

  /// Whether `cell` is a Qualtrics import-id cell: `{"ImportId":"QID1"}`
  /// (or the 2016 variant with single quotes).
  static func isImportID(_ cell: String) -> Bool {
    cell.hasPrefix("{\"ImportId\"") || cell.hasPrefix("{'ImportId'")
  }

  /// Whether `header` is a LimeSurvey sub-question code such as `G1Q00001[SQ014]`.
  static func isSubquestionCode(_ header: String) -> Bool {
    guard header.hasSuffix("]"), let open = header.firstIndex(of: "["),
      let firstCharacter = header.first, firstCharacter.isASCII, firstCharacter.isLetter
    else { return false }
    let isCodeCharacter: (Character) -> Bool = {
      $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_")
    }
    let inner = header[header.index(after: open)..<header.index(before: header.endIndex)]
    return header[..<open].allSatisfy(isCodeCharacter) && !inner.isEmpty
      && inner.allSatisfy(isCodeCharacter)
  }

  /// The code of a LimeSurvey header `code. question text` (the whole header otherwise).
  static func code(ofHeader header: String) -> String {
    guard let range = header.firstRange(of: ". ") else { return header }
    let code = header[..<range.lowerBound]
    let isCode =
      !code.isEmpty
      && code.allSatisfy {
        $0.isASCII && ($0.isLetter || $0.isNumber || "_[]#".contains($0))
      }
    return isCode ? String(code) : header
  }
}
