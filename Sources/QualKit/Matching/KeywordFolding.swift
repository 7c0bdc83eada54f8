/// The folding that keyword matching compares text under: full Unicode case
/// folding of each scalar, then æ → ae, ø → oe, å → aa.
///
/// Case folding is derived from the standard library's full case mappings
/// (so it covers every Unicode scalar, not only Latin): a scalar whose
/// `changesWhenCaseFolded` property is false stays as it is; any other
/// scalar becomes the lowercase mapping of its uppercase mapping, repeated
/// until nothing changes (`ẞ` → `ß` → `ss`, `ﬁ` → `fi`, `İ` → `i̇`,
/// `ς` → `σ`, Kelvin `K` → `k`). Where that leaves the scalar as it was
/// (Cherokee small letters) its uppercase mapping is used, as in
/// `CaseFolding.txt`. This agrees with Unicode's full (C + F) case folding
/// except that scalars whose decomposition does not change under folding,
/// such as the precomposed `ΐ`, are kept; text is expected in NFC.
enum KeywordFolding {
  /// The Danish letters after case folding and their two-letter spellings.
  private static let danish: [Unicode.Scalar: [Unicode.Scalar]] = [
    "æ": ["a", "e"], "ø": ["o", "e"], "å": ["a", "a"],
  ]

  /// The scalar under full Unicode case folding.
  static func caseFold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
    caseFold(scalar, depth: 0)
  }

  private static func caseFold(_ scalar: Unicode.Scalar, depth: Int) -> [Unicode.Scalar] {
    guard scalar.properties.changesWhenCaseFolded, depth < 4 else { return [scalar] }
    let upper = Array(scalar.properties.uppercaseMapping.unicodeScalars)
    let lower = upper.flatMap { $0.properties.lowercaseMapping.unicodeScalars }
    if lower == [scalar] { return upper }
    return lower.flatMap { $0 == scalar ? [$0] : caseFold($0, depth: depth + 1) }
  }

  /// The scalar case-folded and with æ, ø, å spelled ae, oe, aa.
  static func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
    if scalar.isASCII {
      let value = scalar.value
      let isUpper = value >= 0x41 && value <= 0x5A
      return [isUpper ? Unicode.Scalar(UInt8(value + 0x20)) : scalar]
    }
    return caseFold(scalar).flatMap { danish[$0] ?? [$0] }
  }

  /// Whether the scalar is part of a word: a letter (general category L) or
  /// a decimal digit (Nd); every other scalar is a word boundary.
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 {
      return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
        || (value >= 0x30 && value <= 0x39)
    }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .decimalNumber:
      return true
    default:
      return false
    }
  }

  /// Whether the scalar is whitespace (the Unicode `White_Space` property:
  /// space, tab, line breaks, no-break space and the other spaces).
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value == 0x20 || (scalar.value >= 0x09 && scalar.value <= 0x0D)
      || (scalar.value >= 0x80 && scalar.properties.isWhitespace)
  }

  /// The UTF-8 bytes a word, phrase or stem body is matched as: every scalar
  /// folded, and every run of whitespace one space.
  static func foldedKey(_ body: String) -> [UInt8] {
    var key: [UInt8] = []
    var pendingSpace = false
    for scalar in body.unicodeScalars {
      if isWhitespace(scalar) {
        pendingSpace = !key.isEmpty
        continue
      }
      if pendingSpace { key.append(0x20) }
      pendingSpace = false
      for folded in fold(scalar) { key.append(contentsOf: String(folded).utf8) }
    }
    return key
  }
}
