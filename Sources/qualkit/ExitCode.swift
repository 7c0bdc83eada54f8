import QualKit

/// The process exit status, from BSD `sysexits.h`.
enum ExitCode: Int32, Sendable {
  /// Success, including `--help` and `--version`.
  case success = 0
  /// A general failure, or a check that found problems.
  case failure = 1
  /// Bad arguments or options (`EX_USAGE`).
  case usage = 64
  /// Input that was read but is invalid (`EX_DATAERR`).
  case dataError = 65
  /// An input file that is missing or unreadable (`EX_NOINPUT`).
  case noInput = 66
}

extension ExitCode {
  /// The status of a command that read input with these diagnostics: 65
  /// when any is an error (a malformed line, say), else 0.
  init(_ diagnostics: [Diagnostic]) {
    self = diagnostics.hasErrors ? .dataError : .success
  }
}
