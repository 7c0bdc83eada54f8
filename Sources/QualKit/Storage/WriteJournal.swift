import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The intent journal of a group write (``AtomicFile/writeAll(_:)``): what a
/// command that is stopped while it renames files into place leaves for the
/// next command, so that either every file of the group changes or none does.
///
/// Before the first rename, the writer records every target with its new
/// version (a temporary file beside it) and its old version (a hard link or
/// a copy beside it) in a journal, one copy in each folder the group
/// touches, named `.qualkit-journal-<pid>-<random>`. It holds an exclusive
/// `flock(2)` on each copy until it has finished, and removes the copies
/// once every rename has worked. A journal that can be locked was therefore
/// left by a writer that died (a kill, a crash, a power cut): the next
/// command that reads or writes in one of its folders undoes the write, by
/// putting every old version back and removing the new ones, and says so.
///
/// Undoing is also how a writer whose rename fails puts things back, so that
/// a failure and a kill end the same way. Nothing of a group is removed as a
/// stale temporary while its journal is there.
enum WriteJournal {
  /// The start of a journal's file name.
  static let prefix = ".qualkit-journal-"
  /// The end of the name of a journal copy still being written.
  static let unfinishedSuffix = ".new"
  /// The first line of a journal.
  static let header = "qualkit-journal 1"

  /// One file of a group write.
  struct Entry: Hashable, Sendable {
    /// The target.
    var target: URL
    /// The name of the new version's temporary file, in the target's folder.
    var temporary: String
    /// The name of the old version's hard link or copy, in the target's
    /// folder; nil when the target did not exist before.
    var backup: String?
  }

  /// What undoing an interrupted write did.
  struct Undo: Hashable, Sendable {
    /// The targets of the interrupted write.
    var targets: [URL]
    /// Why it could not be undone, if it could not.
    var failure: String?
  }

  /// A journal being held by its writer.
  struct Held {
    /// The journal's name (the same in every folder).
    var name: String
    /// Each copy's folder and open, locked descriptor.
    var copies: [(folder: URL, descriptor: Int32)]

    /// Removes every copy and lets go of the locks: the group is done.
    func finish() {
      for copy in copies { unlink(copy.folder.appendingPathComponent(name).path) }
      release()
    }

    /// Lets go of the locks without removing the copies, as a writer that
    /// dies does.
    func release() {
      for copy in copies { close(copy.descriptor) }
    }
  }

  // MARK: - Writing

  /// Writes and locks a copy of the journal of `entries` in every folder
  /// they touch.
  ///
  /// - Throws: The `errno` text of the first failure; the copies already
  ///   written are removed.
  static func begin(_ entries: [Entry]) throws(StorageError) -> Held {
    let name = prefix + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    var held = Held(name: name, copies: [])
    var folders: [URL] = []
    for entry in entries {
      let folder = entry.target.deletingLastPathComponent()
      if !folders.contains(folder) { folders.append(folder) }
    }
    for folder in folders {
      let unfinished = folder.appendingPathComponent(name + unfinishedSuffix)
      let descriptor = open(unfinished.path, O_RDWR | O_CREAT | O_EXCL, mode_t(0o644))
      guard descriptor >= 0 else {
        let reason = SystemCalls.errorText
        held.finish()
        throw StorageError(
          .cannotWrite, path: unfinished.path, reason: "cannot write its journal: \(reason)")
      }
      var failure = flock(descriptor, LOCK_EX) == 0 ? 0 : errno
      if failure == 0 {
        failure = writeAll(Array(text(of: entries, from: folder).utf8), to: descriptor)
      }
      if failure == 0 && fsync(descriptor) != 0 { failure = errno }
      if failure == 0
        && rename(unfinished.path, folder.appendingPathComponent(name).path) != 0
      {
        failure = errno
      }
      if failure != 0 {
        unlink(unfinished.path)
        close(descriptor)
        held.finish()
        throw StorageError(
          .cannotWrite, path: folder.path,
          reason: "cannot write the journal of the change: \(SystemCalls.text(of: failure))")
      }
      held.copies.append((folder, descriptor))
      syncFolder(folder)
    }
    return held
  }

  /// The journal's text, with each target's path relative to `folder`.
  static func text(of entries: [Entry], from folder: URL) -> String {
    var text = header + "\n"
    for entry in entries {
      let fields = [
        relativePath(of: entry.target, from: folder), entry.temporary, entry.backup ?? "",
      ]
      text += fields.map(escaped).joined(separator: "\t") + "\n"
    }
    return text
  }

  /// Writes all of `bytes` to `descriptor`; 0 or the `errno` of the failure.
  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32 {
    var offset = 0
    return bytes.withUnsafeBytes { raw -> Int32 in
      guard let base = raw.baseAddress else { return 0 }
      while offset < raw.count {
        let written = SystemCalls.write(descriptor, base + offset, raw.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return errno
        }
        offset += written
      }
      return 0
    }
  }

  // MARK: - Undoing

