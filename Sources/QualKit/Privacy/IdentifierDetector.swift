import Foundation

/// Finds identifiers that follow a pattern rather than a list: Danish CPR
/// numbers, e-mail addresses and Danish phone numbers.
///
/// - `cpr`: `DDMMYY-SSSS` or `DDMMYYSSSS` whose first six digits are a
///   date that exists (29 February only in a year divisible by four);
///   its value is `DDMMYY-SSSS`.
/// - `email`: `name@domain.tld`, the top-level domain of two or more
///   letters; its value is the address in lowercase.
/// - `phone`: eight digits starting with 2–9, written together
///   (`23456789`), in pairs (`23 45 67 89`, `23-45-67-89`) or in fours
///   (`2345 6789`), after an optional `+45`, `0045` or `(+45)`; its value is
///   the eight digits. Two fours that both read as years (`2019 2020`) are
///   not taken.
///
/// A match never starts or ends inside a word or a longer number.
public enum IdentifierDetector: String, Hashable, Sendable, CaseIterable, Comparable {
  /// Danish CPR numbers.
  case cpr
  /// E-mail addresses.
  case email
  /// Danish phone numbers.
  case phone

  /// One identifier found in a text.
  public struct Match: Hashable, Sendable {
    /// Its Unicode-scalar offsets in the text.
    public var range: Range<Int>
    /// Which detector found it.
    public var detector: IdentifierDetector
    /// Its canonical value (see ``IdentifierDetector``), which a key stores.
    public var value: String
  }

  /// The category of what the detector finds.
  public var category: PseudonymCategory {
    switch self {
    case .cpr: .cpr
    case .email: .email
    case .phone: .phone
    }
  }

  /// The detector for identifiers of `category`, if any.
  public init?(category: PseudonymCategory) {
    guard let detector = Self.allCases.first(where: { $0.category == category }) else {
      return nil
    }
    self = detector
  }

  /// The matches of `detectors` in `scalars`, in order, not overlapping
  /// (CPR numbers first, then e-mail addresses, then phone numbers).
  public static func matches(
    in scalars: [Unicode.Scalar], detectors: Set<IdentifierDetector>
  ) -> [Match] {
    var found: [Match] = []
    for detector in detectors.sorted() {
      for match in detector.matches(in: scalars)
      where !found.contains(where: { $0.range.overlaps(match.range) }) {
        found.append(match)
      }
    }
    return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  /// This detector's matches in `scalars`, in order.
  public func matches(in scalars: [Unicode.Scalar]) -> [Match] {
    switch self {
    case .cpr: Self.cprNumbers(in: scalars)
    case .email: Self.emailAddresses(in: scalars)
    case .phone: Self.phoneNumbers(in: scalars)
    }
  }

  /// The canonical value of `text` if it is one identifier of this kind
  /// and nothing else (a key's original, say).
  public func value(of text: String) -> String? {
    let scalars = Array(text.trimmingCharacters(in: " \t").unicodeScalars)
    let found = matches(in: scalars)
    guard found.count == 1, found[0].range == 0..<scalars.count else { return nil }
    return found[0].value
  }

  public static func < (lhs: IdentifierDetector, rhs: IdentifierDetector) -> Bool {
    allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
  }

  // MARK: - CPR numbers

  private static func cprNumbers(in scalars: [Unicode.Scalar]) -> [Match] {
    var found: [Match] = []
    var offset = 0
    while offset < scalars.count {
      guard isDigit(scalars[offset]), offset == 0 || !isWordOrPlus(scalars[offset - 1]),
        let digits = digits(in: scalars, at: offset, count: 6)
      else {
        offset += 1
        continue
      }
      var index = offset + 6
      if index < scalars.count && scalars[index] == "-" { index += 1 }
      guard let serial = Self.digits(in: scalars, at: index, count: 4),
        index + 4 == scalars.count || !continuesNumber(scalars, at: index + 4),
        isDate(digits)
      else {
        offset += 1
        continue
      }
      let end = index + 4
      found.append(
        Match(range: offset..<end, detector: .cpr, value: String(digits) + "-" + String(serial)))
      offset = end
    }
    return found
  }

  /// Whether `ddmmyy` is a date that exists.
  private static func isDate(_ ddmmyy: [Character]) -> Bool {
    guard let day = Int(String(ddmmyy[0...1])), let month = Int(String(ddmmyy[2...3])),
      let year = Int(String(ddmmyy[4...5]))
    else { return false }
    let lengths = [31, year % 4 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return (1...12).contains(month) && (1...lengths[month - 1]).contains(day)
  }

  // MARK: - E-mail addresses

  private static func emailAddresses(in scalars: [Unicode.Scalar]) -> [Match] {
    var found: [Match] = []
    var searchFrom = 0
    for at in scalars.indices where scalars[at] == "@" && at >= searchFrom {
      var start = at
      while start > searchFrom && isLocalPart(scalars[start - 1]) { start -= 1 }
      while start < at && scalars[start] == "." { start += 1 }
      var end = at + 1
      while end < scalars.count && isDomainPart(scalars[end]) { end += 1 }
      while end > at + 1 && (scalars[end - 1] == "." || scalars[end - 1] == "-") { end -= 1 }
      guard start < at, scalars[at - 1] != ".", end > at + 1 else { continue }
      let domain = String(String.UnicodeScalarView(scalars[(at + 1)..<end]))
      let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
      guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }),
        let top = labels.last, top.count >= 2, top.allSatisfy(\.isLetter)
      else { continue }
      let address = String(String.UnicodeScalarView(scalars[start..<end]))
      found.append(Match(range: start..<end, detector: .email, value: address.lowercased()))
      searchFrom = end
    }
    return found
  }

