/// The characters of XML 1.0 (Fifth Edition) names and documents, for the
/// XML reader and writer.
enum XMLName {
  /// Whether `name` is a `Name` (§2.3): a name-start character, then name
  /// characters.
  static func isValid(_ name: some StringProtocol) -> Bool {
    guard let first = name.unicodeScalars.first, isNameStart(first) else { return false }
    return name.unicodeScalars.dropFirst().allSatisfy(isNameCharacter)
  }

  /// Whether `name` is a name without a colon, or two such names joined by
  /// one (a qualified name of Namespaces in XML 1.0 §3).
  static func isQualified(_ name: some StringProtocol) -> Bool {
    let parts = name.split(separator: ":", omittingEmptySubsequences: false)
    return (1...2).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && isValid($0) }
  }

  /// `NameStartChar` (§2.3 [4]).
  static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x41...0x5A, 0x61...0x7A, 0x3A, 0x5F: true
    case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D, 0x37F...0x1FFF: true
    case 0x200C...0x200D, 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF: true
    case 0xF900...0xFDCF, 0xFDF0...0xFFFD, 0x10000...0xEFFFF: true
    default: false
    }
  }

  /// `NameChar` (§2.3 [4a]).
  static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x2D, 0x2E, 0x30...0x39, 0xB7, 0x300...0x36F, 0x203F...0x2040: true
    default: isNameStart(scalar)
    }
  }

  /// `Char` (§2.2 [2]): what an XML 1.0 document may hold at all, literally
  /// or as a character reference.
  static func isCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }

  /// `S` (§2.3 [3]): space, tab, line feed, carriage return.
  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }
}
