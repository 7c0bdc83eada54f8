import Foundation
import Testing

@testable import QualKit

/// A project as MAXQDA 24 exports it, in a file made here in a real export's layout.
///
/// The real export is `2025-06-16_ICLS_Conf_Themes_ALL_just10.zip` in the public
/// repository `bedingjd/paper_themes` (commit `3a9a286`, folder
/// `references/`), a `.qdpx` written by "MAXQDA 24 (Release 24.7.0)". That
/// repository states no licence, so its file is not copied here; its layout
/// is: the `sources/<GUID>.txt` entries first and `project.qde` last; an XML
/// declaration with `utf-8`; one space of indent; upper-case GUIDs; every
/// code with a lower-case `color` and a `Description`, all `isCodable="true"`;
/// text sources with no selections, named by MAXQDA's document names; and
/// the document groups as `Sets` of `MemberSource`s after `Sources`. Texts
/// are UTF-8 without a byte order mark, with LF line ends.
///
/// Imported with `qualkit import qdpx`, the real file gives 307 codes (18 at
/// the top, two levels deep), 10 transcripts (`ICLS 2024 3-10` …
/// `ICLS 2025 1034-1042`), no selections, codings or users' files, and the
/// attribute `ICLS 2024: yes` or `ICLS 2025: yes` on each transcript from its
/// group (5 each); the codebook is named after the project,
/// `2025-06-16_ICLS_Conf_Themes_ALL_just10`. The test below states the same
/// for the file of that shape.
@Suite struct QDPXMAXQDATests {
  static let user = "F3EA8DA1-0000-4000-8000-000000000001"

  static func textSource(_ guid: String, _ name: String) -> String {
    """
      <TextSource modifyingUser="\(user)" guid="\(guid)" creatingUser="\(user)" \
    creationDateTime="2024-10-18T23:23:46Z" name="\(name)" \
    plainTextPath="internal://\(guid).txt" modifiedDateTime="2024-10-18T23:23:46Z"/>
    """
  }

  static let qde = """
    <?xml version="1.0" encoding="utf-8"?>
    <Project xsi:schemaLocation="urn:QDA-XML:project:1.0 \
    http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd" \
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns="urn:QDA-XML:project:1.0" \
    origin="MAXQDA 24 (Release 24.7.0)" name="2025-06-16_Conference_Themes" \
    modifiedDateTime="2025-07-14T18:42:34Z">
     <Users>
      <User guid="\(user)" name="johnb"/>
     </Users>
     <CodeBook>
      <Codes>
       <Code color="#ef8256" guid="C9E3D7E0-0000-4000-8000-000000000001" name="Additional Themes" isCodable="true">
        <Description>A parent category: apply only the codes within it.</Description>
        <Code color="#ef8256" guid="C6C1BE73-0000-4000-8000-000000000002" name="THEME - Affinity Spaces (Gee)" isCodable="true">
         <Description>Apply when a study uses Gee's concept of affinity spaces.</Description>
        </Code>
        <Code color="#ef8256" guid="E8B5FA57-0000-4000-8000-000000000003" name="THEME - Affordances" isCodable="true">
         <Description>Apply when a paper includes the idea of affordances &amp; their uses.</Description>
        </Code>
       </Code>
       <Code color="#32bd59" guid="5C7AE230-0000-4000-8000-000000000004" name="Assessments" isCodable="true">
        <Description>Methods and purposes of evaluating learning.</Description>
        <Code color="#32bd59" guid="088164C3-0000-4000-8000-000000000005" name="ASSMNT - Formative Assessment" isCodable="true">
         <Description>Assessment during the learning process, with feedback.</Description>
        </Code>
       </Code>
      </Codes>
     </CodeBook>
     <Sources>
    \(textSource("C5E4C960-0000-4000-8000-000000000011", "Papers 2024 3-10"))
    \(textSource("7391D47A-0000-4000-8000-000000000012", "Papers 2024 11-18"))
    \(textSource("1C693BD8-0000-4000-8000-000000000013", "Papers 2025 101-109"))
     </Sources>
     <Sets>
      <Set guid="45FE4439-0000-4000-8000-000000000021" name="Papers 2024">
       <MemberSource targetGUID="C5E4C960-0000-4000-8000-000000000011"/>
       <MemberSource targetGUID="7391D47A-0000-4000-8000-000000000012"/>
      </Set>
      <Set guid="FEEDCF5C-0000-4000-8000-000000000022" name="Papers 2025">
       <MemberSource targetGUID="1C693BD8-0000-4000-8000-000000000013"/>
      </Set>
     </Sets>
    </Project>
    """

  static func archive() throws -> [UInt8] {
    var writer = ZipWriter()
    let texts = [
      ("C5E4C960-0000-4000-8000-000000000011", "Mapping a Learning Network\n\nAbstract: We map…\n"),
      (
        "7391D47A-0000-4000-8000-000000000012", "Critical Awareness as a Resource\n\nIntroduction\n"
      ),
      ("1C693BD8-0000-4000-8000-000000000013", "Teacher Noticing in Practice\n\nMethods\n"),
    ]
    for (guid, text) in texts {
      try writer.add(path: "sources/\(guid).txt", data: Array(text.utf8))
    }
    try writer.add(path: "project.qde", data: Array(qde.utf8))
    return writer.finish()
  }

  @Test(
    "MAXQDA 24's layout: nested codes with colours and descriptions, texts, groups as attributes")
  func maxqdaLayout() throws {
    let result = try QDPXImport(bytes: Self.archive())
    let codebook = result.codebook
    #expect(codebook.name == "2025-06-16_Conference_Themes")
    #expect(codebook.allCodes.count == 5)
    #expect(codebook.codes.map(\.label) == ["Additional Themes", "Assessments"])
    #expect(codebook.flattened.map(\.depth).max() == 1)
    let spaces = try #require(codebook.code(withID: "theme-affinity-spaces-gee"))
    #expect(spaces.label == "THEME - Affinity Spaces (Gee)")
    #expect(spaces.color == "#EF8256")
    #expect(spaces.definition == "Apply when a study uses Gee's concept of affinity spaces.")
    #expect(spaces.guid == "C6C1BE73-0000-4000-8000-000000000002")
    #expect(
      codebook.code(withID: "theme-affordances")?.definition
        == "Apply when a paper includes the idea of affordances & their uses.")
    #expect(
      result.files.map(\.path) == [
        "Codebooks/2025-06-16_conference_themes.json",
        "Transcripts/Papers 2024 3-10.txt", "Transcripts/Papers 2024 11-18.txt",
        "Transcripts/Papers 2025 101-109.txt",
      ])
    #expect(result.codings.isEmpty)
    #expect(result.report.skipped.isEmpty)
    #expect(
      result.report.lines(verb: "read").first
        == "read: 5 codes, 3 transcripts, 0 selections, 0 codings, 0 coders, 0 coding memos, 0 memo files"
    )
    // Each document's group is an attribute; the text follows unchanged.
    let first = try #require(result.files.first { $0.path == "Transcripts/Papers 2024 3-10.txt" })
    #expect(
      String(decoding: first.bytes, as: UTF8.self)
        == "---\nid: Papers 2024 3-10\nPapers 2024: yes\n---\nMapping a Learning Network\n\nAbstract: We map…\n"
    )
    let last = try #require(
      result.files.first { $0.path == "Transcripts/Papers 2025 101-109.txt" })
    #expect(
      String(decoding: last.bytes, as: UTF8.self).hasPrefix(
        "---\nid: Papers 2025 101-109\nPapers 2025: yes\n---\n"))
  }
}
