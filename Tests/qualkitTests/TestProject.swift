import Foundation

/// A small project in a temporary folder: a codebook and two transcripts.
struct TestProject {
  let root: URL

  static let codebook = """
    {"format": "qualkit-codebook", "version": 1, "name": "Test", "codes": [
      {"id": "mastery", "label": "Mastery", "keywords": ["mestr*", "klare*"], "children": [
        {"id": "energy", "label": "Energy", "keywords": ["overskud"]}]},
      {"id": "readiness", "label": "Readiness", "keywords": ["arbejde*"]},
      {"id": "group", "label": "Group", "codable": false, "children": [
        {"id": "meeting", "label": "Meeting", "keywords": ["trepartssamtale*"]}]}
    ]}
    """

  static let interview = """
    ---
    id: A01
    group: TKI2
    speakers: I=interviewer, B=citizen
    ---
    I: Hvordan mestrer du hverdagen?
    B: Jeg mestrer den bedre nu.
    Jeg har mere overskud.

    I: Og arbejdet?
    B: Jeg glæder mig til at arbejde igen.

    """

  static let subtitles = """
    WEBVTT

    00:00:01.000 --> 00:00:03.000
    <v Interviewer>Hvordan var trepartssamtalen?</v>

    00:00:03.500 --> 00:00:06.000
    <v Borger>Den gav mig overskud.</v>

    """

  /// Creates the project in a new temporary folder.
  init() throws {
    root = try makeTemporaryDirectory()
    try write("Codebooks/test.json", Self.codebook)
    try write("Transcripts/A01.txt", Self.interview)
    try write("Transcripts/A02.vtt", Self.subtitles)
    try write(
      "Transcripts/participants.csv",
      "id,group,speakers\nA02,usual,\"Interviewer=interviewer, Borger=citizen\"\n")
  }

  /// Writes `text` to `path` inside the project.
  func write(_ path: String, _ text: String) throws {
    let url = root.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  /// Reads the file at `path` inside the project.
  func read(_ path: String) throws -> String {
    String(decoding: try Data(contentsOf: root.appendingPathComponent(path)), as: UTF8.self)
  }

  /// Runs the tool in the project folder.
  func run(_ arguments: String...) -> ToolRun {
    qualkitTests.run(arguments, in: root)
  }
}
