import Testing

/// Golden files of `segments` and `memos` on the sample project.
@Suite struct SegmentsSnapshotTests {
  @Test(
    "segments lists whole coded segments by code in every format and with the filters",
    arguments: [
      ("mastery", ["mastery"]), ("md", ["energy", "--format", "md"]),
      ("json", ["energy", "--transcript", "B02", "--format", "json"]),
      ("csv", ["feeling-safe", "--format", "csv"]),
      ("filters", ["coherence", "--coder", "bo", "--attribute", "group=TKI2"]),
      ("error-code", ["mastry"]), ("error-format", ["--format", "xml"]),
    ])
  func segments(name: String, arguments: [String]) throws {
    try expectCommandSnapshot(["segments"] + arguments, named: "segments-\(name).txt")
  }

  @Test(
    "memos lists every memo by code in every format",
    arguments: [
      ("text", [String]()), ("md", ["--format", "md"]),
      ("csv", ["--coder", "anna", "--format", "csv"]),
      ("json", ["--code", "being-heard", "--format", "json"]),
      ("none", ["--coder", "anna", "--code", "stress"]),
    ])
  func memos(name: String, arguments: [String]) throws {
    try expectCommandSnapshot(["memos"] + arguments, named: "memos-\(name).txt")
  }
}
