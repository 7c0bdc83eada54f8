import Dispatch
import Foundation
import QualKit

/// Receives auto-coding results from parallel workers and writes them out in
/// file order as soon as every earlier file is done.
final class OrderedSink: @unchecked Sendable {
  // All state is touched only while `lock` is held; the streams are written
  // only under the lock, so one thread at a time.
  private let lock = NSLock()
  private var pending: [Int: AutoCodingJob.Result] = [:]
  private var next = 0
  private let count: Int
  private var output: any TextOutputStream
  private var error: any TextOutputStream
  private let showsProgress: Bool
  private let collects: Bool
  private var totals = Totals()
  private var bytes = 0
  /// The file each transcript id was first read from.
  private var pathsByID: [String: String] = [:]

  struct Totals {
    var failed = false
    var codings = 0
    var transcripts = 0
    var collected: [Coding] = []
  }

  init(
    count: Int, output: any TextOutputStream, error: any TextOutputStream, showsProgress: Bool,
    collects: Bool
  ) {
    self.count = count
    self.output = output
    self.error = error
    self.showsProgress = showsProgress
    self.collects = collects
  }

  func deliver(_ index: Int, _ result: AutoCodingJob.Result) {
    lock.lock()
    defer { lock.unlock() }
    pending[index] = result
    while let ready = pending.removeValue(forKey: next) {
      emit(ready)
      next += 1
    }
  }

  private func emit(_ result: AutoCodingJob.Result) {
    for line in result.messages {
      if showsProgress { error.write("\r\u{1B}[K") }
      error.write(TerminalText.visible(line) + "\n")
    }
    if let id = result.id, let other = pathsByID[id] {
      // Two files with one id would mix their codings; the first one counts,
      // as everywhere else in the tool.
      if showsProgress { error.write("\r\u{1B}[K") }
      error.write(
        TerminalText.visible(
          "\(result.path): warning: transcript id '\(id)' is already used by '\(other)'; ignored this file"
        ) + "\n")
    } else if result.failed {
      totals.failed = true
    } else {
      if let id = result.id { pathsByID[id] = result.path }
      totals.transcripts += 1
      totals.codings += result.count
      bytes += result.inputBytes
      if collects {
        totals.collected += result.codings
      } else {
        if let bytesOutput = output as? any ByteOutputStream {
          result.output.withUnsafeBufferPointer { bytesOutput.write(bytes: $0) }
        } else {
          output.write(String(decoding: result.output, as: UTF8.self))
        }
      }
    }
    if showsProgress {
      error.write("\r\u{1B}[Kautocode: \(next + 1)/\(count) transcripts, \(bytes / 1_000_000) MB")
    }
  }

  func finish() -> Totals {
    lock.lock()
    defer { lock.unlock() }
    if showsProgress && count > 0 { error.write("\r\u{1B}[K") }
    return totals
  }
}
