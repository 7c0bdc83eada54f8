import Foundation
import Testing

@testable import QualKit

/// What real exports do that the standard does not say, in small files made
/// here in the shape each program writes (no real ATLAS.ti 26 or MAXQDA
/// project with text could be fetched; the shapes follow the ATLAS.ti 26
/// conformance findings of `Ornio-app/qdpx-toolkit` and the MAXQDA sets
/// QualCoder's importer documents).
@Suite struct QDPXToleranceTests {
  static func archive(_ entries: [(String, [UInt8])]) throws -> [UInt8] {
    var writer = ZipWriter()
    for (path, bytes) in entries { try writer.add(path: path, data: bytes) }
    return writer.finish()
  }

  /// `text` as a source file with a byte order mark and CRLF line ends.
  static func windowsText(_ text: String) -> [UInt8] {
    [0xEF, 0xBB, 0xBF] + Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
  }

  static let interview = "I: Were you afraid?\nB: I was afraid of the dark.\nB: Then 😀 it passed."

  @Test(
    "ATLAS.ti 26's shape: a .qde named after the project, Sources/, CRLF as one, memos as descriptions"
  )
  func atlas26() throws {
    // Positions as ATLAS.ti counts them: code points, a CRLF being one.
    let qde = """
      <?xml version="1.0" encoding="utf-8"?>
      <Project xmlns="urn:QDA-XML:project:1.0" name="Trial" origin="ATLAS.ti 26.1.2 (34883)" creatingUserGUID="A1A1A1A1-0000-4000-8000-000000000001">
        <Users><User guid="A1A1A1A1-0000-4000-8000-000000000001" name="Researcher One"/></Users>
        <CodeBook><Codes>
          <Code guid="C0000001-0000-4000-8000-000000000001" name="hello" isCodable="true"/>
          <Code guid="C0000001-0000-4000-8000-000000000002" name="test" isCodable="true"/>
        </Codes></CodeBook>
        <Sources>
          <TextSource guid="50000001-0000-4000-8000-000000000001" name="Interview 1.docx" plainTextPath="internal://50000001-0000-4000-8000-000000000001.txt" creatingUser="A1A1A1A1-0000-4000-8000-000000000001">
            <PlainTextSelection guid="0E000001-0000-4000-8000-000000000001" name="I was afraid of the dark." startPosition="23" endPosition="48" creatingUser="A1A1A1A1-0000-4000-8000-000000000001">
              <Description>Hello Trying this out</Description>
              <Coding guid="0C000001-0000-4000-8000-000000000001" creatingUser="A1A1A1A1-0000-4000-8000-000000000001"><CodeRef targetGUID="C0000001-0000-4000-8000-000000000001"/></Coding>
              <Coding guid="0C000001-0000-4000-8000-000000000002" creatingUser="A1A1A1A1-0000-4000-8000-000000000001"><CodeRef targetGUID="C0000001-0000-4000-8000-000000000002"/></Coding>
            </PlainTextSelection>
            <PlainTextSelection guid="0E000001-0000-4000-8000-000000000002" name="Then 😀 it passed." startPosition="52" endPosition="69" creatingUser="A1A1A1A1-0000-4000-8000-000000000001">
              <Description>A free quotation, with a comment</Description>
            </PlainTextSelection>
          </TextSource>
        </Sources>
      </Project>
      """
    let bytes = try Self.archive([
      ("Trial.qde", Array(qde.utf8)),
      ("Sources/50000001-0000-4000-8000-000000000001.txt", Self.windowsText(Self.interview)),
    ])
    let result = try QDPXImport(bytes: bytes)
    #expect(result.projectEntry == "Trial.qde")
    #expect(result.files.map(\.path).contains("Transcripts/Interview 1.txt"))
    #expect(
      result.codings.map(\.text) == [
        "I was afraid of the dark.", "I was afraid of the dark.", "Then 😀 it passed.",
      ])
    #expect(result.codings.map(\.code) == ["hello", "test", "uncoded"])
    #expect(Set(result.codings.map(\.coder)) == ["Researcher-One"])
    #expect(
      result.codings.map(\.memo) == [
        "Hello Trying this out", "Hello Trying this out", "A free quotation, with a comment",
      ])
    #expect(result.codebook.code(withID: "uncoded")?.label == "Uncoded selections")
    let notes = result.report.notes
    #expect(notes.count == 4)
    #expect(
      notes.first
        == "the project file is 'Trial.qde', not 'project.qde' as the standard names it; read it all the same"
    )
    #expect(
      notes.dropFirst().first?.hasPrefix(
        "positions read as Unicode code points with a CRLF as one (ATLAS.ti's counting): 2 selections' stored text matches their positions this way"
      ) == true)
    #expect(
      Array(notes.dropFirst(2)) == [
        "2 memos read from selections' descriptions (where ATLAS.ti writes them) into their codings' memos",
        "1 selection without a code kept as their creators' codings of 'uncoded' (added to the codebook)",
      ])
  }

  @Test("MAXQDA's shape: document groups (sets) and document variables become attributes")
  func maxqda() throws {
    let qde = """
      <?xml version="1.0" encoding="utf-8"?>
      <Project xmlns="urn:QDA-XML:project:1.0" name="Study" origin="MAXQDA 24 (Release 24.7.0)">
        <Users><User guid="A1A1A1A1-0000-4000-8000-000000000002" name="kim"/></Users>
        <CodeBook><Codes><Code guid="C0000002-0000-4000-8000-000000000001" name="Fear" isCodable="true" color="#f00"/></Codes></CodeBook>
        <Variables>
          <Variable guid="7A000002-0000-4000-8000-000000000001" name="Age" typeOfVariable="Integer"/>
          <Variable guid="7A000002-0000-4000-8000-000000000002" name="Interviewer: name" typeOfVariable="Text"/>
        </Variables>
        <Sources>
          <TextSource guid="50000002-0000-4000-8000-000000000001" name="B01" plainTextPath="internal://b01.txt">
            <PlainTextSelection guid="0E000002-0000-4000-8000-000000000001" startPosition="23" endPosition="48" creatingUser="A1A1A1A1-0000-4000-8000-000000000002">
              <Coding guid="0C000002-0000-4000-8000-000000000001"><CodeRef targetGUID="C0000002-0000-4000-8000-000000000001"/></Coding>
            </PlainTextSelection>
            <VariableValue><VariableRef targetGUID="7A000002-0000-4000-8000-000000000001"/><IntegerValue>54</IntegerValue></VariableValue>
            <VariableValue><VariableRef targetGUID="7A000002-0000-4000-8000-000000000002"/><TextValue> LK </TextValue></VariableValue>
          </TextSource>
          <TextSource guid="50000002-0000-4000-8000-000000000002" name="B02" plainTextPath="internal://b02.txt"/>
        </Sources>
        <Sets>
          <Set guid="5E000002-0000-4000-8000-000000000001" name="TKI2"><MemberSource targetGUID="50000002-0000-4000-8000-000000000001"/></Set>
          <Set guid="5E000002-0000-4000-8000-000000000002" name="Age"><MemberSource targetGUID="50000002-0000-4000-8000-000000000001"/><MemberSource targetGUID="50000002-0000-4000-8000-000000000002"/></Set>
        </Sets>
      </Project>
      """
    let bytes = try Self.archive([
      ("project.qde", Array(qde.utf8)), ("sources/b01.txt", Array(Self.interview.utf8)),
      ("sources/b02.txt", Array("I: Hello?\nB: Hi.".utf8)),
    ])
    let result = try QDPXImport(bytes: bytes)
    let b01 = try #require(result.files.first { $0.path == "Transcripts/B01.txt" })
    #expect(
      String(decoding: b01.bytes, as: UTF8.self).hasPrefix(
        "---\nid: B01\nAge: 54\nAge (set): yes\nInterviewer- name: \" LK \"\nTKI2: yes\n---\nI: Were you afraid?\n"
      ))
    let b02 = try #require(result.files.first { $0.path == "Transcripts/B02.txt" })
    #expect(
      String(decoding: b02.bytes, as: UTF8.self) == "---\nid: B02\nAge: yes\n---\nI: Hello?\nB: Hi."
    )
    // A coding without its own user is its selection's creator's.
    #expect(result.codings.map(\.coder) == ["kim"])
    #expect(result.codebook.code(withID: "fear")?.color == "#FF0000")
    // The attributes read back as typed values.
    let folder = try writeImport(result)
    defer { try? FileManager.default.removeItem(at: folder) }
    let project = try loadProject(folder)
    #expect(project.catalog.byID["B01"]?.attributes["Age"] == .number(54, "54"))
    #expect(project.catalog.byID["B01"]?.attributes["Interviewer- name"] == .text(" LK "))
    #expect(
      project.codingFiles.flatMap(\.file.codings).map(\.text) == ["I was afraid of the dark."])
  }

  @Test("NVivo's shape: cases hold the variables, named apart from their sources")
  func nvivoCases() throws {
    let qde = """
      <Project xmlns="urn:QDA-XML:project:1.0" name="N" origin="NVivo for Windows 14">
        <Variables><Variable guid="7a000003-0000-4000-8000-000000000001" name="Gender" typeOfVariable="Text"/></Variables>
        <Cases>
          <Case guid="ca000003-0000-4000-8000-000000000001" name="Participant 1">
            <VariableValue><VariableRef targetGUID="7a000003-0000-4000-8000-000000000001"/><TextValue>woman</TextValue></VariableValue>
            <SourceRef targetGUID="50000003-0000-4000-8000-000000000001"/>
          </Case>
        </Cases>
        <Sources>
          <TextSource guid="50000003-0000-4000-8000-000000000001" name="Interview 1" plainTextPath="internal://i1.txt"/>
        </Sources>
      </Project>
      """
    let result = try QDPXImport(
      bytes: try Self.archive([
        ("project.qde", Array(qde.utf8)), ("sources/i1.txt", Self.windowsText(Self.interview)),
      ]))
    let file = try #require(result.files.first { $0.path == "Transcripts/Interview 1.txt" })
    #expect(
      String(decoding: file.bytes, as: UTF8.self)
        == "---\nid: Interview 1\nGender: woman\ncase: Participant 1\n---\n" + Self.interview)
  }

  @Test("UTF-16 positions are found from the selections' stored text when no word boundary tells")
  func utf16FromStoredText() throws {
    // Every selection ends at a word boundary either way; only the stored
    // text says which counting is meant.
    let text = "😀 😀 😀 one two three four"
    let qde = """
      <Project xmlns="urn:QDA-XML:project:1.0" name="U" origin="Some tool">
        <Users><User guid="a1000004-0000-4000-8000-000000000001" name="u"/></Users>
        <CodeBook><Codes><Code guid="c0000004-0000-4000-8000-000000000001" name="c" isCodable="true"/></Codes></CodeBook>
        <Sources><TextSource guid="50000004-0000-4000-8000-000000000001" name="T" plainTextPath="internal://t.txt">
          <PlainTextSelection guid="0e000004-0000-4000-8000-000000000001" name="two three" startPosition="13" endPosition="22">
            <Coding guid="0c000004-0000-4000-8000-000000000001" creatingUser="a1000004-0000-4000-8000-000000000001"><CodeRef targetGUID="c0000004-0000-4000-8000-000000000001"/></Coding>
          </PlainTextSelection>
        </TextSource></Sources>
      </Project>
      """
    let result = try QDPXImport(
      bytes: try Self.archive([
        ("project.qde", Array(qde.utf8)), ("sources/t.txt", Array(text.utf8)),
      ]))
    #expect(result.codings.map(\.text) == ["two three"])
    #expect(
      result.report.notes.first?.hasPrefix(
        "positions read as UTF-16 code units (NVivo's counting): 1 selections' stored text") == true
    )
  }
}
