import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension ProjectFolder {
  /// The paths of the visible regular files in the folder at `path` and
  /// every folder below it (dot files and dot folders, such as `.git`,
  /// left out; symbolic links to folders not followed), sorted, each
  /// joined to `path` as ``join(_:_:)`` does.
  ///
  /// - Throws: ``StorageError`` when there is no such folder or one of
  ///   them cannot be read.
  public func filesRecursively(in path: String) throws(StorageError) -> [String] {
    var result = try files(in: path).map { Self.join(path, $0) }
    let location = url(for: path)
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: location.path) else {
      throw StorageError(.unreadable, path: path)
    }
    for name in names.sorted() where !name.hasPrefix(".") {
      var status = stat()
      guard lstat(location.appendingPathComponent(name).path, &status) == 0,
        status.st_mode & S_IFMT == S_IFDIR
      else { continue }
      result += try filesRecursively(in: Self.join(path, name))
    }
    return result.sorted()
  }

  /// Removes the file at `path`, syncing its folder.
  ///
  /// - Throws: ``StorageError`` (`cannotWrite`) when it cannot be removed.
  public func remove(_ path: String) throws(StorageError) {
    let location = url(for: path)
    guard unlink(location.path) == 0 else {
      throw StorageError(.cannotWrite, path: path, reason: SystemCalls.errorText)
    }
    let descriptor = open(location.deletingLastPathComponent().path, O_RDONLY)
    if descriptor >= 0 {
      _ = fsync(descriptor)
      close(descriptor)
    }
  }

  /// The real, absolute path of `path` (symbolic links resolved, `..`
  /// removed), to tell whether one path lies inside another.
  public func realPath(_ path: String) -> String {
    url(for: path).resolvingSymlinksInPath().standardizedFileURL.path
  }
}
