import Foundation
import Testing

@testable import qualkit

@Suite struct TranscriptCommandTests {
  @Test("transcript list shows every transcript with its attributes")
  func list() throws {
    let project = try TestProject()
    let result = project.run("transcript", "list")
    #expect(result.status == .success)
    #expect(result.error == "")
    #expect(
      result.output == """
        id   format  turns  words  speakers                                     attributes
        A01  text        4     22  I (interviewer), B (citizen)                 group=TKI2
        A02  vtt         2      7  Interviewer (interviewer), Borger (citizen)  group=usual
        2 transcripts, 29 words

        """)
  }

  @Test("transcript show --format json has the documented shape")
  func showJSON() throws {
    let project = try TestProject()
    let result = project.run("transcript", "show", "Transcripts/A02.vtt", "--format=json")
    #expect(result.status == .success)
    #expect(
      result.output == """
        {
          "id": "A02",
          "format": "vtt",
          "attributes": {
            "group": "usual"
          },
          "turns": [
            {
              "index": 0,
              "speaker": "Interviewer",
              "role": "interviewer",
              "start": "00:00:01.000",
              "end": "00:00:03.000",
              "firstLine": 1,
              "lastLine": 1,
              "textStart": 13,
              "textEnd": 42,
              "text": "Hvordan var trepartssamtalen?"
            },
            {
              "index": 1,
              "speaker": "Borger",
              "role": "citizen",
              "start": "00:00:03.500",
              "end": "00:00:06.000",
              "firstLine": 2,
              "lastLine": 2,
              "textStart": 51,
              "textEnd": 72,
              "text": "Den gav mig overskud."
            }
          ]
        }

        """)
  }

  @Test("transcript show prints numbered lines with the speaker in a gutter")
  func showText() throws {
    let project = try TestProject()
    let result = project.run("transcript", "show", "Transcripts/A01.txt")
    #expect(result.status == .success)
    let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0] == "# A01 (text): 4 turns, 22 words; speakers: I=interviewer, B=citizen")
    #expect(lines[2] == "  1    | ---")
    #expect(lines[8] == "  7  B | B: Jeg mestrer den bedre nu.")
    #expect(lines[9] == "  8  B | Jeg har mere overskud.")
  }

  @Test("A missing file exits 66; an unsupported extension and bad data exit 65")
  func errors() throws {
    let project = try TestProject()
    let missing = project.run("transcript", "show", "nope.txt")
    #expect(missing.status == .noInput)
    #expect(missing.error == "error: cannot read 'nope.txt': no such file\n")
    try project.write("x.pdf", "%PDF")
    let pdf = project.run("transcript", "show", "x.pdf")
    #expect(pdf.status == .dataError)
    #expect(
      pdf.error
        == "x.pdf: error: a PDF cannot be read as a transcript; export the transcript from the program that made it as .docx or .txt\n"
    )
    try project.write("old.doc", "\u{D0}\u{CF}")
    let doc = project.run("transcript", "show", "old.doc")
    #expect(doc.status == .dataError)
    #expect(
      doc.error.hasPrefix(
        "old.doc: error: a Word 97-2003 .doc file is a binary format QualKit cannot read; open it in Word or LibreOffice and save it as a Word document (.docx)"
      ))
    let folder = project.run("transcript", "show", "Transcripts")
    #expect(folder.status == .noInput)
    #expect(folder.error == "error: cannot read 'Transcripts': it is a folder, not a file\n")
    try project.write("notes", "I: hej\n")
    let bare = project.run("transcript", "show", "notes")
    #expect(bare.status == .dataError)
    #expect(
      bare.error
        == "notes: error: unsupported transcript format: a file name without extension (expected .txt, .md, .vtt, .srt, .docx, .json (Whisper, WhisperX), .html, .htm or .csv (oral history))\n"
    )
    try project.write("bad.vtt", "00:00:01.000 --> 00:00:02.000\nHej\n")
    let bad = project.run("transcript", "show", "bad.vtt")
    #expect(bad.status == .dataError)
    #expect(bad.error.hasPrefix("bad.vtt:1:1: error: missing 'WEBVTT' header"))
  }

  @Test("transcript list reports a bad file, lists the rest and exits 65")
  func listWithBadFile() throws {
    let project = try TestProject()
    try project.write("Transcripts/Z.txt", "")
    let result = project.run("transcript", "list", "--format", "json")
    #expect(result.status == .dataError)
    #expect(result.error == "Transcripts/Z.txt: error: file is empty\n")
    #expect(result.output.contains("\"id\": \"A01\""))
  }

  @Test("Usage errors exit 64 with the usage line")
  func usage() throws {
    let project = try TestProject()
    let result = project.run("transcript", "show", "a.txt", "--format", "yaml")
    #expect(result.status == .usage)
    #expect(
      result.error == """
        error: 'yaml' is not a valid value for '--format' (expected one of: text, json)
        usage: qualkit transcript show FILE [--format text|json]
        See 'qualkit --help'.

        """)
    let unknown = project.run("transcript", "show", "a.txt", "--fromat", "json")
    #expect(unknown.error.hasPrefix("error: unknown option '--fromat' (did you mean '--format'?)"))
  }

  @Test("Every command has --help that exits 0", arguments: allCommands.map(\.spec.name))
  func help(name: String) {
    let result = run(name.split(separator: " ").map(String.init) + ["--help"])
    #expect(result.status == .success)
    #expect(result.output.hasPrefix("OVERVIEW: "))
    #expect(result.output.contains("USAGE: qualkit \(name)"))
  }
}

