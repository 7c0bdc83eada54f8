/// The list of files QualKit wrote into an output folder, with a hash of
/// each, kept in the folder's marker file.
///
/// A later run replaces the folder only when every file in it is one of
/// these, unchanged since it was written: a file someone added or edited
/// is never deleted (``AtomicFolder``).
///
/// The marker's text is a header line and a line per file:
///
/// ```
/// qualkit-folder 2
/// 1f0c4a5e8d2b3c41 csv/overview.csv
/// 9a2b…             report.md
/// ```
struct FolderManifest: Hashable, Sendable {
  /// The first line of a marker in this format.
  static let header = "qualkit-folder 2"
  /// The whole text of a marker written before manifests existed.
  static let legacyText = "qualkit report\n"

  /// The hash (``XXHash64/hex(of:)-swift.type.method``) of each file, by its
  /// path relative to the folder.
  var hashes: [String: String]

  /// The manifest of `files` as they are about to be written.
  init(files: [(path: String, bytes: [UInt8])]) {
    var hashes: [String: String] = [:]
    for file in files { hashes[file.path] = XXHash64.hex(of: file.bytes) }
    self.hashes = hashes
  }

  /// Reads a marker's bytes; nil when they are not a manifest (an empty
  /// file, a marker of an older version, or anything else).
  init?(parsing bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: true)
    guard let first = lines.first, first == Self.header else { return nil }
    lines.removeFirst()
    var hashes: [String: String] = [:]
    for line in lines {
      guard let space = line.firstIndex(of: " ") else { return nil }
      let hash = line[..<space]
      let path = line[line.index(after: space)...]
      guard hash.count == 16, !path.isEmpty else { return nil }
      hashes[String(path)] = String(hash)
    }
    self.hashes = hashes
  }

  /// The marker's text: the header, then the files in path order.
  var bytes: [UInt8] {
    var text = Self.header + "\n"
    for path in hashes.keys.sorted() { text += "\(hashes[path] ?? "") \(path)\n" }
    return Array(text.utf8)
  }
}
