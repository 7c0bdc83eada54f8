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
/// A folder is replaced only when QualKit wrote it (it holds the marker
/// file) or it is empty, so that `--out ~` cannot delete a home folder.
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
  ///     whose presence allows a later run to replace the folder.
  /// - Throws: ``StorageError``: `notAFolder` when `url` is a file,
  ///   `cannotWrite` when the folder holds other files or cannot be written.
  public static func replace(
    _ url: URL, displayPath: String, files: [(path: String, bytes: [UInt8])], marker: String
  ) throws(StorageError) {
    let url = url.standardizedFileURL.resolvingSymlinksInPath()
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    let exists = manager.fileExists(atPath: url.path, isDirectory: &isDirectory)
    if exists && !isDirectory.boolValue { throw StorageError(.notAFolder, path: displayPath) }
    if exists {
      let names = (try? manager.contentsOfDirectory(atPath: url.path)) ?? []
      guard names.isEmpty || names.contains(marker) else {
        throw StorageError(
          .cannotWrite, path: displayPath,
          reason:
            "the folder holds files that qualkit did not write (it has no \(marker)); "
            + "name another folder, or empty this one")
      }
    }
    let parent = url.deletingLastPathComponent()
    do {
      try manager.createDirectory(at: parent, withIntermediateDirectories: true)
    } catch {
      throw StorageError(.cannotWrite, path: displayPath, reason: "cannot create its parent folder")
    }
    removeStale(of: url)
    let suffix = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let temporary = parent.appendingPathComponent(".\(url.lastPathComponent).tmp-\(suffix)")
    guard mkdir(temporary.path, 0o755) == 0 else {
      throw StorageError(.cannotWrite, path: displayPath, reason: SystemCalls.errorText)
    }
    do throws(StorageError) {
      for file in files + [(marker, Array("qualkit report\n".utf8))] {
        guard !file.path.split(separator: "/").contains(where: { $0 == ".." || $0 == "." }) else {
          throw StorageError(
            .cannotWrite, path: displayPath, reason: "bad file name '\(file.path)'")
        }
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
