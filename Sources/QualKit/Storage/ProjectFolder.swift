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
public struct ProjectFolder: Hashable, Sendable {
  /// The folder that relative paths are resolved against.
  public var base: URL

  /// Creates a reader for paths relative to `base`.
  public init(base: URL) {
    self.base = base.standardizedFileURL
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

  /// The bytes of the file at `path`.
  ///
  /// - Throws: ``StorageError`` when the file is missing, a folder or unreadable.
  public func read(_ path: String) throws(StorageError) -> [UInt8] {
    let location = url(for: path)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: location.path, isDirectory: &isDirectory) else {
      throw StorageError(.notFound, path: path)
    }
    if isDirectory.boolValue { throw StorageError(.isFolder, path: path) }
    // A device never ends (/dev/zero) or never says it has (a terminal): it
    // is refused at once. Pipes (/dev/stdin, <(...), a FIFO named on purpose)
    // and regular files are read.
    var status = stat()
    if stat(location.path, &status) == 0 {
      let kind = status.st_mode & S_IFMT
      if kind == S_IFCHR || kind == S_IFBLK { throw StorageError(.notAFile, path: path) }
    }
    guard let bytes = Self.contents(atPath: location.path) else {
      throw StorageError(.unreadable, path: path)
    }
    return bytes
  }

  /// The bytes of the file at `path`, or nil when there is none or it cannot be read.
  public func readIfPresent(_ path: String) -> [UInt8]? {
    Self.contents(atPath: url(for: path).path)
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

  /// The bytes of the file at `path`, read straight into an array (no
  /// intermediate `Data` and copy), or nil when it cannot be opened or read.
  static func contents(atPath path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return nil }
    var failed = false
    // Reads into `buffer` until it is full or the file ends; sets `failed` on error.
    func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>, _ count: inout Int) {
      guard let base = buffer.baseAddress else { return }
      while count < buffer.count {
        let got = SystemCalls.read(descriptor, base + count, buffer.count - count)
        if got < 0 && errno == EINTR { continue }
        if got < 0 { failed = true }
        if got <= 0 { return }
        count += got
      }
    }
    let size = max(0, Int(status.st_size))
    var bytes = [UInt8](unsafeUninitializedCapacity: size) { fill($0, &$1) }
    // A file that grew since fstat (or reports no size) is read to its end.
    if bytes.count == size {
      while !failed {
        let more = [UInt8](unsafeUninitializedCapacity: 65536) { fill($0, &$1) }
        bytes += more
        if more.count < 65536 { break }
      }
    }
    return failed ? nil : bytes
  }
}
