import Testing

@testable import QualKit

@Suite struct XMLReaderTests {
  private func tree(_ text: String) throws -> XMLTree {
    try XMLTree(parsing: Array(text.utf8))
  }

  @Test("Events: start tags with attributes, text, end tags; empty-element tags give both")
  func events() throws {
    var reader = try XMLReader(
      bytes: Array(
        "<?xml version=\"1.0\"?>\n<a x='1' y=\"2\">hi<b/><!-- skip --><?pi skip?>there</a>\n".utf8))
    var events: [String] = []
    while let event = try reader.next() {
      switch event {
      case .start(let element):
        let attributes = element.attributes.map { "\($0.name)=\($0.value)" }.joined(separator: ",")
        events.append("<\(element.name) \(attributes) @\(element.position)")
      case .end(let name): events.append("</\(name)")
      case .text(let text): events.append("'\(text)'")
      }
    }
    #expect(events == ["<a x=1,y=2 @2:1", "'hi'", "<b  @2:18", "</b", "'there'", "</a"])
    #expect(reader.declaration?.version == "1.0")
    #expect(reader.declaration?.encoding == nil)
    #expect(reader.encoding == .utf8)
  }

  @Test(
    "References, CDATA and line ends are read as XML 1.0 says",
    arguments: [
      ("<a>&lt;&gt;&amp;&apos;&quot;</a>", "<>&'\""),
      ("<a>&#233;&#xE9;&#x1F600;&#x9;</a>", "éé😀\t"),
      ("<a><![CDATA[<b>&amp;</b>]]></a>", "<b>&amp;</b>"),
      ("<a>one\r\ntwo\rthree\n</a>", "one\ntwo\nthree\n"),
      ("<a><![CDATA[x\r\ny]]></a>", "x\ny"),
      ("<a>x<!-- c -->y<?p i?>z</a>", "xyz"),
      ("<a>]] ]></a>", "]] ]>"),
    ])
  func text(input: String, expected: String) throws {
    #expect(try tree(input).root.text == expected)
  }

  @Test("Attribute values: references decoded, literal tabs and line ends made spaces")
  func attributeValues() throws {
    let root = try tree("<a v=\"1\t2\r\n3\n4&#10;5&#9;6 &lt;&amp;\" w='\"'/>").root
    #expect(root.attribute("v") == "1 2 3 4\n5\t6 <&")
    #expect(root.attribute("w") == "\"")
    #expect(root.attribute("missing") == nil)
  }

