import Testing

@testable import QualKit

@Suite struct XMLWriterTests {
  /// A small REFI-QDA codebook, written through every kind of call.
  private static func codebook(_ layout: XMLWriter.Layout) -> [UInt8] {
    var writer = XMLWriter(layout: layout, standalone: true)
    writer.start(
      "CodeBook", attributes: [("origin", "QualKit"), ("name", nil)],
      namespaces: [
        (nil, "urn:QDA-XML:codebook:1.0"), ("xsi", "http://www.w3.org/2001/XMLSchema-instance"),
      ])
    writer.start("Codes")
    writer.start(
      "Code", attributes: [("guid", "g1"), ("name", "Mestring & \"tro\""), ("isCodable", "true")])
    writer.element("Description", text: "Borgeren <mestrer> sit liv")
    writer.element("Code", attributes: [("guid", "g2"), ("name", "Klar"), ("color", nil)])
    writer.end()
    writer.end()
    writer.end()
    return writer.finish()
  }

  @Test("Pretty layout: one element a line, attributes in the order given, nil ones left out")
  func prettyBytes() {
    let expected = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <CodeBook xmlns="urn:QDA-XML:codebook:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" origin="QualKit">
        <Codes>
          <Code guid="g1" name="Mestring &amp; &quot;tro&quot;" isCodable="true">
            <Description>Borgeren &lt;mestrer&gt; sit liv</Description>
            <Code guid="g2" name="Klar"/>
          </Code>
        </Codes>
      </CodeBook>

      """
    #expect(String(decoding: Self.codebook(.pretty(indent: 2)), as: UTF8.self) == expected)
  }

  @Test("Compact layout: no white space added")
  func compactBytes() {
    let expected =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" origin=\"QualKit\">"
      + "<Codes><Code guid=\"g1\" name=\"Mestring &amp; &quot;tro&quot;\" isCodable=\"true\">"
      + "<Description>Borgeren &lt;mestrer&gt; sit liv</Description><Code guid=\"g2\" name=\"Klar\"/>"
      + "</Code></Codes></CodeBook>"
    #expect(String(decoding: Self.codebook(.compact), as: UTF8.self) == expected)
  }

  @Test("The same calls give the same bytes")
  func deterministic() {
    #expect(Self.codebook(.pretty(indent: 2)) == Self.codebook(.pretty(indent: 2)))
    #expect(Self.codebook(.pretty(indent: 4)) != Self.codebook(.pretty(indent: 2)))
  }

  @Test("No white space is added inside an element that holds text")
  func mixedContent() {
    var writer = XMLWriter(declaration: false)
    writer.start("p")
    writer.text("Hej ")
    writer.start("b")
    writer.start("i")
    writer.text("Anna")
    writer.end()
    writer.end()
    writer.text("!")
    writer.end()
    #expect(String(decoding: writer.finish(), as: UTF8.self) == "<p>Hej <b><i>Anna</i></b>!</p>\n")
  }

  @Test(
    "Characters XML cannot hold become U+FFFD one for one; the rest survive a reader",
    arguments: [
      ("tab\tand\nline", "tab\tand\nline", 0),
      ("cr\r\nlf", "cr\r\nlf", 0),
      ("bell\u{7}nul\u{0}", "bell\u{FFFD}nul\u{FFFD}", 2),
      ("nonchar\u{FFFE}\u{FFFF}", "nonchar\u{FFFD}\u{FFFD}", 2),
      ("del\u{7F} c1\u{85} astral 😀 æøå", "del\u{7F} c1\u{85} astral 😀 æøå", 0),
      ("]]> & < > \" '", "]]> & < > \" '", 0),
    ])
  func escaping(input: String, readBack: String, replaced: Int) throws {
    var writer = XMLWriter(layout: .compact)
    writer.start("a", attributes: [("value", input)])
    writer.text(input)
    writer.end()
    #expect(writer.replacedCharacterCount == replaced * 2)
    let tree = try XMLTree(parsing: writer.finish())
    #expect(tree.root.attribute("value") == readBack)
    #expect(tree.root.text == readBack)
    #expect(tree.root.text.unicodeScalars.count == input.unicodeScalars.count)
  }

  @Test("Random names, texts and attributes read back exactly as written")
  func roundTrip() throws {
    var random = ScalarGenerator(seed: 41)
    let alphabet: [Unicode.Scalar] = [
      "a", "Z", " ", "\t", "\n", "\r", "&", "<", ">", "\"", "'", "]", "æ", "😀", "\u{301}", ";", "#",
    ]
    func randomText() -> String {
      String(
        String.UnicodeScalarView(
          (0..<random.next(12)).map { _ in alphabet[random.next(alphabet.count)] }))
    }
    for _ in 0..<500 {
      var writer = XMLWriter(layout: random.next(2) == 0 ? .compact : .pretty(indent: 1))
      var expected: [(String, String)] = []
      writer.start("root")
      for index in 0..<random.next(5) {
        let (attribute, text) = (randomText(), randomText())
        writer.element("e\(index)", attributes: [("v", attribute)], text: text)
        expected.append((attribute, text))
      }
      writer.end()
      let elements = try XMLTree(parsing: writer.finish()).root.elements
      #expect(elements.map { $0.attribute("v") ?? "" } == expected.map(\.0))
      #expect(elements.map(\.text) == expected.map(\.1))
    }
  }
}
