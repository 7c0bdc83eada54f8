import Testing

@testable import QualKit

@Suite struct ParticipantsTests {
  @Test("Each column has one type; a column that mixes numbers and text is text, with a warning")
  func typedColumns() throws {
    var diagnostics: [Diagnostic] = []
    let table = ParticipantTable(
      header: ["id", "age", "group", "weeks"],
      rows: [
        (["B01", "54", "TKI2", "12"], 2), (["B02", "47", "usual", "5O"], 3),
        (["B03", "", "TKI2", "8"], 4),
      ], diagnostics: &diagnostics)
    let participants = Participants(table, diagnostics: &diagnostics)
    #expect(participants.type(of: "age") == .integer)
    #expect(participants.type(of: "group") == .text)
    #expect(participants.type(of: "weeks") == .text)
    #expect(participants.attributes["B01"]?["weeks"] == .text("12"))
    #expect(participants.attributes["B01"]?["age"] == AttributeValue(inferring: "54"))
    #expect(participants.attributes["B03"]?["age"] == nil)
    #expect(participants.ids == ["B01", "B02", "B03"])
    let warning = try #require(diagnostics.first)
    #expect(warning.message.contains("column 'weeks' mixes numbers and text ('5O' for 'B02')"))
    #expect(warning.position?.line == 3)
  }
}

@Suite struct ParticipantColumnTests {
  @Test("Every transcript's attributes, front matter and table alike, typed once per column")
  func fromTranscripts() throws {
    var diagnostics: [Diagnostic] = []
    let table = ParticipantTable(
      header: ["id", "group", "weight"], rows: [(["A", "TKI2", "70.5"], 2)],
      diagnostics: &diagnostics)
    func transcript(_ text: String, _ id: String) throws -> Transcript {
      try Transcript(
        parsing: Array(text.utf8), format: .text, fallbackID: id, participants: table,
        diagnostics: &diagnostics)
    }
    let a = try transcript("---\nage: 54\ndate: 2026-03-12\n---\nB: Ja.\n", "A")
    let b = try transcript("---\nage: 47\ndate: 2026-02-30x\nroom: 3\n---\nB: Nej.\n", "B")
    let participants = Participants(transcripts: [a, b], table: table, diagnostics: &diagnostics)
    #expect(participants.columns.map(\.name) == ["group", "weight", "age", "date", "room"])
    #expect(participants.columns.map(\.type) == [.text, .decimal, .integer, .text, .integer])
    #expect(participants.attributes["B"]?["group"] == nil)
    #expect(Participants.isDate("2026-03-12"))
    #expect(!Participants.isDate("2026-13-01"))
    let dated = try transcript("---\ndate: 2026-02-01\n---\nB: Ja.\n", "C")
    let only = Participants(transcripts: [a, dated], diagnostics: &diagnostics)
    #expect(only.type(of: "date") == .date)
  }
}