  private static func isLocalPart(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || isDigit(scalar) || "._%+-".unicodeScalars.contains(scalar)
  }

  private static func isDomainPart(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || isDigit(scalar) || scalar == "." || scalar == "-"
  }

  // MARK: - Phone numbers

  /// The ways eight digits are grouped.
  private static let groupings: Set<[Int]> = [[8], [4, 4], [2, 2, 2, 2]]

  private static func phoneNumbers(in scalars: [Unicode.Scalar]) -> [Match] {
    var found: [Match] = []
    var offset = 0
    while offset < scalars.count {
      // Not the end of a longer number (`10 23 45 67 89`).
      let isInsideNumber =
        offset >= 2 && isSeparator(scalars[offset - 1]) && isDigit(scalars[offset - 2])
      guard offset == 0 || !isWordOrPlus(scalars[offset - 1]), !isInsideNumber,
        let match = phoneNumber(in: scalars, at: offset)
      else {
        offset += 1
        continue
      }
      found.append(match)
      offset = match.range.upperBound
    }
    return found
  }

  private static func phoneNumber(in scalars: [Unicode.Scalar], at offset: Int) -> Match? {
    var index = offset
    let prefixes = ["(+45)", "+45", "0045"].map { Array($0.unicodeScalars) }
    if let prefix = prefixes.first(where: { starts(scalars, at: offset, with: $0) }) {
      index += prefix.count
      if index < scalars.count && isSeparator(scalars[index]) { index += 1 }
    }
    guard index < scalars.count, isDigit(scalars[index]), scalars[index] != "0",
      scalars[index] != "1"
    else { return nil }
    var groups: [Int] = []
    var digits = ""
    while index < scalars.count && isDigit(scalars[index]) {
      var length = 0
      while index < scalars.count && isDigit(scalars[index]) {
        digits.unicodeScalars.append(scalars[index])
        length += 1
        index += 1
      }
      groups.append(length)
      guard digits.count < 8, index + 1 < scalars.count, isSeparator(scalars[index]),
        isDigit(scalars[index + 1])
      else { break }
      index += 1
    }
    guard digits.count == 8, groupings.contains(groups),
      index == scalars.count || !isWordOrNumberGlue(scalars, at: index)
    else { return nil }
    if groups == [4, 4], index - offset == 9 {
      let halves = [digits.prefix(4), digits.suffix(4)].compactMap { Int($0) }
      if halves.allSatisfy({ (1900...2099).contains($0) }) { return nil }
    }
    if groups == [8], index - offset == 8, isCompactDate(Array(digits)) { return nil }
    return Match(range: offset..<index, detector: .phone, value: digits)
  }

  /// Whether eight digits read as a date `YYYYMMDD` of 1900–2099.
  private static func isCompactDate(_ digits: [Character]) -> Bool {
    guard let year = Int(String(digits[0...3])), (1900...2099).contains(year) else {
      return false
    }
    return isDate(Array(digits[6...7] + digits[4...5] + digits[2...3]))
  }

  // MARK: - Characters

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(scalar)
  }

  /// A letter, digit or `+`: nothing an identifier starts right after.
  private static func isWordOrPlus(_ scalar: Unicode.Scalar) -> Bool {
    TextSubstitution.isWordCharacter(scalar) || scalar == "+"
  }

  /// Whether the identifier would go on at `index`: a letter or digit, or
  /// a separator followed by a digit (a longer number).
  private static func isWordOrNumberGlue(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    if TextSubstitution.isWordCharacter(scalars[index]) { return true }
    return (isSeparator(scalars[index]) || scalars[index] == "-") && index + 1 < scalars.count
      && isDigit(scalars[index + 1])
  }

  /// Whether a number would go on at `index`: a letter or digit, or a
  /// hyphen followed by a digit.
  private static func continuesNumber(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    TextSubstitution.isWordCharacter(scalars[index])
      || (scalars[index] == "-" && index + 1 < scalars.count && isDigit(scalars[index + 1]))
  }

  /// A space or hyphen between groups of digits.
  private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "-" || scalar == "\u{00A0}"
  }

  private static func digits(in scalars: [Unicode.Scalar], at offset: Int, count: Int)
    -> [Character]?
  {
    guard offset + count <= scalars.count,
      scalars[offset..<(offset + count)].allSatisfy(isDigit)
    else { return nil }
    return scalars[offset..<(offset + count)].map(Character.init)
  }

  private static func starts(
    _ scalars: [Unicode.Scalar], at offset: Int, with prefix: [Unicode.Scalar]
  ) -> Bool {
    offset + prefix.count <= scalars.count
      && scalars[offset..<(offset + prefix.count)].elementsEqual(prefix)
  }
}