@Suite struct CodebookCommandTests {
  @Test("codebook show draws the tree from the only codebook in Codebooks/")
  func showTree() throws {
    let project = try TestProject()
    let result = project.run("codebook", "show")
    #expect(result.status == .success)
    #expect(
      result.output == """
        Test: 3 themes, 5 codes
        Mastery [mastery] · 2 keywords
        └─ Energy [energy] · 1 keyword
        Readiness [readiness] · 1 keyword
        Group [group] (not codable)
        └─ Meeting [meeting] · 1 keyword

        """)
  }

  @Test("codebook show --language with a language no code has warns and shows the default labels")
  func unknownLanguage() throws {
    let project = try TestProject()
    let plain = project.run("codebook", "show")
    let result = project.run("codebook", "show", "--language", "dk")
    #expect(result.status == .success)
    #expect(result.output == plain.output)
    #expect(
      result.error
        == "Codebooks/test.json: warning: no code has a label in 'dk' (languages: none); showing the default labels\n"
    )
  }

  @Test("codebook validate reports every error with path and position, exit 65")
  func validateErrors() throws {
    let project = try TestProject()
    try project.write(
      "bad.json",
      "{\"version\": 1, \"codes\": [\n {\"id\": \"a\", \"label\": \"A\"},\n {\"id\": \"a\", \"label\": \"\"}\n]}"
    )
    let result = project.run("codebook", "validate", "bad.json")
    #expect(result.status == .dataError)
    #expect(
      result.error == """
        bad.json:3:9: error: codes[1].id: duplicate id 'a' (first used at codes[0].id, line 2)
        bad.json:3:23: error: codes[1].label: the label is empty

        """)
  }

  @Test("codebook validate on a good codebook prints a summary")
  func validateGood() throws {
    let project = try TestProject()
    let result = project.run("codebook", "validate")
    #expect(result.status == .success)
    #expect(result.output == "Codebooks/test.json: ok: 3 themes, 5 codes (4 codable), 5 keywords\n")
  }

  @Test("A JSON syntax error names line and column")
  func syntaxError() throws {
    let project = try TestProject()
    try project.write("Codebooks/test.json", "{\n  \"codes\": [,]\n}")
    let result = project.run("codebook", "show")
    #expect(result.status == .dataError)
    #expect(
      result.error
        == "Codebooks/test.json:2:13: error: invalid JSON: unexpected character ',', expected a value\n"
    )
  }

  @Test("Several codebooks need a choice; none is exit 66")
  func defaultCodebook() throws {
    let project = try TestProject()
    try project.write("Codebooks/other.json", TestProject.codebook)
    #expect(project.run("codebook", "show").status == .usage)
    let empty = try makeTemporaryDirectory()
    let none = run(["codebook", "show"], in: empty)
    #expect(none.status == .noInput)
  }

  @Test("transcript list warns when two files have the same id")
  func listDuplicateID() throws {
    let project = try TestProject()
    try project.write("Transcripts/A01 copy.txt", TestProject.interview)
    let result = project.run("transcript", "list")
    #expect(result.status == .success)
    #expect(
      result.error
        == "Transcripts/A01.txt: warning: transcript id 'A01' is already used by 'Transcripts/A01 copy.txt'; the other commands ignore this file\n"
    )
  }
}

@Suite struct TranscriptImportTagsTests {
  @Test("import-tags adds the tags' proposals once, names unknown tags, and review credits them")
  func importTags() throws {
    let project = try TestProject()
    let csv = try String(
      contentsOf: repositoryRoot.appendingPathComponent(
        "Tests/QualKitTests/Fixtures/Transcript/Tools/oral-history.csv"), encoding: .utf8)
    try project.write("Transcripts/oh.csv", csv)
    try project.write(
      "Codebooks/test.json",
      #"{"format": "qualkit-codebook", "version": 1, "name": "T", "codes": [{"id": "trust", "label": "Trust"}, {"id": "rehab", "label": "Rehabilitation"}]}"#
    )
    let first = project.run("transcript", "import-tags", "Transcripts/oh.csv")
    #expect(first.status == .success, "\(first.error)")
    #expect(
      first.output
        == "proposed 4 codings from the tags of 1 transcript; added 4 new to Codings/tags.jsonl (0 were already there); review them with: qualkit review --coder tags --reviewer NAME\n"
    )
    #expect(
      first.error
        == "warning: tag 'consultant' (1 turn) names no code (nearest: trust, rehab); add it with 'qualkit codebook add' to import it\nwarning: tag 'outcome' (1 turn) names no code (nearest: trust, rehab); add it with 'qualkit codebook add' to import it\n"
    )
    let again = project.run("transcript", "import-tags", "oh")
    #expect(again.output.contains("added 0 new to Codings/tags.jsonl (4 were already there)"))
    #expect(
      project.run("review", "--coder", "tags", "--reviewer", "mette", "--accept-all").status
        == .success)
    let codings = project.run("codings", "--coder", "mette", "--format", "csv")
    #expect(codings.output.split(whereSeparator: \.isNewline).count == 5)
    #expect(codings.output.contains(",imported:tag:trust,accepted,"))
  }
}
