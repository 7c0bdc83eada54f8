import Foundation
import Testing

@testable import QualKit

/// Every word of the rigor analyses in both languages.
@Suite struct RigorVocabularyTests {
  /// Phrases that are the same in Danish and English.
  static let sameInDanish: Set<RigorPhrase> = [.notation, .pabak, .unitizingAlpha, .interview]

  @Test("Every rigor phrase has a Danish form with the same placeholders, translated")
  func phrases() {
    for phrase in RigorPhrase.allCases {
      let english = phrase.english
      let danish = phrase.danish
      #expect(!english.isEmpty && !danish.isEmpty, "\(phrase)")
      #expect(
        VocabularyTests.placeholders(english) == VocabularyTests.placeholders(danish),
        "\(phrase): '\(english)' and '\(danish)'")
      let numbers = VocabularyTests.placeholders(english)
      #expect(numbers == Set(numbers.isEmpty ? [] : Array(1...numbers.count)), "\(phrase)")
      if Self.sameInDanish.contains(phrase) {
        #expect(danish == english, "\(phrase) is no longer the same in both")
      } else {
        #expect(danish != english, "\(phrase) is not translated: '\(english)'")
      }
    }
  }

  @Test("COREQ has 32 items in 3 domains and SRQR 21, each item and guide in Danish too")
  func checklists() {
    #expect(Checklist.coreqItems.count == 32)
    #expect(Set(Checklist.coreqItems.map(\.domain)).count == 3)
    #expect(Checklist.coreqItems.map(\.number) == (1...32).map(String.init))
    #expect(Checklist.srqrItems.count == 21)
    #expect(Checklist.srqrItems.map(\.number) == (1...21).map { "S\($0)" })
    let same: Set<String> = ["Interviewer/facilitator", "Software"]
    for item in Checklist.coreqItems + Checklist.srqrItems {
      for text in [item.domain, item.item, item.guide] {
        #expect(!text.english.isEmpty && !text.danish.isEmpty)
        #expect(text.danish != text.english || same.contains(text.english), "\(text.english)")
      }
    }
  }

  @Test("A checklist table marks what the project does not tell for the researcher")
  func checklistTable() {
    let checklist = Checklist(kind: .coreq, facts: [.sampleSize: "7 participants."])
    let table = checklist.table(.danish)
    #expect(table.rows.count == 32)
    #expect(checklist.filledCount == 1)
    #expect(table.rows[11].cells.last == .text("7 participants."))
    #expect(table.rows[0].cells.last == .text("— udfyldes af forskeren"))
    #expect(table.rows[1].cells[1] == .text(""))  // the domain once
    #expect(table.columns.map(\.title) == ["Nr.", "Område", "Punkt", "Vejledning", "Rapporteret"])
  }

  @Test("Interview facts: durations from timestamps, clock times, date ranges, sample description")
  func interviewFacts() {
    #expect(InterviewFacts.clock(452_600) == "07:33")
    #expect(InterviewFacts.clock(3_723_000) == "1:02:03")
  }
}
