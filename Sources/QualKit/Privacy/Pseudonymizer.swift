/// Finds every original of a key in a text and what replaces it: names
/// through a ``NameMatcher``, identifiers through the detectors and their
/// canonical values.
///
/// ```swift
/// let key = PseudonymKey(entries: [.init(pseudonym: "[PERSON 1]", category: .person, original: "Mette")])
/// let pseudonymizer = Pseudonymizer(key: key, detectors: [.phone])
/// pseudonymizer.applied(to: "Mettes nummer er 23 45 67 89")
/// // "[PERSON 1]s nummer er 23 45 67 89" (the number is in no key: see unlisted(in:))
/// ```
public struct Pseudonymizer: Sendable {
  /// One original found, and what replaces it.
  public struct Replacement: Hashable, Sendable {
    /// The original's Unicode-scalar offsets in the text (an inflection
    /// after it left out: it stays).
    public var range: Range<Int>
    /// The original as it stands in the text.
    public var found: String
    /// What replaces it.
    public var pseudonym: String
    /// What it names.
    public var category: PseudonymCategory
  }

  /// The key.
  public let key: PseudonymKey
  /// The detectors that find identifiers.
  public let detectors: Set<IdentifierDetector>
  private let matcher: NameMatcher
  /// The key's entry of each rule of ``matcher``.
  private let ruleEntries: [PseudonymKey.Entry]
  /// The key's identifiers by their canonical values.
  private let identifiers: [String: PseudonymKey.Entry]

  /// Creates a pseudonymizer of `key`, finding identifiers with `detectors`.
  public init(key: PseudonymKey, detectors: Set<IdentifierDetector>) {
    self.key = key
    self.detectors = detectors
    ruleEntries = key.entries
    matcher = NameMatcher(
      key.entries.map {
        NameMatcher.Rule(
          $0.original, casing: $0.casing, takesInflections: !$0.category.isIdentifier)
      })
    var identifiers: [String: PseudonymKey.Entry] = [:]
    for entry in key.entries where entry.category.isIdentifier {
      identifiers[entry.original] = entry
    }
    self.identifiers = identifiers
  }

  /// Whether the key has no originals.
  public var isEmpty: Bool { key.entries.isEmpty }

  /// The originals in `text` and their pseudonyms, in order, not
  /// overlapping: identifiers that the detectors find and the key maps,
  /// then the key's originals as words (an identifier's literal value
  /// too, should its detector be off).
  public func replacements(in text: String) -> [Replacement] {
    replacements(in: Array(text.unicodeScalars))
  }

  /// The originals in `scalars` and their pseudonyms (see
  /// ``replacements(in:)-(String)``).
  public func replacements(in scalars: [Unicode.Scalar]) -> [Replacement] {
    var found: [Replacement] = []
    for match in IdentifierDetector.matches(in: scalars, detectors: detectors) {
      guard let entry = identifiers[match.value] else { continue }
      found.append(
        Replacement(
          range: match.range, found: Self.text(scalars, match.range), pseudonym: entry.pseudonym,
          category: entry.category))
    }
    let identified = found
    for match in matcher.matches(in: scalars)
    where !identified.contains(where: { $0.range.overlaps(match.range) }) {
      let entry = ruleEntries[match.rule]
      found.append(
        Replacement(
          range: match.range, found: Self.text(scalars, match.range), pseudonym: entry.pseudonym,
          category: entry.category))
    }
    return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  /// The identifiers in `scalars` that the detectors find and the key does
  /// not map yet.
  public func unlisted(in scalars: [Unicode.Scalar]) -> [IdentifierDetector.Match] {
    IdentifierDetector.matches(in: scalars, detectors: detectors).filter {
      identifiers[$0.value] == nil
    }
  }

  /// `text` with every original replaced by its pseudonym.
  public func applied(to text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    let found = replacements(in: scalars)
    guard !found.isEmpty else { return text }
    var result = String.UnicodeScalarView()
    var offset = 0
    for replacement in found {
      result.append(contentsOf: scalars[offset..<replacement.range.lowerBound])
      result.append(contentsOf: replacement.pseudonym.unicodeScalars)
      offset = replacement.range.upperBound
    }
    result.append(contentsOf: scalars[offset...])
    return String(result)
  }

  /// The edit that replaces every original in `text`, at its
  /// Unicode-scalar offsets.
  public func edit(of replacements: [Replacement]) -> TextEdit {
    TextEdit(replacements.map { TextEdit.Replacement($0.range, with: $0.pseudonym) })
  }

  static func text(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
    String(String.UnicodeScalarView(scalars[range]))
  }
}
