import Foundation

/// Finds the originals of a pseudonym key in text as a reader would see
/// them: whole words, in any case, in Danish inflected forms.
///
/// - A match is whole words: no letter or digit right before it, nor right
///   after it unless an inflection follows (`Mette` matches `Mettes`, the
///   genitive, and `Jensen` matches `Jensenerne` and `Jensenernes`, the
///   family), which stays in the text after the pseudonym. An apostrophe
///   genitive (`Lars'`, `Mette's`) needs no inflection: the apostrophe
///   already ends the word.
/// - Case does not count (`METTE`, `mette`), except for an original
///   marked ``Casing/capitalized`` (a name that is also a Danish word,
///   such as `Rask` or `Bo`), which matches only where its first letter is
///   a capital, and takes the genitive `s` only.
/// - A space in an original matches any run of spaces, tabs or no-break
///   spaces (`Anne  Marie`), never a line break; `’` and `'` are the same.
/// - Scanning from the start, the longest original that matches at a
///   position wins (`Anne Marie` before `Anne`), and the scan goes on
///   after it, so matches never overlap.
///
/// Offsets are Unicode-scalar offsets of the text as given (not
/// normalised again), the convention of ``TextEdit``.
public struct NameMatcher: Sendable {
  /// Where an original matches.
  public enum Casing: String, Hashable, Sendable, CaseIterable {
    /// In any case.
    case any
    /// Only where its first letter is a capital.
    case capitalized = "capitalised"
  }

  /// One original to find.
  public struct Rule: Hashable, Sendable {
    /// The text to find, in NFC.
    public var original: String
    /// Where it matches.
    public var casing: Casing
    /// Whether it takes Danish inflections (`s`, `erne`, `ernes`); an
    /// identifier (a phone number) takes none.
    public var takesInflections: Bool

    /// Creates a rule.
    public init(_ original: String, casing: Casing = .any, takesInflections: Bool = true) {
      self.original = original
      self.casing = casing
      self.takesInflections = takesInflections
    }
  }

  /// One place an original stands.
  public struct Match: Hashable, Sendable {
    /// The original's own scalars in the text, without an inflection.
    public var range: Range<Int>
    /// Where the word ends, after any inflection (`Mettes`: after the `s`).
    public var wordEnd: Int
    /// The index of the rule that matched.
    public var rule: Int
  }

  /// One unit of an original: a scalar (folded) or a run of spaces.
  private enum Atom: Hashable, Sendable {
    case scalar(Unicode.Scalar)
    case space
  }

  /// The rules, as given.
  public let rules: [Rule]
  private let patterns: [[Atom]]
  /// Rule indices by their first folded scalar.
  private let candidates: [Unicode.Scalar: [Int]]

  /// The inflections any name takes, longest first.
  static let inflections = ["ernes", "erne", "s"]
  /// The inflection a capitalised-only name takes.
  static let genitive = ["s"]

  /// Creates a matcher of `rules`; a rule whose original has no letter or
  /// digit never matches.
  public init(_ rules: [Rule]) {
    self.rules = rules
    var patterns: [[Atom]] = []
    var candidates: [Unicode.Scalar: [Int]] = [:]
    for (index, rule) in rules.enumerated() {
      let pattern = Self.pattern(of: rule.original)
      patterns.append(pattern)
      guard
        pattern.contains(where: { if case .scalar(let s) = $0 { Self.isWord(s) } else { false } }),
        case .scalar(let first) = pattern.first
      else { continue }
      candidates[first, default: []].append(index)
    }
    self.patterns = patterns
    self.candidates = candidates
  }

  /// The atoms of `original`: spaces at either end dropped, each inner run
  /// of spaces one ``Atom/space``, every other scalar folded.
  private static func pattern(of original: String) -> [Atom] {
    var atoms: [Atom] = []
    for scalar in original.precomposedStringWithCanonicalMapping.unicodeScalars {
      if isSpace(scalar) {
        if let last = atoms.last, last != .space { atoms.append(.space) }
      } else {
        atoms.append(.scalar(fold(scalar)))
      }
    }
    if atoms.last == .space { atoms.removeLast() }
    return atoms
  }

