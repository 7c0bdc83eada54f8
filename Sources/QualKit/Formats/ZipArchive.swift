/// A ZIP archive read from bytes in memory, such as a Word `.docx` file.
///
/// The reader finds the end of central directory record, lists the entries
/// from the central directory and extracts them on request. Sizes and CRC-32
/// values come from the central directory, so entries written with data
/// descriptors (general-purpose flag bit 3) read correctly. Entries may be
/// stored (method 0) or deflated (method 8); ZIP64, encryption and other
/// methods throw ``ZipError``.
///
/// Extraction is bounded by ``Limits``: an entry whose declared size exceeds
/// the limit is refused before any decompression, and decompression stops as
/// soon as the output would exceed the declared size.
///
/// ```swift
/// let archive = try ZipArchive(bytes: bytes)
/// let xml = try archive.data(for: "word/document.xml")
/// ```
public struct ZipArchive: Hashable, Sendable {
  /// Bounds on what an archive may make the reader allocate.
  public struct Limits: Hashable, Sendable {
    /// The largest uncompressed size of one entry, in bytes.
    public var maxEntrySize: Int
    /// The largest sum of the uncompressed sizes of all entries, in bytes.
    public var maxTotalSize: Int
    /// The most entries the archive may have.
    public var maxEntryCount: Int

    /// Creates limits.
    ///
    /// - Parameters:
    ///   - maxEntrySize: The largest uncompressed size of one entry, in bytes.
    ///   - maxTotalSize: The largest sum of the uncompressed sizes of all
    ///     entries, in bytes.
    ///   - maxEntryCount: The most entries the archive may have.
    public init(maxEntrySize: Int, maxTotalSize: Int, maxEntryCount: Int) {
      self.maxEntrySize = maxEntrySize
      self.maxTotalSize = maxTotalSize
      self.maxEntryCount = maxEntryCount
    }

    /// 256 MiB per entry, 1 GiB in total and 65,535 entries.
    public static let `default` = Limits(
      maxEntrySize: 256 << 20, maxTotalSize: 1 << 30, maxEntryCount: 65_535)
  }

  /// A compression method number from the ZIP specification.
  public struct Method: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The method number as stored in the archive.
    public var rawValue: UInt16

    /// Creates a method from its number.
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// No compression (method 0).
    public static let stored = Method(rawValue: 0)
    /// DEFLATE compression (method 8).
    public static let deflate = Method(rawValue: 8)

