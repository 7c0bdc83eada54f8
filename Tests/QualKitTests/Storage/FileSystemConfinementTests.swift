import Foundation
import Testing

/// `Storage/` is the only library folder that touches the file system.
@Suite struct FileSystemConfinementTests {
  static let sources = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Sources/QualKit")

  /// Calls that reach the file system.
  static let forbidden = [
    "FileManager", "FileHandle", "fopen(", "Data(contentsOf", "String(contentsOf",
    "contentsOfFile", "write(toFile", "atomically:", "opendir(", "unlink(", "rename(", "mkdir(",
  ]

  @Test("No library folder but Storage/ uses the file system directly")
  func onlyStorageTouchesFiles() throws {
    let enumerator = try #require(FileManager.default.enumerator(atPath: Self.sources.path))
    var offenders: [String] = []
    var checked = 0
    for case let path as String in enumerator where path.hasSuffix(".swift") {
      guard !path.hasPrefix("Storage/") else { continue }
      checked += 1
      let text = try String(
        contentsOf: Self.sources.appendingPathComponent(path), encoding: .utf8)
      for line in text.split(separator: "\n") where !line.trimmingPrefix(" ").hasPrefix("//") {
        let code = String(line)
        if let call = Self.forbidden.first(where: code.contains) {
          offenders.append("\(path): \(call)")
        }
        // `open(` as a call of its own, not `.open(` or `isOpen(`.
        if code.range(of: #"(^|[^A-Za-z0-9_.])open\("#, options: .regularExpression) != nil {
          offenders.append("\(path): open(")
        }
      }
    }
    #expect(checked > 50)
    #expect(offenders.isEmpty, "\(offenders)")
  }
}
