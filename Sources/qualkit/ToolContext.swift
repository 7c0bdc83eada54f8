import Foundation
import QualKit

/// What a command may touch: its working folder, streams and terminal.
///
/// Tests pass their own.
struct ToolContext {
  /// The folder that relative paths and the project's default folders are resolved against.
  var currentDirectory: URL
  /// Where results go.
  var standardOutput: any TextOutputStream
  /// Where errors, warnings and progress go.
  var standardError: any TextOutputStream
  /// Whether standard error is a terminal (progress is shown only then).
  var isStandardErrorTerminal: Bool = false
  /// Whether standard output is a terminal that may show colour (`NO_COLOR`
  /// unset); search hits are highlighted only then.
  var highlightsOutput: Bool = false
  /// The keyboard, when standard input is a terminal (nil otherwise);
  /// interactive commands such as `review` read their answers from it.
  var keys: (any KeySource)?

  /// The largest file read (and written, so that it can be read back).
  var maximumFileSize = ProjectFolder.defaultMaximumFileSize

  /// Reads files relative to ``currentDirectory``.
  var folder: ProjectFolder {
    ProjectFolder(base: currentDirectory, maximumFileSize: maximumFileSize)
  }

  /// The project's folders: those of the project that holds
  /// ``currentDirectory`` (found upwards, like git finds `.git`), relative to
  /// it, so that a command run in `Transcripts/` still finds `Codebooks/`
  /// and writes into the project's `Codings/`.
  var layout: ProjectLayout {
    let folder = self.folder
    return ProjectLayout.discovered(from: folder.base.path) { path in
      folder.isFolder(path)
    }
  }

  /// ``layout``, for a command that creates files in the project's folders:
  /// exit 66 when no folder here or above is a project, so that a write
  /// never starts a new `Codings/` in an unrelated folder.
  func writableLayout() throws(CLIError) -> ProjectLayout {
    let folder = self.folder
    guard ProjectLayout().root(containing: folder.base.path, isFolder: folder.isFolder) != nil
    else {
      throw .noInput(
        "'\(folder.base.path)' is not in a qualkit project (no Codebooks/, Transcripts/ or Codings/ here or above); start one with 'qualkit init' or name one with -C DIR"
      )
    }
    return layout
  }

  /// Resolves a path given on the command line against ``currentDirectory``.
  func url(for path: String) -> URL { folder.url(for: path) }

  /// Writes one line to standard output, control characters made visible.
  mutating func print(_ line: String) {
    standardOutput.write(TerminalText.visible(line))
    standardOutput.write("\n")
  }

  /// Runs `body` with a project reader, printing what it found and turning
  /// a ``ProjectError`` into the command's error.
  mutating func load<Result>(
    usage: String, _ body: (inout ProjectReader) throws(ProjectError) -> Result
  ) throws(CLIError) -> Result {
    var reader = ProjectReader(folder: folder, layout: layout)
    do {
      let result = try body(&reader)
      report(reader.diagnostics)
      return result
    } catch {
      report(reader.diagnostics)
      throw CLIError(error, usage: usage)
    }
  }
}

extension ToolContext {
  /// Writes `text` to the new file `out` atomically, or to standard output
  /// when `out` is nil; an existing `out` is a usage error (never replaced).
  ///
  /// - Returns: Whether a file was written.
  mutating func writeNewFile(_ text: String, to out: String?, usage: String) throws(CLIError)
    -> Bool
  {
    guard let out else {
      standardOutput.write(text)
      return false
    }
    guard !folder.exists(out) else {
      throw .usage("'\(out)' exists; remove it or choose another --out", usage: usage)
    }
    do throws(StorageError) {
      let bytes = Array(text.utf8)
      try folder.checkWritable(bytes.count, to: out)
      try AtomicFile.write(bytes, to: url(for: out), displayPath: out)
    } catch {
      throw CLIError(error)
    }
    return true
  }
}
