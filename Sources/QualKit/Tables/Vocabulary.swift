/// The words a table, chart or report shows, in one language, and the way
/// that language writes numbers.
///
/// Analyses take a vocabulary (English by default) and build their tables
/// in it; the writers in `Export/` render a table's cells with the
/// vocabulary of the table's ``Table/language``, so a Danish table reads
/// `Kode`, `samlet`, `0,802` and `99,3 %` in every format.
///
/// ```swift
/// let words = Vocabulary.danish
/// words.percent(0.993, decimals: 1)   // "99,3 %"
/// words.attribute("role")             // "rolle"
/// words.list(["anna", "bo", "cai"])   // "anna, bo og cai"
/// ```
///
/// The phrases themselves are the cases of `Phrase`, each with a form in
/// every language; what comes from the project (code labels, attribute
/// values, survey wording, coder names) is data and is shown as written.
public struct Vocabulary: Hashable, Sendable {
  /// The language of the words.
  public var language: ReportLanguage

  /// English.
  public static let english = Vocabulary(.english)
  /// Danish.
  public static let danish = Vocabulary(.danish)

  /// The vocabulary of `language`.
  public init(_ language: ReportLanguage = .english) {
    self.language = language
  }

  /// How the language writes numbers.
  public var numberStyle: NumberStyle { language.numberStyle }

  // MARK: - Phrases

  /// The phrase in this language, placeholders unfilled.
  subscript(_ phrase: Phrase) -> String {
    switch language {
    case .english: phrase.english
    case .danish: phrase.danish
    }
  }

  /// The phrase with its placeholders `%1`, `%2`, … replaced by `arguments`
  /// in order; an argument is never read for placeholders itself.
  func callAsFunction(_ phrase: Phrase, _ arguments: any CustomStringConvertible...) -> String {
    Self.fill(self[phrase], arguments.map(\.description))
  }

  /// `count` in the phrase for one (`%1 segment`) or for several (`%1 segments`).
  func count(_ count: Int, _ one: Phrase, _ many: Phrase) -> String {
    self(count == 1 ? one : many, count)
  }

  /// `template` with `%1` … `%9` replaced by `arguments` (a placeholder
  /// without an argument is left as it is).
  static func fill(_ template: String, _ arguments: [String]) -> String {
    var result = ""
    var index = template.startIndex
    while index < template.endIndex {
      let character = template[index]
      let next = template.index(after: index)
      if character == "%", next < template.endIndex, let digit = template[next].wholeNumberValue,
        digit >= 1, digit <= arguments.count
      {
        result += arguments[digit - 1]
        index = template.index(after: next)
      } else {
        result.append(character)
        index = next
      }
    }
    return result
  }

  /// The arguments that fill `template` to give `text`, or nil when
  /// `template` does not give it (each placeholder takes the shortest text
  /// that lets the rest match).
  static func arguments(of template: String, in text: String) -> [String]? {
    // Split the template into literal pieces and placeholder numbers.
    var pieces: [String] = [""]
    var numbers: [Int] = []
    var index = template.startIndex
    while index < template.endIndex {
      let next = template.index(after: index)
      if template[index] == "%", next < template.endIndex,
        let digit = template[next].wholeNumberValue, digit >= 1
      {
        numbers.append(digit)
        pieces.append("")
        index = template.index(after: next)
      } else {
        pieces[pieces.count - 1].append(template[index])
        index = next
      }
    }
    guard text.hasPrefix(pieces[0]) else { return nil }
    var rest = text.dropFirst(pieces[0].count)
    var values: [Int: String] = [:]
    for (position, number) in numbers.enumerated() {
      let literal = pieces[position + 1]
      let isLast = position == numbers.count - 1
      let value: Substring
      if isLast {
        guard rest.hasSuffix(literal) else { return nil }
        value = rest.dropLast(literal.count)
        rest = rest.suffix(0)
      } else {
        guard !literal.isEmpty, let range = rest.firstRange(of: literal) else { return nil }
        value = rest[..<range.lowerBound]
        rest = rest[range.upperBound...]
      }
      values[number] = String(value)
    }
    if numbers.isEmpty && !rest.isEmpty { return nil }
    return (1...max(1, numbers.max() ?? 0)).compactMap { values[$0] }
  }

  // MARK: - Words from the data

  /// `a, b and c` with the language's `and`.
  public func list(_ items: [String]) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " \(self[.and]) " + (items.last ?? "")
  }

  /// A participant attribute's name: the language's word when the
  /// vocabulary knows it (`role` is `rolle` in Danish), else as written.
  public func attribute(_ name: String) -> String {
    switch language {
    case .english: name
    case .danish: Phrase.danishAttributeNames[name] ?? name
    }
  }

  /// A group's name in a table: the words QualKit gives groups (`all`,
  /// `(none)`) in this language, a value from the data as written.
  public func group(_ name: String) -> String {
    switch name {
    case Phrase.allGroup.english: self[.allGroup]
    case Phrase.noneGroup.english: self[.noneGroup]
    default: name
    }
  }

  /// A code's label in this language, its main label when the codebook
  /// has none in it (``Code/label(in:)``).
  public func label(_ code: Code) -> String { code.label(in: language.rawValue) }

  /// `yes` or `no`.
  public func yesNo(_ value: Bool) -> String { self[value ? .yes : .no] }

  /// The mark of an undefined value in a table (`n/a`, `i.t.`).
  public var notAvailable: String { self[.notAvailable] }

  /// A reason `Stats/` gives for an undefined statistic, in this language
  /// when the vocabulary knows it (a statistic's name inside it too), else
  /// as given.
  public func explanation(_ text: String) -> String {
    guard language != .english else { return text }
    for phrase in Phrase.explanations {
      guard let arguments = Self.arguments(of: phrase.english, in: text) else { continue }
      return Self.fill(self[phrase], arguments.map(statisticName(ofEnglish:)))
    }
    return text
  }

  /// The name of the statistic called `english` in English, in this
  /// language; any other text as it is.
  func statisticName(ofEnglish english: String) -> String {
    let names: [Phrase] = [
      .percentAgreement, .cohenKappa, .scottPi, .fleissKappa, .krippendorffAlpha,
      .brennanPrediger, .gwetAC1,
    ]
    return names.first { $0.english == english }.map { self[$0] } ?? english
  }

  // MARK: - Numbers

  /// `value` with `decimals` decimals in the language's style.
  public func fixed(_ value: Double, decimals: Int) -> String {
    numberStyle.fixed(value, decimals: decimals)
  }

  /// The proportion `value` as a percentage in the language's style.
  public func percent(_ value: Double, decimals: Int) -> String {
    numberStyle.percent(value, decimals: decimals)
  }

  /// A table's caption label: `Table 3`, `Tabel 3`.
  public func tableLabel(_ number: Int) -> String { "\(self[.table]) \(number)" }

  /// A figure's caption label: `Figure 3`, `Figur 3`.
  public func figureLabel(_ number: Int) -> String { "\(self[.figure]) \(number)" }
}