  /// The matches in `text`, in order, not overlapping.
  public func matches(in text: String) -> [Match] {
    matches(in: Array(text.unicodeScalars))
  }

  /// The matches in `scalars`, in order, not overlapping.
  ///
  /// - Complexity: O(*n* · *k* · *m*) for *n* scalars, *k* originals
  ///   sharing a first letter and originals of *m* scalars.
  public func matches(in scalars: [Unicode.Scalar]) -> [Match] {
    var found: [Match] = []
    var offset = 0
    while offset < scalars.count {
      let first = Self.fold(scalars[offset])
      guard let rules = candidates[first],
        offset == 0 || !Self.isWord(scalars[offset - 1]) || !Self.isWord(first)
      else {
        offset += 1
        continue
      }
      var best: Match?
      for rule in rules {
        guard let match = match(rule, in: scalars, at: offset) else { continue }
        if best.map({ match.range.count > $0.range.count }) ?? true { best = match }
      }
      if let best {
        found.append(best)
        offset = best.wordEnd
      } else {
        offset += 1
      }
    }
    return found
  }

  /// `text` with every match replaced by what `replacement` gives it (the
  /// inflection after it kept).
  public func replacing(in text: String, with replacement: (Match) -> String) -> String {
    let scalars = Array(text.unicodeScalars)
    var result = String.UnicodeScalarView()
    var offset = 0
    for match in matches(in: scalars) {
      result.append(contentsOf: scalars[offset..<match.range.lowerBound])
      result.append(contentsOf: replacement(match).unicodeScalars)
      offset = match.range.upperBound
    }
    result.append(contentsOf: scalars[offset...])
    return String(result)
  }

  /// Rule `rule` matched at `offset`, or nil.
  private func match(_ rule: Int, in scalars: [Unicode.Scalar], at offset: Int) -> Match? {
    let pattern = patterns[rule]
    if rules[rule].casing == .capitalized, !scalars[offset].properties.isUppercase {
      return nil
    }
    var index = offset
    for atom in pattern {
      switch atom {
      case .scalar(let expected):
        guard index < scalars.count, Self.fold(scalars[index]) == expected else { return nil }
        index += 1
      case .space:
        guard index < scalars.count, Self.isSpace(scalars[index]) else { return nil }
        while index < scalars.count && Self.isSpace(scalars[index]) { index += 1 }
      }
    }
    let end = index
    guard case .scalar(let last) = pattern.last, Self.isWord(last) else {
      return Match(range: offset..<end, wordEnd: end, rule: rule)
    }
    if end == scalars.count || !Self.isWord(scalars[end]) {
      return Match(range: offset..<end, wordEnd: end, rule: rule)
    }
    guard rules[rule].takesInflections else { return nil }
    let suffixes = rules[rule].casing == .capitalized ? Self.genitive : Self.inflections
    for suffix in suffixes {
      let suffixScalars = Array(suffix.unicodeScalars)
      let wordEnd = end + suffixScalars.count
      guard wordEnd <= scalars.count,
        zip(scalars[end..<wordEnd], suffixScalars).allSatisfy({ Self.fold($0) == $1 }),
        wordEnd == scalars.count || !Self.isWord(scalars[wordEnd])
      else { continue }
      return Match(range: offset..<end, wordEnd: wordEnd, rule: rule)
    }
    return nil
  }

  /// `scalar` in lowercase when that is one scalar; `’` and `ʼ` as `'`.
  static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    if scalar.isASCII {
      let value = scalar.value
      return (65...90).contains(value) ? Unicode.Scalar(value + 32) ?? scalar : scalar
    }
    if scalar == "\u{2019}" || scalar == "\u{02BC}" { return "'" }
    let lower = scalar.properties.lowercaseMapping.unicodeScalars
    return lower.count == 1 ? lower.first ?? scalar : scalar
  }

  /// Letters, marks and digits.
  static func isWord(_ scalar: Unicode.Scalar) -> Bool {
    TextSubstitution.isWordCharacter(scalar)
  }

  /// A space, a tab or a no-break space.
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t" || scalar == "\u{00A0}"
  }
}
