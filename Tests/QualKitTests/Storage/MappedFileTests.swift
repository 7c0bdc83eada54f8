import Foundation
import Testing

@testable import QualKit

@Suite struct MappedFileTests {
  let folder: ProjectFolder

  init() throws {
    folder = ProjectFolder(base: try makeTemporaryFolder(), maximumFileSize: 4 << 20)
  }

  @Test("A large file maps to exactly the bytes that reading it gives")
  func mapsLargeFile() throws {
    let bytes = (0..<(MappedFile.minimumSize + 12_345)).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    try Data(bytes).write(to: folder.url(for: "big.csv"))
    let mapped = try #require(folder.mapped("big.csv"))
    #expect(mapped.count == bytes.count)
    #expect(mapped.withBytes { Array($0) } == (try folder.read("big.csv")))
  }

  @Test("Small, too large, missing files and folders are not mapped (they are read as usual)")
  func notMapped() throws {
    try Data(repeating: 65, count: MappedFile.minimumSize - 1).write(
      to: folder.url(for: "small.csv"))
    try Data(repeating: 65, count: (4 << 20) + 1).write(to: folder.url(for: "huge.csv"))
    try FileManager.default.createDirectory(
      at: folder.url(for: "sub"), withIntermediateDirectories: true)
    #expect(folder.mapped("small.csv") == nil)
    #expect(folder.mapped("huge.csv") == nil)
    #expect(folder.mapped("missing.csv") == nil)
    #expect(folder.mapped("sub") == nil)
    // A FIFO nobody writes to: nil at once, not a wait for a writer.
    #expect(mkfifo(folder.url(for: "pipe.csv").path, 0o600) == 0)
    #expect(folder.mapped("pipe.csv") == nil)
  }

  @Test("A FIFO is not even opened, so a writer waiting for a reader keeps waiting")
  func fifoLeftUnopened() throws {
    let path = folder.url(for: "pairs.csv").path
    #expect(mkfifo(path, 0o600) == 0)
    // A writer blocked in open() until some reader opens the FIFO; its data
    // would be lost if the map opened and closed it (`reliability <(…)`).
    let opened = DispatchSemaphore(value: 0)
    let writer = Thread {
      let descriptor = open(path, O_WRONLY)
      opened.signal()
      if descriptor >= 0 { close(descriptor) }
    }
    writer.start()
    Thread.sleep(forTimeInterval: 0.1)
    #expect(folder.mapped("pairs.csv") == nil)
    let keptWaiting = opened.wait(timeout: .now() + 0.2) == .timedOut
    #expect(keptWaiting)
    // Let the writer go: a reader opens the FIFO until the writer has.
    let reader = open(path, O_RDONLY | O_NONBLOCK)
    if keptWaiting { opened.wait() }
    if reader >= 0 { close(reader) }
  }
}
