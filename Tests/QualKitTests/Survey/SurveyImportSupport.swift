import Foundation
import QualKit
import Testing

/// One item's answers after an import: counts per level (lowest value
/// first), don't-know answers and blanks.
struct ItemTally: Equatable, CustomStringConvertible {
  var counts: [Int]
  var dontKnow: Int = 0
  var blank: Int = 0

  var description: String { "\(counts) dk \(dontKnow) blank \(blank)" }
}

/// Imports the fixture `path` (under `Fixtures/SurveyImport/`) with the label file `labels`.
func importFixture(
  _ path: String, labels: String? = nil, options: SurveyImport.Options = .init()
) throws -> SurveyImport {
  let labelFile = try labels.map { name in
    try SurveyLabels(parsing: fixture("SurveyImport/\(name)"), name: name)
  }
  return try SurveyImport(
    export: fixture("SurveyImport/\(path)"), name: path, labels: labelFile, options: options)
}

extension SurveyImport {
  /// The imported CSV read back with the imported spec, as `survey describe` reads it.
  func survey() throws -> Survey {
    var diagnostics: [Diagnostic] = []
    return try Survey(csv: csv, spec: spec, diagnostics: &diagnostics)
  }

  /// The tally of item `column`, read back from the imported CSV.
  func tally(_ column: String) throws -> ItemTally {
    let survey = try survey()
    let item = try #require(spec.items.firstIndex { $0.column == column })
    let scale = survey.scale(ofItem: item)
    let order = scale.ascendingLevels
    var tally = ItemTally(counts: Array(repeating: 0, count: order.count))
    for respondent in survey.respondents.indices {
      switch survey.answer(item: item, respondent: respondent) {
      case .level(let index): tally.counts[order.firstIndex(of: index) ?? 0] += 1
      case .dontKnow: tally.dontKnow += 1
      case .blank: tally.blank += 1
      case .missing: break
      }
    }
    return tally
  }

  /// The scale name of each item, by column.
  var scaleOfItem: [String: String] {
    Dictionary(uniqueKeysWithValues: spec.items.map { ($0.column, $0.scale) })
  }

  /// The level labels of scale `name`, lowest value first.
  func levels(of name: String) -> [String] {
    guard let scale = spec.scale(named: name) else { return [] }
    return scale.ascendingLevels.map { scale.levels[$0].label }
  }

  /// The ignored columns with their reasons.
  var ignoredReasons: [String: String] {
    Dictionary(uniqueKeysWithValues: report.ignored.map { ($0.column, $0.reason) })
  }

  /// The CSV's text.
  var csvText: String { String(decoding: csv, as: UTF8.self) }
}
