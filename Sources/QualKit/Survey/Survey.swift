/// A survey's answers, one respondent per row, read with a ``SurveySpec``.
///
/// Answers are stored compactly (one byte per respondent and item); the
/// other columns (respondent id, groups, anything else) are kept as text.
public struct Survey: Hashable, Sendable {
  /// The spec the survey was read with.
  public var spec: SurveySpec
  /// The CSV's header, as read.
  public var columns: [String]
  /// The respondent ids, in file order.
  public var respondents: [String]
  /// Each respondent's line in the CSV.
  public var lines: [Int]
  /// The text of every column that is not an item, by column, one value per respondent.
  public var attributes: [String: [String]]
  /// The answer codes of each item (spec order), one per respondent (see ``answer(item:respondent:)``).
  var answerCodes: [[Int8]]

  /// Creates a survey from its parts (the reader's result).
  init(
    spec: SurveySpec, columns: [String], respondents: [String], lines: [Int],
    attributes: [String: [String]], answerCodes: [[Int8]]
  ) {
    self.spec = spec
    self.columns = columns
    self.respondents = respondents
    self.lines = lines
    self.attributes = attributes
    self.answerCodes = answerCodes
  }

  /// The answer of respondent `respondent` (a row index) to item `item` (a spec index).
  public func answer(item: Int, respondent: Int) -> SurveyAnswer {
    SurveyAnswer(code: answerCodes[item][respondent])
  }

  /// The scale of item `item`.
  public func scale(ofItem item: Int) -> LikertScale {
    // The reader checked that every item's scale exists.
    spec.scale(named: spec.items[item].scale)
      ?? LikertScale(id: spec.items[item].scale, label: "", levels: [])
  }

  /// The value respondent `respondent` gave item `item`, or `nil` when the answer is missing.
  ///
  /// - Parameter reversed: Whether to mirror a reverse-scored item (for construct scores).
  public func value(item: Int, respondent: Int, reversed: Bool = false) -> Double? {
    let code = answerCodes[item][respondent]
    guard code >= 0 else { return nil }
    let scale = scale(ofItem: item)
    let value = scale.levels[Int(code)].value
    return reversed && spec.items[item].reverse ? scale.reversed(value) : value
  }

  /// The value of column `column` for each respondent, or `nil` when the survey has no such column.
  public func values(ofColumn column: String) -> [String]? {
    attributes[column]
  }

  /// The score of construct `items` for each respondent: the mean of the
  /// items with reverse-scored ones mirrored, `nil` unless every item was answered.
  public func constructScores(items: [Int]) -> [Double?] {
    respondents.indices.map { respondent in
      var sum = 0.0
      for item in items {
        guard let value = value(item: item, respondent: respondent, reversed: true) else {
          return nil
        }
        sum += value
      }
      return items.isEmpty ? nil : sum / Double(items.count)
    }
  }
}
