public import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension AtomicFolder {
  /// Creates the folder at `url` holding `files`, in one step: the files
  /// are written into a temporary folder beside it, which is then renamed
  /// into place, so that a failure leaves nothing behind.
  ///
  /// An existing empty folder is replaced; anything else at `url` (a file,
  /// a folder with something in it, a symbolic link) is refused and nothing
  /// is written.
  ///
  /// - Parameters:
  ///   - url: The folder to create; its parent is created if needed.
  ///   - displayPath: The path to name in messages.
  ///   - files: Paths relative to the folder (`/` separators, no `..`) and their bytes.
  /// - Throws: ``StorageError``: `cannotWrite` when `url` exists and is not
  ///   an empty folder, a path is bad, or a file cannot be written.
  public static func create(
    _ url: URL, displayPath: String, files: [(path: String, bytes: [UInt8])]
  ) throws(StorageError) {
    let url = url.standardizedFileURL
    var status = stat()
    if lstat(url.path, &status) == 0 {
      let isFolder = (status.st_mode & S_IFMT) == S_IFDIR
      let entries =
        isFolder ? (try? FileManager.default.contentsOfDirectory(atPath: url.path)) : nil
      guard let entries, entries.isEmpty else {
        throw StorageError(
          .cannotWrite, path: displayPath,
          reason: isFolder
            ? "the folder exists and is not empty; name a new folder"
            : "something that is not a folder is there; name a new folder")
      }
    }
    for file in files {
      let parts = file.path.split(separator: "/", omittingEmptySubsequences: false)
      guard !file.path.hasPrefix("/"),
        !parts.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty })
      else {
        throw StorageError(.cannotWrite, path: displayPath, reason: "bad file name '\(file.path)'")
      }
    }
    let temporary = try makeTemporary(beside: url, displayPath: displayPath)
    let parent = url.deletingLastPathComponent()
    do throws(StorageError) {
      for file in files {
        try AtomicFile.write(
          file.bytes, to: temporary.appendingPathComponent(file.path),
          displayPath: ProjectFolder.join(displayPath, file.path))
      }
      // An empty folder in the way is removed; a folder that gained files
      // since the check makes the rename fail, and nothing is lost.
      if lstat(url.path, &status) == 0 { _ = rmdir(url.path) }
      guard rename(temporary.path, url.path) == 0 else {
        throw StorageError(.cannotWrite, path: displayPath, reason: SystemCalls.errorText)
      }
      let descriptor = open(parent.path, O_RDONLY)
      if descriptor >= 0 {
        _ = fsync(descriptor)
        close(descriptor)
      }
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw error
    }
  }
}
