import Foundation
import Testing

/// The golden-file helpers themselves: byte-exact comparison and the session record's format.
@Suite struct SnapshotSupportTests {
  @Test("Equal texts have no difference")
  func equal() {
    #expect(firstDifference(expected: Array("a\nb\n".utf8), actual: Array("a\nb\n".utf8)) == nil)
  }

  @Test("The first differing line is reported, 1-based and escaped")
  func firstDifferingLine() {
    let difference = firstDifference(
      expected: Array("one\ntwo\nthree\n".utf8), actual: Array("one\ntwo\nthree\tx\n".utf8))
    #expect(
      difference
        == SnapshotDifference(line: 3, expected: #""three\n""#, actual: #""three\tx\n""#))
  }

  @Test("A missing final newline, a carriage return or a missing line is a difference")
  func invisibleDifferences() {
    #expect(firstDifference(expected: Array("a\n".utf8), actual: Array("a".utf8))?.line == 1)
    #expect(firstDifference(expected: Array("a\n".utf8), actual: Array("a\r\n".utf8))?.line == 1)
    #expect(
      firstDifference(expected: Array("a\nb\n".utf8), actual: Array("a\n".utf8))
        == SnapshotDifference(line: 2, expected: #""b\n""#, actual: "(end of text)"))
  }

  @Test("NFC and NFD spellings differ, although Swift strings compare them equal")
  func normalization() {
    let composed = "\u{E5}\n"
    let decomposed = "a\u{30A}\n"
    #expect(composed == decomposed)
    #expect(firstDifference(expected: Array(composed.utf8), actual: Array(decomposed.utf8)) != nil)
  }

  @Test("A session records command, exit code, streams, files and listings")
  func sessionRecord() throws {
    let session = try SnapshotSession()
    try session.write("Notes/a.txt", "no final newline")
    try session.write("Notes/b.csv", "x,y\r\n")
    try session.write("Notes/path.txt", "at \(session.root.path)/Notes\n")
    session.run("codebook", "show", "Notes/missing.json")
    session.file("Notes/a.txt")
    session.file("Notes/b.csv")
    session.file("Notes/path.txt")
    session.file("Notes/none.txt")
    session.listing("Notes")
    #expect(
      session.text == """
        $ qualkit codebook show Notes/missing.json
        exit: 66
        --- stdout
        --- stderr
        error: cannot read 'Notes/missing.json': no such file
        --- file Notes/a.txt
        no final newline
        \\ no newline at end
        --- file Notes/b.csv
        x,y\r
        --- file Notes/path.txt
        at $PROJECT/Notes
        --- file Notes/none.txt (absent)
        --- listing Notes
        a.txt
        b.csv
        path.txt

        """)
  }

  @Test("Arguments that a shell would split are quoted in the command line")
  func quoting() throws {
    let session = try SnapshotSession()
    session.run("--version", "it's here", "")
    #expect(session.text.hasPrefix(#"$ qualkit --version 'it'\''s here' ''"# + "\n"))
  }
}
