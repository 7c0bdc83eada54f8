import Foundation
import Testing

@testable import qualkit

/// One malformed input for `qualkit survey import`.
struct BadImport: CustomTestStringConvertible, Sendable {
  var name: String
  var files: [String: [UInt8]]
  var arguments: [String]
  var status: ExitCode
  var firstLine: String

  var testDescription: String { name }

  init(
    _ name: String, _ files: [String: String], _ arguments: [String], _ status: ExitCode,
    _ firstLine: String
  ) {
    self.name = name
    self.files = files.mapValues { Array($0.utf8) }
    self.arguments = arguments
    self.status = status
    self.firstLine = firstLine
  }

  init(
    _ name: String, bytes: [String: [UInt8]], _ arguments: [String], _ status: ExitCode,
    _ firstLine: String
  ) {
    self.name = name
    files = bytes
    self.arguments = arguments
    self.status = status
    self.firstLine = firstLine
  }
}

/// Qualtrics' three header rows around `rows`.
private let qualtricsHeader = """
  StartDate,Status,Finished,ResponseId,Q1,Q2
  Start Date,Response Type,Finished,Response ID,How calm are you?,How rested are you?
  {"ImportId":"startDate"},{"ImportId":"status"},{"ImportId":"finished"},{"ImportId":"_recordId"},{"ImportId":"QID1"},{"ImportId":"QID2"}

  """

private let redcapDictionary = """
  "Variable / Field Name","Form Name","Section Header","Field Type","Field Label","Choices, Calculations, OR Slider Labels"
  record_id,survey,,text,"Record ID",
  wb1,survey,,radio,"I feel calm","1, Strongly disagree | 2, Disagree | 3, Agree | 4, Strongly agree"

  """

private let limeSurveySyntax = """
  data <- read.csv("survey_1_R_data_file.csv", quote = "'\\"", na.strings=c("", "\\"\\""), stringsAsFactors=FALSE)
  # LimeSurvey Field type: F
  data[, 1] <- as.numeric(data[, 1])
  attributes(data)$variable.labels[1] <- "id"
  names(data)[1] <- "id"
  # LimeSurvey Field type: A
  data[, 2] <- as.character(data[, 2])
  attributes(data)$variable.labels[2] <- "submitdate"
  names(data)[2] <- "submitdate"
  # LimeSurvey Field type: A
  data[, 3] <- as.character(data[, 3])
  attributes(data)$variable.labels[3] <- "How calm are you?"
  data[, 3] <- factor(data[, 3], levels=c("AO01","AO02","AO03"),labels=c("Not calm", "Somewhat calm", "Very calm"))
  names(data)[3] <- "G1Q1"

  """

