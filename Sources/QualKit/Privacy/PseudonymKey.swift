import Foundation

/// The key that maps each pseudonym back to its originals: the file
/// `--key` names, kept apart from the data.
///
/// ```text
/// pseudonym,category,original,match
/// [PERSON 1],person,Mette Jensen,any
/// [PERSON 1],person,Mette,any
/// [CPR 1],cpr,120372-1234,any
/// ```
///
/// One row an original; the originals of one person share a pseudonym.
/// An identifier's original is its canonical value (a CPR number as
/// `DDMMYY-SSSS`, a phone number as its eight digits, an e-mail address in
/// lowercase), since a detector finds it however it is written. Rows are
/// written sorted by category, pseudonym (automatic ones by number) and
/// original, so that the same key is always the same bytes. Once given, a
/// pseudonym stays: a later run adds originals, and never gives an
/// original another pseudonym nor a pseudonym to another person
/// (``merging(_:detected:)``).
public struct PseudonymKey: Hashable, Sendable {
  /// One original and its pseudonym.
  public struct Entry: Hashable, Sendable {
    /// What replaces the original.
    public var pseudonym: String
    /// What the original names.
    public var category: PseudonymCategory
    /// The original (an identifier's canonical value).
    public var original: String
    /// Where the original matches.
    public var casing: NameMatcher.Casing

    /// Creates an entry.
    public init(
      pseudonym: String, category: PseudonymCategory, original: String,
      casing: NameMatcher.Casing = .any
    ) {
      self.pseudonym = pseudonym
      self.category = category
      self.original = original
      self.casing = casing
    }
  }

  /// The entries, in the order written (see ``serialized``).
  public internal(set) var entries: [Entry]

  /// An empty key.
  public init() {
    entries = []
  }

  /// A key of `entries`.
  public init(entries: [Entry]) {
    self.entries = entries
    sort()
  }

  /// Reads a key file.
  ///
  /// - Throws: ``PseudonymFileError`` for malformed CSV, a missing header
  ///   column, a row without a pseudonym, category or original, an invalid
  ///   pseudonym, or an original given two pseudonyms; every problem at
  ///   once.
  public init(parsing bytes: [UInt8]) throws(PseudonymFileError) {
    var table = try PseudonymCSV(parsing: bytes, what: "key")
    let columns = try table.columns(
      required: ["pseudonym", "category", "original"], optional: ["match"],
      positional: ["pseudonym", "category", "original", "match"])
    var entries: [Entry] = []
    var problems: [Diagnostic] = []
    var seen: [String: (entry: Entry, line: Int)] = [:]
    for row in table.dataRows {
      func field(_ name: String) -> (text: String, position: SourcePosition) {
        let column = columns[name] ?? 0
        return (
          table.field(column, row: row).trimmingCharacters(in: " \t")
            .precomposedStringWithCanonicalMapping,
          table.position(column, row: row)
        )
      }
      let (pseudonym, pseudonymAt) = field("pseudonym")
      let (categoryName, categoryAt) = field("category")
      var (original, originalAt) = field("original")
      if let problem = Self.pseudonymProblem(pseudonym) {
        problems.append(.error(problem, at: pseudonymAt))
        continue
      }
      guard let category = PseudonymCategory(categoryName) else {
        problems.append(.error("'\(categoryName)' is not a category", at: categoryAt))
        continue
      }
      if let problem = NameList.originalProblem(original) {
        problems.append(.error(problem, at: originalAt))
        continue
      }
      if let detector = IdentifierDetector(category: category),
        let value = detector.value(of: original)
      {
        original = value
      }
      var casing = NameMatcher.Casing.any
      if columns["match"] != nil {
        let (word, wordAt) = field("match")
        guard let given = NameList.casing(word.lowercased()) else {
          problems.append(.error("'\(word)' is not a match (any or capitalised)", at: wordAt))
          continue
        }
        casing = given
      }
      let entry = Entry(
        pseudonym: pseudonym, category: category, original: original, casing: casing)
      let identity = Self.identity(of: original)
      if let first = seen[identity] {
        if first.entry.pseudonym != pseudonym {
          problems.append(
            .error(
              "'\(original)' is '\(first.entry.pseudonym)' on line \(first.line) and '\(pseudonym)' here; an original has one pseudonym",
              at: originalAt))
        }
        continue
      }
      seen[identity] = (entry, table.line(row: row))
      entries.append(entry)
    }
    if !problems.isEmpty { throw PseudonymFileError(.invalidRow, problems: problems) }
    self.init(entries: entries)
  }

