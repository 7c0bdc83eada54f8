import Foundation
import Testing

@testable import QualKit

@Suite struct DocxLayoutTests {
  @Test("Otter's .docx reads like its .txt: headers, preamble, footer")
  func otter() throws {
    let (transcript, diagnostics) = try readLayout("otter.docx")
    #expect(diagnostics.isEmpty)
    #expect(transcript.layout == .nameTimeHeaders)
    #expect(
      transcript.text == """
        Karen Madsen: Hvordan gik mødet på arbejdspladsen?
        Søren Bak: Min chef var med, og vi aftalte, at jeg starter på deltid. Det havde jeg ikke turdet foreslå selv.
        Karen Madsen: Hvad betød det for dig?
        Søren Bak: Ro. Jeg kunne koncentrere mig om genoptræningen.

        """)
    #expect(transcript.turns[1].start?.description == "00:00:09.000")
    #expect(transcript.attributes["title"] == .text("Samtale om jobfastholdelse"))
  }

  @Test("The newer Teams .docx: not one untitled turn; date, duration and events read apart")
  func teamsNew() throws {
    let (transcript, diagnostics) = try readLayout("teams-new.docx")
    #expect(diagnostics.isEmpty)
    #expect(transcript.speakers == ["Lars Kristensen", "Jensen, Anne (Aarhus Kommune)"])
    #expect(transcript.turns.count == 4)
    // The header and the text in one paragraph, split by a line break.
    #expect(transcript.turns[1].text == "Ja, gerne. Jeg har fået det bedre med trapperne.")
    #expect(transcript.attributes["duration"] == .text("23m 8s"))
    #expect(transcript.attributes["date"] == .text("15. marts 2026, 10:15"))
    #expect(!transcript.text.contains("transcription"))
  }

  @Test("The older Teams .docx: time, name and text paragraphs")
  func teamsOld() throws {
    let (transcript, _) = try readLayout("teams-old.docx")
    #expect(transcript.layout == .teamsCueBlocks)
    #expect(transcript.speakers == ["Kristensen, Lars", "Bak, Søren"])
    #expect(transcript.turns[2].end?.description == "00:00:11.730")
  }

  @Test("Word tables: a speaker cell and a text cell per row are turns; the header row is left out")
  func table() throws {
    let (transcript, _) = try readLayout("table.docx")
    #expect(transcript.layout == .wordTable)
    #expect(
      transcript.text == """
        Interview P03, 4. april 2026
        Interviewer: Hvordan samarbejder du med fysioterapeuterne?
        Mette Holm: Vi mødes hver tirsdag. Så gennemgår vi borgerne sammen. Det giver et fælles billede.
        Interviewer: Og når planen skal justeres?
        Mette Holm: Så ringer jeg bare.
        Interviewer: Hvad har ledelsen betydet?
        Mette Holm: Alt. Uden den havde vi ikke fået tid.

        """)
    #expect(transcript.turns[5].start?.description == "00:12:04.000")
    #expect(transcript.turns[1].role == "interviewer")
    #expect(transcript.findings.contains { $0.kind == .droppedLines })
  }

  @Test("A Word document without labels is one untitled turn of one paragraph a line")
  func unlabelledLong() throws {
    let (transcript, diagnostics) = try readLayout("unlabelled-long.docx")
    #expect(diagnostics.map(\.severity) == [.warning])
    #expect(transcript.turns.count == 1)
    #expect(transcript.turns[0].firstLine == 1 && transcript.turns[0].lastLine == 30)
    #expect(transcript.lines.lineCount == 30)
    #expect(transcript.text.split(separator: "\n")[29].hasSuffix("(30)"))
    #expect(transcript.findings.contains { $0.kind == .longTurnSplit })
    // The source range is still the paragraphs' text.
    let bytes = try fixture("Transcript/Layouts/unlabelled-long.docx")
    let source = try Transcript.sourceText(of: bytes, format: .docx)
    let range = transcript.turns[0].sourceRanges[0]
    #expect(
      String(String.UnicodeScalarView(Array(source.unicodeScalars)[range]))
        == transcript.turns[0].text)
  }

  @Test("A document.xml over 10 MB parses")
  func largeDocument() throws {
    var xml = #"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="w"><w:body>"#
    var paragraphs = 0
    while xml.utf8.count < 11 << 20 {
      let speaker = paragraphs % 2 == 0 ? "I" : "B"
      xml +=
        #"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">\#(speaker): Det er afsnit \#(paragraphs), og vi taler om jobkonsulenten og planen.</w:t></w:r></w:p>"#
      paragraphs += 1
    }
    xml += "</w:body></w:document>"
    var zip = ZipWriter()
    try zip.add(path: "word/document.xml", data: Array(xml.utf8))
    var diagnostics: [Diagnostic] = []
    let transcript = try Transcript(
      parsing: zip.finish(), format: .docx, fallbackID: "large", diagnostics: &diagnostics)
    #expect(transcript.turns.count == paragraphs)
    #expect(transcript.turns.last?.text.hasPrefix("Det er afsnit \(paragraphs - 1),") == true)
  }

  @Test(
    "A broken document.xml names the cause",
    arguments: [
      (
        #"<w:document xmlns:w="w"><w:body><w:p></w:body></w:document>"#,
        "does not match its start tag"
      ),
      (#"<w:document xmlns:w="w"><w:body><w:p>x</w:body></w:p></w:document>"#, "does not match"),
    ])
  func brokenXML(xml: String, cause: String) {
    let error = #expect(throws: TranscriptError.self) {
      try DocxReader.paragraphs(inDocumentXML: Array(xml.utf8))
    }
    #expect(error?.kind == .malformedXML)
    #expect(error?.message.contains(cause) == true)
  }

  @Test("An entity Word never writes is kept as its text with a warning, not an error")
  func undeclaredEntity() throws {
    var diagnostics: [Diagnostic] = []
    let paragraphs = try DocxReader.paragraphs(
      inDocumentXML: Array(
        #"<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>a&nbsp;b</w:t></w:r></w:p></w:body></w:document>"#
          .utf8),
      diagnostics: &diagnostics)
    #expect(paragraphs == ["a&nbsp;b"])
    #expect(diagnostics.count == 1)
  }
}
