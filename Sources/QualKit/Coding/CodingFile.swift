/// A coder's coding file, `Codings/<coder>.jsonl`: a header line, then one
/// coding a line, keys in a fixed order, lines sorted by transcript, start,
/// end and code.
///
/// ```json
/// {"format":"qualkit-codings","version":1,"kind":"coder"}
/// {"transcript":"B01","code":"mastery","coder":"anna","firstLine":12,"lastLine":14,"start":830,"end":1012,"origin":"manual","status":"accepted","memo":null,"text":"…","hash":"xxh64:…"}
/// ```
///
/// The header names the format and its ``version``; it must be the first
/// line. A file without it reads as version 1 (files written before the
/// header existed), and a file of a newer version than
/// ``supportedVersion`` is refused as a whole, so that an older QualKit
/// never rewrites what it cannot read. ``serialized`` always writes the
/// header, and the ``kind`` when the file has one (see ``Kind``).
///
/// A merged coding (`qualkit merge`) ends with one more key, `"sources"`:
/// the coders and `file:line`s it was merged from, as
/// `[{"coder":"anna","file":"Codings/anna.jsonl","line":12}, …]`. A line
/// without it reads as ``Coding/sources`` `nil`, so older files are unchanged.
///
/// Members QualKit does not know, in a coding line or in the header, are
/// kept (``Coding/extraMembers``, ``headerExtraMembers``) and written back
/// after the known keys, in their order, each value byte for byte; each is
/// reported as a warning. A key given twice in one object is an error.
///
/// The fixed layout (``CodingLineWriter``) makes two coders' files, and two
/// edits of one file, merge cleanly with git. Reading never drops a line
/// silently: a malformed line is an error diagnostic at its line, and the
/// other lines are still read.
public struct CodingFile: Hashable, Sendable {
  /// The `"format"` of a coding file's header.
  public static let formatName = "qualkit-codings"
  /// The newest format version this QualKit reads, and the one it writes.
  public static let supportedVersion = 1

  /// The codings in file order.
  public var codings: [Coding]
  /// The 1-based line each coding was read from (parallel to ``codings``;
  /// empty for codings not read from a file).
  ///
  /// These are physical lines of the file: the header is line 1.
  public var sourceLines: [Int]
  /// The 1-based lines of the file that could not be read, if any.
  public var malformedLines: [Int]
  /// The format version the file declared (1 for a file without a header).
  public var version: Int
  /// What the file holds as its header declares it (`"kind"`), nil when
  /// it declares nothing (see ``Kind`` and ``effectiveKind``).
  public var kind: Kind?
  /// The header's members other than `"format"`, `"version"` and `"kind"`,
  /// in order, kept for the rewrite.
  public var headerExtraMembers: [JSONRawMember]

  /// Creates a file's contents from codings (sorted on output).
  public init(codings: [Coding], kind: Kind? = nil) {
    self.codings = codings
    self.kind = kind
    self.sourceLines = []
    self.malformedLines = []
    self.version = Self.supportedVersion
    self.headerExtraMembers = []
  }

