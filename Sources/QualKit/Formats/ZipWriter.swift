/// Builds a ZIP archive in memory, such as a `.docx` or REFI-QDA `.qdpx` file.
///
/// Output is deterministic: entries appear in the order they are added, every
/// entry has the date 1980-01-01 00:00 and the same attributes, so the same
/// input always gives byte-identical archives. Paths with non-ASCII
/// characters are flagged as UTF-8.
///
/// ```swift
/// var writer = ZipWriter()
/// try writer.add(path: "mimetype", data: Array("text/plain".utf8), compression: .stored)
/// try writer.add(path: "content.xml", data: xml)
/// let bytes = writer.finish()
/// ```
public struct ZipWriter: Hashable, Sendable {
  /// How an entry's data is stored.
  public enum Compression: Hashable, Sendable {
    /// Uncompressed (method 0).
    case stored
    /// DEFLATE (method 8), or stored if compressing would not make it smaller.
    case deflate
  }

  /// The DOS time of every entry: 00:00:00.
  private static let dosTime: UInt16 = 0
  /// The DOS date of every entry: 1980-01-01.
  private static let dosDate: UInt16 = 1 << 5 | 1
  /// Version 2.0 (deflate), made on Unix, so that the attributes below apply.
  private static let versionMadeBy: UInt16 = 3 << 8 | 20
  private static let versionNeeded: UInt16 = 20
  /// A regular file with permissions `rw-r--r--`.
  private static let fileAttributes: UInt32 = 0o100644 << 16
  /// A folder with permissions `rwxr-xr-x` and the MS-DOS folder bit.
  private static let folderAttributes: UInt32 = 0o40755 << 16 | 0x10
  /// General-purpose flag bit 11: the path is UTF-8.
  private static let utf8Flag: UInt16 = 1 << 11

  /// Local headers and data of the entries added so far.
  private var body: [UInt8] = []
  /// Central directory records of the entries added so far.
  private var directory: [UInt8] = []
  private var paths: Set<String> = []

  /// Creates an empty archive.
  public init() {}

  /// The number of entries added so far.
  public var count: Int { paths.count }

  /// Adds a file, or a folder if `path` ends in `/`.
  ///
  /// - Parameters:
  ///   - path: The path inside the archive, with `/` separators.
  ///   - data: The file's contents; empty for a folder.
  ///   - compression: How to store the data; `.deflate` falls back to
  ///     `.stored` when compression does not make the data smaller.
  /// - Throws: ``ZipError`` of kind ``ZipError/Kind/invalidEntry`` if the
  ///   path is empty, too long or already added, a folder has data, or the
  ///   archive would need ZIP64 (4 GiB or 65,535 entries).
  public mutating func add(path: String, data: [UInt8], compression: Compression = .deflate)
    throws(ZipError)
  {
    let name = Array(path.utf8)
    guard !name.isEmpty, name.count <= 0xFFFF else {
      throw ZipError(.invalidEntry, "entry path must have 1 to 65535 bytes")
    }
    guard !paths.contains(path) else {
      throw ZipError(.invalidEntry, "entry '\(path)' is added twice")
    }
    let isFolder = path.hasSuffix("/")
    guard !isFolder || data.isEmpty else {
      throw ZipError(.invalidEntry, "folder entry '\(path)' cannot have data")
    }
    guard paths.count < 0xFFFF else {
      throw ZipError(.invalidEntry, "archive cannot have more than 65535 entries without zip64")
    }

    var method = ZipArchive.Method.stored
    var stored = data
    if compression == .deflate && !data.isEmpty {
      let compressed = Deflate.compress(data)
      if compressed.count < data.count {
        method = .deflate
        stored = compressed
      }
    }
    let offset = body.count
    let newSize = body.count + 30 + name.count + stored.count
    guard newSize + directory.count + 46 + name.count + 22 <= 0xFFFF_FFFF else {
      throw ZipError(.invalidEntry, "archive cannot be larger than 4 GiB without zip64")
    }
    let flags: UInt16 = name.allSatisfy { $0 < 0x80 } ? 0 : Self.utf8Flag
    let crc = CRC32.checksum(data)

    body.reserveCapacity(newSize)
    append32(ZipArchive.Signature.localHeader, to: &body)
    append16(Self.versionNeeded, to: &body)
    append16(flags, to: &body)
    append16(method.rawValue, to: &body)
    append16(Self.dosTime, to: &body)
    append16(Self.dosDate, to: &body)
    append32(crc, to: &body)
    append32(UInt32(stored.count), to: &body)
    append32(UInt32(data.count), to: &body)
    append16(UInt16(name.count), to: &body)
    append16(0, to: &body)  // extra field length
    body += name
    body += stored

    append32(ZipArchive.Signature.centralHeader, to: &directory)
    append16(Self.versionMadeBy, to: &directory)
    append16(Self.versionNeeded, to: &directory)
    append16(flags, to: &directory)
    append16(method.rawValue, to: &directory)
    append16(Self.dosTime, to: &directory)
    append16(Self.dosDate, to: &directory)
    append32(crc, to: &directory)
    append32(UInt32(stored.count), to: &directory)
    append32(UInt32(data.count), to: &directory)
    append16(UInt16(name.count), to: &directory)
    append16(0, to: &directory)  // extra field length
    append16(0, to: &directory)  // comment length
    append16(0, to: &directory)  // disk number
    append16(0, to: &directory)  // internal attributes
    append32(isFolder ? Self.folderAttributes : Self.fileAttributes, to: &directory)
    append32(UInt32(offset), to: &directory)
    directory += name
    paths.insert(path)
  }

  /// Returns the complete archive: the entries, the central directory and
  /// the end of central directory record.
  ///
  /// The writer is unchanged, so more entries can be added and the archive
  /// finished again.
  ///
  /// - Returns: The bytes of the archive.
  public func finish() -> [UInt8] {
    var archive = body
    archive.reserveCapacity(body.count + directory.count + 22)
    archive += directory
    append32(ZipArchive.Signature.endRecord, to: &archive)
    append16(0, to: &archive)  // this disk
    append16(0, to: &archive)  // disk with the central directory
    append16(UInt16(paths.count), to: &archive)
    append16(UInt16(paths.count), to: &archive)
    append32(UInt32(directory.count), to: &archive)
    append32(UInt32(body.count), to: &archive)
    append16(0, to: &archive)  // comment length
    return archive
  }
}

/// Appends a little-endian 16-bit value.
private func append16(_ value: UInt16, to bytes: inout [UInt8]) {
  bytes.append(UInt8(truncatingIfNeeded: value))
  bytes.append(UInt8(truncatingIfNeeded: value >> 8))
}

/// Appends a little-endian 32-bit value.
private func append32(_ value: UInt32, to bytes: inout [UInt8]) {
  append16(UInt16(truncatingIfNeeded: value), to: &bytes)
  append16(UInt16(truncatingIfNeeded: value >> 16), to: &bytes)
}
