import Foundation
import Testing

@testable import QualKit

@Suite struct TagProposalsTests {
  @Test("An oral-history CSV's tags propose the codes they name, per turn; the others are listed")
  func proposals() throws {
    var diagnostics: [Diagnostic] = []
    let transcript = try Transcript(
      parsing: try fixture("Transcript/Tools/oral-history.csv"), format: .csv, fallbackID: "oh",
      diagnostics: &diagnostics)
    let index = CodebookIndex(
      Codebook(
        name: "x",
        codes: [
          Code(id: "trust", label: "Tillid", labels: ["en": "Trust"]),
          Code(
            id: "course", label: "Course", isCodable: false,
            children: [Code(id: "rehabilitation", label: "Rehab")]),
          Code(id: "outcome-group", label: "Outcome", isCodable: false),
        ]))
    let found = TagProposals(transcript, index: index, coder: "tags")
    // rehab (turns 2 and 3) by label; trust (turns 4 and 6) by id.
    #expect(found.codings.map(\.code) == ["rehabilitation", "rehabilitation", "trust", "trust"])
    #expect(found.codings.map(\.origin.description).first == "imported:tag:rehab")
    #expect(found.codings.allSatisfy { $0.status == .proposed && $0.coder == "tags" })
    let first = try #require(found.codings.first)
    #expect(first.text == "When did you first hear about the project?")
    #expect(found.unknownTags.map(\.tag) == ["consultant"])
    #expect(found.groupingTags == ["outcome"])
  }
}
