import Foundation
import Testing

@testable import QualKit

/// Hostile and broken REFI-QDA files: each is a clear error or warning that
/// names what and where, and an import that fails gives no files.
@Suite struct QDPXBadInputTests {
  /// A small valid project file with one text source (inline text) and one code.
  static func project(selections: String = "", codes: String? = nil, extra: String = "") -> String {
    """
    <?xml version="1.0" encoding="utf-8"?>
    <Project xmlns="urn:QDA-XML:project:1.0" name="bad" origin="Test">
      <Users><User guid="00000000-0000-4000-8000-000000000001" name="ann"/></Users>
      <CodeBook><Codes>
        \(codes ?? #"<Code guid="00000000-0000-4000-8000-0000000000c1" name="Fear" isCodable="true"/>"#)
      </Codes></CodeBook>
      <Sources>
        <TextSource guid="00000000-0000-4000-8000-0000000000d1" name="Doc">
          <PlainTextContent>I was afraid of the dark.</PlainTextContent>
          \(selections)
        </TextSource>
      </Sources>
      \(extra)
    </Project>
    """
  }

  /// A `.qdpx` of `entries`.
  static func archive(_ entries: [(String, String)]) throws -> [UInt8] {
    var writer = ZipWriter()
    for (path, text) in entries { try writer.add(path: path, data: Array(text.utf8)) }
    return writer.finish()
  }

