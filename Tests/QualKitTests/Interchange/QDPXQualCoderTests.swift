import Foundation
import Testing

@testable import QualKit

/// A project as QualCoder's REFI-QDA export writes it, in a file made here.
///
/// The layout follows QualCoder's exporter (`refi.py`, `project_xml` and the
/// functions it calls; origin "Qualcoder-1.4"): a `creatingUserGUID` the
/// schema does not know on `Project`; `Variables` with an empty
/// `<Description />`; `Cases` with their variables and a `SourceRef` per
/// file; a `TextSource` with a `richTextPath` and a `plainTextPath`, its
/// memo as its `Description`; one `PlainTextSelection` per coding, named by
/// the coded text, with one `Coding` whose `creatingUser` is the coder; the
/// journal as `Notes` with a `plainTextPath` each (the text is in that
/// file); the project memo as the last `Description`. Positions are Python string indices: code points.
///
/// Two coders who coded the same words each get a selection of their own;
/// QualCoder's own importer merges such codings into one, QualKit keeps a
/// coding per coder, so that their agreement can be measured.
@Suite struct QDPXQualCoderTests {
  static let text = "I: Were you afraid?\nB: I was afraid of the dark.\nB: Then 😀 it passed."
  static let alice = "b1a6e1e2-0000-4000-8000-000000000001"
  static let bob = "b1a6e1e2-0000-4000-8000-000000000002"
  static let fear = "c0de0005-0000-4000-8000-000000000001"
  static let coping = "c0de0005-0000-4000-8000-000000000002"

  static func selection(
    _ number: Int, _ name: String, _ start: Int, _ end: Int, _ user: String, _ code: String
  )
    -> String
  {
    """
    <PlainTextSelection guid="5e1ec700-0000-4000-8000-00000000000\(number)" startPosition="\(start)" \
    endPosition="\(end)" name="\(name)" creatingUser="\(user)" creationDateTime="2024-05-02T10:11:12Z">
    <Coding guid="c0d10000-0000-4000-8000-00000000000\(number)" creatingUser="\(user)" >\
    <CodeRef targetGUID="\(code)" />
    </Coding>
    </PlainTextSelection>
    """
  }

  static let qde = """
    <?xml version="1.0" encoding="utf-8"?>
    <Project xmlns:xsd="http://www.w3.org/2001/XMLSchema" \
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" name="fear-study" origin="Qualcoder-1.4" \
    creatingUserGUID="0a000005-0000-4000-8000-000000000009" creationDateTime="2024-05-01T09:00:00Z" \
    xmlns="urn:QDA-XML:project:1.0">
    <Users>
    <User guid="\(alice)" name="alice" />
    <User guid="\(bob)" name="bob" />
    </Users>
    <CodeBook>
    <Codes>
    <Code guid="\(fear)" name="fear" isCodable="true" color="#F781F3">
    <Description>Being afraid, now or before.</Description>
    </Code>
    <Code guid="\(coping)" name="coping" isCodable="true" color="#81F7D8">
    </Code>
    </Codes>
    </CodeBook>
    <Variables>
    <Variable guid="7a000005-0000-4000-8000-000000000001" name="age group" typeOfVariable="Text" >
    <Description />
    </Variable>
    </Variables>
    <Cases>
    <Case guid="ca000005-0000-4000-8000-000000000001" name="P1">
    <Description />
    <VariableValue>
    <VariableRef targetGUID="7a000005-0000-4000-8000-000000000001" />
    <TextValue>40-49</TextValue>
    </VariableValue>
    <SourceRef targetGUID="50000005-0000-4000-8000-000000000001"/>
    </Case>
    </Cases>
    <Sources>
    <TextSource richTextPath="internal://50000005-0000-4000-8000-000000000001.txt" \
    plainTextPath="internal://71000005-0000-4000-8000-000000000001.txt" \
    creatingUser="\(alice)" creationDateTime="2024-05-01T09:30:00Z" \
    guid="50000005-0000-4000-8000-000000000001" name="interview1.txt">
    <Description>Recorded at home.</Description>
    \(selection(1, "I was afraid of the dark.", 23, 48, alice, fear))
    \(selection(2, "I was afraid of the dark.", 23, 48, bob, fear))
    \(selection(3, "Then 😀 it passed.", 52, 69, bob, coping))
    </TextSource>
    </Sources>
    <Notes>
    <Note guid="0e7e0005-0000-4000-8000-000000000001" creatingUser="\(alice)" \
    creationDateTime="2024-05-03T08:00:00Z" name="first thoughts"  \
    plainTextPath="internal://0e7e0005-0000-4000-8000-000000000001.txt" >
    <Description /></Note>
    </Notes>
    <Description>A small study of fear.</Description>
    </Project>
    """

