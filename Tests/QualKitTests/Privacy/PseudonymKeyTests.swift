import Testing

@testable import QualKit

@Suite struct PseudonymKeyTests {
  static func names(_ text: String) throws -> NameList {
    var diagnostics: [Diagnostic] = []
    return try NameList(parsing: Array(text.utf8), diagnostics: &diagnostics)
  }

  static func key(_ text: String) throws -> PseudonymKey {
    try PseudonymKey(parsing: Array(text.utf8))
  }

  @Test("A first run numbers each category's originals; references and fixed ones share")
  func firstRun() throws {
    let list = try Self.names(
      """
      original,category,pseudonym
      Mette,person,=Mette Jensen
      Mette Jensen,person,
      Ole,person,
      Vejle Sygehus,workplace,
      Birthe,person,Karen
      Birthe B.,person,Karen

      """)
    let (key, added, _) = try PseudonymKey().merging(
      list, detected: [(.phone, "23456789"), (.cpr, "120372-1234")])
    #expect(added.count == 8)
    let pairs = key.entries.map { "\($0.original)=\($0.pseudonym)" }
    #expect(
      pairs == [
        "120372-1234=[CPR 1]", "Mette=[PERSON 1]", "Mette Jensen=[PERSON 1]", "Ole=[PERSON 2]",
        "Birthe=Karen", "Birthe B.=Karen", "23456789=[TELEFON 1]",
        "Vejle Sygehus=[ARBEJDSPLADS 1]",
      ])
  }

  @Test("The key's bytes read back as the same key, sorted, quoted where needed")
  func roundTrip() throws {
    let key = PseudonymKey(entries: [
      .init(pseudonym: "[PERSON 10]", category: .person, original: "Ole"),
      .init(pseudonym: "[PERSON 2]", category: .person, original: "Hansen, Anne"),
      .init(pseudonym: "Holm", category: .person, original: "Rask", casing: .capitalized),
    ])
    #expect(
      key.serialized
        == "pseudonym,category,original,match\n[PERSON 2],person,\"Hansen, Anne\",any\n"
        + "[PERSON 10],person,Ole,any\nHolm,person,Rask,capitalised\n")
    #expect(try Self.key(key.serialized) == key)
  }

  @Test("An existing key is merged: its pseudonyms kept, numbers never given twice")
  func merging() throws {
    let old = try Self.key(
      """
      pseudonym,category,original,match
      [PERSON 1],person,Mette,any
      [PERSON 4],person,Ole,any
      [TELEFON 1],phone,23 45 67 89,any

      """)
    #expect(old.entries.first { $0.category == .phone }?.original == "23456789")
    let list = try Self.names("Anne,person\nmette,person\nOle,person\nMette J.,person,=Mette\n")
    let (key, added, _) = try old.merging(list, detected: [(.phone, "23456789")])
    #expect(
      added.map { "\($0.original)=\($0.pseudonym)" } == ["Anne=[PERSON 5]", "Mette J.=[PERSON 1]"])
    #expect(key.entry(for: "METTE")?.pseudonym == "[PERSON 1]")
    #expect(key.entries.count == 5)
  }

  @Test("A new full name that the key's short name refers to takes the key's pseudonym")
  func referenceFromTheKey() throws {
    // The bundled names list on a second run whose key knows only `Mette`:
    // `Mette Sørensen` is the same person, so it is [PERSON 2] too, and the
    // next new person counts on from there.
    let old = try Self.key(
      "pseudonym,category,original\n[PERSON 1],person,Hans Holm\n[PERSON 2],person,Mette\n")
    let list = try Self.names(
      "original,category,pseudonym\nMette Sørensen,person,\nMette,person,=Mette Sørensen\n"
        + "Ole Brandt,person,\n")
    let (key, added, _) = try old.merging(list)
    #expect(
      added.map { "\($0.original)=\($0.pseudonym)" } == [
        "Mette Sørensen=[PERSON 2]", "Ole Brandt=[PERSON 3]",
      ])
    #expect(key.entries.count == 4)
    // A key in which the two are different people is not merged silently.
    let split = try Self.key(
      "pseudonym,category,original\n[PERSON 1],person,Mette Sørensen\n[PERSON 2],person,Mette\n")
    #expect {
      _ = try split.merging(list)
    } throws: { error in
      (error as? PseudonymFileError)?.diagnostics.map(\.position) == [
        SourcePosition(line: 3, column: 14)
      ]
    }
  }

  @Test("A names row that contradicts the key is refused at its line: never another pseudonym")
  func conflicts() throws {
    let old = try Self.key(
      "pseudonym,category,original\n[PERSON 1],person,Mette\nHanne,person,Ole\n")
    let list = try Self.names(
      """
      original,category,pseudonym
      Mette,person,[PERSON 2]
      Anne,person,Hanne
      Birthe,person,=Nobody

      """)
    #expect {
      _ = try old.merging(list)
    } throws: { error in
      guard let error = error as? PseudonymFileError else { return false }
      return error.kind == .conflict
        && error.diagnostics.map(\.position) == [
          SourcePosition(line: 2, column: 14), SourcePosition(line: 3, column: 13),
          SourcePosition(line: 4, column: 15),
        ]
    }
  }

  @Test("A pseudonym that is itself an original is refused")
  func pseudonymHoldingAnOriginal() throws {
    let list = try Self.names("Mette,person,Hanne\nHanne,person,\n")
    #expect(throws: PseudonymFileError.self) { try PseudonymKey().merging(list) }
  }

  @Test(
    "A malformed key is refused at its line and column",
    arguments: [
      ("pseudonym,category,original\n,person,Mette\n", 2, 1),
      ("pseudonym,category,original\n[P 1],person,Mette\n[P 2],person,mette\n", 3, 14),
      ("pseudonym,category,original,match\n[P 1],person,Mette,often\n", 2, 20),
      ("pseudonym,original\n[P 1],Mette\n", 1, 1),
    ])
  func malformed(text: String, line: Int, column: Int) {
    #expect {
      _ = try Self.key(text)
    } throws: { error in
      (error as? PseudonymFileError)?.position == SourcePosition(line: line, column: column)
    }
  }
}
