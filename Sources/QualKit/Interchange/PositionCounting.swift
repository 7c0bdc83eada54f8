/// How a REFI-QDA file counts the positions of its text selections.
///
/// The standard says Unicode code points, counted in the source file as it
/// is. NVivo counts UTF-16 code units (an emoji is two) and ATLAS.ti counts
/// a CRLF as one position; all of them count after a byte order mark.
enum PositionCounting: String, Hashable, Sendable, CaseIterable {
  /// Unicode code points, a CRLF being two (the standard).
  case codePoints
  /// UTF-16 code units, a CRLF being two (NVivo).
  case utf16
  /// Unicode code points, a CRLF being one (ATLAS.ti).
  case codePointsLF
  /// UTF-16 code units, a CRLF being one.
  case utf16LF

  /// How a note names the counting.
  var description: String {
    switch self {
    case .codePoints: "Unicode code points"
    case .utf16: "UTF-16 code units (NVivo's counting)"
    case .codePointsLF: "Unicode code points with a CRLF as one (ATLAS.ti's counting)"
    case .utf16LF: "UTF-16 code units with a CRLF as one"
    }
  }

  /// Whether UTF-16 code units are counted.
  var isUTF16: Bool { self == .utf16 || self == .utf16LF }
  /// Whether a CRLF counts as one.
  var collapsesCRLF: Bool { self == .codePointsLF || self == .utf16LF }

  /// The counting a program is known to use, for a tie.
  static func likely(origin: String?) -> PositionCounting {
    let origin = origin?.lowercased() ?? ""
    if origin.contains("nvivo") { return .utf16 }
    if origin.contains("atlas") { return .codePointsLF }
    return .codePoints
  }
}

/// A source file's text, normalised as QualKit reads text, with maps from
/// each way of counting positions in the file to scalar offsets in the
/// normalised text.
struct SourcePositions {
  /// The normalised text.
  let decoded: DecodedText
  /// The normalised text's scalars.
  let scalars: [Unicode.Scalar]
  /// The maps by counting, each from positions counted after the byte
  /// order mark; only the countings that differ from code points are built.
  private let maps: [PositionCounting: (map: OffsetMap, mark: Int)]
  /// UTF-16 positions (after the byte order mark) that fall inside a
  /// surrogate pair, with and without CRLF collapsed.
  private let splits: [Bool: Swift.Set<Int>]

  /// Decodes `bytes` and builds the maps.
  ///
  /// - Throws: ``TextDecodingError`` when the bytes look binary.
  init(bytes: [UInt8]) throws(TextDecodingError) {
    let source = try SourceText(decoding: bytes)
    decoded = source.decoded
    scalars = Array(source.decoded.text.unicodeScalars)
    let mark =
      bytes.starts(with: DecodedText.byteOrderMark) ? (source.decoded.wasWindows1252 ? 3 : 1) : 0
    var maps: [PositionCounting: (map: OffsetMap, mark: Int)] = [
      .codePoints: (source.scalarMap, mark)
    ]
    var splits: [Bool: Swift.Set<Int>] = [:]
    let hasAstral = source.text.utf16.count != source.text.unicodeScalars.count
    if hasAstral {
      maps[.utf16] = (source.utf16Map, mark)
      splits[false] = Self.splitPositions(source.text, mark: mark)
    }
    if bytes.contains(0x0D) {
      var collapsed: [UInt8] = []
      collapsed.reserveCapacity(bytes.count)
      for (index, byte) in bytes.enumerated()
      where !(byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A) {
        collapsed.append(byte)
      }
      if let other = try? SourceText(decoding: collapsed) {
        maps[.codePointsLF] = (other.scalarMap, mark)
        if hasAstral {
          maps[.utf16LF] = (other.utf16Map, mark)
          splits[true] = Self.splitPositions(other.text, mark: mark)
        }
      }
    }
    self.maps = maps
    self.splits = splits
  }

  /// The countings this text tells apart (code points first).
  var countings: [PositionCounting] { PositionCounting.allCases.filter { maps[$0] != nil } }

  /// The scalar range in the normalised text of positions `start`–`end`
  /// counted as `counting`, or nil when they are not within the text.
  func range(_ start: Int, _ end: Int, counting: PositionCounting) -> Range<Int>? {
    guard let (map, mark) = maps[counting] ?? maps[.codePoints], start >= 0, start <= end,
      let lower = map.map(start + mark, as: .lower), let upper = map.map(end + mark, as: .upper)
    else { return nil }
    return min(lower, upper)..<upper
  }

  /// Whether position `offset`, counted as `counting`, falls inside a surrogate pair.
  func splitsPair(_ offset: Int, counting: PositionCounting) -> Bool {
    counting.isUTF16 && (splits[counting.collapsesCRLF]?.contains(offset) ?? false)
  }

  /// The UTF-16 positions after the byte order mark that are the second
  /// unit of a surrogate pair.
  private static func splitPositions(_ text: String, mark: Int) -> Swift.Set<Int> {
    var positions: Swift.Set<Int> = []
    var offset = 0
    for unit in text.utf16 {
      if UTF16.isTrailSurrogate(unit) { positions.insert(offset - mark) }
      offset += 1
    }
    return positions
  }
}
