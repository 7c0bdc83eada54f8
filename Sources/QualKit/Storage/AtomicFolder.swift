public import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Replaces a whole folder of output (such as a report) in one step: the
/// files are written into a temporary folder beside it, which is then
/// renamed into place, so a failure leaves the old folder as it was.
///
/// A folder is replaced only when it is empty or QualKit wrote everything
/// in it: its marker file lists every file of the last run with a hash
/// (``FolderManifest``), and a file that is not listed, or was edited since,
/// makes the write fail naming it, so that `--out ~`, a file a user added
/// or a marker planted in another folder never deletes anything. The
/// folder itself may not be a symbolic link, nor lie inside (or hold) one
/// of the folders named as protected, such as the project's coding files.
///
/// Temporary folders are named `.<name>.tmp-<pid>-<random>`, the old folder
/// is moved aside as `.<name>.old-<pid>-<random>` and removed after the
/// rename; those left by a run that was killed are removed by the next.
public enum AtomicFolder {
  /// Replaces the folder at `url` with one holding `files` and a marker.
  ///
  /// - Parameters:
  ///   - url: The folder to create or replace; its parent is created if needed.
  ///   - displayPath: The path to name in messages.
  ///   - files: Paths relative to the folder (`/` separators, no `..`) and their bytes.
  ///   - marker: The name of the marker file, such as `.qualkit-report`,
  ///     which lists the files written so that a later run may replace them.
  ///   - protected: Folders the output may neither be, lie inside, nor hold
  ///     (the project's data folders).
  ///   - isLegacyFile: Whether a file (by its relative path) may be replaced
  ///     when the marker is one from before markers listed their files.
  /// - Throws: ``StorageError``: `notAFolder` when `url` is a file,
  ///   `cannotWrite` when the folder is a link, is or holds a protected
  ///   folder, holds files QualKit did not write, or cannot be written.
  public static func replace(
    _ url: URL, displayPath: String, files: [(path: String, bytes: [UInt8])], marker: String,
    protecting protected: [URL] = [], isLegacyFile: (String) -> Bool = { _ in false }
  ) throws(StorageError) {
    var status = stat()
    if lstat(url.standardizedFileURL.path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK {
      throw StorageError(
        .cannotWrite, path: displayPath,
        reason: "it is a symbolic link; name a real folder (qualkit never writes through a link)")
    }
    let url = url.standardizedFileURL.resolvingSymlinksInPath()
    try checkNotProtected(url, displayPath: displayPath, protected: protected)
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    let exists = manager.fileExists(atPath: url.path, isDirectory: &isDirectory)
    if exists && !isDirectory.boolValue { throw StorageError(.notAFolder, path: displayPath) }
    if exists {
      try checkOwned(url, displayPath: displayPath, marker: marker, isLegacyFile: isLegacyFile)
    }
    for file in files {
      guard !file.path.split(separator: "/").contains(where: { $0 == ".." || $0 == "." }),
        file.path != marker
      else {
        throw StorageError(.cannotWrite, path: displayPath, reason: "bad file name '\(file.path)'")
      }
    }
    let temporary = try makeTemporary(beside: url, displayPath: displayPath)
    let parent = url.deletingLastPathComponent()
    let suffix = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    do throws(StorageError) {
      let manifest = FolderManifest(files: files)
      for file in files + [(marker, manifest.bytes)] {
        try AtomicFile.write(
          file.bytes, to: temporary.appendingPathComponent(file.path),
          displayPath: ProjectFolder.join(displayPath, file.path))
      }
      let aside = parent.appendingPathComponent(".\(url.lastPathComponent).old-\(suffix)")
      if exists {
        guard rename(url.path, aside.path) == 0 else {
          throw StorageError(.cannotWrite, path: displayPath, reason: SystemCalls.errorText)
        }
      }
      guard rename(temporary.path, url.path) == 0 else {
        let reason = SystemCalls.errorText
        if exists { _ = rename(aside.path, url.path) }
        throw StorageError(.cannotWrite, path: displayPath, reason: reason)
      }
      if exists { try? manager.removeItem(at: aside) }
      let descriptor = open(parent.path, O_RDONLY)
      if descriptor >= 0 {
        _ = fsync(descriptor)
        close(descriptor)
      }
    } catch {
      try? manager.removeItem(at: temporary)
      throw error
    }
  }

  /// Refuses an output folder that is, lies inside, or holds a protected folder.
  private static func checkNotProtected(_ url: URL, displayPath: String, protected: [URL])
    throws(StorageError)
  {
    let path = url.path
    for folder in protected {
      let other = folder.standardizedFileURL.resolvingSymlinksInPath().path
      let inside = path == other || path.hasPrefix(other.hasSuffix("/") ? other : other + "/")
      let holds = other.hasPrefix(path.hasSuffix("/") ? path : path + "/")
      if inside || holds {
        throw StorageError(
          .cannotWrite, path: displayPath,
          reason:
            "it \(inside ? "is, or lies inside," : "holds") the project's folder "
            + "'\(folder.lastPathComponent)'; name a folder of its own for the output")
      }
    }
  }

  /// Refuses a folder that holds anything QualKit did not write: a file not
  /// in the marker's list or changed since, a link, a device.
  private static func checkOwned(
    _ url: URL, displayPath: String, marker: String, isLegacyFile: (String) -> Bool
  ) throws(StorageError) {
    let markerBytes = SystemCalls.contents(ofFile: url.appendingPathComponent(marker).path)
    let manifest = markerBytes.flatMap { FolderManifest(parsing: $0) }
    let isLegacy = markerBytes.map { $0 == Array(FolderManifest.legacyText.utf8) } ?? false
    var foreign: [String] = []
    var edited: [String] = []
    func visit(_ folder: URL, _ relative: String) {
      let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .sorted()
      for name in names {
        let path = relative.isEmpty ? name : relative + "/" + name
        if path == marker { continue }
        let entry = folder.appendingPathComponent(name)
        var status = stat()
        guard lstat(entry.path, &status) == 0 else {
          foreign.append(path)
          continue
        }
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
          visit(entry, path)
        case S_IFREG:
          if let manifest, let hash = manifest.hashes[path] {
            let bytes = SystemCalls.contents(ofFile: entry.path) ?? []
            if XXHash64.hex(of: bytes) != hash { edited.append(path) }
          } else if !(isLegacy && isLegacyFile(path)) {
            foreign.append(path)
          }
        default:
          foreign.append(path)
        }
      }
    }
    visit(url, "")
    if foreign.isEmpty && edited.isEmpty { return }
    func listed(_ paths: [String]) -> String {
      paths.prefix(5).map { "'\($0)'" }.joined(separator: ", ")
        + (paths.count > 5 ? " and \(paths.count - 5) more" : "")
    }
    var parts: [String] = []
    if manifest == nil && !isLegacy {
      parts.append("qualkit did not write this folder (it has no \(marker) listing its files)")
    } else {
      if !foreign.isEmpty { parts.append("qualkit did not write \(listed(foreign))") }
      if !edited.isEmpty { parts.append("\(listed(edited)) changed since qualkit wrote it") }
    }
    throw StorageError(
      .cannotWrite, path: displayPath,
      reason: parts.joined(separator: "; ")
        + "; move those files out, or name another folder with --out")
  }

