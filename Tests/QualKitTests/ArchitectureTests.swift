import Foundation
import Testing

/// The shape DESIGN.md holds the code to: files under 400 lines, a thin CLI.
@Suite struct ArchitectureTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// Every Swift file under `folder` (relative to the package root) with its line count.
  static func lineCounts(under folder: String) throws -> [(path: String, lines: Int)] {
    let base = root.appendingPathComponent(folder)
    let enumerator = try #require(FileManager.default.enumerator(atPath: base.path))
    var result: [(String, Int)] = []
    for case let path as String in enumerator where path.hasSuffix(".swift") {
      let text = try String(contentsOf: base.appendingPathComponent(path), encoding: .utf8)
      var lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
      if text.hasSuffix("\n") { lines -= 1 }
      result.append(("\(folder)/\(path)", lines))
    }
    return result.sorted { $0.0 < $1.0 }
  }

  @Test("No source or test file is longer than 400 lines")
  func filesStayShort() throws {
    let files = try Self.lineCounts(under: "Sources") + Self.lineCounts(under: "Tests")
    #expect(files.count > 300)
    let long = files.filter { $0.lines > 400 }.map { "\($0.path) (\($0.lines))" }
    #expect(long.isEmpty, "\(long)")
  }

  @Test("The command-line target is under 15 % of the source lines")
  func thinCLI() throws {
    let cli = try Self.lineCounts(under: "Sources/qualkit").reduce(0) { $0 + $1.lines }
    let library = try Self.lineCounts(under: "Sources/QualKit").reduce(0) { $0 + $1.lines }
    #expect(cli > 0 && library > 0)
    #expect(Double(cli) / Double(cli + library) < 0.15, "CLI \(cli) of \(cli + library) lines")
  }
}