  @Test("Names resolve to the namespaces in scope")
  func namespaces() throws {
    let root = try tree(
      """
      <Project xmlns="urn:QDA-XML:project:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="x">
        <Users><User/></Users>
        <q:Other xmlns:q="urn:other"><Inner xmlns=""/></q:Other>
      </Project>
      """
    ).root
    #expect(root.namespace == "urn:QDA-XML:project:1.0")
    #expect(
      root.firstElement(named: "Users")?.elements.first?.namespace == "urn:QDA-XML:project:1.0")
    let other = try #require(root.firstElement(named: "Other"))
    #expect(other.name == "q:Other")
    #expect(other.localName == "Other")
    #expect(other.namespace == "urn:other")
    #expect(other.elements.first?.namespace == nil)
  }

  @Test(
    "UTF-8 with a byte order mark and UTF-16 in both byte orders read alike",
    arguments: [
      ([0xEF, 0xBB, 0xBF] + Array("<a b=\"ø\">æ😀</a>".utf8), XMLReader.Encoding.utf8, true),
      ([0xFF, 0xFE] + utf16("<a b=\"ø\">æ😀</a>", littleEndian: true), .utf16LittleEndian, true),
      ([0xFE, 0xFF] + utf16("<a b=\"ø\">æ😀</a>", littleEndian: false), .utf16BigEndian, true),
      (
        utf16("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a b=\"ø\">æ😀</a>", littleEndian: true),
        .utf16LittleEndian, false
      ),
      (
        utf16("<?xml version='1.0'?><a b=\"ø\">æ😀</a>", littleEndian: false), .utf16BigEndian, false
      ),
    ])
  func encodings(bytes: [UInt8], encoding: XMLReader.Encoding, hasMark: Bool) throws {
    let tree = try XMLTree(parsing: bytes)
    #expect(tree.encoding == encoding)
    #expect(tree.root.attribute("b") == "ø")
    #expect(tree.root.text == "æ😀")
    let reader = try XMLReader(bytes: bytes)
    #expect(reader.hasByteOrderMark == hasMark)
  }

  @Test("Positions count lines and Unicode scalars, whatever the encoding")
  func positions() throws {
    let text = "<a>\r\n  <æøå>😀😀<b>\n</a>"
    for bytes in [Array(text.utf8), [0xFF, 0xFE] + utf16(text, littleEndian: true)] {
      let error = #expect(throws: XMLError.self) { try XMLTree(parsing: bytes) }
      #expect(error?.kind == .mismatchedEndTag)
      #expect(error?.position == SourcePosition(line: 3, column: 1))
      #expect(
        error?.message == "end tag 'a' does not match the start tag 'b' (line 2, column 10)")
    }
  }

  @Test("A 300-level document is refused at the default depth and read under a higher limit")
  func depthLimit() throws {
    let deep = Array(
      (String(repeating: "<d>", count: 300) + String(repeating: "</d>", count: 300)).utf8)
    let error = #expect(throws: XMLError.self) { try XMLTree(parsing: deep) }
    #expect(error?.kind == .limitExceeded)
    #expect(error?.position == SourcePosition(line: 1, column: 769))
    var limits = XMLReader.Limits.default
    limits.maxDepth = 300
    var depth = 0
    var node: XMLReader.Element? = try XMLTree(parsing: deep, limits: limits).root
    while let current = node {
      depth += 1
      node = current.elements.first
    }
    #expect(depth == 300)
  }

  @Test("Element count, attribute count and size limits are checked before reading on")
  func otherLimits() {
    let limits = XMLReader.Limits(
      maxSize: 64, maxDepth: 8, maxElementCount: 3, maxAttributeCount: 2)
    let cases: [(String, String)] = [
      ("<a><b/><c/><d/></a>", "the document has more elements than the limit of 3"),
      ("<a x='1' y='2' z='3'/>", "element 'a' has more attributes than the limit of 2"),
      (
        "<a>" + String(repeating: "x", count: 80) + "</a>",
        "the document has 87 bytes, more than the limit of 64"
      ),
    ]
    for (input, message) in cases {
      let error = #expect(throws: XMLError.self) {
        try XMLTree(parsing: Array(input.utf8), limits: limits)
      }
      #expect(error?.kind == .limitExceeded)
      #expect(error?.message == message)
    }
  }

  /// A bomb of the classic shape, ten entities each ten times the one
  /// before, is refused at its DOCTYPE, before any entity is read.
  @Test("An entity-expansion bomb and any DOCTYPE are refused where they start")
  func bomb() {
    var bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
    for level in 1...9 {
      let previous = level == 1 ? "lol" : "lol\(level - 1)"
      bomb += " <!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
    }
    bomb += "]>\n<lolz>&lol9;</lolz>\n"
    let error = #expect(throws: XMLError.self) { try XMLTree(parsing: Array(bomb.utf8)) }
    #expect(error?.kind == .doctypeNotAllowed)
    #expect(error?.position == SourcePosition(line: 2, column: 1))
    let external = "<!DOCTYPE a SYSTEM \"file:///etc/passwd\"><a>&x;</a>"
    let refused = #expect(throws: XMLError.self) { try XMLTree(parsing: Array(external.utf8)) }
    #expect(refused?.kind == .doctypeNotAllowed)
    // Without a DOCTYPE an unknown entity is an error, never looked up.
    let undefined = #expect(throws: XMLError.self) {
      try XMLTree(parsing: Array("<a>&lol9;</a>".utf8))
    }
    #expect(undefined?.kind == .undefinedEntity)
    #expect(undefined?.position == SourcePosition(line: 1, column: 4))
  }
}

/// `text` as UTF-16 code units in the byte order asked for, without a mark.
func utf16(_ text: String, littleEndian: Bool) -> [UInt8] {
  text.utf16.flatMap { unit in
    let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
    return littleEndian ? [low, high] : [high, low]
  }
}
