import Foundation
import Testing

@testable import qualkit

/// What `survey import` writes is read by `survey describe`, `quantitize`,
/// `joint` and `report` with no spec edited by hand.
@Suite struct SurveyImportWorkflowTests {
  /// Lines of `text`, each with `(R)` marks of reverse-scored items blanked.
  private func lines(_ text: String) -> [String] {
    text.replacingOccurrences(of: " (R)", with: "    ").components(separatedBy: "\n")
  }

  @Test("The SurveyXact sample imports to the same answers as the hand-written spec reads")
  func surveyXactMatchesSample() throws {
    let session = try SnapshotSession()
    let imported = session.run(
      "survey", "import", "Surveys/exports/tki2-surveyxact.csv", "--out", "Surveys/imported/sx")
    #expect(imported.status == .success, "\(imported.error)")
    #expect(
      imported.error
        == "Surveys/exports/tki2-surveyxact.csv: warning: file is not valid UTF-8; it was read as Windows-1252\n"
    )
    let original = session.run("survey", "describe", "Surveys/tki2.csv", "--by", "arm")
    let described = session.run("survey", "describe", "Surveys/imported/sx.csv", "--by", "arm")
    #expect(described.status == .success, "\(described.error)")
    // Every line of the import's description (every item, group and test) is in the
    // sample's; the sample adds only its hand-written constructs and reverse marks.
    let originalLines = Set(lines(original.output))
    let missing = lines(described.output).filter { !originalLines.contains($0) }
    #expect(missing.isEmpty, "\(missing)")
    #expect(described.output.contains("Q12 Samlet tilfredshed"))
    // quantitize: the same rows, less the construct scores the sample's spec adds.
    let sampleTable = session.run("quantitize", "--format", "csv")
    let importTable = session.run(
      "quantitize", "--format", "csv", "--survey", "Surveys/imported/sx.csv", "--spec",
      "Surveys/imported/sx.survey.json")
    #expect(importTable.status == .success, "\(importTable.error)")
    let sampleRows = sampleTable.output.components(separatedBy: "\r\n")
    let importRows = importTable.output.components(separatedBy: "\r\n")
    #expect(sampleRows.count == importRows.count && importRows.count > 5)
    for (sample, imported) in zip(sampleRows, importRows) {
      #expect(sample.hasPrefix(imported), "\(imported)")
    }
    for command in [["joint"], ["report", "--out", "report-import"]] {
      let result = session.run(
        command + [
          "--survey", "Surveys/imported/sx.csv", "--spec", "Surveys/imported/sx.survey.json",
        ])
      #expect(result.status == .success, "\(command): \(result.error)")
    }
  }

  @Test("The Qualtrics sample, its participant column the id: describe, joint and report run")
  func qualtricsSample() throws {
    let session = try SnapshotSession()
    let imported = session.run(
      "survey", "import", "Surveys/exports/tki2-qualtrics.csv", "--id", "participant")
    #expect(imported.status == .success, "\(imported.error)")
    #expect(
      imported.output.hasSuffix(
        "wrote Surveys/tki2-qualtrics.csv (180 respondents, 12 items) and Surveys/tki2-qualtrics.survey.json; check them, then run 'qualkit survey describe Surveys/tki2-qualtrics.csv'\n"
      ))
    let described = session.run("survey", "describe", "Surveys/tki2-qualtrics.csv", "--by", "arm")
    #expect(described.status == .success, "\(described.error)")
    #expect(described.output.contains("180 respondents, by arm"))
    for command in [["joint"], ["quantitize"], ["report", "--out", "report-q"]] {
      let result = session.run(
        command + [
          "--survey", "Surveys/tki2-qualtrics.csv", "--spec", "Surveys/tki2-qualtrics.survey.json",
        ])
      #expect(result.status == .success, "\(command): \(result.error)")
    }
  }

  @Test("survey infer on an export with several header rows points to survey import")
  func inferPointsToImport() throws {
    let session = try SnapshotSession()
    let result = session.run("survey", "infer", "Surveys/exports/tki2-qualtrics.csv")
    #expect(result.status == .success)
    #expect(
      result.error.hasSuffix(
        "note: 'Surveys/exports/tki2-qualtrics.csv' looks like a Qualtrics export (a third header row of {\"ImportId\": …}); 'qualkit survey import Surveys/exports/tki2-qualtrics.csv' reads its header rows and writes a CSV and spec that 'survey describe' reads\n"
      ))
  }

  @Test("--lenient reads a code the label file lacks as missing, and describe then reads it")
  func lenientCodes() throws {
    let folder = try makeTemporaryDirectory()
    let dictionary = """
      "Variable / Field Name","Form Name","Section Header","Field Type","Field Label","Choices, Calculations, OR Slider Labels"
      record_id,survey,,text,"Record ID",
      wb1,survey,,radio,"I feel calm","1, Strongly disagree | 2, Disagree | 3, Agree | 4, Strongly agree"
      wb2,survey,,radio,"I sleep well","1, Strongly disagree | 2, Disagree | 3, Agree | 4, Strongly agree"

      """
    try Data(dictionary.utf8).write(to: folder.appendingPathComponent("dictionary.csv"))
    try Data("record_id,wb1,wb2\n1,2,3\n2,7,4\n3,4,1\n".utf8).write(
      to: folder.appendingPathComponent("data.csv"))
    let result = run(
      ["survey", "import", "data.csv", "--labels", "dictionary.csv", "--lenient", "--out", "s"],
      in: folder)
    #expect(result.status == .success, "\(result.error)")
    #expect(
      result.error
        == "data.csv:3:3: warning: column 'wb1': '7' is not one of the label file's codes for wb1 (1, 2, 3, 4); read as missing\n"
    )
    let described = run(["survey", "describe", "s.csv", "--format", "json"], in: folder)
    #expect(described.status == .success, "\(described.error)")
    #expect(described.output.contains("\"missing\": 1"))
  }

  @Test("An existing output is never replaced")
  func existingOutput() throws {
    let session = try SnapshotSession()
    let before = try Data(contentsOf: session.root.appendingPathComponent("Surveys/tki2.csv"))
    let result = session.run(
      "survey", "import", "Surveys/exports/tki2-surveyxact.csv", "--out", "Surveys/tki2")
    #expect(result.status == .usage)
    #expect(
      result.error.hasPrefix(
        "error: 'Surveys/tki2.csv' exists; remove it or choose another --out\n"))
    #expect(try Data(contentsOf: session.root.appendingPathComponent("Surveys/tki2.csv")) == before)
    #expect(
      !FileManager.default.fileExists(
        atPath: session.root.appendingPathComponent("Surveys/tki2.survey.json.tmp").path))
  }

  @Test("A Danish file saying \"Delvis enig\" is read on da5-agree, as SurveyXact writes it")
  func delvisEnig() throws {
    let folder = try makeTemporaryDirectory()
    try Data("id;Q\nA;Delvis enig\nB;Delvis uenig\nC;Helt enig\n".utf8).write(
      to: folder.appendingPathComponent("s.csv"))
    try Data(#"{"respondentId": "id", "items": [{"column": "Q", "scale": "da5-agree"}]}"#.utf8)
      .write(
        to: folder.appendingPathComponent("s.survey.json"))
    let result = run(["survey", "describe", "s.csv", "--format", "csv"], in: folder)
    #expect(result.status == .success, "\(result.error)")
    #expect(result.error == "")
  }

  @Test(
    "A spec scale of 129 levels is refused at its place, never a crash",
    arguments: [
      (
        (1...129).map { #"{"label": "L\#($0)", "value": \#($0)}"# }.joined(separator: ", "),
        "s.survey.json:1:97: error: scales.big.levels: a scale has at most 128 levels, not 129"
      )
    ])
  func hugeScales(levels: String, message: String) throws {
    let folder = try makeTemporaryDirectory()
    try Data("id,Q\nA,L1\nB,L2\n".utf8).write(to: folder.appendingPathComponent("s.csv"))
    let spec =
      #"{"respondentId": "id", "items": [{"column": "Q", "scale": "big"}], "scales": {"big": {"levels": ["#
      + levels + "]}}}"
    try Data(spec.utf8).write(to: folder.appendingPathComponent("s.survey.json"))
    for command in [
      ["survey", "describe", "s.csv"],
      ["quantitize", "--survey", "s.csv", "--spec", "s.survey.json", "--no-codebook"],
    ] {
      let result = run(command, in: folder)
      #expect(result.status == .dataError || command[0] == "quantitize", "\(result.error)")
      #expect(!result.error.contains("nan") && !result.output.contains("nan"))
      if command[0] == "survey" {
        #expect(result.error.split(separator: "\n").first.map(String.init) == message)
      }
    }
  }
}
