import Foundation
import QualKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads input files for commands, turning every failure into a ``CLIError``
/// with the right exit code and a message that names the file.
enum InputFiles {
  /// The bytes of the file at `path`.
  ///
  /// - Throws: exit 66 when the file is missing, a folder or unreadable.
  static func read(_ path: String, context: ToolContext) throws(CLIError) -> [UInt8] {
    let url = context.url(for: path)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      throw .noInput("cannot read '\(path)': no such file")
    }
    if isDirectory.boolValue {
      throw .noInput("cannot read '\(path)': it is a folder, not a file")
    }
    guard let bytes = contents(atPath: url.path) else {
      throw .noInput("cannot read '\(path)': permission denied or unreadable")
    }
    return bytes
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
        let got = systemRead(descriptor, base + count, buffer.count - count)
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

  /// Whether a file or folder exists at `path`.
  static func exists(_ path: String, context: ToolContext) -> Bool {
    FileManager.default.fileExists(atPath: context.url(for: path).path)
  }

  /// The names of the files directly inside the folder at `path`, sorted.
  static func list(_ path: String, context: ToolContext) throws(CLIError) -> [String] {
    let url = context.url(for: path)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      throw .noInput("cannot read folder '\(path)': no such folder")
    }
    guard isDirectory.boolValue else {
      throw .noInput("'\(path)' is a file, not a folder")
    }
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else {
      throw .noInput("cannot read folder '\(path)'")
    }
    return names.filter { name in
      var isFolder: ObjCBool = false
      _ = FileManager.default.fileExists(
        atPath: url.appendingPathComponent(name).path, isDirectory: &isFolder)
      return !isFolder.boolValue && !name.hasPrefix(".")
    }.sorted()
  }

  /// Joins a folder and a file name the way the user wrote the folder.
  static func join(_ folder: String, _ name: String) -> String {
    if folder.isEmpty || folder == "." { return name }
    return folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }

  /// Prints warnings (and errors) in `diagnostics` as `path:line:column: …`.
  static func report(_ diagnostics: [Diagnostic], path: String, context: inout ToolContext) {
    for diagnostic in diagnostics {
      context.printError(diagnostic.formatted(path: path))
    }
  }

  /// A data error for `error` in the file at `path`, every problem on its own line.
  static func dataError(_ error: any InputError, path: String) -> CLIError {
    .dataError(error.diagnostics.map { $0.formatted(path: path) }.joined(separator: "\n"))
  }
}

/// `read(2)`, under a name apart from ``InputFiles/read(_:context:)``.
private func systemRead(
  _ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int
) -> Int {
  #if canImport(Glibc)
    Glibc.read(descriptor, buffer, count)
  #elseif canImport(Musl)
    Musl.read(descriptor, buffer, count)
  #else
    Darwin.read(descriptor, buffer, count)
  #endif
}
