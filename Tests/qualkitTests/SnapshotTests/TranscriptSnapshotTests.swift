import Testing

/// Golden files of `transcript list` and `transcript show` on the sample project.
@Suite struct TranscriptSnapshotTests {
  /// The sample project's transcripts: three plain-text files and one of each other format.
  static let sampleTranscripts = [
    "B01.txt", "B02.vtt", "B03.srt", "B04.docx", "B05.txt", "P01.txt", "P02.vtt",
  ]

  @Test("transcript list prints a table of the sample transcripts")
  func listText() throws {
    try expectCommandSnapshot(["transcript", "list"], named: "transcript-list.txt")
  }

  @Test("transcript list --format json prints the sample transcripts as JSON")
  func listJSON() throws {
    try expectCommandSnapshot(
      ["transcript", "list", "Transcripts", "--format", "json"], named: "transcript-list-json.txt")
  }

  @Test("transcript list reports an unreadable transcript and lists the others (exit 65)")
  func listWithBrokenFile() throws {
    let session = try SnapshotSession()
    try session.write("Transcripts/X01.vtt", "WEBVTT\n\n00:00:05.000 --> 00:00:01.000\nA: text\n")
    try session.write("Transcripts/X02.srt", "1\nnot a time\nhello\n")
    session.run("transcript", "list")
    expectSnapshot(session.text, named: "transcript-list-broken.txt")
  }

  @Test("transcript show prints numbered lines", arguments: sampleTranscripts)
  func showText(file: String) throws {
    try expectCommandSnapshot(
      ["transcript", "show", "Transcripts/\(file)"], named: "transcript-show-\(file).txt")
  }

  @Test("transcript show --format json prints the parsed turns", arguments: sampleTranscripts)
  func showJSON(file: String) throws {
    try expectCommandSnapshot(
      ["transcript", "show", "Transcripts/\(file)", "--format", "json"],
      named: "transcript-show-json-\(file).txt")
  }

  @Test(
    "transcript show reports files it cannot show",
    arguments: [
      ("missing", ["Transcripts/B09.txt"]), ("csv", ["Transcripts/participants.csv"]),
      ("readme", ["Transcripts/README.md"]),
      ("bad-format", ["Transcripts/B01.txt", "--format", "xml"]),
    ])
  func showErrors(name: String, arguments: [String]) throws {
    try expectCommandSnapshot(
      ["transcript", "show"] + arguments, named: "transcript-show-error-\(name).txt")
  }
}
