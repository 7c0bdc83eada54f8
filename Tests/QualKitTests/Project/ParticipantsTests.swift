import QualKit
import Testing

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
    #expect(participants.type(of: "age") == .number)
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
