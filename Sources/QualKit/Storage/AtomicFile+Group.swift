public import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension AtomicFile {
  /// One file of a group to replace: where it goes and its new bytes.
  public struct Replacement: Sendable {
    /// The file to replace or create.
    public var url: URL
    /// The new contents.
    public var bytes: [UInt8]
    /// The path to name in messages.
    public var displayPath: String

    /// Creates a replacement.
    public init(url: URL, bytes: [UInt8], displayPath: String) {
      self.url = url
      self.bytes = bytes
      self.displayPath = displayPath
    }
  }

  /// Replaces several files as one step: every new file is written (and
  /// synced) to a temporary beside its target first, and only when all of
  /// them are written are they renamed into place.
  ///
  /// A failure while writing the temporaries leaves every target as it
  /// was. Before the first rename, the old versions are kept (hard links,
  /// or copies) and a ``WriteJournal`` records the group; a rename that
  /// fails puts every file back from it, and so does the next command when
  /// this one is killed during the renames, so that either every file is
  /// new or none is.
  ///
  /// - Parameter files: The files to write (each target at most once).
  /// - Throws: ``StorageError`` (`cannotWrite`) naming the file that failed.
  public static func writeAll(_ files: [Replacement]) throws(StorageError) {
    try writeAll(files, link: { link($0, $1) }, rename: { rename($0, $1) })
  }

  /// ``writeAll(_:)`` with the `link(2)` and `rename(2)` calls given, so
  /// that tests can make them fail as a FAT drive or a full disk would.
  ///
  /// `stopsAfterRenames` ends the write after that many renames as a
  /// killed process would (journal left, locks let go), for tests.
  static func writeAll(
    _ files: [Replacement], link: (String, String) -> Int32, rename: (String, String) -> Int32,
    stopsAfterRenames: Int? = nil
  ) throws(StorageError) {
    var temporaries: [(target: URL, temporary: URL, displayPath: String)] = []
    func removeTemporaries() {
      for entry in temporaries { unlink(entry.temporary.path) }
    }
    removeStaleTemporaries(of: files.map { $0.url.resolvingSymlinksInPath() })
    for file in files {
      let target = file.url.resolvingSymlinksInPath()
      let folder = target.deletingLastPathComponent()
      do {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      } catch {
        removeTemporaries()
        throw StorageError(.cannotWrite, path: file.displayPath, reason: "cannot create its folder")
      }
      let temporary = folder.appendingPathComponent(
        temporaryPrefix(of: target) + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
      do throws(StorageError) {
        try writeSynced(file.bytes, to: temporary, displayPath: file.displayPath)
      } catch {
        removeTemporaries()
        throw error
      }
      temporaries.append((target, temporary, file.displayPath))
    }
    // Keep the old versions until every rename has worked: a hard link, or
    // a copy where links are not to be had (exFAT, FAT32, a full link count).
    // A target that existed and cannot be kept stops the write before any
    // rename, so that a failed rename can always put every file back.
    var backups: [URL?] = []
    for entry in temporaries {
      var status = stat()
      guard lstat(entry.target.path, &status) == 0 else {
        backups.append(nil)  // a new file: undone by removing it
        continue
      }
      let backup = entry.target.deletingLastPathComponent().appendingPathComponent(
        temporaryPrefix(of: entry.target) + "\(getpid())-old-\(UInt32.random(in: 0...UInt32.max))")
      if link(entry.target.path, backup.path) == 0 {
        backups.append(backup)
        continue
      }
      let linkFailure = SystemCalls.errorText
      do throws(StorageError) {
        guard let old = SystemCalls.contents(ofFile: entry.target.path) else {
          throw StorageError(.cannotWrite, path: entry.displayPath, reason: linkFailure)
        }
        try writeSynced(old, to: backup, displayPath: entry.displayPath)
        backups.append(backup)
      } catch {
        removeTemporaries()
        for made in backups.compactMap({ $0 }) { unlink(made.path) }
        throw StorageError(
          .cannotWrite, path: entry.displayPath,
          reason:
            "cannot keep its old version while the files are replaced (\(error.reason ?? linkFailure)); nothing was changed"
        )
      }
    }
    let entries = zip(temporaries, backups).map { entry, backup in
      WriteJournal.Entry(
        target: entry.target, temporary: entry.temporary.lastPathComponent,
        backup: backup?.lastPathComponent)
    }
    let journal: WriteJournal.Held
    do throws(StorageError) {
      journal = try WriteJournal.begin(entries)
    } catch {
      removeTemporaries()
      for made in backups.compactMap({ $0 }) { unlink(made.path) }
      throw StorageError(
        .cannotWrite, path: temporaries.first?.displayPath ?? "",
        reason: (error.reason ?? "cannot write the journal") + "; nothing was changed")
    }
    for (index, entry) in temporaries.enumerated() {
      if index == stopsAfterRenames {
        journal.release()
        return
      }
      guard rename(entry.temporary.path, entry.target.path) != 0 else { continue }
      let reason = SystemCalls.errorText
      if let failure = WriteJournal.undo(entries) {
        // The journal stays, so that the next command tries again.
        journal.release()
        throw StorageError(
          .cannotWrite, path: entry.displayPath,
          reason: "\(reason); putting the other files back failed too (\(failure))")
      }
      journal.finish()
      throw StorageError(.cannotWrite, path: entry.displayPath, reason: reason)
    }
    if stopsAfterRenames == temporaries.count {
      journal.release()
      return
    }
    for folder in Set(temporaries.map { $0.target.deletingLastPathComponent() }) {
      WriteJournal.syncFolder(folder)
    }
    // Every file is new: the journal goes first, then the old versions.
    journal.finish()
    for backup in backups.compactMap({ $0 }) { unlink(backup.path) }
  }

  /// Writes `bytes` to a new file at `url` and syncs it.
  private static func writeSynced(_ bytes: [UInt8], to url: URL, displayPath: String)
    throws(StorageError)
  {
    let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL, mode_t(0o644))
    guard descriptor >= 0 else {
      throw StorageError(.cannotWrite, path: displayPath, reason: SystemCalls.errorText)
    }
    let failure = writeAndClose(bytes, to: descriptor)
    if failure != 0 {
      unlink(url.path)
      throw StorageError(.cannotWrite, path: displayPath, reason: SystemCalls.text(of: failure))
    }
  }
}
