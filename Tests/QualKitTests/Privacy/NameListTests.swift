import Testing

@testable import QualKit

@Suite struct NameListTests {
  static func parse(_ text: String) throws(PseudonymFileError) -> (NameList, [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    let list = try NameList(parsing: Array(text.utf8), diagnostics: &diagnostics)
    return (list, diagnostics)
  }

  static func error(_ text: String) -> PseudonymFileError? {
    do {
      _ = try parse(text)
      return nil
    } catch {
      return error
    }
  }

  @Test("A list with a header, a reference, a fixed pseudonym and a casing")
  func reads() throws {
    let (list, warnings) = try Self.parse(
      """
      original;category;pseudonym;match;note
      Mette Jensen;person;;;the nurse
      # a comment row
      Mette;Person;=Mette Jensen;
      Vejle Sygehus;arbejdsplads;Sygehuset;capitalised

      """)
    #expect(warnings.isEmpty)
    #expect(list.entries.map(\.original) == ["Mette Jensen", "Mette", "Vejle Sygehus"])
    #expect(list.entries.map(\.category) == [.person, .person, .workplace])
    #expect(
      list.entries.map(\.pseudonym) == [.automatic, .sameAs("Mette Jensen"), .fixed("Sygehuset")])
    #expect(list.entries.map(\.casing) == [.any, .any, .capitalized])
    #expect(list.entries.map(\.line) == [2, 4, 5])
  }

  @Test("Without a header the columns are original, category, pseudonym, match")
  func positional() throws {
    let (list, _) = try Self.parse("Anne,person\nAnne Marie,person,Hanne\n")
    #expect(list.entries.map(\.pseudonym) == [.automatic, .fixed("Hanne")])
  }

  @Test(
    "An empty or malformed names list is refused at its line and column",
    arguments: [
      ("", PseudonymFileError.Kind.empty, 1, 1),
      ("original,category\n", .empty, 1, 1),
      ("# only a comment\n\n", .empty, 1, 1),
      ("original,category\n\"Mette,person\n", .malformedCSV, 2, 1),
      ("original,category\nMette,\n", .invalidRow, 2, 7),
      ("original,category\n,person\n", .invalidRow, 2, 1),
      ("original,category\nMette,per son\n", .invalidRow, 2, 7),
      ("original,category,pseudonym\nMette,person,\"a,b\"\n", .invalidRow, 2, 14),
      ("original,category,pseudonym\nMette,person,=\n", .invalidRow, 2, 14),
      ("original,category,pseudonym,match\nMette,person,,sometimes\n", .invalidRow, 2, 15),
      ("original,pseudonym\nMette,x\n", .invalidRow, 1, 1),
      ("original,category\nMette,person\nmette,place\n", .invalidRow, 3, 1),
      ("original,category\n...,person\n", .invalidRow, 2, 1),
    ])
  func malformed(text: String, kind: PseudonymFileError.Kind, line: Int, column: Int) {
    let error = Self.error(text)
    #expect(error?.kind == kind, "\(text.debugDescription): \(String(describing: error))")
    #expect(
      error?.position == SourcePosition(line: line, column: column), "\(text.debugDescription)")
  }

  @Test("Every problem of a list is reported at once")
  func everyProblem() {
    let error = Self.error("original,category\nMette,\n,person\nAnne,person\nBo,x y\n")
    #expect(error?.diagnostics.map(\.position?.line) == [2, 3, 5])
  }

  @Test("A name that is also a Danish word is warned about and matched only with its capital")
  func commonWords() throws {
    let (list, warnings) = try Self.parse(
      "original,category,pseudonym,match\nRask,person,,\nBo,person,,\nHans,person,,any\n")
    #expect(list.entries.map(\.casing) == [.capitalized, .capitalized, .any])
    #expect(warnings.count == 2)
    #expect(warnings.first?.position == SourcePosition(line: 2, column: 1))
    #expect(warnings.first?.message.contains("'Rask' is also a Danish word ('rask')") == true)
  }

  @Test("A row given twice the same way is warned about and read once")
  func repeatedRow() throws {
    let (list, warnings) = try Self.parse("Mette,person\nMETTE,person\n")
    #expect(list.entries.count == 1)
    #expect(warnings.map(\.position?.line) == [2])
  }
}
