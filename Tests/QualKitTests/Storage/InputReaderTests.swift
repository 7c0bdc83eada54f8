import Dispatch
import Foundation
import QualKit
import Testing

/// The one input-reading path: its size limit, devices and FIFOs.
@Suite struct InputReaderTests {
  private let root = URL(fileURLWithPath: "/")

  private func temporaryPath(_ name: String) -> String {
    FileManager.default.temporaryDirectory
      .appendingPathComponent("qualkit-\(UUID().uuidString)-\(name)").path
  }

  @Test("A file larger than the limit is refused before it is read; one at the limit is read")
  func fileOverTheLimit() throws {
    let path = temporaryPath("big.txt")
    defer { try? FileManager.default.removeItem(atPath: path) }
    try Data(repeating: 0x61, count: 101).write(to: URL(fileURLWithPath: path))
    let error = #expect(throws: StorageError.self) {
      try ProjectFolder(base: root, maximumFileSize: 100).read(path)
    }
    #expect(error?.kind == .tooLarge)
    #expect(
      error?.description
        == "cannot read '\(path)': it is larger than the 100 bytes limit for an input file")
    #expect(try ProjectFolder(base: root, maximumFileSize: 101).read(path).count == 101)
  }

  @Test("A pipe that goes on past the limit is refused, not read until memory runs out")
  func pipeOverTheLimit() throws {
    var ends: [Int32] = [0, 0]
    #expect(pipe(&ends) == 0)
    let reader = ends[0]
    let writer = ends[1]
    let done = DispatchGroup()
    DispatchQueue.global().async(group: done) {
      let chunk = [UInt8](repeating: 0, count: 65536)
      // Writes until the reader stops reading (EPIPE) or 64 MiB.
      signal(SIGPIPE, SIG_IGN)
      for _ in 0..<1024 where write(writer, chunk, chunk.count) == chunk.count {}
      close(writer)
    }
    let error = #expect(throws: StorageError.self) {
      try ProjectFolder(base: root, maximumFileSize: 1 << 20).read("/dev/fd/\(reader)")
    }
    close(reader)
    done.wait()
    #expect(error?.kind == .tooLarge)
  }

  @Test("A FIFO named by its path with no writer is an error within a second or so, not a hang")
  func fifoWithoutWriter() throws {
    let path = temporaryPath("stuck.txt")
    #expect(mkfifo(path, 0o644) == 0)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let finished = DispatchSemaphore(value: 0)
    let result = LockedBox<StorageError?>(nil)
    DispatchQueue.global().async {
      do throws(StorageError) {
        _ = try ProjectFolder(base: root).read(path)
      } catch {
        result.set(error)
      }
      finished.signal()
    }
    // On the old code the read never returned: a FIFO's open waits for a writer.
    #expect(finished.wait(timeout: .now() + 10) == .success)
    #expect(result.value?.kind == .noWriter)
    #expect(result.value?.isMissingInput == true)
  }

  @Test("Devices are refused at once", arguments: ["/dev/zero", "/dev/urandom", "/dev/null"])
  func devices(path: String) {
    let error = #expect(throws: StorageError.self) { try ProjectFolder(base: root).read(path) }
    #expect(error?.kind == .notAFile)
  }
}

/// A value shared between a test and a thread it starts, under a lock.
final class LockedBox<Value: Sendable>: @unchecked Sendable {
  // Guarded by `lock`.
  private var stored: Value
  private let lock = NSLock()

  init(_ value: Value) { stored = value }

  var value: Value { lock.withLock { stored } }

  func set(_ value: Value) { lock.withLock { stored = value } }
}
