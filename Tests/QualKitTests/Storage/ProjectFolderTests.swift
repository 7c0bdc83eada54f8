import Foundation
import QualKit
import Testing

@Suite struct ProjectFolderTests {
  @Test(
    "Files are read whole, byte for byte, whatever their size",
    arguments: [0, 1, 65535, 65536, 200_001])
  func readsWholeFile(size: Int) throws {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("qualkit-input-\(UUID().uuidString).txt")
    defer { try? FileManager.default.removeItem(at: url) }
    let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 / 251) }
    try Data(bytes).write(to: url)
    #expect(ProjectFolder(base: URL(fileURLWithPath: "/")).readIfPresent(url.path) == bytes)
  }

  @Test("A file that reports no size is read to its end")
  func readsFileWithoutSize() throws {
    let path = "/proc/self/cmdline"
    guard let expected = FileManager.default.contents(atPath: path) else { return }
    #expect(ProjectFolder(base: URL(fileURLWithPath: "/")).readIfPresent(path) == [UInt8](expected))
  }

  @Test("A missing file or a folder reads as nil")
  func missingOrFolder() {
    #expect(
      ProjectFolder(base: URL(fileURLWithPath: "/")).readIfPresent(
        "/nonexistent/qualkit-\(UUID().uuidString)") == nil)
    #expect(
      ProjectFolder(base: URL(fileURLWithPath: "/")).readIfPresent(
        FileManager.default.temporaryDirectory.path) == nil)
  }
}
