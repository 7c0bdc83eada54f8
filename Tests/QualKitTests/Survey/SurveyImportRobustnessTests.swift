import Foundation
import QualKit
import Testing

/// Every export and label file of the fixtures, mutated at random with a
/// fixed seed: the import must return a result or throw its error, never trap.
@Suite struct SurveyImportRobustnessTests {
  static let exports = [
    "qualtrics/course-labels.csv", "qualtrics/course-values-2016.csv",
    "qualtrics/qualtRics-sample_legacy.csv", "surveymonkey/workshop.csv",
    "limesurvey/results-survey-codes.csv", "limesurvey/survey_417263_R_data_file.csv",
    "redcap/wellbeing-raw.csv", "googleforms/kurs-bewertung.csv",
    "surveyxact/tki2-opfoelgning.csv",
  ]
  static let labelFiles = [
    "qualtrics/course.qsf", "limesurvey/survey_582913_R_syntax_file.R",
    "limesurvey/survey_417263_R_syntax_file.R", "redcap/wellbeing-dictionary.csv",
  ]

  /// `bytes` with a few bytes changed, removed, inserted or cut off.
  static func mutated(_ bytes: [UInt8], random: inout SplitMix64) -> [UInt8] {
    var bytes = bytes
    for _ in 0..<Int.random(in: 1...6, using: &random) {
      guard !bytes.isEmpty else { break }
      let position = Int.random(in: 0..<bytes.count, using: &random)
      switch Int.random(in: 0..<5, using: &random) {
      case 0: bytes[position] = UInt8.random(in: 0...255, using: &random)
      case 1: bytes.remove(at: position)
      case 2:
        bytes.insert(
          [0x0A, 0x2C, 0x3B, 0x22, 0x5B, 0x7B, 0x2D, 0xC3][Int.random(in: 0..<8, using: &random)],
          at: position)
      case 3: bytes = Array(bytes[..<position])
      default: bytes.insert(contentsOf: "-1e400,nan,".utf8, at: position)
      }
    }
    return bytes
  }

  @Test("Mutated exports and label files never trap the import", arguments: 0..<3)
  func mutations(seed: UInt64) throws {
    var random = SplitMix64(seed: seed)
    let exports = try Self.exports.map { try fixture("SurveyImport/\($0)") }
    let labels = try Self.labelFiles.map { try fixture("SurveyImport/\($0)") }
    var imported = 0
    for round in 0..<60 {
      let export = Self.mutated(exports[round % exports.count], random: &random)
      let labelBytes = Self.mutated(labels[round % labels.count], random: &random)
      let labelFile = try? SurveyLabels(parsing: labelBytes, name: "labels")
      for file in [nil, labelFile] {
        for layout in [nil] + SurveyExportLayout.allCases.map(Optional.some) {
          if let result = try? SurveyImport(
            export: export, name: "export", labels: file, options: .init(layout: layout))
          {
            imported += 1
            // What an import writes always reads back with its spec.
            var diagnostics: [Diagnostic] = []
            #expect(throws: Never.self) {
              _ = try Survey(csv: result.csv, spec: result.spec, diagnostics: &diagnostics)
            }
          }
        }
      }
    }
    #expect(imported > 0)
  }
}
