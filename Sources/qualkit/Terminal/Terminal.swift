import QualKit

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
  /// nil at the end of input (or when the prompt is cancelled).
  func readLine() -> String?
  /// The next key with arrows, Tab and Backspace decoded (for the code
  /// picker), or nil at the end of input.
  func readEditKey() -> ReviewKey?
  /// The terminal's size, or nil when it is unknown (no paging then).
  var screenSize: (width: Int, height: Int)? { get }
  /// Gives the terminal back in the mode it was found in.
  func restore()
}

extension KeySource {
  /// ``readKey()`` as a decoded key.
  func readEditKey() -> ReviewKey? {
    guard let key = readKey() else { return nil }
    switch key {
    case "\t": return .tab
    case "\r", "\n": return .enter
    case "\u{7F}", "\u{08}": return .backspace
    case "\u{1B}": return .escape
    case "\u{03}": return .interrupt
    case "\u{04}": return .endOfInput
    default: return .character(key)
    }
  }

  var screenSize: (width: Int, height: Int)? { nil }

  /// Reads a line key by key through ``ReviewLineEditor``, echoing each
  /// change with `echo`: arrow keys move the cursor, Backspace deletes, and
  /// nothing but printable characters enters the text.
  ///
  /// - Returns: The line, or nil when cancelled or at the end of input.
  func editLine(echo: (String) -> Void) -> String? {
    echo("\u{1B}7")  // Save the cursor after the prompt; redraws start there.
    var editor = ReviewLineEditor()
    while let key = readEditKey() {
      switch editor.handle(key) {
      case .editing: echo(editor.redraw)
      case .done(let text):
        echo("\r\n")
        return text
      case .cancelled:
        echo("\r\n")
        return nil
      }
    }
    return nil
  }
}

/// The keyboard of the terminal on standard input, read in raw mode.
///
/// Raw mode (no echo, no line buffering, Ctrl-C read as a key) is entered for
/// ``readKey()`` and ``readLine()`` (which edits the line itself through
/// ``ReviewLineEditor``, so arrow keys move the cursor and never end up in
/// the text) and left for ``restore()``. The mode the
/// terminal was found in is also restored when the process gets SIGINT,
/// SIGTERM or SIGHUP, so a killed review never leaves the shell unusable.
final class TerminalKeys: KeySource {
  let usesColor: Bool
  let clearsScreen: Bool
  private let flushOutput: () -> Void
  private let write: (String) -> Void
  private var original = termios()
  private var isRaw = false

  /// Opens the keyboard, or returns nil when standard input is not a terminal.
  ///
  /// - Parameters:
  ///   - usesColor: Whether ANSI colours may be written to standard output.
  ///   - write: Writes to standard output (the echo of a typed line).
  ///   - flushOutput: Writes out buffered standard output; called before
  ///     every read so that the screen is complete when the user answers.
  init?(
    usesColor: Bool, write: @escaping (String) -> Void, flushOutput: @escaping () -> Void
  ) {
    guard isatty(standardInput) == 1, tcgetattr(standardInput, &original) == 0 else { return nil }
    self.usesColor = usesColor
    self.clearsScreen = isatty(1) == 1
    self.flushOutput = flushOutput
    self.write = write
  }

  var screenSize: (width: Int, height: Int)? {
    var size = winsize()
    guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 else {
      return nil
    }
    return (Int(size.ws_col), Int(size.ws_row))
  }

  func readEditKey() -> ReviewKey? {
    flushOutput()
    enterRawMode()
    return ReviewKey.read({ readByte() }, hasMore: { hasInput(withinMilliseconds: 30) })
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
    editLine(echo: write)
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
