import Testing

@testable import QualKit

@Suite struct NameProposerTests {
  static func proposals(_ text: String, key: PseudonymKey = PseudonymKey()) throws -> [String] {
    var diagnostics: [Diagnostic] = []
    let transcript = try Transcript(
      parsing: Array(text.utf8), format: .text, fallbackID: "X01", diagnostics: &diagnostics)
    let proposer = NameProposer(pseudonymizer: Pseudonymizer(key: key, detectors: []))
    return proposer.proposals(in: [("X01.txt", transcript)]).map {
      "\($0.text) \($0.category?.name ?? "-") \($0.count) \($0.position.line):\($0.position.column)"
    }
  }

  @Test("Capitalised words where no sentence starts are proposed, common words and known names not")
  func names() throws {
    let text = """
      I: Hvem hjalp dig?
      B: Jeg snakkede med Mette og Kirsten Vang fra Rosenhøj Plejecenter. Og Mettes mand.
      B: Hans kone kom også. Ole ringede, og jeg var på Teams med TKI2.

      """
    #expect(
      try Self.proposals(text) == [
        "Mette person 2 2:21", "Kirsten Vang person 1 2:30",
        "Rosenhøj Plejecenter workplace 1 2:47", "Ole person 1 3:24", "Teams - 1 3:51",
      ])
    // What the key replaces already is not proposed again.
    let key = PseudonymKey(entries: [
      .init(pseudonym: "[PERSON 1]", category: .person, original: "Mette")
    ])
    #expect(
      try Self.proposals(text, key: key) == [
        "Kirsten Vang person 1 2:30", "Rosenhøj Plejecenter workplace 1 2:47",
        "Ole person 1 3:24", "Teams - 1 3:51",
      ])
  }

  @Test("Danish addresses are proposed whole: street and number, postcode and town, or both")
  func addresses() throws {
    let text = """
      I: Hvor bor du?
      B: På Vestergade 12, 8000 Aarhus C, og før på Ørsteds Vej 10B.
      B: Min søster bor i 2200 København N. I 2019 Jeg flyttede.
      B: Vejen 3 gange om ugen, og 4 km til Nørrebrogade.

      """
    #expect(
      try Self.proposals(text) == [
        "Vestergade 12, 8000 Aarhus C address 1 2:7", "Ørsteds Vej 10B address 1 2:47",
        "2200 København N address 1 3:21", "Nørrebrogade - 1 4:39",
      ])
  }
}
