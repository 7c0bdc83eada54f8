import Foundation
import QualKit
import Synchronization

extension ToolContext {
  /// Calls `body` with the bytes of the file at `path` mapped into memory,
  /// when it is a large regular file (see ``MappedFile``); nil, without
  /// calling `body`, for any other file, which the caller then reads.
  ///
  /// Should another program shorten the file meanwhile, the command stops
  /// with a message naming it and exit 66, instead of dying of `SIGBUS`.
  func withMappedFile<Result>(
    _ path: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result? {
    guard let file = folder.mapped(path) else { return nil }
    let message = Array(
      "\(path): error: the file got shorter while it was being read (another program is writing it?); nothing was computed, run the command again when it is done\n"
        .utf8)
    return message.withUnsafeBufferPointer { text in
      shortenedFileMessage = text
      signal(SIGBUS, reportShortenedFile)
      defer {
        signal(SIGBUS, SIG_DFL)
        shortenedFileMessage = nil
      }
      return file.withBytes(body)
    }
  }
}

// The signal handler cannot capture context: the message lives in a global
// set before the handler is installed and cleared after it is removed.
nonisolated(unsafe) private var shortenedFileMessage: UnsafeBufferPointer<UInt8>?

/// Set by the first thread that reports, so that the message is printed once
/// when both threads reading the file's halves touch the lost part.
private let isReportingShortenedFile = Atomic<Bool>(false)

/// Prints the message about the shortened file and exits with 66 (only
/// async-signal-safe calls); a second thread that faults waits for that exit.
private func reportShortenedFile(_: Int32) {
  if isReportingShortenedFile.exchange(true, ordering: .acquiringAndReleasing) {
    while true { pause() }
  }
  if let text = shortenedFileMessage, let base = text.baseAddress {
    _ = write(2, base, text.count)
  }
  _exit(ExitCode.noInput.rawValue)
}