  /// The key as CSV: a header, then one row an entry, sorted; LF line ends.
  public var serialized: String {
    var text = "pseudonym,category,original,match\n"
    for entry in entries {
      let fields = [entry.pseudonym, entry.category.name, entry.original, entry.casing.rawValue]
      text += fields.map(Self.csvField).joined(separator: ",") + "\n"
    }
    return text
  }

  /// The entry of `original`, if the key has one.
  public func entry(for original: String) -> Entry? {
    let identity = Self.identity(of: original)
    return entries.first { Self.identity(of: $0.original) == identity }
  }

  /// The pseudonyms, each once, in key order.
  public var pseudonyms: [String] {
    var seen = Set<String>()
    return entries.map(\.pseudonym).filter { seen.insert($0).inserted }
  }

  /// Sorts the entries: category, pseudonym (automatic ones by number),
  /// original.
  mutating func sort() {
    entries.sort { lhs, rhs in
      if lhs.category != rhs.category { return lhs.category < rhs.category }
      if lhs.pseudonym != rhs.pseudonym {
        let left = lhs.category.number(of: lhs.pseudonym)
        let right = rhs.category.number(of: rhs.pseudonym)
        switch (left, right) {
        case (let left?, let right?): return left < right
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): return lhs.pseudonym < rhs.pseudonym
        }
      }
      return lhs.original < rhs.original
    }
  }

  /// What makes two originals the same: NFC, case folded, spaces as one.
  static func identity(of original: String) -> String {
    var result = String.UnicodeScalarView()
    var lastWasSpace = true
    for scalar in original.precomposedStringWithCanonicalMapping.unicodeScalars {
      if NameMatcher.isSpace(scalar) {
        if !lastWasSpace { result.append(" ") }
        lastWasSpace = true
      } else {
        result.append(NameMatcher.fold(scalar))
        lastWasSpace = false
      }
    }
    if result.last == " " { result.removeLast() }
    return String(result)
  }

  /// What is wrong with `pseudonym` as a pseudonym, if anything: it must
  /// hold something, at most 80 characters on one line without spaces at
  /// either end, and none of `" , ; \` (so that it fits in any CSV and
  /// JSON file of the project unchanged).
  public static func pseudonymProblem(_ pseudonym: String) -> String? {
    let scalars = pseudonym.unicodeScalars
    guard let first = scalars.first, let last = scalars.last else {
      return "the pseudonym is empty"
    }
    if scalars.count > 80 { return "the pseudonym '\(pseudonym)' is longer than 80 characters" }
    if scalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
      return "the pseudonym '\(pseudonym.debugDescription)' holds a line break or control character"
    }
    if NameMatcher.isSpace(first) || NameMatcher.isSpace(last) {
      return "the pseudonym '\(pseudonym)' starts or ends with a space"
    }
    if let bad = scalars.first(where: { "\",;\\".unicodeScalars.contains($0) }) {
      return
        "the pseudonym '\(pseudonym)' holds '\(bad)', which CSV and JSON files would need to quote; choose another"
    }
    return nil
  }

  /// `field` quoted for CSV when it needs to be.
  static func csvField(_ field: String) -> String {
    guard
      field.unicodeScalars.contains(where: { "\",;\n\r".unicodeScalars.contains($0) })
        || field.first == " " || field.last == " "
    else { return field }
    return "\"" + field.replacingAll("\"", "\"\"") + "\""
  }
}
