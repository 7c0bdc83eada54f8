#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where an interactive command reads its answers: single keys and typed lines.
///
/// The real terminal is ``TerminalKeys``; tests script the keys instead, so
/// that the review loop runs the same code either way.
protocol KeySource: AnyObject {
  /// Whether output may use ANSI colours and attributes.
  var usesColor: Bool { get }
  /// Whether the screen is cleared before each item.
  var clearsScreen: Bool { get }
  /// The next key pressed, without waiting for Return, or nil at the end of input.
  func readKey() -> Character?
  /// One line typed with echo and line editing, without its line break, or
  /// nil at the end of input.
  func readLine() -> String?
  /// Gives the terminal back in the mode it was found in.
  func restore()
}

/// The keyboard of the terminal on standard input, read in raw mode.
///
/// Raw mode (no echo, no line buffering, Ctrl-C read as a key) is entered for
/// ``readKey()`` and left for ``readLine()`` and ``restore()``. The mode the
/// terminal was found in is also restored when the process gets SIGINT,
/// SIGTERM or SIGHUP, so a killed review never leaves the shell unusable.
final class TerminalKeys: KeySource {
  let usesColor: Bool
  let clearsScreen: Bool
  private let flushOutput: () -> Void
  private var original = termios()
  private var isRaw = false

  /// Opens the keyboard, or returns nil when standard input is not a terminal.
  ///
  /// - Parameters:
  ///   - usesColor: Whether ANSI colours may be written to standard output.
  ///   - flushOutput: Writes out buffered standard output; called before
  ///     every read so that the screen is complete when the user answers.
  init?(usesColor: Bool, flushOutput: @escaping () -> Void) {
    guard isatty(standardInput) == 1, tcgetattr(standardInput, &original) == 0 else { return nil }
    self.usesColor = usesColor
    self.clearsScreen = isatty(1) == 1
    self.flushOutput = flushOutput
  }

  func readKey() -> Character? {
    flushOutput()
    enterRawMode()
    guard let byte = readByte() else { return nil }
    if byte == 0x1B {
      // An escape sequence (arrow keys and the like): drop the rest of it.
      while hasInput(withinMilliseconds: 30) {
        if readByte() == nil { break }
      }
      return "\u{1B}"
    }
    var bytes = [byte]
    let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
    while bytes.count < length, let next = readByte() { bytes.append(next) }
    return String(decoding: bytes, as: UTF8.self).first
  }

  func readLine() -> String? {
    flushOutput()
    leaveRawMode()
    var bytes: [UInt8] = []
    while let byte = readByte() {
      if byte == 0x0A { return String(decoding: bytes, as: UTF8.self) }
      bytes.append(byte)
    }
    return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
  }

  func restore() {
    flushOutput()
    leaveRawMode()
  }

  private func enterRawMode() {
    guard !isRaw else { return }
    if !hasSavedTerminalMode {
      savedTerminalMode = original
      hasSavedTerminalMode = true
      for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
        signal(signalNumber, restoreTerminalAndDie)
      }
    }
    var raw = original
    raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
    raw.c_iflag &= ~tcflag_t(IXON)
    withUnsafeMutableBytes(of: &raw.c_cc) { controls in
      controls[Int(VMIN)] = 1
      controls[Int(VTIME)] = 0
    }
    if tcsetattr(standardInput, TCSAFLUSH, &raw) == 0 { isRaw = true }
  }

  private func leaveRawMode() {
    guard isRaw else { return }
    tcsetattr(standardInput, TCSAFLUSH, &original)
    isRaw = false
  }

  private func readByte() -> UInt8? {
    var byte: UInt8 = 0
    while true {
      let count = read(standardInput, &byte, 1)
      if count == 1 { return byte }
      if count < 0 && errno == EINTR { continue }
      return nil
    }
  }

  private func hasInput(withinMilliseconds milliseconds: Int32) -> Bool {
    var descriptor = pollfd(fd: standardInput, events: Int16(POLLIN), revents: 0)
    return poll(&descriptor, 1, milliseconds) > 0
  }
}

private let standardInput: Int32 = 0

// The signal handler cannot capture context, so the mode to restore lives in
// globals written once, before the handler is installed, and only read after.
nonisolated(unsafe) private var savedTerminalMode = termios()
nonisolated(unsafe) private var hasSavedTerminalMode = false

/// Restores the terminal's mode, then dies of the signal as if not caught.
private func restoreTerminalAndDie(_ signalNumber: Int32) {
  if hasSavedTerminalMode { tcsetattr(standardInput, TCSANOW, &savedTerminalMode) }
  signal(signalNumber, SIG_DFL)
  raise(signalNumber)
}