  static func importError(_ bytes: [UInt8], limits: ZipArchive.Limits = .default)
    -> InterchangeError?
  {
    #expect(throws: InterchangeError.self) {
      try QDPXImport(bytes: bytes, options: .init(archiveLimits: limits))
    }
  }

  @Test(
    "An entry whose path leaves the archive refuses the whole archive",
    arguments: ["../x.txt", "/etc/passwd", "sources/../../x", "C:\\x.txt", "..\\x.txt"])
  func unsafePaths(path: String) throws {
    let bytes = try Self.archive([("project.qde", Self.project()), (path, "x")])
    let error = Self.importError(bytes)
    #expect(error?.kind == .unsafePath)
    #expect(error?.message.contains("archive entry '\(path)' would be written outside") == true)
  }

  @Test("An entry larger than the limit is refused before it is inflated")
  func declaredSizeOverLimit() throws {
    let big = String(repeating: "a", count: 5000)
    let bytes = try Self.archive([("project.qde", Self.project()), ("sources/big.txt", big)])
    let limits = ZipArchive.Limits(maxEntrySize: 4096, maxTotalSize: 1 << 20, maxEntryCount: 10)
    // The project file is within the limit; the source file is not, and its
    // text source (which names it) is skipped with the reason.
    let project = Self.project().replacingOccurrences(
      of: "<PlainTextContent>I was afraid of the dark.</PlainTextContent>", with: ""
    )
    .replacingOccurrences(
      of: #"name="Doc""#, with: #"name="Doc" plainTextPath="internal://big.txt""#)
    let archive = try Self.archive([("project.qde", project), ("sources/big.txt", big)])
    let result = try QDPXImport(bytes: archive, options: .init(archiveLimits: limits))
    #expect(
      result.report.skipped.map(\.reason) == [
        "entry 'sources/big.txt' would inflate to more than 4096 bytes"
      ])
    // A total over the limit refuses the archive at once.
    let total = ZipArchive.Limits(maxEntrySize: 1 << 20, maxTotalSize: 4096, maxEntryCount: 10)
    #expect(Self.importError(bytes, limits: total)?.kind == .archive)
  }

  @Test("An entry that inflates past the size it declares stops at that size")
  func realSizeOverDeclared() throws {
    var bytes = try Self.archive([
      ("project.qde", String(repeating: " ", count: 200_000) + "<Project/>")
    ])
    // Declare 100 bytes where 200,010 inflate (a zip bomb's trick).
    for signature: [UInt8] in [[0x50, 0x4B, 0x03, 0x04], [0x50, 0x4B, 0x01, 0x02]] {
      let offset = signature[2] == 0x03 ? 22 : 24
      var index = 0
      while index + 4 <= bytes.count {
        if Array(bytes[index..<index + 4]) == signature {
          bytes.replaceSubrange(index + offset..<index + offset + 4, with: [100, 0, 0, 0])
        }
        index += 1
      }
    }
    let error = Self.importError(bytes)
    #expect(error?.kind == .archive)
    #expect(error?.message.contains("inflates to more than its declared size of 100 bytes") == true)
  }

  @Test(
    "A DOCTYPE, external entities and entity expansion are refused, never fetched or expanded",
    arguments: [
      #"<!DOCTYPE Project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Project name="&xxe;"/>"#,
      #"<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><Project>&lol2;</Project>"#,
      #"<!DOCTYPE Project SYSTEM "http://example.invalid/evil.dtd"><Project/>"#,
    ])
  func doctype(document: String) throws {
    let bytes = try Self.archive([("project.qde", "<?xml version=\"1.0\"?>\n" + document)])
    let error = Self.importError(bytes)
    #expect(error?.kind == .xml)
    #expect(error?.entry == "project.qde")
    #expect(error?.position?.line == 2)
    #expect(error?.message.contains("DOCTYPE") == true)
  }

  @Test("An entity that was never declared is an error at its line")
  func undeclaredEntity() throws {
    let bytes = try Self.archive([("project.qde", "<Project name=\"&xxe;\"/>")])
    let error = Self.importError(bytes)
    #expect(error?.kind == .xml)
    #expect(
      error?.diagnostic(path: "a.qdpx").description.hasPrefix("a.qdpx/project.qde:1:") == true)
  }

  @Test("A selection outside its source is left out with a warning at its line; the rest is read")
  func selectionOutside() throws {
    let selections = """
      <PlainTextSelection guid="00000000-0000-4000-8000-0000000000e1" startPosition="6" endPosition="20">
            <Coding guid="00000000-0000-4000-8000-0000000000f1" creatingUser="00000000-0000-4000-8000-000000000001"><CodeRef targetGUID="00000000-0000-4000-8000-0000000000c1"/></Coding>
          </PlainTextSelection>
          <PlainTextSelection guid="00000000-0000-4000-8000-0000000000e2" startPosition="6" endPosition="500">
            <Coding guid="00000000-0000-4000-8000-0000000000f2" creatingUser="00000000-0000-4000-8000-000000000001"><CodeRef targetGUID="00000000-0000-4000-8000-0000000000c1"/></Coding>
          </PlainTextSelection>
      """
    let result = try QDPXImport(
      bytes: Self.archive([("project.qde", Self.project(selections: selections))]))
    #expect(result.codings.map(\.text) == ["afraid of the "])
    let warning = try #require(result.diagnostics.first)
    #expect(warning.file == "project.qde")
    #expect(warning.position?.line == 13)
    #expect(
      warning.message
        == "<PlainTextSelection> at positions 6–500 lies outside text source 'Doc' (25 characters, counted as Unicode code points); left out with its 1 coding"
    )
    #expect(result.report.skipped.map(\.line) == [13])
  }

  @Test("A CodeRef to a missing code is left out with a warning at its line")
  func missingCode() throws {
    let selections = """
      <PlainTextSelection guid="00000000-0000-4000-8000-0000000000e1" startPosition="0" endPosition="1">
            <Coding guid="00000000-0000-4000-8000-0000000000f1" creatingUser="00000000-0000-4000-8000-000000000001"><CodeRef targetGUID="00000000-0000-4000-8000-0000000000c9"/></Coding>
          </PlainTextSelection>
      """
    let result = try QDPXImport(
      bytes: Self.archive([("project.qde", Self.project(selections: selections))]))
    #expect(result.codings.isEmpty)
    #expect(
      result.diagnostics.map(\.description) == [
        "project.qde:11:1: warning: <Coding> refers to code 00000000-0000-4000-8000-0000000000c9, which the codebook does not have; left out"
      ])
  }

  @Test("Duplicate GUIDs: a warning at the later element, and references mean the first")
  func duplicateGUIDs() throws {
    let codes = """
      <Code guid="00000000-0000-4000-8000-0000000000C1" name="First" isCodable="true"/>
          <Code guid="{00000000-0000-4000-8000-0000000000c1}" name="Second" isCodable="true"/>
      """
    let selections = """
      <PlainTextSelection guid="00000000-0000-4000-8000-0000000000e1" startPosition="0" endPosition="1">
            <Coding guid="00000000-0000-4000-8000-0000000000f1" creatingUser="00000000-0000-4000-8000-000000000001"><CodeRef targetGUID="00000000-0000-4000-8000-0000000000c1"/></Coding>
          </PlainTextSelection>
      """
    let result = try QDPXImport(
      bytes: Self.archive([("project.qde", Self.project(selections: selections, codes: codes))]))
    #expect(result.codebook.allCodes.map(\.label) == ["First", "Second"])
    #expect(result.codings.map(\.code) == ["first"])
    // The second code cannot keep a GUID the first has: it gets its own on export.
    #expect(result.codebook.allCodes.map(\.guid) == ["00000000-0000-4000-8000-0000000000C1", nil])
    #expect(
      result.diagnostics.map(\.description) == [
        "project.qde:6:5: warning: <Code> has the guid {00000000-0000-4000-8000-0000000000c1} of the <Code> at line 5; references to it mean that one"
      ])
  }

  @Test("No .qde, several .qde, and bytes that are no REFI-QDA file are errors")
  func noProjectFile() throws {
    #expect(Self.importError(try Self.archive([("sources/a.txt", "a")]))?.kind == .noProjectFile)
    let two = try Self.archive([("a.qde", Self.project()), ("b.qde", Self.project())])
    let error = Self.importError(two)
    #expect(error?.kind == .ambiguousProjectFile)
    #expect(
      error?.message
        == "the archive has several .qde files and none is project.qde: 'a.qde', 'b.qde'")
    #expect(Self.importError(Array("just text".utf8))?.kind == .notREFI)
    #expect(Self.importError([0x50, 0x4B, 0x03, 0x04, 0, 0])?.kind == .archive)
    #expect(Self.importError(Array("<html><body/></html>".utf8))?.kind == .notACodebookOrProject)
  }

  @Test("A code tree deeper than a QualKit codebook holds is refused at its line")
  func tooDeep() throws {
    let depth = Codebook.maximumDepth + 1
    var codes = ""
    for level in 0..<depth {
      codes +=
        #"<Code guid="00000000-0000-4000-8000-\#(String(format: "%012d", level))" name="L\#(level)" isCodable="true">"#
    }
    codes += String(repeating: "</Code>", count: depth)
    let error = Self.importError(try Self.archive([("project.qde", Self.project(codes: codes))]))
    #expect(error?.kind == .tooDeep)
    #expect(error?.message.hasPrefix("code 'L\(depth - 1)' is on level \(depth)") == true)
  }
}
