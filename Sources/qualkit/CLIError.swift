import QualKit

/// An error that ends a command with a message and an exit code.
struct CLIError: Error, Sendable {
  /// The exit status to end with.
  var exitCode: ExitCode
  /// The full text to print on standard error, one or more lines.
  var message: String

  /// A usage error: the message, the command's usage line and a pointer to help.
  static func usage(_ message: String, usage: String) -> CLIError {
    CLIError(
      exitCode: .usage,
      message: "error: \(message)\nusage: \(usage)\nSee 'qualkit --help'.")
  }

  /// An input file that is missing or unreadable.
  static func noInput(_ message: String) -> CLIError {
    CLIError(exitCode: .noInput, message: "error: \(message)")
  }

  /// Invalid input, already formatted as `path:line:column: error: message`.
  static func dataError(_ formatted: String) -> CLIError {
    CLIError(exitCode: .dataError, message: formatted)
  }

  /// A general failure.
  static func failure(_ message: String) -> CLIError {
    CLIError(exitCode: .failure, message: "error: \(message)")
  }
}

extension CLIError {
  /// The error for a project that could not be loaded: exit 66, 65 or 64 by its kind.
  init(_ error: ProjectError, usage: String) {
    let lines = error.diagnostics.map(\.description).joined(separator: "\n")
    switch error.kind {
    case .missingInput: self.init(exitCode: .noInput, message: lines)
    case .invalidData: self.init(exitCode: .dataError, message: lines)
    case .ambiguous:
      self.init(
        exitCode: .usage, message: lines + "\nusage: \(usage)\nSee 'qualkit --help'.")
    }
  }

  /// The error for a file that could not be read (66) or written (1).
  init(_ error: StorageError) {
    let code: ExitCode =
      error.isMissingInput ? .noInput : error.kind == .tooLarge ? .dataError : .failure
    self.init(exitCode: code, message: "error: \(error)")
  }

  /// The error of a group update whose change threw a ``ProjectError``.
  init(_ error: CodingStore.UpdateError<ProjectError>, usage: String) {
    switch error {
    case .change(let error): self.init(error, usage: usage)
    case .storage(let error): self.init(error)
    case .malformedLines(let path, let lines, _):
      self.init(
        exitCode: .dataError,
        message:
          "\(path): error: not changing a file with malformed lines (\(lines.map(String.init).joined(separator: ", ")))"
      )
    }
  }
}