  /// Puts back the old version of every target of `entries`.
  ///
  /// The new versions and the old versions' links are removed: the group
  /// is as it was before the write. Safe to run again, or by two processes
  /// at once.
  ///
  /// - Returns: The `errno` text of the first step that failed, if one did.
  @discardableResult
  static func undo(_ entries: [Entry]) -> String? {
    var failure: String?
    func note(_ result: Int32) {
      if result != 0 && errno != ENOENT && failure == nil { failure = SystemCalls.errorText }
    }
    for entry in entries {
      let folder = entry.target.deletingLastPathComponent()
      let temporary = folder.appendingPathComponent(entry.temporary).path
      if let backup = entry.backup {
        let backupPath = folder.appendingPathComponent(backup).path
        // A rename onto the same file (the target was never replaced) does
        // nothing and leaves the link, so the link is removed either way.
        note(rename(backupPath, entry.target.path))
        note(unlink(backupPath))
      } else if access(temporary, F_OK) != 0 {
        // A new file whose temporary is gone was renamed into place: remove it.
        note(unlink(entry.target.path))
      }
      note(unlink(temporary))
    }
    for folder in Set(entries.map { $0.target.deletingLastPathComponent() }) {
      syncFolder(folder)
    }
    return failure
  }

  /// Undoes every group write whose writer died, among the journals in
  /// `folder`, waiting for one whose writer is still at work.
  ///
  /// - Returns: What was undone (nothing for a folder without journals).
  static func recover(inFolder folder: URL) -> [Undo] {
    // Journals name their targets relative to the real folder, not a link to it.
    let folder = folder.resolvingSymlinksInPath()
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
      return []
    }
    var undone: [Undo] = []
    for name in names.sorted() where name.hasPrefix(prefix) {
      if let undo = recover(folder.appendingPathComponent(name)) { undone.append(undo) }
    }
    return undone
  }

  /// Undoes the group write of the journal at `url` once its writer has
  /// let go of it; nil when the writer finished it meanwhile.
  private static func recover(_ url: URL) -> Undo? {
    var descriptor = open(url.path, O_RDWR)
    if descriptor < 0 { descriptor = open(url.path, O_RDONLY) }
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    while flock(descriptor, LOCK_EX) != 0 {
      guard errno == EINTR else { return nil }
    }
    var status = stat()
    // Removed by its writer, or by another command that undid it first.
    guard fstat(descriptor, &status) == 0, status.st_nlink > 0 else { return nil }
    if url.lastPathComponent.hasSuffix(unfinishedSuffix) {
      // Its writer died before any rename: there is nothing to undo.
      unlink(url.path)
      return nil
    }
    let folder = url.deletingLastPathComponent()
    guard lseek(descriptor, 0, SEEK_SET) == 0, let bytes = SystemCalls.readAll(descriptor),
      let entries = entries(in: bytes, from: folder)
    else {
      return Undo(targets: [], failure: "its journal '\(url.path)' cannot be read")
    }
    let failure = undo(entries)
    if failure == nil {
      for entryFolder in Set(entries.map { $0.target.deletingLastPathComponent() } + [folder]) {
        unlink(entryFolder.appendingPathComponent(url.lastPathComponent).path)
      }
    }
    return Undo(targets: entries.map(\.target), failure: failure)
  }

  /// The entries of a journal's bytes, or nil when it is not one.
  static func entries(in bytes: [UInt8], from folder: URL) -> [Entry]? {
    let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
    guard lines.first == Substring(header) else { return nil }
    var entries: [Entry] = []
    for line in lines.dropFirst() {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
        unescaped(String($0))
      }
      guard fields.count == 3, !fields[0].isEmpty, !fields[1].isEmpty else { return nil }
      let target = URL(fileURLWithPath: fields[0], relativeTo: folder).standardizedFileURL
      entries.append(
        Entry(target: target, temporary: fields[1], backup: fields[2].isEmpty ? nil : fields[2]))
    }
    return entries
  }

  // MARK: - Paths

  /// `url`'s path relative to `folder` (`../Codings/a.jsonl`).
  static func relativePath(of url: URL, from folder: URL) -> String {
    let target = url.standardizedFileURL.pathComponents
    let base = folder.standardizedFileURL.pathComponents
    var common = 0
    while common < min(target.count - 1, base.count) && target[common] == base[common] {
      common += 1
    }
    let up = Array(repeating: "..", count: base.count - common)
    return (up + target[common...]).joined(separator: "/")
  }

  /// `field` with `%`, tab and line breaks percent-escaped.
  private static func escaped(_ field: String) -> String {
    var result = ""
    for character in field.unicodeScalars {
      switch character {
      case "%": result += "%25"
      case "\t": result += "%09"
      case "\n": result += "%0A"
      case "\r": result += "%0D"
      default: result.unicodeScalars.append(character)
      }
    }
    return result
  }

  /// The inverse of ``escaped(_:)``.
  private static func unescaped(_ field: String) -> String {
    guard field.contains("%") else { return field }
    return field.replacingOccurrences(of: "%09", with: "\t")
      .replacingOccurrences(of: "%0A", with: "\n").replacingOccurrences(of: "%0D", with: "\r")
      .replacingOccurrences(of: "%25", with: "%")
  }

  /// Flushes a folder's entries.
  static func syncFolder(_ folder: URL) {
    let descriptor = open(folder.path, O_RDONLY)
    guard descriptor >= 0 else { return }
    _ = fsync(descriptor)
    close(descriptor)
  }
}
