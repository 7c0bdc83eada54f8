import Foundation
import Testing

/// The folder of recorded golden files, `Tests/qualkitTests/Snapshots`.
let snapshotsFolder = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Snapshots")

/// Whether the environment asks for every snapshot to be recorded anew (`RECORD_SNAPSHOTS=1`).
private let isRecordingSnapshots = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"

/// Compares `actual` with the golden file `Snapshots/<name>` (`name` may have folders).
///
/// Modelled on `assertSnapshot` of swift-argument-parser's test helpers. When the file is
/// missing, or `RECORD_SNAPSHOTS=1` is set, `actual` is written as the new golden file and the
/// test fails, so that recording is always a deliberate step whose result is reviewed. On a
/// mismatch the issue names the first line that differs.
func expectSnapshot(
  _ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
) {
  let url = snapshotsFolder.appendingPathComponent(name)
  let recorded = try? Data(contentsOf: url)
  if isRecordingSnapshots || recorded == nil {
    do {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: url)
      let reason = recorded == nil ? "no snapshot existed" : "RECORD_SNAPSHOTS=1 is set"
      Issue.record(
        "Recorded snapshot '\(name)' (\(reason)); review it and run the test again.",
        sourceLocation: sourceLocation)
    } catch {
      Issue.record(
        "Could not record snapshot '\(name)': \(error)", sourceLocation: sourceLocation)
    }
    return
  }
  if let difference = firstDifference(
    expected: Array(recorded ?? Data()), actual: Array(actual.utf8))
  {
    let message =
      "Snapshot '\(name)' differs at line \(difference.line):\n"
      + "  recorded: \(difference.expected)\n  actual:   \(difference.actual)\n"
      + "(RECORD_SNAPSHOTS=1 records the new output.)"
    Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
  }
}

/// The first line at which two texts differ, with both versions of it.
struct SnapshotDifference: Equatable {
  /// The 1-based line number.
  var line: Int
  /// The recorded line, escaped, or `(end of text)`.
  var expected: String
  /// The new line, escaped, or `(end of text)`.
  var actual: String
}

/// Finds the first line at which the bytes `actual` differ from `expected`, or nil when they are
/// the same bytes.
///
/// Bytes are compared, not `String`s (which compare by canonical equivalence, so NFC and NFD
/// would look equal). Lines keep their `\n`, so a missing final newline or a `\r` counts as a
/// difference; lines are shown escaped (`debugDescription`) so that invisible characters show.
func firstDifference(expected: [UInt8], actual: [UInt8]) -> SnapshotDifference? {
  if expected == actual { return nil }
  let expectedLines = lines(of: expected)
  let actualLines = lines(of: actual)
  var index = 0
  while index < expectedLines.count, index < actualLines.count,
    expectedLines[index] == actualLines[index]
  {
    index += 1
  }
  func shown(_ lines: [ArraySlice<UInt8>], _ index: Int) -> String {
    guard index < lines.count else { return "(end of text)" }
    return String(decoding: lines[index], as: UTF8.self).debugDescription
  }
  return SnapshotDifference(
    line: index + 1, expected: shown(expectedLines, index), actual: shown(actualLines, index))
}

/// Splits `bytes` into lines, each keeping its terminating `\n`.
private func lines(of bytes: [UInt8]) -> [ArraySlice<UInt8>] {
  var result: [ArraySlice<UInt8>] = []
  var start = bytes.startIndex
  for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
    result.append(bytes[start...index])
    start = index + 1
  }
  if start < bytes.endIndex { result.append(bytes[start...]) }
  return result
}
