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
  /// Each item's level values by level index, as answered and for construct
  /// scores (reverse-scored items mirrored).
  private let levelValues: [[Double]]
  private let scoreValues: [[Double]]

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
    let scales = spec.items.map { spec.scale(named: $0.scale) }
    levelValues = scales.map { $0?.levels.map(\.value) ?? [] }
    scoreValues = zip(spec.items, scales).map { item, scale in
      guard let scale else { return [] }
      return scale.levels.map { item.reverse ? scale.reversed($0.value) : $0.value }
    }
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

  /// The value respondent `respondent` gave item `item`.
  ///
  /// - Parameters:
  ///   - item: The item's index in the spec.
  ///   - respondent: The respondent's row index.
  ///   - reversed: Whether to mirror a reverse-scored item (for construct scores).
  /// - Returns: The level's value, or `nil` when the answer is missing.
  public func value(item: Int, respondent: Int, reversed: Bool = false) -> Double? {
    let code = answerCodes[item][respondent]
    guard code >= 0 else { return nil }
    return (reversed ? scoreValues : levelValues)[item][Int(code)]
  }

  /// The value of column `column` for each respondent, or `nil` when the survey has no such column.
  public func values(ofColumn column: String) -> [String]? {
    attributes[column]
  }

  /// The score of construct `items` for each respondent: the mean of the
  /// items with reverse-scored ones mirrored, `nil` unless every item was answered.
  public func constructScores(items: [Int]) -> [Double?] {
    constructCases(items: items).map { values in
      values.map { $0.reduce(0, +) / Double(items.count) }
    }
  }

  /// Each respondent's values of `items` (reverse-scored ones mirrored), or
  /// `nil` unless every item was answered: the complete cases of a construct.
  public func constructCases(items: [Int]) -> [[Double]?] {
    guard !items.isEmpty else { return respondents.map { _ in nil } }
    var cases = [[Double]?](repeating: nil, count: respondents.count)
    let codes = items.map { answerCodes[$0] }
    let values = items.map { scoreValues[$0] }
    for respondent in respondents.indices {
      var row: [Double] = []
      row.reserveCapacity(items.count)
      for position in items.indices {
        let code = codes[position][respondent]
        guard code >= 0 else { break }
        row.append(values[position][Int(code)])
      }
      if row.count == items.count { cases[respondent] = row }
    }
    return cases
  }
}
