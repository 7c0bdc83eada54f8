import Foundation
import QualKit
import Testing

/// A large input is mapped into memory; a program that shortens it while
/// `reliability` reads it must not make the tool die of `SIGBUS`.
@Suite struct ReliabilityShortenedFileTests {
  @Test("A file shortened while it is read: a message and exit 66, never a crash")
  func shortenedWhileRead() throws {
    let folder = try makeTemporaryDirectory()
    var text = "unit,A,B,C\n"
    for unit in 0..<600_000 { text += "\(unit),yes,no,\(unit % 3 == 0 ? "yes" : "no")\n" }
    let original = folder.appendingPathComponent("original.csv")
    try Data(text.utf8).write(to: original)
    let path = folder.appendingPathComponent("units.csv").path
    var outcomes: [String] = []
    // Later and later, until the file is cut while the tool is in it.
    for delay in [0.002, 0.005, 0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28] {
      try? FileManager.default.removeItem(atPath: path)
      try FileManager.default.copyItem(atPath: original.path, toPath: path)
      let process = Process()
      process.executableURL = Bundle.main.bundleURL.appendingPathComponent("qualkit")
      process.arguments = ["reliability", "units.csv", "--statistic", "alpha"]
      process.currentDirectoryURL = folder
      let errors = Pipe()
      process.standardOutput = FileHandle.nullDevice
      process.standardError = errors
      try process.run()
      usleep(UInt32(delay * 1_000_000))
      #expect(truncate(path, 1 << 20) == 0)
      let message = String(
        decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      // Before the map the tool reads the short file (a cut row is exit
      // 65), after its read it has its value (0); in between, exit 66.
      #expect(process.terminationReason == .exit, "died of signal \(process.terminationStatus)")
      #expect([0, 65, 66].contains(process.terminationStatus), "\(message)")
      if process.terminationStatus == 66 {
        #expect(
          message
            == "units.csv: error: the file got shorter while it was being read (another program is writing it?); nothing was computed, run the command again when it is done\n"
        )
      }
      outcomes.append("\(delay) s: \(process.terminationStatus)")
      if process.terminationStatus == 66 { break }
    }
    #expect(outcomes.last?.hasSuffix(": 66") == true, "\(outcomes)")
  }
}
