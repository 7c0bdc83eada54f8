import Foundation

/// Coders' coding files read together, for `agree` and `merge`.
public struct CodingInputs: Sendable {
  /// Each file as read, in the order given.
  public var files: [CodingStore.Loaded]

  /// Creates inputs from files already read.
  public init(files: [CodingStore.Loaded]) {
    self.files = files
  }

  /// Whether some file had malformed lines.
  public var hadErrors: Bool { files.contains { !$0.file.malformedLines.isEmpty } }

  /// Every coding of every file.
  public var all: [Coding] { files.flatMap(\.file.codings) }

  /// The coders named in the files, sorted.
  public var coders: [String] { Array(Set(all.map(\.coder))).sorted() }

  /// A warning for each coder name found in more than one file (their
  /// codings then count as one coder's).
  public var sharedCoderWarnings: [Diagnostic] {
    var filesByCoder: [String: [String]] = [:]
    for loaded in files {
      for coder in Set(loaded.file.codings.map(\.coder)) {
        filesByCoder[coder, default: []].append(loaded.path)
      }
    }
    return filesByCoder.sorted { $0.key < $1.key }.filter { $0.value.count > 1 }.map {
      coder, paths in
      .warning(
        "coder '\(coder)' appears in several files (\(paths.joined(separator: ", "))); "
          + "their codings count as one coder")
    }
  }
}

extension ProjectReader {
  /// Reads coding files for `agree` and `merge`: a file given twice is read
  /// once (with a warning), and, if asked, a coder name found in several
  /// files is warned about.
  ///
  /// - Throws: ``ProjectError`` when a file is missing or unreadable.
  public mutating func codingInputs(_ paths: [String], warnAboutSharedCoders: Bool = true)
    throws(ProjectError) -> CodingInputs
  {
    var files: [CodingStore.Loaded] = []
    var seen = Set<String>()
    for path in paths {
      guard seen.insert(folder.url(for: path).path).inserted else {
        diagnostics.append(.warning("file given twice; read once", file: path))
        continue
      }
      files.append(try codingFile(at: path))
    }
    let inputs = CodingInputs(files: files)
    if warnAboutSharedCoders { diagnostics += inputs.sharedCoderWarnings }
    return inputs
  }
}
