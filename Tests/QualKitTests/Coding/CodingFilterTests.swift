import QualKit
import Testing

@Suite struct CodingFilterTests {
  static let transcriptText = """
    ---
    id: A01
    group: TKI2
    speakers: I=interviewer, B=citizen
    ---
    I: Hvordan går det?
    B: Jeg mestrer det.

    """

  static func fixture() throws -> (CodebookIndex, [Coding], TranscriptCatalog) {
    var diagnostics: [Diagnostic] = []
    let transcript = try Transcript(
      parsing: Array(transcriptText.utf8), format: .text, fallbackID: "A01",
      diagnostics: &diagnostics)
    var catalog = TranscriptCatalog(folder: "Transcripts")
    catalog.add(transcript, path: "Transcripts/A01.txt")
    let index = CodebookIndex(
      Codebook(
        name: "t",
        codes: [Code(id: "mastery", label: "M", children: [Code(id: "energy", label: "E")])]))
    let question = Span(transcript.turns[0].textRange, in: transcript)
    let answer = Span(transcript.turns[1].textRange, in: transcript)
    let codings = [
      Coding(transcript: "A01", code: "energy", coder: "anna", span: answer),
      Coding(transcript: "A01", code: "mastery", coder: "bo", span: question, status: .proposed),
    ]
    return (index, codings, catalog)
  }

  @Test("Codes stand for their sub-trees; every criterion must hold")
  func matches() throws {
    let (index, codings, catalog) = try Self.fixture()
    var filter = CodingFilter()
    filter.codes = ["mastery"]
    var resolved = try filter.resolved(index: index, codings: codings, catalog: catalog)
    #expect(codings.filter(resolved.matches).count == 2)
    filter.statuses = [.accepted]
    resolved = try filter.resolved(index: index, codings: codings, catalog: catalog)
    #expect(codings.filter(resolved.matches).map(\.coder) == ["anna"])
    filter = CodingFilter()
    filter.roles = ["participant"]
    let added = filter.addAttribute("group=TKI2")
    #expect(added)
    resolved = try filter.resolved(index: index, codings: codings, catalog: catalog)
    #expect(codings.filter(resolved.matches).map(\.coder) == ["anna"])
    filter.roles = ["interviewer"]
    resolved = try filter.resolved(index: index, codings: codings, catalog: catalog)
    #expect(codings.filter(resolved.matches).map(\.coder) == ["bo"])
  }

  @Test(
    "A name that matches nothing is an error with the nearest names, never an empty result",
    arguments: [
      ("code", "mastry", CodingFilterError.Kind.unknownCode, "mastery"),
      ("coder", "ana", .unknownCoder, "anna"), ("transcript", "A1", .unknownTranscript, "A01"),
      ("role", "citizens", .unknownRole, "citizen"),
      ("attribute", "grup=TKI2", .unknownAttribute, "group"),
      ("attribute", "group=TK12", .unknownAttributeValue, "group=TKI2"),
    ])
  func unknownNames(field: String, name: String, kind: CodingFilterError.Kind, nearest: String)
    throws
  {
    let (index, codings, catalog) = try Self.fixture()
    var filter = CodingFilter()
    switch field {
    case "code": filter.codes = [name]
    case "coder": filter.coders = [name]
    case "transcript": filter.transcripts = [name]
    case "role": filter.roles = [name]
    default: _ = filter.addAttribute(name)
    }
    let error = #expect(throws: CodingFilterError.self) {
      try filter.resolved(index: index, codings: codings, catalog: catalog)
    }
    #expect(error?.kind == kind)
    #expect(error?.nearest.first == nearest)
  }
}