  static func archive(withJournalFile: Bool = true) throws -> [UInt8] {
    var writer = ZipWriter()
    try writer.add(path: "project.qde", data: Array(qde.utf8))
    try writer.add(
      path: "sources/50000005-0000-4000-8000-000000000001.txt", data: Array(text.utf8))
    try writer.add(
      path: "sources/71000005-0000-4000-8000-000000000001.txt", data: Array(text.utf8))
    if withJournalFile {
      try writer.add(
        path: "sources/0e7e0005-0000-4000-8000-000000000001.txt",
        data: Array("Fear comes up early in every interview.".utf8))
    }
    return writer.finish()
  }

  @Test(
    "QualCoder's layout: each coder's selection kept apart, cases as attributes, the journal as memos"
  )
  func qualCoderLayout() throws {
    let result = try QDPXImport(bytes: Self.archive())
    #expect(result.codebook.name == "fear-study")
    #expect(result.codebook.allCodes.map(\.id) == ["fear", "coping"])
    #expect(result.codebook.code(withID: "fear")?.definition == "Being afraid, now or before.")
    #expect(result.codebook.code(withID: "coping")?.color == "#81F7D8")
    // Two coders on the same words: two codings, one per coder.
    #expect(result.codings.map(\.coder) == ["alice", "bob", "bob"])
    #expect(result.codings.map(\.code) == ["fear", "fear", "coping"])
    #expect(
      result.codings.map(\.text) == [
        "I was afraid of the dark.", "I was afraid of the dark.", "Then 😀 it passed.",
      ])
    #expect(result.codings[0].span == result.codings[1].span)
    #expect(
      result.files.map(\.path).filter { $0.hasPrefix("Codings/") } == [
        "Codings/alice.jsonl", "Codings/bob.jsonl",
      ])
    let transcript = try #require(
      result.files.first { $0.path == "Transcripts/interview1.txt" })
    #expect(
      String(decoding: transcript.bytes, as: UTF8.self)
        == "---\nid: interview1\nage group: 40-49\ncase: P1\n---\n" + Self.text)
    #expect(
      result.report.lines(verb: "read").first
        == "read: 2 codes, 1 transcript, 3 selections, 3 codings, 2 coders, 0 coding memos, 2 memo files"
    )
    // The journal entry's text is in its own file; the source's memo is
    // its description.
    let memos = result.files.filter { $0.path.hasPrefix("Memos/") }
    #expect(memos.map(\.path) == ["Memos/first thoughts.md", "Memos/Description of interview1.md"])
    #expect(
      memos.map { String(decoding: $0.bytes, as: UTF8.self) } == [
        "# first thoughts\n\nBy alice.\n\nFear comes up early in every interview.\n",
        "# Description of interview1.txt\n\nAbout text source 'interview1.txt'.\n\nRecorded at home.\n",
      ])
  }

  @Test("A journal entry whose text file is missing keeps its name, with a note that says so")
  func missingJournalFile() throws {
    let result = try QDPXImport(bytes: Self.archive(withJournalFile: false))
    let memo = try #require(result.files.first { $0.path == "Memos/first thoughts.md" })
    #expect(String(decoding: memo.bytes, as: UTF8.self) == "# first thoughts\n\nBy alice.\n\n\n")
    #expect(
      result.report.notes.contains(
        "note 'first thoughts' (line 49): its text file 'internal://0e7e0005-0000-4000-8000-000000000001.txt' is not in the archive"
      ))
  }
}