    /// The method's number and, if known, its name, such as `12 (bzip2)`.
    public var description: String {
      let names: [UInt16: String] = [
        0: "stored", 1: "shrink", 6: "implode", 8: "deflate", 9: "deflate64", 12: "bzip2",
        14: "lzma", 93: "zstandard", 95: "xz", 98: "ppmd", 99: "aes",
      ]
      guard let name = names[rawValue] else { return "\(rawValue)" }
      return "\(rawValue) (\(name))"
    }
  }

  /// One file or folder in the archive, as the central directory describes it.
  public struct Entry: Hashable, Sendable {
    /// The path inside the archive, with `/` separators; folders end in `/`.
    public var path: String
    /// The size of the stored data, in bytes.
    public var compressedSize: Int
    /// The size of the extracted data, in bytes.
    public var uncompressedSize: Int
    /// How the data is compressed.
    public var method: Method
    /// The CRC-32 of the extracted data.
    public var crc32: UInt32
    /// The general-purpose bit flags.
    public var flags: UInt16
    /// Where the entry's local header starts in the archive.
    var localHeaderOffset: Int

    /// Whether the entry is encrypted (flag bit 0), which the reader does not support.
    public var isEncrypted: Bool { flags & 1 != 0 }
    /// Whether the entry is a folder rather than a file.
    public var isDirectory: Bool { path.hasSuffix("/") }
  }

  /// The entries in central directory order.
  public let entries: [Entry]
  /// The archive comment, decoded as UTF-8.
  public let comment: String
  /// The limits extraction is checked against.
  public let limits: Limits
  private let bytes: [UInt8]
  /// The index in ``entries`` of the first entry with each path.
  private let indexByPath: [String: Int]

  /// Reads the directory of an archive.
  ///
  /// - Parameters:
  ///   - bytes: The whole archive.
  ///   - limits: Bounds on the entry count and declared sizes.
  /// - Throws: ``ZipError`` if the bytes are not a ZIP archive, the
  ///   directory is damaged, the archive needs ZIP64 or spans several disks,
  ///   or the declared sizes exceed `limits`.
  public init(bytes: [UInt8], limits: Limits = .default) throws(ZipError) {
    self.bytes = bytes
    self.limits = limits
    let end = try Self.findEndRecord(in: bytes)
    let reader = ByteReader(bytes: bytes)
    let disk = reader.u16(end + 4)
    let directoryDisk = reader.u16(end + 6)
    let diskEntryCount = reader.u16(end + 8)
    let entryCount = Int(reader.u16(end + 10))
    let directorySize = Int(reader.u32(end + 12))
    let directoryOffset = Int(reader.u32(end + 16))
    let commentLength = Int(reader.u16(end + 20))
    comment = Self.decodeName(bytes[end + 22..<end + 22 + commentLength], utf8: true)

    if end >= 20 && reader.u32(end - 20) == Signature.zip64Locator
      || entryCount == 0xFFFF || directorySize == 0xFFFF_FFFF
      || directoryOffset == 0xFFFF_FFFF
    {
      throw ZipError(.unsupported, "zip64 archives are not supported")
    }
    guard disk == 0, directoryDisk == 0, Int(diskEntryCount) == entryCount else {
      throw ZipError(.unsupported, "archives split over several disks are not supported")
    }
    guard entryCount <= limits.maxEntryCount else {
      throw ZipError(
        .limitExceeded,
        "archive has \(entryCount) entries, more than the limit of \(limits.maxEntryCount)")
    }
    guard directoryOffset <= end, directorySize <= end - directoryOffset else {
      throw ZipError(
        .malformedArchive, "central directory at offset \(directoryOffset) is outside the archive")
    }

    var entries: [Entry] = []
    entries.reserveCapacity(entryCount)
    var offset = directoryOffset
    var totalSize = 0
    for number in 1..<entryCount + 1 {
      guard offset <= end - 46, reader.u32(offset) == Signature.centralHeader else {
        throw ZipError(
          .malformedArchive, "central directory entry \(number) at offset \(offset) is damaged")
      }
      let flags = reader.u16(offset + 8)
      let nameLength = Int(reader.u16(offset + 28))
      let extraLength = Int(reader.u16(offset + 30))
      let entryCommentLength = Int(reader.u16(offset + 32))
      let nameStart = offset + 46
      let next = nameStart + nameLength + extraLength + entryCommentLength
      guard next <= end else {
        throw ZipError(
          .malformedArchive, "central directory entry \(number) runs past the directory")
      }
      let entry = Entry(
        path: Self.decodeName(bytes[nameStart..<nameStart + nameLength], utf8: flags & 0x800 != 0),
        compressedSize: Int(reader.u32(offset + 20)),
        uncompressedSize: Int(reader.u32(offset + 24)),
        method: Method(rawValue: reader.u16(offset + 10)),
        crc32: reader.u32(offset + 16),
        flags: flags,
        localHeaderOffset: Int(reader.u32(offset + 42)))
      if entry.compressedSize == 0xFFFF_FFFF || entry.uncompressedSize == 0xFFFF_FFFF
        || entry.localHeaderOffset == 0xFFFF_FFFF
      {
        throw ZipError(.unsupported, "entry '\(entry.path)' needs zip64, which is not supported")
      }
      totalSize += entry.uncompressedSize
      guard totalSize <= limits.maxTotalSize else {
        throw ZipError(
          .limitExceeded,
          "archive would inflate to more than \(limits.maxTotalSize) bytes in total")
      }
      entries.append(entry)
      offset = next
    }
    self.entries = entries
    var indexByPath: [String: Int] = [:]
    for (index, entry) in entries.enumerated() where indexByPath[entry.path] == nil {
      indexByPath[entry.path] = index
    }
    self.indexByPath = indexByPath
  }

  // MARK: - Looking up entries

  /// Returns the first entry whose path is exactly `path`.
  ///
  /// - Parameter path: The path inside the archive, such as `word/document.xml`.
  /// - Returns: The entry, or `nil` if no entry has that path.
  public func entry(for path: String) -> Entry? {
    indexByPath[path].map { entries[$0] }
  }

  /// Returns the entry with exactly `path`, or else the first entry whose path
  /// matches it ignoring case.
  ///
  /// Some tools write `[Content_Types].xml` or `Word/Document.xml` in other
  /// cases; this lookup tolerates them.
  ///
  /// - Parameter path: The path inside the archive.
  /// - Returns: The entry, or `nil` if no entry matches.
  public func entry(forCaseInsensitive path: String) -> Entry? {
    if let exact = entry(for: path) { return exact }
    let folded = path.lowercased()
    return entries.first { $0.path.lowercased() == folded }
  }

  // MARK: - Extracting

  /// Extracts the entry with exactly `path`.
  ///
  /// - Parameter path: The path inside the archive.
  /// - Returns: The entry's uncompressed bytes.
  /// - Throws: ``ZipError`` if there is no such entry or it cannot be extracted.
  public func data(for path: String) throws(ZipError) -> [UInt8] {
    guard let entry = entry(for: path) else {
      throw ZipError(.missingEntry, "archive has no entry '\(path)'")
    }
    return try data(for: entry)
  }

  /// Extracts an entry and checks its size and CRC-32.
  ///
  /// - Parameter entry: One of ``entries``.
  /// - Returns: The entry's uncompressed bytes.
  /// - Throws: ``ZipError`` if the entry is encrypted, uses an unsupported
  ///   method, exceeds the limits or its declared size, lies outside the
  ///   archive, or fails its CRC-32 check.
  public func data(for entry: Entry) throws(ZipError) -> [UInt8] {
    let name = "entry '\(entry.path)'"
    if entry.isEncrypted {
      throw ZipError(.unsupported, "\(name) is encrypted, which is not supported")
    }
    guard entry.method == .stored || entry.method == .deflate else {
      throw ZipError(
        .unsupported, "\(name) uses unsupported compression method \(entry.method)")
    }
    guard entry.uncompressedSize <= limits.maxEntrySize else {
      throw ZipError(
        .limitExceeded, "\(name) would inflate to more than \(limits.maxEntrySize) bytes")
    }
    let reader = ByteReader(bytes: bytes)
    let header = entry.localHeaderOffset
    guard header <= bytes.count - 30, reader.u32(header) == Signature.localHeader else {
      throw ZipError(.malformedArchive, "\(name) has no local header at offset \(header)")
    }
    let start = header + 30 + Int(reader.u16(header + 26)) + Int(reader.u16(header + 28))
    guard start <= bytes.count, entry.compressedSize <= bytes.count - start else {
      throw ZipError(.malformedArchive, "\(name) data runs past the end of the archive")
    }
    let compressed = start..<start + entry.compressedSize

    let output: [UInt8]
    if entry.method == .stored {
      guard entry.compressedSize == entry.uncompressedSize else {
        throw ZipError(
          .malformedArchive, "stored \(name) has different compressed and uncompressed sizes")
      }
      output = Array(bytes[compressed])
    } else {
      do throws(ZipError) {
        output = try bytes.withUnsafeBufferPointer { buffer throws(ZipError) in
          try Inflate.decompress(
            UnsafeBufferPointer(rebasing: buffer[compressed]), limit: entry.uncompressedSize,
            expectedSize: entry.uncompressedSize)
        }
      } catch let error where error.kind == .limitExceeded {
        throw ZipError(
          .limitExceeded,
          "\(name) inflates to more than its declared size of \(entry.uncompressedSize) bytes")
      } catch {
        throw ZipError(error.kind, "\(name): \(error.message)")
      }
      guard output.count == entry.uncompressedSize else {
        throw ZipError(
          .malformedArchive,
          "\(name) inflates to \(output.count) bytes but declares \(entry.uncompressedSize)")
      }
    }
    let crc = CRC32.checksum(output)
    guard crc == entry.crc32 else {
      throw ZipError(
        .checksumMismatch,
        "\(name) fails its crc-32 check (stored \(hex(entry.crc32)), computed \(hex(crc)))")
    }
    return output
  }

  // MARK: - Reading the structure

  /// Finds the end of central directory record, searching back past a comment.
  private static func findEndRecord(in bytes: [UInt8]) throws(ZipError) -> Int {
    let reader = ByteReader(bytes: bytes)
    let recordSize = 22
    guard bytes.count >= recordSize else {
      throw ZipError(.notAnArchive, "not a ZIP archive (no end of central directory record)")
    }
    let last = bytes.count - recordSize
    let first = max(0, last - 0xFFFF)
    var offset = last
    while offset >= first {
      if reader.u32(offset) == Signature.endRecord
        && Int(reader.u16(offset + 20)) <= bytes.count - offset - recordSize
      {
        return offset
      }
      offset -= 1
    }
    throw ZipError(.notAnArchive, "not a ZIP archive (no end of central directory record)")
  }

  /// Decodes a path or comment as UTF-8, or as code page 437 if not flagged UTF-8.
  private static func decodeName(_ bytes: ArraySlice<UInt8>, utf8: Bool) -> String {
    if utf8 || bytes.allSatisfy({ $0 < 0x80 }) {
      return String(decoding: bytes, as: UTF8.self)
    }
    var scalars = String.UnicodeScalarView()
    let high = Array(codePage437High.unicodeScalars)
    for byte in bytes {
      scalars.append(byte < 0x80 ? Unicode.Scalar(byte) : high[Int(byte) - 0x80])
    }
    return String(scalars)
  }

  /// The characters for bytes 0x80–0xFF in code page 437.
  static let codePage437High =
    "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌"
    + "█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u{A0}"
}

/// Formats a checksum as `0x` and eight hex digits.
private func hex(_ value: UInt32) -> String {
  let digits = String(value, radix: 16)
  return "0x" + String(repeating: "0", count: 8 - digits.count) + digits
}

/// Reads little-endian integers at offsets the caller has checked.
private struct ByteReader {
  let bytes: [UInt8]

  func u16(_ offset: Int) -> UInt16 {
    UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
  }

  func u32(_ offset: Int) -> UInt32 {
    UInt32(u16(offset)) | UInt32(u16(offset + 2)) << 16
  }
}

extension ZipArchive {
  /// Signatures of the ZIP records, as little-endian 32-bit values.
  enum Signature {
    static let localHeader: UInt32 = 0x0403_4B50
    static let centralHeader: UInt32 = 0x0201_4B50
    static let endRecord: UInt32 = 0x0605_4B50
    static let zip64Locator: UInt32 = 0x0706_4B50
  }
}
