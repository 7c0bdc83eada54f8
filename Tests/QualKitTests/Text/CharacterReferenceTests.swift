import Testing

@testable import QualKit

@Suite struct CharacterReferenceTests {
  @Test(
    "Named, decimal and hexadecimal references decode; others stay as written",
    arguments: [
      ("&amp; &lt;&gt; &quot;&apos;", "& <> \"'"),
      ("reuni&#243;n &#xE9;t&#XE9; &#x1F600;", "reunión été 😀"),
      ("&aring;bent &oslash; &AElig;r&oslash;", "åbent ø Ærø"),
      ("&hellip; &rsquo;s &ndash; &nbsp;", "… ’s – \u{A0}"),
      ("&#0; &#xD800; &#x110000; &bogus; &amp &;", "&#0; &#xD800; &#x110000; &bogus; &amp &;"),
      ("AT&T &amp&amp;", "AT&T &amp&"),
    ])
  func decoding(text: String, decoded: String) {
    #expect(CharacterReference.decoded(text) == decoded)
  }

  @Test("A reference's length is what it spans in the text")
  func length() throws {
    let scalars = Array("x&#237;y".unicodeScalars)
    let reference = try #require(CharacterReference.reference(in: scalars, at: 1))
    #expect(reference.length == 6 && reference.value == "í")
    #expect(CharacterReference.reference(in: scalars, at: 0) == nil)
  }
}

@Suite struct WordCountTests {
  @Test(
    "Words are runs of letters and digits; Han and kana count one a character",
    arguments: [
      ("Det var trygt, 100 %.", 4), ("jobkonsulenten's plan", 3), ("我们开会了。", 5),
      ("はい、戻りました", 7), ("カタカナ and 漢字", 7), ("회의를 했습니다", 2), ("", 0),
    ])
  func counting(text: String, count: Int) {
    #expect(WordCount.count(text) == count)
  }
}
