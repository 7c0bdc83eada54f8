import Foundation

/// The researcher's list of what to replace (`--names`): a CSV of
/// originals, each with its category, an optional fixed pseudonym and an
/// optional casing.
///
/// ```text
/// original,category,pseudonym,match
/// Mette Jensen,person,,
/// Mette,person,=Mette Jensen,
/// Vejle Sygehus,workplace,,
/// Rask,person,Holm,any
/// ```
///
/// - The header is optional; with one, the columns `original` and
///   `category` are required, `pseudonym` and `match` optional, in any
///   order, and other columns (a note, a count) are ignored. Without one,
///   the columns are original, category, pseudonym, match. Commas or
///   semicolons separate; a row whose first field starts with `#` is a
///   comment.
/// - An empty pseudonym gets the category's next automatic one
///   (`[PERSON 3]`); `=Mette Jensen` gives the pseudonym of another original
///   (the same person written shorter); anything else is the pseudonym.
/// - `match` is `any` (the default: any case) or `capitalised` (only
///   where written with a capital). A one-word original that is also a
///   Danish word (``DanishWords``: `Rask`, `Bo`) is `capitalised` unless
///   the row says `any`, with a warning.
public struct NameList: Hashable, Sendable {
  /// What an original becomes.
  public enum Pseudonym: Hashable, Sendable {
    /// The category's next automatic pseudonym.
    case automatic
    /// This pseudonym.
    case fixed(String)
    /// The pseudonym of this other original (in the list or the key).
    case sameAs(String)
  }

  /// One original.
  public struct Entry: Hashable, Sendable {
    /// The text to replace, in NFC.
    public var original: String
    /// What it names.
    public var category: PseudonymCategory
    /// What it becomes.
    public var pseudonym: Pseudonym
    /// Where it matches.
    public var casing: NameMatcher.Casing
    /// The line of the file it was read from.
    public var line: Int
    /// Where its pseudonym was given in the file, for messages.
    public var pseudonymPosition: SourcePosition

    /// Creates an entry.
    public init(
      original: String, category: PseudonymCategory, pseudonym: Pseudonym = .automatic,
      casing: NameMatcher.Casing = .any, line: Int = 0
    ) {
      self.original = original
      self.category = category
      self.pseudonym = pseudonym
      self.casing = casing
      self.line = line
      pseudonymPosition = SourcePosition(line: line)
    }
  }

  /// The originals, in file order.
  public var entries: [Entry]

  /// A list of `entries`.
  public init(entries: [Entry] = []) {
    self.entries = entries
  }

  /// Reads a names list.
  ///
  /// - Parameters:
  ///   - bytes: The CSV file.
  ///   - diagnostics: Receives warnings: a name that is also a Danish
  ///     word, a row given twice.
  /// - Throws: ``PseudonymFileError`` for malformed CSV, a file without
  ///   rows, a header without `original` or `category`, a row without an
  ///   original or category, an unknown category or casing, an invalid
  ///   pseudonym, or an original given twice with different values; every
  ///   problem at once, at its line and column.
  public init(parsing bytes: [UInt8], diagnostics: inout [Diagnostic]) throws(PseudonymFileError) {
    var table = try PseudonymCSV(parsing: bytes, what: "names list")
    let columns = try table.columns(
      required: ["original", "category"], optional: ["pseudonym", "match"],
      positional: ["original", "category", "pseudonym", "match"])
    var entries: [Entry] = []
    var problems: [Diagnostic] = []
    var seen: [String: Entry] = [:]
    for row in table.dataRows {
      func field(_ name: String) -> (text: String, position: SourcePosition)? {
        guard let column = columns[name] else { return nil }
        return (table.field(column, row: row), table.position(column, row: row))
      }
      guard let original = field("original"), let category = field("category") else { continue }
      let line = table.line(row: row)
      let name = original.text.trimmingCharacters(in: " \t").precomposedStringWithCanonicalMapping
      if let problem = Self.originalProblem(name) {
        problems.append(.error(problem, at: original.position))
        continue
      }
      guard let kind = PseudonymCategory(category.text) else {
        problems.append(
          .error(
            category.text.trimmingCharacters(in: " \t").isEmpty
              ? "'\(name)' has no category (expected one of \(PseudonymCategory.knownNames), or a word of your own)"
              : "'\(category.text)' is not a category: one word of letters, digits and '-' (such as \(PseudonymCategory.knownNames))",
            at: category.position))
        continue
      }
      var entry = Entry(original: name, category: kind, line: line)
      if let given = field("pseudonym") {
        entry.pseudonymPosition = given.position
        let text = given.text.trimmingCharacters(in: " \t").precomposedStringWithCanonicalMapping
        if text.hasPrefix("=") {
          let target = text.dropFirst().trimmingCharacters(in: " \t")
          guard !target.isEmpty else {
            problems.append(
              .error("'=' names no original whose pseudonym to take", at: given.position))
            continue
          }
          entry.pseudonym = .sameAs(target)
        } else if !text.isEmpty {
          if let problem = PseudonymKey.pseudonymProblem(text) {
            problems.append(.error(problem, at: given.position))
            continue
          }
          entry.pseudonym = .fixed(text)
        }
      }
      let match = field("match").map { ($0.text.trimmingCharacters(in: " \t").lowercased(), $0) }
      if let (word, place) = match, !word.isEmpty {
        guard let casing = Self.casing(word) else {
          problems.append(
            .error(
              "'\(place.text)' is not a match: expected 'any' (any case) or 'capitalised' (only where written with a capital)",
              at: place.position))
          continue
        }
        entry.casing = casing
      } else if DanishWords.isWord(name) {
        entry.casing = .capitalized
        diagnostics.append(
          .warning(
            "'\(name)' is also a Danish word ('\(name.lowercased())'), so it is replaced only where it is written with a capital; write 'any' in the match column to replace it everywhere",
            at: original.position))
      }
      let identity = PseudonymKey.identity(of: name)
      if let first = seen[identity] {
        if first.category == entry.category && first.pseudonym == entry.pseudonym {
          diagnostics.append(
            .warning(
              "'\(name)' is listed on line \(first.line) already; this row is ignored",
              at: original.position))
        } else {
          problems.append(
            .error(
              "'\(name)' is listed on line \(first.line) already, with another category or pseudonym",
              at: original.position))
        }
        continue
      }
      seen[identity] = entry
      entries.append(entry)
    }
    if !problems.isEmpty { throw PseudonymFileError(.invalidRow, problems: problems) }
    guard !entries.isEmpty else {
      throw PseudonymFileError(
        .empty,
        "the names list has no names (expected rows 'original,category[,pseudonym[,match]]')",
        at: SourcePosition(line: table.lastLine))
    }
    self.entries = entries
  }

  /// What is wrong with `original`, if anything.
  static func originalProblem(_ original: String) -> String? {
    if original.isEmpty { return "the row has no original (the text to replace)" }
    if original.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
      return
        "'\(original.debugDescription)' holds a line break or control character; an original is replaced inside one line"
    }
    if !original.unicodeScalars.contains(where: NameMatcher.isWord) {
      return "'\(original)' has no letter or digit to find"
    }
    return nil
  }

  /// The casing that `word` names.
  static func casing(_ word: String) -> NameMatcher.Casing? {
    switch word {
    case "any", "": .any
    case "capitalised", "capitalized", "capital": .capitalized
    default: nil
    }
  }
}
