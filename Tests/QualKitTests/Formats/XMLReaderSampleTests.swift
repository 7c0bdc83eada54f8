import Foundation
import Testing

@testable import QualKit

@Suite struct XMLReaderSampleTests {
  /// The project XML of a REFI-QDA sample: the `.qde` itself, or the one
  /// inside a `.qdpx`.
  static func projectXML(_ name: String) throws -> [UInt8] {
    let bytes = try fixture("REFI/" + name)
    guard name.hasSuffix(".qdpx") else { return bytes }
    let archive = try ZipArchive(bytes: bytes)
    let entry = try #require(archive.entries.first { $0.path.hasSuffix(".qde") })
    return try archive.data(for: entry)
  }

  static let sampleNames = [
    "atlasti-win-23.2-layout-blank.qdpx", "atlasti-win-23.2-layout-nested-codes.qdpx",
    "atlasti-mac-8.4-standard-project.qde", "nvivo-mac-15.0-codebook-only.qdpx",
    "qc-1.3.2-demo.qdpx",
  ]

  /// The counts Python's `xml.etree.ElementTree` gives for the same files
  /// (local names; every element in the project namespace).
  @Test(
    "Every sample reads, with the element counts of an independent parser",
    arguments: zip(
      sampleNames,
      [
        ["Project": 1, "Users": 1, "User": 2],
        ["Project": 1, "Users": 1, "User": 2, "CodeBook": 1, "Codes": 1, "Code": 3],
        [
          "AudioSource": 1, "Code": 14, "CodeBook": 1, "CodeRef": 16, "Codes": 1, "Coding": 16,
          "Description": 10, "Edge": 2, "Graph": 1, "Graphs": 1, "Link": 1, "Links": 1,
          "MemberCode": 19, "MemberSource": 23, "Note": 2, "Notes": 1, "PDFSelection": 4,
          "PDFSource": 2, "PictureSelection": 1, "PictureSource": 1, "PlainTextContent": 5,
          "PlainTextSelection": 8, "Project": 1, "Representation": 5, "Set": 16, "Sets": 1,
          "Sources": 1, "SyncPoint": 13, "TextSource": 6, "Transcript": 3, "User": 3, "Users": 1,
          "Vertex": 3, "VideoSelection": 2, "VideoSource": 2,
        ],
        [
          "Project": 1, "Users": 1, "User": 2, "CodeBook": 1, "Codes": 1, "Code": 262,
          "Sources": 1, "TextSource": 2,
        ],
        [
          "Project": 1, "Users": 1, "User": 1, "CodeBook": 1, "Codes": 1, "Code": 262,
          "CodeRef": 205, "Coding": 205, "PlainTextSelection": 158, "Sources": 1, "TextSource": 2,
        ],
      ]))
  func samples(name: String, counts: [String: Int]) throws {
    let tree = try XMLTree(parsing: Self.projectXML(name))
    var found: [String: Int] = [:]
    tree.root.forEachElement { element in
      found[element.localName, default: 0] += 1
      #expect(element.namespace == "urn:QDA-XML:project:1.0")
    }
    #expect(found == counts)
    #expect(tree.encoding == .utf8)
    #expect(tree.root.localName == "Project")
  }

  @Test("What the samples' bytes are: no byte order mark, declarations as written")
  func sampleEncodings() throws {
    var declarations: [String] = []
    for name in Self.sampleNames {
      let reader = try XMLReader(bytes: Self.projectXML(name))
      #expect(!reader.hasByteOrderMark)
      declarations.append(
        reader.declaration.map { "\($0.version) \($0.encoding ?? "-")" } ?? "none")
    }
    #expect(declarations == ["1.0 utf-8", "1.0 utf-8", "1.0 utf-8", "1.0 UTF-8", "none"])
  }

  @Test("Sample values: references decoded, attributes as the programs wrote them")
  func sampleValues() throws {
    let nested = try XMLTree(parsing: Self.projectXML("atlasti-win-23.2-layout-nested-codes.qdpx"))
      .root
    let codes = try #require(nested.firstElement(named: "CodeBook")?.firstElement(named: "Codes"))
    let parent = try #require(codes.elements(named: "Code").first)
    #expect(parent.attribute("guid") == "7B9E4C21-0F3A-4D5B-8C6E-1A2B3C4D5E6F")
    #expect(parent.attribute("name") == "Coherence")
    #expect(
      parent.elements(named: "Code").map { $0.attribute("name") ?? "" } == [
        "Tripartite meeting", "One plan",
      ])
    let qc = try XMLTree(parsing: Self.projectXML("qc-1.3.2-demo.qdpx")).root
    var selections: [XMLReader.Element] = []
    qc.forEachElement { if $0.localName == "PlainTextSelection" { selections.append($0) } }
    let first = try #require(selections.first)
    #expect(Int(first.attribute("startPosition") ?? "") != nil)
    #expect(first.firstElement(named: "Coding")?.attribute("creatingUser") != nil)
  }

  /// Seeded mutations of the samples (bytes flipped, deleted, repeated;
  /// markup characters inserted; the end cut off): the reader must give a
  /// tree or a typed error with a position, never crash or hang.
  @Test("Thousands of mutated samples never crash and finish fast")
  func fuzz() throws {
    let samples = try Self.sampleNames.map(Self.projectXML)
    let inserts: [[UInt8]] = [
      Array("<".utf8), Array(">".utf8), Array("&".utf8), Array("&#".utf8), Array("</".utf8),
      Array("<!DOCTYPE".utf8), Array("<![CDATA[".utf8), Array("<!--".utf8), Array("\"".utf8),
      Array("xmlns:p='' ".utf8), Array("<p:x>".utf8), [0xFF], [0xC3], [0x00], [0xEF, 0xBF, 0xBE],
      Array("]]>".utf8), Array("&lt;&amp;&#x1F600;".utf8),
    ]
    var random = ScalarGenerator(seed: 2026)
    var read = 0
    var refused: [XMLError.Kind: Int] = [:]
    let clock = ContinuousClock()
    let start = clock.now
    for round in 0..<3_000 {
      var bytes = samples[round % samples.count]
      // Most rounds keep the sample's first few kilobytes (a debug build
      // reads slowly); every tenth keeps it whole.
      if round % 10 != 0 && bytes.count > 8_000 {
        bytes.removeSubrange((1_000 + random.next(7_000))...)
      }
      for _ in 0...random.next(4) {
        guard !bytes.isEmpty else { break }
        let at = random.next(bytes.count)
        switch random.next(5) {
        case 0: bytes[at] = UInt8(truncatingIfNeeded: random.next(256))
        case 1: bytes.remove(at: at)
        case 2: bytes.insert(contentsOf: inserts[random.next(inserts.count)], at: at)
        case 3: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + random.next(64))], at: at)
        default: bytes.removeSubrange(at...)
        }
      }
      do {
        _ = try XMLTree(parsing: bytes)
        read += 1
      } catch {
        refused[error.kind, default: 0] += 1
        #expect((error.position?.line ?? 1) >= 1)
      }
    }
    let elapsed = clock.now - start
    #expect(read + refused.values.reduce(0, +) == 3_000)
    // Most mutations break the XML; a few land in text and still read.
    #expect(refused.count >= 8)
    #expect(elapsed < .seconds(60))
  }
}
