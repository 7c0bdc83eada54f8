import Foundation
import QualKit

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
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw .noInput("cannot read '\(path)': permission denied or unreadable")
    }
    return [UInt8](data)
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
