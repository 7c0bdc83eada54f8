import Foundation
import Testing

@testable import QualKit

/// The one vocabulary: every phrase in every language, placeholders that
/// match, and the words that come from the data shown as written.
@Suite struct VocabularyTests {
  /// The placeholders (`%1`, `%2`, …) a text uses.
  static func placeholders(_ text: String) -> Set<Int> {
    var found: Set<Int> = []
    var previous: Character?
    for character in text {
      if previous == "%", let digit = character.wholeNumberValue { found.insert(digit) }
      previous = character
    }
    return found
  }

  /// Phrases that are the same in Danish and English: abbreviations,
  /// names and words Danish shares.
  static let sameInDanish: Set<Phrase> = [
    .lineCitation, .linesCitation, .segmentCount, .statusSegment, .overlap, .fleissKappa,
    .definition, .median, .topTwo, .idKind, .note,
  ]

  @Test("Every phrase has a Danish form with the same placeholders as its English one")
  func placeholdersMatch() {
    for phrase in Phrase.allCases {
      let english = phrase.english
      let danish = phrase.danish
      #expect(!english.isEmpty && !danish.isEmpty, "\(phrase)")
      #expect(
        Self.placeholders(english) == Self.placeholders(danish),
        "\(phrase): '\(english)' and '\(danish)'")
      let numbers = Self.placeholders(english)
      #expect(numbers == Set(numbers.isEmpty ? [] : Array(1...numbers.count)), "\(phrase)")
    }
  }

  @Test("Danish differs from English but for the phrases the two languages share")
  func danishIsTranslated() {
    for phrase in Phrase.allCases where !Self.sameInDanish.contains(phrase) {
      #expect(phrase.danish != phrase.english, "\(phrase) is not translated: '\(phrase.english)'")
    }
    for phrase in Self.sameInDanish {
      #expect(phrase.danish == phrase.english, "\(phrase) is no longer the same in both")
    }
  }

  @Test("Placeholders are filled once, in order, an argument never read for placeholders")
  func filling() {
    #expect(Vocabulary.fill("%2 by %1", ["a", "b"]) == "b by a")
    #expect(Vocabulary.fill("%1%", ["%2"]) == "%2%")
    #expect(Vocabulary.fill("% agreement %3", ["x"]) == "% agreement %3")
    #expect(
      Vocabulary.danish(.groupsByAttribute, "5 citizen og 2 professional", "rolle")
        == "efter rolle: 5 citizen og 2 professional")
    #expect(Vocabulary.english.count(1, .segmentCount, .segmentsCount) == "1 segment")
    #expect(Vocabulary.danish.count(3, .segmentCount, .segmentsCount) == "3 segmenter")
    #expect(Vocabulary.danish.list(["anna", "bo", "cai"]) == "anna, bo og cai")
    #expect(Vocabulary.english.list(["anna"]) == "anna")
  }

  @Test("A phrase's arguments are read back from a text it made, and nothing else")
  func readingArguments() {
    #expect(
      Vocabulary.arguments(of: "coder '%1' has no values", in: "coder 'anna' has no values")
        == ["anna"])
    #expect(Vocabulary.arguments(of: "coder '%1' has no values", in: "coder anna") == nil)
    #expect(Vocabulary.arguments(of: "there are no units", in: "there are no units") == [])
    #expect(Vocabulary.arguments(of: "there are no units", in: "there are no units!") == nil)
  }

  @Test("Attribute names and QualKit's group names in Danish; data as written")
  func dataWords() {
    let danish = Vocabulary.danish
    #expect(danish.attribute("role") == "rolle")
    #expect(danish.attribute("group") == "gruppe")
    #expect(danish.attribute("arm") == "arm")
    #expect(Vocabulary.english.attribute("role") == "role")
    #expect(danish.group(SurveyDescription.allGroup) == "alle")
    #expect(danish.group(AttributeGroups.none) == "(ingen)")
    #expect(danish.group("citizen") == "citizen")
    #expect(danish.yesNo(true) == "ja")
    #expect(danish.label(Code(id: "x", label: "Trust", labels: ["da": "Tillid"])) == "Tillid")
    #expect(
      Vocabulary.english.label(Code(id: "x", label: "Trust", labels: ["da": "Tillid"])) == "Trust")
  }

  /// Every reason `Stats/` writes as a literal, read from its sources.
  static func statsReasons() throws -> [String] {
    let folder = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Sources/QualKit/Stats")
    var reasons: [String] = []
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    where name.hasSuffix(".swift") {
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      for line in text.split(separator: "\n") {
        for marker in ["explanation = \"", "return \""] {
          guard let start = line.range(of: marker) else { continue }
          let rest = line[start.upperBound...]
          guard let end = rest.firstIndex(of: "\"") else { continue }
          let literal = String(rest[..<end])
          if !literal.contains("\\(") && !literal.isEmpty { reasons.append(literal) }
        }
      }
    }
    return reasons
  }

  @Test("Every reason Stats/ gives for an undefined statistic has a Danish form")
  func statsReasonsAreTranslated() throws {
    let reasons = try Self.statsReasons()
    #expect(reasons.count >= 10)
    for reason in reasons {
      let danish = Vocabulary.danish.explanation(reason)
      #expect(danish != reason, "no Danish for Stats' reason '\(reason)'")
      #expect(Vocabulary.english.explanation(reason) == reason)
    }
    // The reasons Stats/ builds with a name in them, as it builds them.
    let data = try ReliabilityData(coders: ["anna", "bo"], units: [["x", nil], ["y", nil]])
    let kappa = Reliability.compute(.cohenKappa, on: data)
    let reason = try #require(kappa.explanation)
    #expect(Vocabulary.danish.explanation(reason) == "koderen 'bo' har ingen værdier")
    let chance = Reliability.perfectChanceExplanation(.cohenKappa)
    #expect(
      Vocabulary.danish.explanation(chance)
        == "den forventede (tilfældige) enighed er 1, fordi kun én kategori er i brug, så Cohens"
        + " kappa kan ikke måle enighed ud over det tilfældige")
  }

  @Test("A Danish agreement table: words, labels, numbers and notes in Danish")
  func danishAgreementTable() throws {
    var table = Table(id: "t", columns: [], language: .danish)
    let undefined = ReliabilityResult(
      statistic: .cohenKappa, value: nil, units: 0, coders: 2, pairableValues: 0,
      explanation: "there are no units")
    let cell = AgreementReport.cell(undefined, table: &table)
    #expect(cell.formatted(in: table.vocabulary) == "i.t. [1]")
    #expect(table.notes == ["Cohens kappa er udefineret: der er ingen enheder"])
    let percent = ReliabilityResult(
      statistic: .percentAgreement, value: 0.993, units: 134, coders: 2, pairableValues: 268)
    #expect(AgreementReport.cell(percent, table: &table).formatted(in: .danish) == "99,3\u{A0}%")
    #expect(AgreementReport.cell(percent, table: &table).formatted == "99.3%")
  }

  @Test("A citation and a stale quotation's mark in Danish")
  func citations() {
    let citation = Citation(transcript: "B03", firstLine: 112, lastLine: 118, isStale: true)
    #expect(citation.description == "B03, l. 112–118 (as coded; the transcript has changed)")
    #expect(
      citation.description(in: .danish)
        == "B03, l. 112–118 (som kodet; transskriptionen er ændret siden)")
    #expect(
      Cell.quote("Ja.", Citation(transcript: "B01", firstLine: 3, lastLine: 3))
        .formatted(in: .danish) == "\"Ja.\" (B01, l. 3)")
  }
}
