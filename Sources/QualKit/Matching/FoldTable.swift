/// Byte-level tables that fold text for the automaton without rewriting it:
/// the folded UTF-8 bytes of every scalar that ``KeywordFolding`` changes.
///
/// A folded form is packed into a `UInt64`: up to seven bytes, first byte
/// lowest, and the byte count in the top byte. Zero means "unchanged". Every
/// whitespace scalar folds to a single space so that phrases can match runs
/// of whitespace.
struct FoldTable: Sendable {
  /// The table, built once on first use; it is immutable constant data.
  static let shared = FoldTable()

  /// The packed folded form of a single space.
  static let space: UInt64 = 1 << 56 | 0x20

  /// The folded byte of each ASCII byte: lowercase, whitespace as a space.
  let ascii: [UInt8]
  /// Whether each ASCII byte is a letter or digit.
  let asciiWord: [Bool]
  /// For each 256-scalar page of the Basic Multilingual Plane, the index of
  /// its entries in `entries` divided by 256, or 0 if no scalar on the page
  /// changes.
  private let pages: [UInt16]
  /// Packed folded forms; the first 256 are all zero.
  private let entries: [UInt64]

  private init() {
    var ascii = [UInt8](repeating: 0, count: 128)
    for byte in 0..<128 {
      let scalar = Unicode.Scalar(UInt8(byte))
      ascii[byte] =
        KeywordFolding.isWhitespace(scalar)
        ? 0x20 : UInt8(KeywordFolding.fold(scalar).first?.value ?? UInt32(byte))
    }
    var pages = [UInt16](repeating: 0, count: 256)
    var entries = [UInt64](repeating: 0, count: 256)
    for value in UInt32(0x80)..<0x10000 {
      if Self.caselessBlocks.contains(where: { $0.contains(value) }) { continue }
      guard let scalar = Unicode.Scalar(value) else { continue }
      let packed = Self.computeEntry(scalar)
      if packed == 0 { continue }
      let page = Int(value >> 8)
      if pages[page] == 0 {
        pages[page] = UInt16(entries.count >> 8)
        entries.append(contentsOf: repeatElement(0, count: 256))
      }
      entries[Int(pages[page]) << 8 | Int(value & 0xFF)] = packed
    }
    self.ascii = ascii
    asciiWord = (0..<128).map { KeywordFolding.isWordScalar(Unicode.Scalar(UInt8($0))) }
    self.pages = pages
    self.entries = entries
  }

  /// Blocks of the Basic Multilingual Plane whose scalars folding leaves as
  /// they are.
  ///
  /// Building the table need not look up their
  /// properties (two look-ups for each of 65,536 scalars were half of
  /// `autocode`'s start-up): the CJK unified ideographs, Hangul syllables,
  /// surrogates and the private use area, which have no case and no
  /// whitespace. A test checks every scalar in them.
  static let caselessBlocks: [ClosedRange<UInt32>] = [
    0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xD800...0xF8FF,
  ]

  /// The packed folded form of a non-ASCII scalar, or 0 if it is unchanged.
  func entry(_ value: UInt32) -> UInt64 {
    if value < 0x10000 {
      let page = Int(pages[Int(value >> 8)])
      return page == 0 ? 0 : entries[page << 8 | Int(value & 0xFF)]
    }
    guard let scalar = Unicode.Scalar(value) else { return 0 }
    return Self.computeEntry(scalar)
  }

  /// The packed folded form of a scalar, or 0 if folding leaves it as it is
  /// (or, which no Unicode scalar needs today, makes it longer than seven
  /// bytes).
  static func computeEntry(_ scalar: Unicode.Scalar) -> UInt64 {
    if KeywordFolding.isWhitespace(scalar) { return space }
    // Fast path for nearly all of the 65,536 scalars the table is built
    // from: folding leaves a non-ASCII scalar that case folding does not
    // change, and that is not æ, ø or å, as it is (see `KeywordFolding.fold`).
    if scalar.value >= 0x80, !scalar.properties.changesWhenCaseFolded,
      scalar != "æ", scalar != "ø", scalar != "å"
    {
      return 0
    }
    let folded = KeywordFolding.fold(scalar)
    if folded == [scalar] { return 0 }
    var bytes: [UInt8] = []
    for part in folded { bytes.append(contentsOf: String(part).utf8) }
    guard bytes.count <= 7 else { return 0 }
    var packed = UInt64(bytes.count) << 56
    for (index, byte) in bytes.enumerated() { packed |= UInt64(byte) << (8 * index) }
    return packed
  }
}
