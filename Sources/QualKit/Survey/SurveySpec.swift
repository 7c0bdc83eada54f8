/// What a survey's CSV holds: which column identifies respondents, which
/// columns group them, and which columns are items on which scales.
///
/// Kept as JSON beside the CSV (`Surveys/tki2.survey.json`):
///
/// ```json
/// {"format": "qualkit-survey", "version": 1,
///  "respondentId": "Respondent", "groups": ["Arm", "Rolle"],
///  "scales": {"agree3": {"label": "…", "levels": [{"label": "Enig", "value": 3}, …],
///             "missing": ["Ved ikke", ""], "dontKnow": ["Ved ikke"]}},
///  "items": [{"column": "Q4", "text": "…", "scale": "da4", "reverse": true,
///             "construct": "coherence"}],
///  "ignoredColumns": ["Alder", "Kommentar"]}
/// ```
///
/// Built-in scales (``LikertScale/builtIn``) can be named without being defined.
public struct SurveySpec: Hashable, Sendable {
  /// The value of the `format` member.
  public static let formatName = "qualkit-survey"
  /// The version this QualKit writes and reads.
  public static let currentVersion = 1

  /// The file's format version.
  public var version: Int
  /// The column that identifies respondents (a participant id for linking).
  public var respondentID: String
  /// The columns that group respondents, such as arm and role.
  public var groups: [String]
  /// The scales the spec defines, by name (built-in ones need not be listed).
  public var scales: [String: LikertScale]
  /// The items, in spec order.
  public var items: [SurveyItem]
  /// Columns that are neither items nor groups, listed so they are not reported as unknown.
  public var ignoredColumns: [String]

  /// Creates a spec.
  public init(
    version: Int = SurveySpec.currentVersion, respondentID: String, groups: [String] = [],
    scales: [String: LikertScale] = [:], items: [SurveyItem], ignoredColumns: [String] = []
  ) {
    self.version = version
    self.respondentID = respondentID
    self.groups = groups
    self.scales = scales
    self.items = items
    self.ignoredColumns = ignoredColumns
  }

  /// The scale named `name`: the spec's own, else a built-in one.
  public func scale(named name: String) -> LikertScale? {
    scales[name] ?? LikertScale.builtIn[name]
  }

  /// The constructs in the order their first item appears, each with its items' indices.
  public var constructs: [(id: String, items: [Int])] {
    var order: [String] = []
    var members: [String: [Int]] = [:]
    for (index, item) in items.enumerated() {
      guard let construct = item.construct else { continue }
      if members[construct] == nil { order.append(construct) }
      members[construct, default: []].append(index)
    }
    return order.map { ($0, members[$0] ?? []) }
  }
}