  /// Reads a coding file.
  ///
  /// - Parameters:
  ///   - bytes: The file's contents.
  ///   - diagnostics: Receives an error for each malformed line (with its line
  ///     and column), a warning for each duplicate line and one for each
  ///     unknown key. A header of a newer version is an error at line 1, and
  ///     then nothing else is read (the file has no codings, and line 1 is
  ///     malformed, so that it is never rewritten).
  public init(parsing bytes: [UInt8], diagnostics: inout [Diagnostic]) {
    self.init(codings: [])
    // Duplicates are found by hash (the index of the first coding with
    // each), so that the codings are not held a second time as keys.
    var seen: [Int: Int] = [:]
    // One coding a line: room for them all at once, not grown by doubling.
    let lineCount = bytes.reduce(into: 1) { count, byte in if byte == 0x0A { count += 1 } }
    codings.reserveCapacity(lineCount)
    sourceLines.reserveCapacity(lineCount)
    var lineNumber = 0
    var lineStart = 0
    var index = 0
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      index = 3
      lineStart = 3
    }
    // The first line of an unresolved merge conflict being read.
    var conflictStart: Int?
    while lineStart < bytes.count {
      while index < bytes.count && bytes[index] != 0x0A { index += 1 }
      lineNumber += 1
      var lineEnd = index
      if lineEnd > lineStart && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
      let line = Array(bytes[lineStart..<lineEnd])
      index += 1
      lineStart = index
      if conflictStart != nil || line.starts(with: Self.conflictOpening) {
        // Nothing in a conflict is read, and the file is never rewritten.
        malformedLines.append(lineNumber)
        if conflictStart == nil { conflictStart = lineNumber }
        if line.starts(with: Self.conflictClosing), let start = conflictStart {
          diagnostics.append(Self.conflictError(from: start, to: lineNumber))
          conflictStart = nil
        }
        continue
      }
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
      func warnUnknown(_ members: [JSONMember], known: Set<String>) {
        for member in members where !known.contains(member.key) {
          diagnostics.append(
            .warning(
              "unknown key '\(member.key)'; qualkit keeps it as it is when it rewrites this file",
              at: SourcePosition(line: lineNumber, column: member.keyPosition.column)))
        }
      }
      do throws(CodingFileError) {
        let node = try Self.object(fromLine: line)
        if Self.isHeader(node) {
          guard lineNumber == 1 else { throw CodingFileError(.misplacedHeader, at: node.position) }
          let header = try Self.header(from: node)
          version = header.version
          headerExtraMembers = header.extraMembers
          warnUnknown(node.members ?? [], known: Self.headerKeys)
          if let kindNode = node["kind"] {
            kind = kindNode.stringValue.flatMap(Kind.init(rawValue:))
            if kind == nil {
              let names = Kind.allCases.map(\.rawValue).joined(separator: ", ")
              diagnostics.append(
                .warning(
                  "unknown kind \(kindNode.stringValue.map { "'\($0)'" } ?? kindNode.kindName) (expected \(names)); the kind is taken from the codings, and the value is kept",
                  at: SourcePosition(line: lineNumber, column: kindNode.position.column)))
              headerExtraMembers.append(
                contentsOf: (node.members ?? []).filter { $0.key == "kind" }.map(
                  JSONRawMember.init))
            }
          }
          continue
        }
        let coding = try Self.coding(fromObject: node)
        warnUnknown(node.members ?? [], known: Self.keys)
        let hash = coding.hashValue
        if let first = seen[hash],
          let same = codings[first] == coding
            ? first : codings.firstIndex(of: coding)  // a different coding with the same hash
        {
          diagnostics.append(
            .warning(
              "duplicate of line \(sourceLines[same]); kept both",
              at: SourcePosition(line: lineNumber)))
        } else if seen[hash] == nil {
          seen[hash] = codings.count
        }
        codings.append(coding)
        sourceLines.append(lineNumber)
      } catch {
        malformedLines.append(lineNumber)
        let column = error.position?.line == 1 ? error.position?.column ?? 1 : 1
        diagnostics.append(
          .error(error.message, at: SourcePosition(line: lineNumber, column: column)))
        if case .newerVersion = error.kind { return }
      }
    }
    if let start = conflictStart {
      diagnostics.append(Self.conflictError(from: start, to: lineNumber))
    }
    if let warning = kindWarning() { diagnostics.append(warning) }
  }

  private static let conflictOpening = Array(CodingFileMerge.oursMarker.utf8)
  private static let conflictClosing = Array(CodingFileMerge.theirsMarker.utf8)

  /// The error for an unresolved merge conflict on lines `start` to `end`.
  private static func conflictError(from start: Int, to end: Int) -> Diagnostic {
    .error(
      "unresolved merge conflict (lines \(start)-\(end)), its codings not read: keep the version you want between '\(CodingFileMerge.oursMarker)' and '\(CodingFileMerge.theirsMarker)', then delete the other and the marker lines",
      at: SourcePosition(line: start))
  }

  /// The file's text: the header line, then one line a coding, sorted, each
  /// ending with a newline.
  public var serialized: String {
    String(decoding: serializedBytes, as: UTF8.self)
  }

  /// The UTF-8 bytes of ``serialized``, made without a string: a large file
  /// is then held once while it is written, and its codings are sorted by
  /// index rather than copied.
  public var serializedBytes: [UInt8] {
    var whole: [UInt8] = []
    serialize(inPiecesOf: .max) { piece in whole = piece }
    return whole
  }

  /// Hands the UTF-8 bytes of ``serialized`` to `take` in pieces of about
  /// `size` bytes or more (whole lines, the last piece shorter), so that
  /// a large file can be written without being held whole.
  ///
  /// - Parameters:
  ///   - size: The length from which a piece is handed over.
  ///   - take: Gets each piece in order.
  /// - Throws: What `take` threw; no later piece is made.
  public func serialize<Failure: Error>(
    inPiecesOf size: Int, _ take: ([UInt8]) throws(Failure) -> Void
  ) throws(Failure) {
    var bytes: [UInt8] = []
    CodingLineWriter.appendHeader(
      version: Self.supportedVersion, kind: kind?.rawValue, extraMembers: headerExtraMembers,
      to: &bytes)
    bytes.append(0x0A)
    let order = codings.indices.sorted { Coding.fileOrder(codings[$0], codings[$1]) }
    for (written, index) in order.enumerated() {
      CodingLineWriter.appendLine(for: codings[index], to: &bytes)
      bytes.append(0x0A)
      if written == 63 && order.count > 1_000 {
        // Room for the rest (or for one piece), from the first lines'
        // length, so that a large file is not copied each time the array
        // outgrows its storage.
        let room = bytes.count / 64 * order.count * 9 / 8
        bytes.reserveCapacity(size < room ? size + size / 8 : room)
      }
      if bytes.count >= size {
        try take(bytes)
        bytes.removeAll(keepingCapacity: true)
      }
    }
    if !bytes.isEmpty { try take(bytes) }
  }

  /// One coding as a JSON line, keys in the fixed order (see
  /// ``CodingLineWriter/appendLine(for:to:)``).
  public static func line(for coding: Coding) -> String {
    var bytes: [UInt8] = []
    CodingLineWriter.appendLine(for: coding, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends one coding as a JSON line (without the line break) to `bytes`;
  /// the same as ``CodingLineWriter/appendLine(for:to:)``.
  public static func appendLine(for coding: Coding, to bytes: inout [UInt8]) {
    CodingLineWriter.appendLine(for: coding, to: &bytes)
  }
}
