import Testing

@testable import QualKit

/// Word text that was dropped without a word: CDATA sections and the text
/// after an entity reference the parser cannot expand.
@Suite struct DocxTextTests {
  private func document(_ body: String, prolog: String = "") -> [UInt8] {
    Array(
      (prolog
        + #"<w:document xmlns:w="w"><w:body>\#(body)</w:body></w:document>"#).utf8)
  }

  @Test("Text in a CDATA section inside w:t is kept")
  func cdataIsKept() throws {
    let xml = document("<w:p><w:r><w:t>B: <![CDATA[raw <text>]]> end</w:t></w:r></w:p>")
    var diagnostics: [Diagnostic] = []
    let paragraphs = try DocxReader.paragraphs(inDocumentXML: xml, diagnostics: &diagnostics)
    #expect(paragraphs == ["B: raw <text> end"])
    #expect(diagnostics.isEmpty)
  }

  @Test(
    "Text after an entity reference is kept, the reference as its text, with a warning",
    arguments: [
      #"<!DOCTYPE w:document [<!ENTITY e SYSTEM "file:///etc/hostname">]>"#,
      #"<!DOCTYPE w:document [<!ENTITY e "expanded">]>"#,
      "",
    ])
  func textAfterAnEntityIsKept(prolog: String) throws {
    let xml = document(
      "<w:p><w:r><w:t>B: before &e; after</w:t></w:r></w:p><w:p><w:r><w:t>I: next</w:t></w:r></w:p>",
      prolog: prolog)
    var diagnostics: [Diagnostic] = []
    let paragraphs = try DocxReader.paragraphs(inDocumentXML: xml, diagnostics: &diagnostics)
    #expect(paragraphs == ["B: before &e; after", "I: next"])
    #expect(diagnostics.contains { $0.message.contains("unknown entity reference '&e;'") })
    #expect(diagnostics.allSatisfy { $0.severity == .warning })
    if !prolog.isEmpty {
      #expect(diagnostics.contains { $0.message.contains("document type declaration") })
    }
  }

  @Test("Predefined entities and character references still read as their characters")
  func knownReferences() throws {
    let xml = document(
      "<w:p><w:r><w:t>a &amp; b &#233; &#xE6; &lt;&gt;&quot;&apos;</w:t></w:r></w:p>")
    var diagnostics: [Diagnostic] = []
    #expect(
      try DocxReader.paragraphs(inDocumentXML: xml, diagnostics: &diagnostics)
        == ["a & b é æ <>\"'"])
    #expect(diagnostics.isEmpty)
    #expect(XMLEntityReferences.sanitized(xml).bytes == nil)
  }

  @Test("A Word file with an unknown entity gives a transcript with all its text and a warning")
  func transcriptKeepsText() throws {
    let xml = document("<w:p><w:r><w:t>B: before &e; after</w:t></w:r></w:p>")
    var archive = ZipWriter()
    try archive.add(path: "word/document.xml", data: xml)
    var diagnostics: [Diagnostic] = []
    let transcript = try Transcript(
      parsing: archive.finish(), format: .docx, fallbackID: "B01", diagnostics: &diagnostics)
    #expect(transcript.turns.map(\.text) == ["before &e; after"])
    #expect(diagnostics.count == 1)
  }
}
