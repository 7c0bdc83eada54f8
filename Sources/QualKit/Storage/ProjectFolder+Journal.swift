import Foundation

extension ProjectFolder {
  /// Undoes every group write in the folders `paths` that a killed command
  /// left half done, and says what it did.
  ///
  /// A command killed while it renamed its files into place (see
  /// ``AtomicFile/writeAll(_:)``) is undone, so that the codebook and the
  /// coding files never stay half edited. Temporary files of killed
  /// writers there are removed.
  ///
  /// A group write still under way is waited for. Folders that do not exist
  /// are skipped.
  ///
  /// - Parameter paths: Folders, relative to ``base`` (the project's data folders).
  /// - Returns: A warning for each write undone, or that could not be undone.
  public func undoInterruptedWrites(in paths: [String]) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    for path in paths where isFolder(path) {
      defer { AtomicFile.removeStaleTemporaries(inFolder: url(for: path)) }
      for undo in WriteJournal.recover(inFolder: url(for: path)) {
        let shown = undo.targets.map { displayPath(of: $0) }
        let count = shown.count == 1 ? "1 file" : "\(shown.count) files"
        var names = shown.prefix(3).joined(separator: ", ")
        if shown.count > 3 { names += " and \(shown.count - 3) more" }
        if let failure = undo.failure {
          diagnostics.append(
            .warning(
              "a command was stopped while it replaced \(count) (\(names)), and putting them back failed (\(failure)); they may disagree until a command that can write here runs"
            ))
        } else {
          diagnostics.append(
            .warning(
              "a command was stopped while it replaced \(count) (\(names)); every one was put back as it was before that command, so run it again"
            ))
        }
      }
    }
    return diagnostics
  }

  /// `url` as a path relative to ``base``, as the user names files.
  private func displayPath(of url: URL) -> String {
    WriteJournal.relativePath(of: url, from: base.resolvingSymlinksInPath())
  }
}
