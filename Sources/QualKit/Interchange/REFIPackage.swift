/// The files of a REFI-QDA project: a `.qdpx` archive (its `.qde` and the
/// source files beside it), or a bare `.qde` whose sources are not there.
///
/// Every entry's path is checked before anything is extracted: one that
/// would leave a folder it is extracted into (`../x`, `/etc/x`, `C:\x`) makes
/// the whole archive refused. The project file is `project.qde`, else the
/// one `.qde` at the top (ATLAS.ti 26 names it after the project), else
/// the one `.qde` anywhere. Sources are found in `sources/` or `Sources/`
/// (any case) beside it. Sizes are bounded by ``ZipArchive/Limits``, checked
/// before an entry is inflated and while it is.
struct REFIPackage {
  /// The archive, nil for a bare `.qde`.
  private let archive: ZipArchive?
  /// Whether the project came as an archive (else as a bare `.qde`).
  var isArchive: Bool { archive != nil }
  /// The project file's path in the archive (`project.qde` for a bare file).
  let projectEntry: String
  /// The project file's bytes.
  let projectBytes: [UInt8]
  /// Notes on what was tolerated (a project file not named `project.qde`).
  private(set) var notes: [String] = []
  /// The folder the project file is in, with a final `/` (empty at the top).
  private let folder: String
  /// The entries by lowercased path, for lookups in any case.
  private let entriesByLowercasedPath: [String: ZipArchive.Entry]

  /// Opens `bytes`: a ZIP archive, or else a `.qde` document.
  ///
  /// - Throws: ``InterchangeError``: `unsafePath` for an entry whose path
  ///   leaves the archive, `noProjectFile` or `ambiguousProjectFile`,
  ///   `archive` for a damaged archive or an entry over a limit, `notREFI`
  ///   for bytes that are neither.
  init(bytes: [UInt8], limits: ZipArchive.Limits = .default) throws(InterchangeError) {
    guard bytes.starts(with: [0x50, 0x4B]) else {
      guard Self.looksLikeXML(bytes) else {
        throw InterchangeError(
          .notREFI, "not a REFI-QDA project: neither a ZIP archive (.qdpx) nor XML (.qde)")
      }
      archive = nil
      projectEntry = "project.qde"
      projectBytes = bytes
      folder = ""
      entriesByLowercasedPath = [:]
      return
    }
    let archive: ZipArchive
    do {
      archive = try ZipArchive(bytes: bytes, limits: limits)
    } catch {
      throw InterchangeError(.archive, error.message)
    }
    for entry in archive.entries where Self.isUnsafe(entry.path) {
      throw InterchangeError(
        .unsafePath,
        "archive entry '\(TerminalText.visible(entry.path))' would be written outside the folder it is unpacked into; the archive is refused"
      )
    }
    self.archive = archive
    let files = archive.entries.filter { !$0.isDirectory }
    let projects = files.filter { $0.path.lowercased().hasSuffix(".qde") }
    let top = projects.filter { !$0.path.contains("/") }
    let chosen: ZipArchive.Entry
    if let standard = top.first(where: { $0.path.lowercased() == "project.qde" }) {
      chosen = standard
    } else if top.count == 1 || (top.isEmpty && projects.count == 1) {
      chosen = top.first ?? projects[0]
      notes.append(
        "the project file is '\(chosen.path)', not 'project.qde' as the standard names it; read it all the same"
      )
    } else if projects.isEmpty {
      throw InterchangeError(
        .noProjectFile,
        "the archive has no .qde project file (a .qdpx holds project.qde and its sources)")
    } else {
      throw InterchangeError(
        .ambiguousProjectFile,
        "the archive has several .qde files and none is project.qde: \((top.isEmpty ? projects : top).map { "'\($0.path)'" }.joined(separator: ", "))"
      )
    }
    projectEntry = chosen.path
    do {
      projectBytes = try archive.data(for: chosen)
    } catch {
      throw InterchangeError(.archive, error.message, entry: chosen.path)
    }
    let slash = chosen.path.lastIndex(of: "/")
    folder = slash.map { String(chosen.path[...$0]) } ?? ""
    entriesByLowercasedPath = Dictionary(
      files.map { ($0.path.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// The bytes of the source file a `plainTextPath` names: `internal://x`
  /// (or a bare `x`) in `sources/`, `Sources/` or beside the project file;
  /// nil when the archive has no such file or the path points outside it
  /// (`relative://`, `absolute://`).
  ///
  /// - Throws: ``InterchangeError`` (`archive`) for an entry that cannot
  ///   be extracted (over a limit, damaged).
  func source(at plainTextPath: String) throws(InterchangeError) -> (path: String, bytes: [UInt8])?
  {
    guard let archive else { return nil }
    var name = Substring(plainTextPath)
    if name.lowercased().hasPrefix("internal://") {
      name = name.dropFirst("internal://".count)
    } else if name.contains("://") {
      return nil
    }
    while name.first == "/" { name = name.dropFirst() }
    guard !Self.isUnsafe(String(name)) else { return nil }
    for candidate in [folder + "sources/" + name, folder + name, "sources/" + name, String(name)] {
      guard let entry = entriesByLowercasedPath[candidate.lowercased()] else { continue }
      do {
        return (entry.path, try archive.data(for: entry))
      } catch {
        throw InterchangeError(.archive, error.message, entry: entry.path)
      }
    }
    return nil
  }

  /// Whether an entry's path would leave the folder it is unpacked into:
  /// absolute (`/x`, `\x`, `C:x`), or with a `..` part (either separator).
  static func isUnsafe(_ path: String) -> Bool {
    if path.hasPrefix("/") || path.hasPrefix("\\") { return true }
    let scalars = Array(path.unicodeScalars.prefix(2))
    if scalars.count == 2, scalars[1] == ":", scalars[0].properties.isAlphabetic { return true }
    return path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).contains { $0 == ".." }
      || path.unicodeScalars.contains { $0.value < 0x20 }
  }

  /// Whether `bytes` start like an XML document (after white space and a
  /// byte order mark), in UTF-8 or UTF-16.
  private static func looksLikeXML(_ bytes: [UInt8]) -> Bool {
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return true }
    var rest = bytes.starts(with: DecodedText.byteOrderMark) ? bytes.dropFirst(3) : bytes[...]
    while let first = rest.first, first == 0x20 || first == 0x09 || first == 0x0A || first == 0x0D {
      rest = rest.dropFirst()
    }
    return rest.first == UInt8(ascii: "<")
      || (rest.first == 0 && rest.dropFirst().first == UInt8(ascii: "<"))
      || (rest.first == UInt8(ascii: "<") && rest.dropFirst().first == 0)
  }
}
