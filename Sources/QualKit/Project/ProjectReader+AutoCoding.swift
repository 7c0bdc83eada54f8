import Foundation

extension ProjectReader {
  /// The transcript files that `paths` name (files, and the transcripts of
  /// folders), each once, and the participants table of each of their folders.
  ///
  /// - Parameter paths: Files and folders; empty for the project's
  ///   transcripts folder.
  /// - Returns: The files in the order given (a folder's sorted by name) and
  ///   the tables by folder path.
  /// - Throws: ``ProjectError`` for a path that does not exist or a
  ///   participants table that cannot be read.
  public mutating func transcriptFiles(_ paths: [String]) throws(ProjectError)
    -> (files: [String], participants: [String: ParticipantTable])
  {
    var files: [String] = []
    for path in paths.isEmpty ? [layout.transcriptsFolder] : paths {
      guard folder.exists(path) else {
        throw ProjectError(.missingInput, "cannot read '\(path)': no such file or folder")
      }
      if folder.isFolder(path) {
        files += try transcriptPaths(inFolder: path)
      } else {
        files.append(path)
      }
    }
    // A file named twice (`Transcripts Transcripts/B01.txt`) is coded once.
    var seen: Set<String> = []
    files = files.filter { seen.insert(folder.url(for: $0).path).inserted }
    var tables: [String: ParticipantTable] = [:]
    for parent in Set(files.map(Self.parentFolder)).sorted() {
      if let table = try participants(inFolder: parent) { tables[parent] = table }
    }
    return (files, tables)
  }

  /// The folder of `path` as written (`Transcripts/B01.txt` → `Transcripts`,
  /// `B01.txt` → `.`), the key of its participants table.
  public static func parentFolder(_ path: String) -> String {
    URL(fileURLWithPath: path).deletingLastPathComponent().relativePath
  }
}
