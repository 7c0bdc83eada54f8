public import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads files and folders for QualKit: every read of the library goes
/// through here, so that paths resolve one way and every failure is a
/// ``StorageError`` that names the path as the user wrote it.
///
/// Paths are relative to ``base`` (the folder a command runs in) unless they
/// are absolute; messages show them as given.
///
/// Every input is read the same way, by ``read(_:)``: regular files and
/// pipes (`/dev/stdin`, `<(…)`, a FIFO) up to ``maximumFileSize`` bytes.
/// A device (`/dev/zero`, a terminal) is refused at once, a file larger than
/// the limit before it is read, and a FIFO named by its path that nobody
/// writes to after ``pipeWait`` seconds.
public struct ProjectFolder: Hashable, Sendable {
  /// The largest file read by default: 1 GiB.
  public static let defaultMaximumFileSize = 1 << 30

  /// The folder that relative paths are resolved against.
  public var base: URL
  /// The largest file (or pipe's contents) read, in bytes.
  public var maximumFileSize: Int
  /// How long a FIFO named by its path is waited on for its first byte (or
  /// its writer's end), in seconds; a pipe a shell passes as `/dev/stdin` or
  /// `/dev/fd/N` is read as long as its writer takes.
  public var pipeWait: Double = 1

  /// Creates a reader for paths relative to `base`.
  public init(base: URL, maximumFileSize: Int = ProjectFolder.defaultMaximumFileSize) {
    self.base = base.standardizedFileURL
    self.maximumFileSize = maximumFileSize
  }

  /// The file URL of `path`.
  public func url(for path: String) -> URL {
    if path.hasPrefix("/") { return URL(fileURLWithPath: path).standardizedFileURL }
    return base.appendingPathComponent(path).standardizedFileURL
  }

  /// Whether a file or folder exists at `path`.
  public func exists(_ path: String) -> Bool {
    FileManager.default.fileExists(atPath: url(for: path).path)
  }

  /// Whether a folder exists at `path`.
  public func isFolder(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: url(for: path).path, isDirectory: &isDirectory)
      && isDirectory.boolValue
  }

  /// The bytes of the file at `path`: the one way QualKit reads input.
  ///
  /// - Throws: ``StorageError`` when the file is missing, a folder, a device,
  ///   larger than ``maximumFileSize``, a FIFO nobody writes to, or unreadable.
  public func read(_ path: String) throws(StorageError) -> [UInt8] {
    // `make` reads nothing, so every file is read into an array.
    try read(path, making: { _, _ in nil }, orFrom: { $0 })
  }

  /// Reads the file at `path` as ``read(_:)`` does, but a regular file
  /// straight into storage that `make` allocates (a string's, so that a
  /// large transcript is never held twice); anything else is read into an
  /// array and given to `bytes`.
  ///
  /// - Parameters:
  ///   - path: The file, relative to the project folder.
  ///   - make: Gets the file's size and a function that reads the file into
  ///     the buffer it is given (of more bytes than the size) and returns how
  ///     many it read, or nil when reading failed or the file grew; `make`
  ///     returns nil when that function did, and the file is read again as
  ///     bytes.
  ///   - bytes: Makes the value from the file's bytes.
  /// - Returns: The value `make` or `bytes` made.
  /// - Throws: ``StorageError`` as ``read(_:)`` does.
  public func read<Value>(
    _ path: String,
    making make: (_ size: Int, _ fill: (UnsafeMutableBufferPointer<UInt8>) -> Int?) -> Value?,
    orFrom bytes: ([UInt8]) -> Value
  ) throws(StorageError) -> Value {
    let location = url(for: path)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: location.path, isDirectory: &isDirectory) else {
      throw StorageError(.notFound, path: path)
    }
    if isDirectory.boolValue { throw StorageError(.isFolder, path: path) }
    return try InputReader(
      path: location.path, shownAs: path, limit: maximumFileSize,
      pipeWait: Self.isShellPipe(path) ? nil : pipeWait
    ).read(making: make, orFrom: bytes)
  }

  /// Refuses to write `count` bytes to `path` when the file would be larger
  /// than ``maximumFileSize``: no command could read it back.
  ///
  /// - Throws: ``StorageError`` (`cannotWrite`) saying so.
  public func checkWritable(_ count: Int, to path: String) throws(StorageError) {
    guard count > maximumFileSize else { return }
    let size =
      count >= 1 << 30
      ? NumberFormat.fixed(Double(count) / Double(1 << 30), decimals: 1) + " GiB"
      : count >= 1 << 20
        ? NumberFormat.fixed(Double(count) / Double(1 << 20), decimals: 1) + " MiB"
        : "\(count) bytes"
    throw StorageError(
      .cannotWrite, path: path,
      reason:
        "it would be \(size), larger than the \(InputReader.describe(maximumFileSize)) limit for an input file, so no command could read it back; nothing was written"
    )
  }

  /// The bytes of the file at `path`, or nil when there is none or it cannot be read.
  public func readIfPresent(_ path: String) -> [UInt8]? {
    try? read(path)
  }

  /// The size in bytes of the regular file at `path`, or nil for anything
  /// else (a pipe, a folder, nothing).
  public func fileSize(_ path: String) -> Int? {
    var status = stat()
    guard stat(url(for: path).path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
      return nil
    }
    return Int(status.st_size)
  }

  /// Whether `path` is how a shell passes a pipe (`/dev/stdin`, `<(…)` as
  /// `/dev/fd/N`): its writer is there from the start, however slow.
  static func isShellPipe(_ path: String) -> Bool {
    path == "/dev/stdin" || path.hasPrefix("/dev/fd/")
      || path.hasPrefix("/proc/self/fd/")
  }

  /// The names of the visible regular files (not folders, FIFOs, devices
  /// or dot files) directly inside the folder at `path`, sorted.
  ///
  /// - Throws: ``StorageError`` when there is no such folder or it cannot be read.
  public func files(in path: String) throws(StorageError) -> [String] {
    let location = url(for: path)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: location.path, isDirectory: &isDirectory) else {
      throw StorageError(.notFound, path: path)
    }
    guard isDirectory.boolValue else { throw StorageError(.notAFolder, path: path) }
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: location.path) else {
      throw StorageError(.unreadable, path: path)
    }
    // Only regular files (or links to them): a FIFO or device in a
    // project folder would hang or never end a command that reads them all.
    return names.filter { name in
      var status = stat()
      guard !name.hasPrefix("."),
        stat(location.appendingPathComponent(name).path, &status) == 0
      else { return false }
      return status.st_mode & S_IFMT == S_IFREG
    }.sorted()
  }

  /// Joins a folder and a file name the way the user wrote the folder.
  public static func join(_ folder: String, _ name: String) -> String {
    if folder.isEmpty || folder == "." { return name }
    return folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }
}