  /// A new empty folder beside `url` to write into before it is renamed
  /// into place, its parent made first and stale ones of killed writers
  /// removed.
  static func makeTemporary(beside url: URL, displayPath: String) throws(StorageError) -> URL {
    let parent = url.deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
    } catch {
      throw StorageError(.cannotWrite, path: displayPath, reason: "cannot create its parent folder")
    }
    removeStale(of: url)
    let suffix = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let temporary = parent.appendingPathComponent(".\(url.lastPathComponent).tmp-\(suffix)")
    guard mkdir(temporary.path, 0o755) == 0 else {
      throw StorageError(.cannotWrite, path: displayPath, reason: SystemCalls.errorText)
    }
    return temporary
  }

  /// Removes temporary and set-aside folders of `url` whose process no longer runs.
  static func removeStale(of url: URL) {
    let parent = url.deletingLastPathComponent()
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else {
      return
    }
    for prefix in [".\(url.lastPathComponent).tmp-", ".\(url.lastPathComponent).old-"] {
      for name in names where name.hasPrefix(prefix) {
        let rest = name.dropFirst(prefix.count)
        guard let dash = rest.firstIndex(of: "-"), let pid = Int32(rest[..<dash]) else { continue }
        if pid != getpid() && !SystemCalls.processExists(pid) {
          try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
      }
    }
  }
}
