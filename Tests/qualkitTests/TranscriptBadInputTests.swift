import Foundation
import Testing

@testable import qualkit

/// Malformed files of each transcript format, run through the real CLI:
/// each gives its exit code and a first message line that says what is
/// wrong and where, never a Swift type name or a raw Foundation error.
@Suite struct TranscriptBadInputTests {
  /// A file name, its contents, the exit code and the first line of stderr.
  static let cases: [(String, String, ExitCode, String)] = [
    (
      "codebook.json", "{\"version\": 1, \"codes\": []}", .dataError,
      "codebook.json:1:1: error: JSON has no 'segments' list, so it is not a Whisper or WhisperX transcript (its members: 'version', 'codes'); it looks like a codebook"
    ),
    (
      "survey.json", "{\"items\": [{\"id\": \"q1\"}]}", .dataError,
      "survey.json:1:1: error: JSON has no 'segments' list, so it is not a Whisper or WhisperX transcript (its members: 'items'); it looks like a survey"
    ),
    (
      "broken.json", "{\"segments\": [{\"start\": 0, \"end\": 1, \"text\": \"Hi\"}", .dataError,
      "broken.json:1:51: error: not valid JSON: unexpected end of file, expected ',' or ']'"
    ),
    (
      "numbers.json", "{\"segments\": [1, 2]}", .dataError,
      "numbers.json:1:15: error: a segment is a number, expected an object with 'text'"
    ),
    (
      "empty.json", "{\"segments\": []}", .dataError,
      "empty.json: error: JSON transcript has no segments with text"
    ),
    (
      "backwards.json",
      "[{\"speaker\": \"A\", \"start\": 5, \"end\": 6, \"text\": \"Two.\"},\n {\"speaker\": \"B\", \"start\": 2, \"end\": 1, \"text\": \"One.\"}]",
      .success,
      "backwards.json:2:2: warning: segment ends (00:00:01.000) before it starts (00:00:02.000)"
    ),
    (
      "script.html", "<html><body><script>alert(1)</script><p>I: Hej.</p></body></html>", .success,
      "script.html:1:13: warning: left out a <script> element; its code is not text"
    ),
    (
      "entities.html",
      "<!DOCTYPE html [\n<!ENTITY x \"boom\">\n]>\n<p>I: &x; hej</p>", .success,
      "entities.html:1:1: warning: the DOCTYPE declares entities; they are not expanded, and references to them are left as written"
    ),
    (
      "blank.html", "<html><head><title>x</title></head><body></body></html>", .dataError,
      "blank.html: error: the page has no text"
    ),
    (
      "people.csv", "id,role,age\nB01,citizen,54\n", .dataError,
      "people.csv:1:1: error: CSV has no column of text: expected a header 'words', 'text' or 'transcript' (found 'id', 'role', 'age'): not a transcript table"
    ),
    (
      "quote.csv", "speaker,words\nA,\"unclosed\n", .dataError,
      "quote.csv:2:3: error: not a readable CSV table: "
    ),
    (
      "header.csv", "speaker,words\n", .dataError,
      "header.csv: error: CSV transcript has no rows with text"
    ),
    (
      "old.doc", "\u{D0}\u{CF}\u{11}\u{E0}", .dataError,
      "old.doc: error: a Word 97-2003 .doc file is a binary format QualKit cannot read; open it in Word or LibreOffice and save it as a Word document (.docx): File > Save As > Word Document"
    ),
  ]

  @Test("Malformed transcripts of every format: exit code and first message line", arguments: cases)
  func badInput(file: String, contents: String, status: ExitCode, firstLine: String) throws {
    let project = try TestProject()
    try project.write(file, contents)
    let result = project.run("transcript", "show", file)
    #expect(result.status == status)
    let first = result.error.split(separator: "\n").first.map(String.init) ?? ""
    #expect(first.hasPrefix(firstLine), "\(first)")
    for leak in ["Optional(", "Error Domain=", "TranscriptError", "JSONError", "CSVError", "Kind."]
    {
      #expect(!result.error.contains(leak))
    }
  }
}
