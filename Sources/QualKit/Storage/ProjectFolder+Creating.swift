import Foundation

extension ProjectFolder {
  /// Every name directly inside the folder at `path`, hidden ones and
  /// folders included, sorted; nil when there is no such folder.
  ///
  /// - Throws: ``StorageError`` when `path` is a file or cannot be listed.
  public func entries(in path: String) throws(StorageError) -> [String]? {
    let location = url(for: path)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: location.path, isDirectory: &isDirectory) else {
      return nil
    }
    guard isDirectory.boolValue else { throw StorageError(.notAFolder, path: path) }
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: location.path) else {
      throw StorageError(.unreadable, path: path)
    }
    return names.sorted()
  }

  /// Starts a project in the folder at `path` (created if missing) with
  /// the template's files, each written atomically.
  ///
  /// Nothing is written when the folder is refused
  /// (``ProjectTemplate/refusal(forEntries:layout:)``) or `path` is a file.
  ///
  /// - Parameters:
  ///   - path: The project's folder, `.` for the current one.
  ///   - files: The files to write, paths relative to the project.
  /// - Returns: The paths written, as given in `files`.
  /// - Throws: ``ProjectError``: invalid data (exit 1 for the caller) when
  ///   the folder is refused, missing input when `path` cannot be listed.
  public func createProject(at path: String, files: [ProjectTemplate.File]) throws(ProjectError)
    -> [String]
  {
    let entries: [String]?
    do {
      entries = try self.entries(in: path)
    } catch {
      throw ProjectError(.invalidData, "cannot start a project in '\(path)': it is a file")
    }
    if let entries, let refusal = ProjectTemplate.refusal(forEntries: entries) {
      throw ProjectError(.invalidData, "cannot start a project in '\(path)': \(refusal)")
    }
    for file in files {
      let target = ProjectFolder.join(path, file.path)
      do {
        try AtomicFile.write(Array(file.contents.utf8), to: url(for: target), displayPath: target)
      } catch {
        throw ProjectError(.missingInput, error.description)
      }
    }
    return files.map(\.path)
  }
}

extension ProjectFolder {
  /// Replaces the file at `path` with `bytes`, atomically (see ``AtomicFile``).
  ///
  /// - Throws: ``StorageError`` (`cannotWrite`) naming `path`.
  public func write(_ bytes: [UInt8], to path: String) throws(StorageError) {
    try AtomicFile.write(bytes, to: url(for: path), displayPath: path)
  }
}
