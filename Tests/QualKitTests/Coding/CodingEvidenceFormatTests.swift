import Testing

@testable import QualKit

@Suite struct CodingEvidenceFormatTests {
  let span = Span(firstLine: 2, lastLine: 2, start: 10, end: 40)
  let evidence = ModelEvidence(
    probability: 0.8123,
    reasons: [
      .init(term: "trepartssamtal", words: "trepartssamtalen", weight: 0.912),
      .init(term: "alle tre", words: "alle \"tre\"", weight: 0.45),
    ])

  @Test("A model's proposal writes its origin and a \"model\" member, and reads them back")
  func roundTrip() throws {
    let coding = Coding(
      transcript: "B01", code: "x", coder: "model", span: span,
      origin: .model("Codings/models/model.json"), status: .proposed, text: "t",
      transcriptHash: "xxh64:1", evidence: evidence)
    let line = CodingFile.line(for: coding)
    #expect(
      line
        == #"{"transcript":"B01","code":"x","coder":"model","firstLine":2,"lastLine":2,"start":10,"#
        + #""end":40,"origin":"model:Codings/models/model.json","status":"proposed","memo":null,"#
        + #""text":"t","hash":"xxh64:1","model":{"probability":0.8123,"reasons":[{"term":"#
        + #""trepartssamtal","words":"trepartssamtalen","weight":0.912},{"term":"alle tre","#
        + #""words":"alle \"tre\"","weight":0.45}]}}"#)
    let read = try CodingFile.coding(fromLine: Array(line.utf8))
    #expect(read == coding)
    #expect(read.extraMembers.isEmpty)
    #expect(read.origin.isProposal)
    #expect(read.evidence?.summary == #"p = 0.81: "trepartssamtalen" +0.91, "alle "tre"" +0.45"#)
  }

  @Test("A reader that does not know \"model\" keeps it byte for byte as an extra member")
  func keptByOlderReaders() throws {
    // What an older QualKit sees: a member it does not know (the same
    // mechanism keeps it; here under another name, which this one does not know).
    let line =
      #"{"transcript":"B01","code":"x","coder":"anna","firstLine":2,"lastLine":2,"start":10,"#
      + #""end":40,"origin":"manual","status":"accepted","memo":null,"text":"t","hash":null,"#
      + #""model2":{"probability":0.5,"reasons":[]}}"#
    let read = try CodingFile.coding(fromLine: Array(line.utf8))
    #expect(read.evidence == nil)
    #expect(read.extraMembers.map(\.key) == ["model2"])
    #expect(CodingFile.line(for: read) == line)
  }

  @Test(
    "A malformed \"model\" member is an error at its place",
    arguments: [
      #""model":3"#, #""model":{"probability":1.5,"reasons":[]}"#,
      #""model":{"probability":0.5}"#, #""model":{"probability":0.5,"reasons":[{"term":"a"}]}"#,
      #""model":{"probability":0.5,"reasons":[],"reasons":[]}"#,
    ])
  func malformed(member: String) {
    let line =
      #"{"transcript":"B01","code":"x","coder":"m","firstLine":1,"lastLine":1,"start":0,"end":1,"#
      + #""origin":"model:m.json","status":"proposed","memo":null,"text":null,"hash":null,"#
      + member + "}"
    #expect(throws: CodingFileError.self) { try CodingFile.coding(fromLine: Array(line.utf8)) }
  }

  @Test("The origin model:<file> parses and prints back")
  func origin() {
    #expect(Coding.Origin("model:Codings/models/a.json") == .model("Codings/models/a.json"))
    #expect(Coding.Origin.model("x.json").description == "model:x.json")
  }
}
