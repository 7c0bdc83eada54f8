import Dispatch
import Foundation
import QualKit

/// Receives auto-coding output from parallel workers and writes it in file
/// order while they work.
///
/// The file first in order (the head) writes its parts straight through;
/// the others keep theirs until they are the head, and wait once they hold
/// more than ``bufferLimit``. Files start in parallel only while the files
/// being coded add up to at most ``parallelBudget`` bytes (the head always
/// starts), so that memory stays near that of the largest transcript.
///
/// Output is held back while a speaker role asked for has not been seen in
/// any transcript read so far (usually the first one has every role): a
/// role no transcript has is refused after the run, and then nothing has
/// been written.
final class OrderedSink: @unchecked Sendable {
  // All state is touched only while `condition` is locked; the streams are
  // written only under it, so one thread at a time.
  private let condition = NSCondition()
  private var done: [Int: AutoCodingJob.Result] = [:]
  private var buffers: [Int: [UInt8]] = [:]
  private var ids: [Int: String] = [:]
  private var admitted: [Int: Int] = [:]
  private var inFlight = 0
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
  /// The roles asked for that no transcript read so far has.
  private var unseenRoles: Set<String>
  /// Output kept while ``unseenRoles`` is not empty, in order.
  private var held: [UInt8] = []

  /// The most output a file that is not the head keeps before it waits.
  static let bufferLimit = 8 << 20
  /// The most transcript bytes coded at the same time, unless one file alone is larger.
  static let parallelBudget = 64 << 20

  struct Totals {
    var failed = false
    var codings = 0
    var transcripts = 0
    var collected: [Coding] = []
    /// The speaker roles of the turns of the transcripts coded (when roles were asked for).
    var turnRoles: Set<String> = []
  }

  /// Creates a sink for `count` files.
  ///
  /// - Parameters:
  ///   - count: How many files there are.
  ///   - output: Where the output goes, in file order.
  ///   - error: Where messages and progress go.
  ///   - showsProgress: Whether to show progress on `error`.
  ///   - collects: Whether results keep codings instead of output bytes.
  ///   - header: Written first (a TSV header), held back like the rest.
  ///   - roles: The speaker roles asked for; output waits until each one
  ///     (other than the default role, which always exists) has been seen.
  init(
    count: Int, output: any TextOutputStream, error: any TextOutputStream, showsProgress: Bool,
    collects: Bool, header: String = "", roles: Set<String> = []
  ) {
    self.count = count
    self.output = output
    self.error = error
    self.showsProgress = showsProgress
    self.collects = collects
    unseenRoles = roles.subtracting([SpeakerMap.defaultRole])
    if !header.isEmpty { put(Array(header.utf8)) }
  }

  /// Waits until file `index`, of `size` bytes, may be coded.
  func admit(_ index: Int, size: Int) {
    condition.lock()
    defer { condition.unlock() }
    while index != next && inFlight > 0 && inFlight + size > Self.parallelBudget {
      condition.wait()
    }
    inFlight += size
    admitted[index] = size
  }

  /// Notes the transcript id of file `index` and its turns' roles, known
  /// before its output; output held for a role goes out once every role has
  /// been seen.
  func begin(_ index: Int, id: String, turnRoles: Set<String>) {
    condition.lock()
    defer { condition.unlock() }
    ids[index] = id
    guard !unseenRoles.isEmpty else { return }
    unseenRoles.subtract(turnRoles)
    if unseenRoles.isEmpty && !held.isEmpty {
      let kept = held
      held = []
      put(kept)
    }
  }

  /// Writes (or keeps, until it is file `index`'s turn) a part of its output.
  func write(_ index: Int, _ part: [UInt8]) {
    condition.lock()
    defer { condition.unlock() }
    if index != next {
      // The first part is kept as it is, not copied into a new buffer.
      var kept = buffers.removeValue(forKey: index) ?? []
      if kept.isEmpty { kept = part } else { kept += part }
      let size = kept.count
      buffers[index] = kept
      guard size > Self.bufferLimit else { return }
      while index != next { condition.wait() }
      flushHead()
      return
    }
    flushHead()
    if !isDuplicate(index) { put(part) }
  }

  /// Takes file `index`'s result once all its output is written or kept.
  func deliver(_ index: Int, _ result: AutoCodingJob.Result) {
    condition.lock()
    defer { condition.unlock() }
    done[index] = result
    inFlight -= admitted.removeValue(forKey: index) ?? 0
    while let ready = done.removeValue(forKey: next) {
      flushHead()
      finish(ready)
      next += 1
    }
    // The new head's kept output goes out now, before its next part.
    flushHead()
    condition.broadcast()
  }

  /// Whether file `index` repeats an earlier file's transcript id; known once
  /// it is the head, when every earlier file is done.
  private func isDuplicate(_ index: Int) -> Bool {
    guard let id = ids[index] else { return false }
    return pathsByID[id] != nil
  }

  private func flushHead() {
    guard let kept = buffers.removeValue(forKey: next) else { return }
    if !isDuplicate(next) { put(kept) }
  }

  private func put(_ part: [UInt8]) {
    guard unseenRoles.isEmpty else {
      held += part
      return
    }
    if let bytesOutput = output as? any ByteOutputStream {
      part.withUnsafeBufferPointer { bytesOutput.write(bytes: $0) }
    } else {
      output.write(String(decoding: part, as: UTF8.self))
    }
  }

  private func finish(_ result: AutoCodingJob.Result) {
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
      totals.turnRoles.formUnion(result.turnRoles)
      bytes += result.inputBytes
      if collects {
        totals.collected += result.codings
      } else if !result.output.isEmpty {
        put(result.output)
      }
    }
    if showsProgress {
      error.write("\r\u{1B}[Kautocode: \(next + 1)/\(count) transcripts, \(bytes / 1_000_000) MB")
    }
  }

  /// The totals of the run; output still held (a role never seen) is dropped.
  ///
  /// The codings collected are handed over, not kept here too.
  func finish() -> Totals {
    condition.lock()
    defer { condition.unlock() }
    if showsProgress && count > 0 { error.write("\r\u{1B}[K") }
    let finished = totals
    totals.collected = []
    return finished
  }
}
