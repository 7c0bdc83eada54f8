import QualKit
import Testing

@Suite struct ReviewLineEditorTests {
  /// The keys of `bytes` as a terminal sends them.
  func keys(_ bytes: [UInt8]) -> [ReviewKey] {
    var rest = bytes[...]
    var keys: [ReviewKey] = []
    while let key = ReviewKey.read({ rest.popFirst() }, hasMore: { !rest.isEmpty }) {
      keys.append(key)
    }
    return keys
  }

  /// The line typed as `bytes`, or nil when cancelled.
  func typed(_ bytes: String) -> String? {
    var editor = ReviewLineEditor()
    for key in keys(Array(bytes.utf8)) {
      switch editor.handle(key) {
      case .editing: continue
      case .done(let text): return text
      case .cancelled: return nil
      }
    }
    return editor.text
  }

  @Test(
    "Arrow keys, Home, End, Backspace and Delete edit the line; no escape code enters it",
    arguments: [
      ("æøå\u{1B}[D\u{1B}[DZ\r", "æZøå"),
      ("abc\u{1B}[H>\u{1B}[F<\r", ">abc<"),
      ("abc\u{1B}OH\u{1B}[3~\r", "bc"),
      ("abc\u{7F}\u{7F}d\r", "ad"),
      ("ab\u{1B}[15~c\u{1B}[200~x\r", "abcx"),
      ("Ærø\u{01}\u{1B}[C\u{1B}[C-\u{05}!\r", "Ær-ø!"),
    ])
  func editing(bytes: String, expected: String) {
    #expect(typed(bytes) == expected)
  }

  @Test("Escape alone and Ctrl-C cancel the line")
  func cancelling() {
    #expect(typed("memo\u{1B}") == nil)
    #expect(typed("memo\u{03}") == nil)
  }

  @Test("The redraw returns to the saved cursor and moves back to the cursor's place")
  func redraw() {
    var editor = ReviewLineEditor(text: "abc")
    _ = editor.handle(.left)
    #expect(editor.redraw == "\u{1B}8\u{1B}[Kabc\u{1B}[1D")
  }

  @Test("The code picker lists matches by id or label, Tab completes, arrows choose")
  func picker() {
    let codebook = Codebook(
      name: "T",
      codes: [
        Code(
          id: "mastery", label: "Mastery",
          children: [
            Code(id: "energy", label: "Energy and surplus"),
            Code(id: "everyday-life", label: "Everyday life"),
          ]),
        Code(id: "group", label: "Group", isCodable: false),
      ])
    var picker = ReviewCodePicker(codebook: codebook)
    _ = picker.handle(.character("e"))
    #expect(picker.matches.map(\.id) == ["energy", "everyday-life"])
    #expect(picker.rows == ["    energy  Energy and surplus", "    everyday-life  Everyday life"])
    _ = picker.handle(.tab)
    #expect(picker.editor.text == "e")
    _ = picker.handle(.character("v"))
    _ = picker.handle(.tab)
    #expect(picker.editor.text == "everyday-life")
    var choosing = ReviewCodePicker(codebook: codebook)
    _ = choosing.handle(.character("E"))
    _ = choosing.handle(.down)
    _ = choosing.handle(.down)
    #expect(choosing.rows.last == "  > everyday-life  Everyday life")
    #expect(choosing.handle(.up) == .editing)
    #expect(choosing.handle(.enter) == .chosen("energy"))
    var byLabel = ReviewCodePicker(codebook: codebook)
    _ = byLabel.handle(.character("m"))
    #expect(byLabel.matches.map(\.id) == ["mastery"])
    #expect(byLabel.handle(.escape) == .cancelled)
  }
}