@Suite struct SurveyImportCommandTests {
  static let badInputs: [BadImport] = [
    BadImport(
      "Qualtrics: a third header row with a cell that is no import id",
      [
        "export.csv": qualtricsHeader.replacingOccurrences(
          of: "{\"ImportId\":\"QID2\"}", with: "QID2")
          + "2024-01-01,0,1,R_1,4,5\n"
      ],
      ["survey", "import", "export.csv"], .dataError,
      "export.csv:3:117: error: header row 3 should hold {\"ImportId\": …} in every column (Qualtrics' third header row), found 'QID2' under 'Q2'"
    ),
    BadImport(
      "Qualtrics: header rows that disagree",
      [
        "export.csv":
          "StartDate,Status,ResponseId,Q1\nStart Date,Response Type,Response ID\n{\"ImportId\":\"startDate\"},{\"ImportId\":\"status\"},{\"ImportId\":\"_recordId\"},{\"ImportId\":\"QID1\"}\n"
      ],
      ["survey", "import", "export.csv"], .dataError,
      "export.csv:2:1: error: header rows 1 and 2 disagree: 4 and 3 fields"),
    BadImport(
      "Qualtrics: a ResponseId twice",
      ["export.csv": qualtricsHeader + "2024-01-01,0,1,R_1,4,5\n2024-01-02,0,1,R_1,3,3\n"],
      ["survey", "import", "export.csv"], .dataError,
      "export.csv:5:16: error: duplicate respondent id 'R_1' in column 'ResponseId' (first on line 4)"
    ),
    BadImport(
      "Qualtrics: --from qualtrics on a file without its header rows",
      ["export.csv": "id,Q1\nA,1\n"], ["survey", "import", "export.csv", "--from", "qualtrics"],
      .dataError,
      "export.csv:1:1: error: not a Qualtrics export: no {\"ImportId\": …} header row, no V1, V2, … header and no ResponseId column"
    ),
    BadImport(
      "Qualtrics: a .qsf that is not JSON",
      [
        "export.csv": qualtricsHeader + "2024-01-01,0,1,R_1,4,5\n",
        "survey.qsf": "{\"SurveyElements\": [\n",
      ],
      ["survey", "import", "export.csv", "--labels", "survey.qsf"], .dataError,
      "survey.qsf:2:1: error: invalid JSON: unexpected end of file, expected a value"),
    BadImport(
      "Qualtrics: a .qsf of another survey",
      [
        "export.csv": qualtricsHeader + "2024-01-01,0,1,R_1,4,5\n",
        "survey.qsf":
          #"{"SurveyElements": [{"Element": "SQ", "Payload": {"DataExportTag": "Q9", "QuestionType": "MC", "Selector": "SAVR", "Choices": {"1": {"Display": "Yes"}}}}]}"#,
      ],
      ["survey", "import", "export.csv", "--labels", "survey.qsf"], .dataError,
      "survey.qsf:1:50: error: the label file describes other columns: none of its columns (Q9) is in the export's header"
    ),
    BadImport(
      "SurveyMonkey: --from surveymonkey without the second header row",
      ["export.csv": "Respondent ID,Q\n1,Yes\n"],
      ["survey", "import", "export.csv", "--from", "surveymonkey"],
      .dataError,
      "export.csv:2:1: error: not a SurveyMonkey export: its second header row (\"Response\", \"Open-Ended Response\" or the options) is missing"
    ),
    BadImport(
      "SurveyMonkey: an option with no question above or to its left",
      [
        "export.csv":
          ",Respondent ID,Collector ID,How calm are you?\nOption,,,Response\nx,1,9,Calm\n"
      ],
      ["survey", "import", "export.csv"], .dataError,
      "export.csv:2:1: error: header row 2 names 'Option' in column 1, but no question stands above it or to its left"
    ),
    BadImport(
      "SurveyMonkey: a Respondent ID twice",
      [
        "export.csv":
          "Respondent ID,Collector ID,How calm are you?\n,,Response\n11,9,Agree\n11,9,Disagree\n"
      ],
      ["survey", "import", "export.csv"], .dataError,
      "export.csv:4:1: error: duplicate respondent id '11' in column 'Respondent ID' (first on line 3)"
    ),
    BadImport(
      "LimeSurvey: an R syntax file that names more columns than the data has",
      [
        "data.csv": "\"Response ID\",\"Date submitted\"\n\"1\",\"2024-01-01\"\n",
        "syntax.R": limeSurveySyntax,
      ],
      ["survey", "import", "data.csv", "--labels", "syntax.R"], .dataError,
      "syntax.R:12:1: error: the R syntax file names column 3 'G1Q1', but the data has 2 columns"),
    BadImport(
      "LimeSurvey: a code that the R syntax file does not list",
      [
        "data.csv": "id,submitdate,G1Q1\n1,2024-01-01,AO01\n2,2024-01-02,AO07\n",
        "syntax.R": limeSurveySyntax,
      ],
      ["survey", "import", "data.csv", "--labels", "syntax.R"], .dataError,
      "data.csv:3:14: error: column 'G1Q1': 'AO07' is not one of the label file's codes for G1Q1 (AO01, AO02, AO03)"
    ),
    BadImport(
      "LimeSurvey: an R factor with more levels than labels",
      [
        "data.csv": "id,submitdate,G1Q1\n1,2024-01-01,AO01\n",
        "syntax.R": limeSurveySyntax.replacingOccurrences(of: #""Somewhat calm", "#, with: ""),
      ],
      ["survey", "import", "data.csv", "--labels", "syntax.R"], .dataError,
      "syntax.R:13:1: error: column 3 lists 3 levels but 2 labels"),
    BadImport(
      "REDCap: a data dictionary without its Field Type column",
      [
        "data.csv": "record_id,wb1\n1,2\n",
        "dictionary.csv": "\"Variable / Field Name\",\"Field Label\"\nwb1,Calm\n",
      ],
      ["survey", "import", "data.csv", "--labels", "dictionary.csv"], .dataError,
      "dictionary.csv:1:1: error: not a REDCap data dictionary: the first row needs the columns 'Variable / Field Name', 'Field Type' and 'Field Label'"
    ),
    BadImport(
      "REDCap: a choice without a comma",
      [
        "data.csv": "record_id,wb1\n1,2\n",
        "dictionary.csv": redcapDictionary.replacingOccurrences(
          of: "1, Strongly disagree", with: "1 Strongly disagree"),
      ],
      ["survey", "import", "data.csv", "--labels", "dictionary.csv"], .dataError,
      "dictionary.csv:3:33: error: field 'wb1': choice '1 Strongly disagree' has no comma between its code and its label"
    ),
    BadImport(
      "REDCap: a code the dictionary does not list",
      ["data.csv": "record_id,wb1\n1,2\n2,7\n3,4\n", "dictionary.csv": redcapDictionary],
      ["survey", "import", "data.csv", "--labels", "dictionary.csv"], .dataError,
      "data.csv:3:3: error: column 'wb1': '7' is not one of the label file's codes for wb1 (1, 2, 3, 4)"
    ),
    BadImport(
      "REDCap: a record twice",
      ["data.csv": "record_id,wb1\n1,2\n1,3\n", "dictionary.csv": redcapDictionary],
      ["survey", "import", "data.csv", "--labels", "dictionary.csv"], .dataError,
      "data.csv:3:1: error: duplicate respondent id '1' in column 'record_id' (first on line 2) (a longitudinal export has a row per event: export one event)"
    ),
    BadImport(
      "Google Forms: --from googleforms without a timestamp column",
      ["forms.csv": "Name,How calm are you?\nA,3\n"],
      ["survey", "import", "forms.csv", "--from", "googleforms"],
      .dataError,
      "forms.csv:1:1: error: not a Google Forms export: its first column should be the timestamp (Timestamp, Tidsstempel, Zeitstempel, …), found 'Name'"
    ),
    BadImport(
      "Google Forms: a row with a missing field",
      [
        "forms.csv":
          "Timestamp,How calm are you?,Group\n2024/01/01 10:00:00,3,A\n2024/01/02 10:00:00,4\n"
      ],
      ["survey", "import", "forms.csv"], .dataError,
      "forms.csv:3:1: error: row has 2 fields, the header has 3"),
    BadImport(
      "Google Forms: a header and no responses",
      ["forms.csv": "Timestamp,How calm are you?\n"], ["survey", "import", "forms.csv"], .dataError,
      "forms.csv:1:1: error: the export has no responses below its 1 header row"),
    BadImport(
      "SurveyXact: --id names a column the export lacks",
      ["sx.csv": "Løbenummer;s_1\n1;Helt enig\n2;Helt uenig\n"],
      ["survey", "import", "sx.csv", "--id", "Løbenr"], .dataError,
      "sx.csv:1:1: error: --id names column 'Løbenr', which the export does not have (nearest: 'Løbenummer', 's_1')"
    ),
    BadImport(
      "SurveyXact: a respondent twice",
      ["sx.csv": "respondentid;s_1\nB01;Helt enig\nB01;Delvis enig\n"],
      ["survey", "import", "sx.csv", "--id", "respondentid"], .dataError,
      "sx.csv:3:1: error: duplicate respondent id 'B01' in column 'respondentid' (first on line 2)"),
    BadImport(
      "SurveyXact: a quote that never closes",
      ["sx.csv": "respondentid;s_1\nB01;\"Helt enig\nB02;Helt uenig\n"],
      ["survey", "import", "sx.csv"],
      .dataError, "sx.csv:2:5: error: unterminated quoted field"),
    BadImport(
      "Any: an Excel workbook instead of a CSV",
      bytes: ["book.xlsx": [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]],
      ["survey", "import", "book.xlsx"], .dataError,
      "book.xlsx:1:1: error: not a CSV file (an Excel workbook or other binary file): export the responses as CSV"
    ),
    BadImport(
      "Any: a first row of numbers, no header to tell a tool by",
      ["numbers.csv": "1,2,3\n4,5,6\n"], ["survey", "import", "numbers.csv"], .dataError,
      "numbers.csv:1:1: error: cannot tell which tool exported this file: looked for Qualtrics' {\"ImportId\": …} header row or V1, V2, … header, SurveyMonkey's Respondent ID and Collector ID, LimeSurvey's submitdate and lastpage, REDCap's record_id and *_complete, Google Forms' Timestamp column, or one header row of column names; name the tool with --from qualtrics|surveymonkey|limesurvey|redcap|googleforms|surveyxact|plain"
    ),
    BadImport(
      "Any: a label file of no known format",
      ["export.csv": "id,Q1\nA,1\n", "labels.txt": "Q1: calm\n"],
      ["survey", "import", "export.csv", "--labels", "labels.txt"], .dataError,
      "labels.txt:1:1: error: not a label file this import reads: expected a REDCap data dictionary (a 'Variable / Field Name' column), LimeSurvey's R syntax file (names(data)[…] lines) or a Qualtrics .qsf (JSON)"
    ),
    BadImport(
      "Any: an export that does not exist", [:], ["survey", "import", "missing.csv"], .noInput,
      "error: cannot read 'missing.csv': no such file"),
    BadImport(
      "Any: a label file that does not exist", ["export.csv": "id,Q1\nA,1\n"],
      ["survey", "import", "export.csv", "--labels", "gone.R"], .noInput,
      "error: cannot read 'gone.R': no such file"),
    BadImport(
      "Any: an unknown tool", ["export.csv": "id,Q1\nA,1\n"],
      ["survey", "import", "export.csv", "--from", "typeform"], .usage,
      "error: 'typeform' is not a valid value for '--from' (expected one of: auto, qualtrics, surveymonkey, limesurvey, redcap, googleforms, surveyxact, plain)"
    ),
  ]

  @Test(
    "Malformed exports and label files: exit code and first line; nothing is written",
    arguments: badInputs)
  func badInput(_ input: BadImport) throws {
    let folder = try makeTemporaryDirectory()
    for (name, bytes) in input.files {
      try Data(bytes).write(to: folder.appendingPathComponent(name))
    }
    let result = run(input.arguments, in: folder)
    #expect(result.status == input.status, "\(result.error)")
    let first = result.error.split(separator: "\n").first.map(String.init) ?? ""
    #expect(first == input.firstLine)
    for forbidden in [
      "Optional(", "Error Domain=", "SurveyError", "CSVError", "StorageError", "JSONError",
      "Swift.",
    ] {
      #expect(!result.error.contains(forbidden), "\(result.error)")
    }
    #expect(result.output == "")
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Surveys").path))
  }
}
