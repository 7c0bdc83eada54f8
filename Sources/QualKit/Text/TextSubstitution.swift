import Foundation

/// Literal find-and-replace rules applied to a text at once, such as a
/// pseudonymisation key (`Anna Jensen` → `P1`, `Aarhus` → `[by]`).
///
/// The same substitution gives the ``TextEdit`` of a transcript's text
/// (``edit(of:)``, which ``Transcript/applying(_:)`` applies and which
/// realigns the codings) and changes free text, such as the quotes and
/// memos stored with codings (``applied(to:)``), so that a name goes
/// everywhere at once.
///
/// Matching is exact (case and accents count) on Unicode scalars, targets
/// taken in NFC. Scanning from the start, at each position the longest
/// target that matches there wins and the scan goes on after it, so
/// matches never overlap and a replacement is never matched again. With
/// ``isWholeWords``, a match must not have a letter or digit right before
/// or after it when the target starts or ends with one (`Bo` does not
/// match in `Bodil`).
///
/// ```swift
/// let key = try TextSubstitution([.init("Anna Jensen", "P1"), .init("Anna", "P1")])
/// key.applied(to: "Anna Jensen sagde til Anna: ja")  // "P1 sagde til P1: ja"
/// ```
public struct TextSubstitution: Hashable, Sendable {
  /// One target and what replaces it.
  public struct Rule: Hashable, Sendable {
    /// The text to find (in NFC).
    public var target: String
    /// What it becomes.
    public var replacement: String

    /// Creates a rule replacing `target` by `replacement`.
    public init(_ target: String, _ replacement: String) {
      self.target = target
      self.replacement = replacement
    }
  }

  /// An invalid substitution.
  public struct Problem: Error, Hashable, Sendable, CustomStringConvertible {
    /// The offending rule's index in the list given.
    public var rule: Int
    /// A lowercase sentence fragment without a final period.
    public var description: String
  }

  /// The rules, targets in NFC, in the order given.
  public let rules: [Rule]
  /// Whether matches must be whole words.
  public let isWholeWords: Bool
  /// Rule indices by the first scalar of their target, longest target first.
  private let candidates: [Unicode.Scalar: [Int]]
  private let targets: [[Unicode.Scalar]]

  /// Creates a substitution of `rules`.
  ///
  /// - Throws: ``Problem`` for an empty target or a target given twice.
  public init(_ rules: [Rule], isWholeWords: Bool = true) throws(Problem) {
    var seen: [String: Int] = [:]
    var normalized: [Rule] = []
    for (index, rule) in rules.enumerated() {
      let target = rule.target.precomposedStringWithCanonicalMapping
      guard !target.isEmpty else {
        throw Problem(rule: index, description: "rule \(index + 1) has an empty target")
      }
      if let first = seen[target] {
        throw Problem(
          rule: index,
          description: "rule \(index + 1) repeats the target of rule \(first + 1), '\(target)'")
      }
      seen[target] = index
      normalized.append(Rule(target, rule.replacement))
    }
    self.rules = normalized
    self.isWholeWords = isWholeWords
    let targets = normalized.map { Array($0.target.unicodeScalars) }
    var candidates: [Unicode.Scalar: [Int]] = [:]
    for (index, target) in targets.enumerated() {
      candidates[target[0], default: []].append(index)
    }
    for key in candidates.keys {
      candidates[key]?.sort { (targets[$0].count, $1) > (targets[$1].count, $0) }
    }
    self.targets = targets
    self.candidates = candidates
  }

  /// The edit that replaces every match in `text`, at its Unicode-scalar
  /// offsets.
  ///
  /// - Complexity: O(*n* · *k*) for *n* scalars and *k* targets sharing a
  ///   first character, times a target's length.
  public func edit(of text: String) -> TextEdit {
    var edit = TextEdit()
    for match in matches(in: Array(text.unicodeScalars)) {
      edit.replace(match.range, with: rules[match.rule].replacement)
    }
    return edit
  }

  /// `text` in NFC with every match replaced.
  public func applied(to text: String) -> String {
    let scalars = Array(text.precomposedStringWithCanonicalMapping.unicodeScalars)
    var result = String.UnicodeScalarView()
    var offset = 0
    for match in matches(in: scalars) {
      result.append(contentsOf: scalars[offset..<match.range.lowerBound])
      result.append(contentsOf: rules[match.rule].replacement.unicodeScalars)
      offset = match.range.upperBound
    }
    result.append(contentsOf: scalars[offset...])
    return String(result)
  }

  /// The matches in `scalars`, in order, not overlapping.
  func matches(in scalars: [Unicode.Scalar]) -> [(range: Range<Int>, rule: Int)] {
    var found: [(range: Range<Int>, rule: Int)] = []
    var offset = 0
    while offset < scalars.count {
      if let rules = candidates[scalars[offset]],
        let rule = rules.first(where: { matches($0, in: scalars, at: offset) })
      {
        let end = offset + targets[rule].count
        found.append((offset..<end, rule))
        offset = end
      } else {
        offset += 1
      }
    }
    return found
  }

  /// Whether rule `rule`'s target stands in `scalars` at `offset`, as a
  /// whole word if asked.
  private func matches(_ rule: Int, in scalars: [Unicode.Scalar], at offset: Int) -> Bool {
    let target = targets[rule]
    let end = offset + target.count
    guard end <= scalars.count, scalars[offset..<end].elementsEqual(target) else { return false }
    guard isWholeWords else { return true }
    if let first = target.first, Self.isWordCharacter(first), offset > 0,
      Self.isWordCharacter(scalars[offset - 1])
    {
      return false
    }
    if let last = target.last, Self.isWordCharacter(last), end < scalars.count,
      Self.isWordCharacter(scalars[end])
    {
      return false
    }
    return true
  }

  /// Letters, marks and digits.
  static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      || scalar.properties.generalCategory == .nonspacingMark
  }
}
