/// A file or folder that could not be read, written or locked.
///
/// Messages name the path as the user wrote it, never a raw Foundation error.
public struct StorageError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What went wrong.
  public enum Kind: Hashable, Sendable {
    /// No file or folder at the path.
    case notFound
    /// A folder where a file was expected.
    case isFolder
    /// A file where a folder was expected.
    case notAFolder
    /// The file or folder exists but cannot be read.
    case unreadable
    /// A device such as `/dev/zero`, which never ends: not read.
    case notAFile
    /// A FIFO named by its path that nobody wrote to in time.
    case noWriter
    /// A file larger than the size limit (``reason`` names the limit).
    case tooLarge
    /// The file cannot be written or replaced.
    case cannotWrite
    /// The file's lock cannot be taken.
    case cannotLock
  }

  /// What went wrong.
  public var kind: Kind
  /// The path as the user wrote it (or as the project names it).
  public var path: String
  /// The operating system's reason, when there is one (`strerror`).
  public var reason: String?

  /// Creates an error for `path`.
  public init(_ kind: Kind, path: String, reason: String? = nil) {
    self.kind = kind
    self.path = path
    self.reason = reason
  }

  /// Whether the error is about input that is missing or unreadable (exit 66)
  /// rather than a failure to write (exit 1) or input too large (exit 65).
  public var isMissingInput: Bool {
    switch kind {
    case .notFound, .isFolder, .notAFolder, .unreadable, .notAFile, .noWriter: true
    case .cannotWrite, .cannotLock, .tooLarge: false
    }
  }

  /// A lowercase sentence fragment without a final period.
  public var description: String {
    switch kind {
    case .notFound: "cannot read '\(path)': no such file"
    case .isFolder: "cannot read '\(path)': it is a folder, not a file"
    case .notAFolder: "'\(path)' is a file, not a folder"
    case .notAFile:
      "cannot read '\(path)': it is a device, not a file (name a file, or a pipe such as /dev/stdin)"
    case .noWriter:
      "cannot read '\(path)': it is a FIFO and nothing was written to it within a second (start its writer first, or pass it as /dev/stdin)"
    case .tooLarge:
      "cannot read '\(path)': it is larger than the \(reason ?? "size") limit for an input file"
    case .unreadable: "cannot read '\(path)': \(reason ?? "permission denied or unreadable")"
    case .cannotWrite: "cannot write '\(path)': \(reason ?? "unknown error")"
    case .cannotLock: "cannot lock '\(path)': \(reason ?? "unknown error")"
    }
  }
}
