import Foundation

/// What an original names: a person, a place, a workplace, an identifier.
///
/// The category names the pseudonyms given automatically, in Danish as
/// the transcripts are: `[PERSON 3]`, `[STED 1]`, `[ARBEJDSPLADS 1]`,
/// `[CPR 1]`. A names list may write the common categories in English or
/// Danish (`place` or `sted`); any other word of letters, digits and `-` is
/// a category of its own, its label the word in capitals.
public struct PseudonymCategory: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The category's name in lowercase, in English for the known ones
  /// (`person`, `place`, `workplace`, `cpr`).
  public let name: String

  /// A person's name.
  public static let person = PseudonymCategory(known: "person")
  /// A town, a street, an area.
  public static let place = PseudonymCategory(known: "place")
  /// An employer or a workplace.
  public static let workplace = PseudonymCategory(known: "workplace")
  /// A Danish CPR number (found by the `cpr` detector).
  public static let cpr = PseudonymCategory(known: "cpr")
  /// An e-mail address (found by the `email` detector).
  public static let email = PseudonymCategory(known: "email")
  /// A Danish phone number (found by the `phone` detector).
  public static let phone = PseudonymCategory(known: "phone")
  /// A street address or a postcode and town.
  public static let address = PseudonymCategory(known: "address")
  /// Anything else that identifies.
  public static let other = PseudonymCategory(known: "other")

  /// The known categories' names, English and Danish, with their labels.
  private static let known: [(names: [String], label: String)] = [
    (["person"], "PERSON"),
    (["place", "sted", "by"], "STED"),
    (["workplace", "arbejdsplads", "employer", "arbejdsgiver"], "ARBEJDSPLADS"),
    (["institution"], "INSTITUTION"),
    (["organisation", "organization"], "ORGANISATION"),
    (["address", "adresse"], "ADRESSE"),
    (["cpr"], "CPR"),
    (["email", "e-mail", "mail"], "EMAIL"),
    (["phone", "telefon"], "TELEFON"),
    (["other", "andet"], "ANDET"),
  ]

  private init(known name: String) {
    self.name = name
  }

  /// The category that `text` names (case and surrounding spaces do not
  /// count), or nil when it is empty or holds other characters than
  /// letters, digits and `-`.
  public init?(_ text: String) {
    let word = text.trimmingCharacters(in: " \t").lowercased()
    guard !word.isEmpty, word.count <= 40,
      word.unicodeScalars.allSatisfy({
        $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-"
      })
    else { return nil }
    if let entry = Self.known.first(where: { $0.names.contains(word) }) {
      name = entry.names[0]
    } else {
      name = word
    }
  }

  /// The word that automatic pseudonyms of this category start with
  /// (`PERSON`, `STED`, `ARBEJDSPLADS`).
  public var label: String {
    Self.known.first { $0.names[0] == name }?.label ?? name.uppercased()
  }

  /// Whether originals of this category are found by a detector (CPR,
  /// e-mail, phone) and compared by their digits or in lowercase, rather
  /// than matched as words.
  public var isIdentifier: Bool { self == .cpr || self == .email || self == .phone }

  /// The `n`th automatic pseudonym of the category: `[PERSON 3]`.
  public func pseudonym(number: Int) -> String { "[\(label) \(number)]" }

  /// The number of an automatic pseudonym of this category (`[PERSON 3]`
  /// → 3), or nil for any other text.
  public func number(of pseudonym: String) -> Int? {
    let prefix = "[\(label) "
    guard pseudonym.hasPrefix(prefix), pseudonym.hasSuffix("]") else { return nil }
    let digits = pseudonym.dropFirst(prefix.count).dropLast()
    guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy(\.isASCIIDigit),
      digits.first != "0"
    else { return nil }
    return Int(digits)
  }

  /// The names a names list may use, for messages.
  public static var knownNames: String {
    known.map { $0.names[0] }.joined(separator: ", ")
  }

  public var description: String { name }

  public static func < (lhs: PseudonymCategory, rhs: PseudonymCategory) -> Bool {
    lhs.name < rhs.name
  }
}
