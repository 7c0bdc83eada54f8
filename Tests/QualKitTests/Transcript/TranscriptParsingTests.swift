import Foundation
import Testing

@testable import QualKit

/// Reads a fixture transcript, returning it with its diagnostics.
private func read(
  _ name: String, format: TranscriptFormat? = nil, participants: ParticipantTable? = nil
) throws -> (Transcript, [Diagnostic]) {
  var diagnostics: [Diagnostic] = []
  let url = URL(fileURLWithPath: name)
  let transcript = try Transcript(
    parsing: try fixture("Transcript/\(name)"),
    format: format ?? TranscriptFormat(pathExtension: url.pathExtension) ?? .text,
    fallbackID: url.deletingPathExtension().lastPathComponent, participants: participants,
    diagnostics: &diagnostics)
  return (transcript, diagnostics)
}

/// Reads text given inline as a `.txt` transcript.
private func parse(_ text: String, id: String = "T") throws -> (Transcript, [Diagnostic]) {
  var diagnostics: [Diagnostic] = []
  let transcript = try Transcript(
    parsing: Array(text.utf8), format: .text, fallbackID: id, diagnostics: &diagnostics)
  return (transcript, diagnostics)
}

@Suite struct PlainTextTranscriptTests {
  @Test("Front matter gives the id, attributes and speaker roles")
  func frontMatter() throws {
    let (transcript, diagnostics) = try read("crlf-bom.txt")
    #expect(diagnostics.isEmpty)
    #expect(transcript.id == "T01")
    #expect(transcript.attributes["role"] == .text("citizen"))
    #expect(transcript.attributes["age"] == .number(54, "54"))
    #expect(transcript.attributes["speakers"] == nil)
    #expect(transcript.turns.map(\.speaker) == ["I", "B", "I", "B"])
    #expect(transcript.turns.map(\.role) == ["interviewer", "citizen", "interviewer", "citizen"])
  }

  @Test("CRLF and a byte order mark are normalised away; line numbers stay physical")
  func crlfAndBOM() throws {
    let (transcript, _) = try read("crlf-bom.txt")
    #expect(!transcript.text.contains("\r"))
    #expect(!transcript.text.hasPrefix("\u{FEFF}"))
    #expect(transcript.text.hasPrefix("---\nid: T01\n"))
    let answer = transcript.turns[1]
    #expect(answer.firstLine == 9)
    #expect(answer.lastLine == 11)
    #expect(
      answer.text
        == "Det var første gang, jeg følte mig hørt.\n\nJobkonsulenten sad lige ved siden af.")
  }

  @Test("A turn's ranges point at its text in scalars and in UTF-8")
  func offsets() throws {
    let (transcript, _) = try read("crlf-bom.txt")
    let scalars = Array(transcript.text.unicodeScalars)
    let bytes = Array(transcript.text.utf8)
    for turn in transcript.turns {
      var fromScalars = ""
      fromScalars.unicodeScalars.append(contentsOf: scalars[turn.textRange])
      #expect(fromScalars == turn.text)
      #expect(String(decoding: bytes[turn.utf8Range], as: UTF8.self) == turn.text)
      #expect(
        transcript.lines.line(containingScalarOffset: turn.textRange.lowerBound) == turn.firstLine)
    }
  }

  @Test("Windows-1252 input is decoded with a warning")
  func windows1252() throws {
    let (transcript, diagnostics) = try read("windows1252.txt")
    #expect(diagnostics.map(\.severity) == [.warning])
    #expect(diagnostics.first?.message.contains("Windows-1252") == true)
    #expect(transcript.turns[1].text.hasPrefix("Det var første gang, jeg følte mig hørt."))
  }

  @Test("Decomposed letters are normalised to NFC")
  func nfc() throws {
    let (transcript, _) = try read("nfd.txt")
    #expect(transcript.turns[0].text == "Det gik på arbejde.")
    #expect(transcript.turns[0].text.unicodeScalars.contains("\u{E5}"))
  }

  @Test("Labels, timestamps, continuation lines and an untitled first turn")
  func turns() throws {
    let (transcript, diagnostics) = try read("turns.txt")
    #expect(diagnostics.isEmpty)
    #expect(transcript.id == "turns")
    let summary = transcript.turns.map { "\($0.speaker ?? "null") \($0.firstLine)-\($0.lastLine)" }
    #expect(
      summary == [
        "null 1-1", "I 3-3", "B 4-7", "Interviewer 9-9", "Informant 10-10", "Informant 11-11",
        "Interviewer 12-12",
      ])
    #expect(transcript.turns[0].role == nil)
    #expect(transcript.turns[2].start == Timestamp(milliseconds: (12 * 60 + 31) * 1000))
    #expect(transcript.turns[2].end == nil)
    #expect(transcript.turns[2].text.hasSuffix("Det var trygt: ingen pres."))
    #expect(transcript.turns[4].start?.description == "00:14:02.000")
    #expect(transcript.turns[3].role == "interviewer")
    #expect(transcript.turns[4].role == "participant")
  }

  @Test(
    "Lines that are not turn starts",
    arguments: [
      "Det var sådan: ja.", "kl. 10:30 kom hun", "Men altså:det", "i: lille i er ikke en taler",
    ])
  func notTurnStarts(line: String) throws {
    let (transcript, _) = try parse("B: Start.\n\(line)\n")
    #expect(transcript.turns.count == 1)
    #expect(transcript.turns[0].lastLine == 2)
  }

  @Test("A capitalised word starts turns only when it does so twice")
  func wordLabelsNeedTwoTurns() throws {
    let (once, _) = try parse("B: Start.\nAltså: det var svært.\n")
    #expect(once.turns.count == 1)
    let (twice, _) = try parse("Borger: Start.\nLeder: Ja.\nBorger: Nej.\nLeder: Jo.\n")
    #expect(twice.turns.map(\.speaker) == ["Borger", "Leder", "Borger", "Leder"])
  }

  @Test("A speaker map label may contain spaces")
  func mapLabelWithSpaces() throws {
    let (transcript, _) = try parse(
      "---\nspeakers: Borger B02=citizen\n---\nBorger B02: Hej.\nI: Hej.\n")
    #expect(transcript.turns.map(\.speaker) == ["Borger B02", "I"])
    #expect(transcript.turns[0].role == "citizen")
  }

  @Test("A speaker map naming nobody in the file gives a warning")
  func unusedSpeakerMapEntry() throws {
    let (_, diagnostics) = try read("unusedmap.txt")
    #expect(
      diagnostics == [
        .warning(
          "speaker map names 'JK', who never speaks in this transcript", at: SourcePosition(line: 3)
        )
      ])
  }

  @Test("A file with no labels is one untitled turn, with a warning")
  func noLabels() throws {
    let (transcript, diagnostics) = try parse("Bare tekst.\nMere tekst.\n")
    #expect(transcript.turns.count == 1)
    #expect(transcript.turns[0].speaker == nil)
    #expect(diagnostics.first?.severity == .warning)
  }

  @Test("Participants table attributes apply; front matter wins")
  func participantsTable() throws {
    var diagnostics: [Diagnostic] = []
    let table = ParticipantTable(
      header: ["id", "role", "group", "speakers"],
      rows: [
        (["T01", "professional", "usual", "B=job consultant"], 2),
        (["turns", "citizen", "TKI2", ""], 3),
      ],
      diagnostics: &diagnostics)
    let (withFrontMatter, _) = try read("crlf-bom.txt", participants: table)
    #expect(withFrontMatter.attributes["role"] == .text("citizen"))
    #expect(withFrontMatter.attributes["group"] == .text("TKI2"))
    #expect(withFrontMatter.turns[1].role == "citizen")
    let (fromTable, _) = try read("turns.txt", participants: table)
    #expect(fromTable.attributes == ["role": .text("citizen"), "group": .text("TKI2")])
  }

  @Test(
    "Bad plain-text input is refused with a located error",
    arguments: [
      ("empty.txt", "file is empty", nil),
      ("blank.txt", "transcript has no text", nil),
      (
        "binary.txt", "file looks binary (it contains a NUL or control byte), not text",
        SourcePosition(line: 1)
      ),
      (
        "unclosed.txt",
        "front matter is never closed (expected a line '---' after the 'key: value' lines)",
        SourcePosition(line: 1)
      ),
    ] as [(String, String, SourcePosition?)])
  func badInput(name: String, message: String, position: SourcePosition?) throws {
    let error = #expect(throws: TranscriptError.self) { try read(name) }
    #expect(error?.message == message)
    #expect(error?.position == position)
  }
}

@Suite struct SubtitleTranscriptTests {
  @Test("Teams WebVTT: voice tags, consecutive cues joined, entities decoded")
  func teams() throws {
    let (transcript, diagnostics) = try read("teams.vtt")
    #expect(diagnostics.isEmpty)
    #expect(transcript.format == .vtt)
    #expect(transcript.turns.map(\.speaker) == ["Interviewer", "Borger B02", "Interviewer"])
    let answer = transcript.turns[1]
    #expect(answer.text == "Det har hængt sammen, og jobkonsulenten var & er der.")
    #expect(answer.start?.description == "00:00:05.000")
    #expect(answer.end?.description == "00:00:11.250")
    #expect(answer.firstLine == 2 && answer.lastLine == 2)
    #expect(
      transcript.text == """
        Interviewer: Hvordan har forløbet været?
        Borger B02: Det har hængt sammen, og jobkonsulenten var & er der.
        Interviewer: Tak.

        """)
    #expect(transcript.turns[0].role == "interviewer")
    #expect(transcript.turns[1].role == "participant")
  }

  @Test("A WebVTT cue with several voice tags gives each voice its own turn")
  func severalVoicesInOneCue() throws {
    let vtt = """
      WEBVTT

      00:00:01.000 --> 00:00:03.000
      <v Anna>Kom du til mødet?
      <v.loud Bo>Ja, det gjorde jeg.</v>

      00:00:03.000 --> 00:00:04.000
      <v Bo>Og det var godt.

      """
    var diagnostics: [Diagnostic] = []
    let transcript = try Transcript(
      parsing: Array(vtt.utf8), format: .vtt, fallbackID: "V", diagnostics: &diagnostics)
    #expect(diagnostics.isEmpty)
    #expect(transcript.turns.map(\.speaker) == ["Anna", "Bo"])
    #expect(
      transcript.text == """
        Anna: Kom du til mødet?
        Bo: Ja, det gjorde jeg. Og det var godt.

        """)
    #expect(SubtitleParser.voiceSegments("<v Anna>Ja") == ["<v Anna>Ja"])
    #expect(SubtitleParser.voiceSegments("Hej <v Bo>Ja") == ["Hej ", "<v Bo>Ja"])
    #expect(SubtitleParser.voiceSegments("<vx> <v") == ["<vx> <v"])
  }

  @Test("Zoom WebVTT: 'Name: text' inside cues")
  func zoom() throws {
    let (transcript, _) = try read("zoom.vtt")
    #expect(transcript.turns.map(\.speaker) == ["Interviewer", "Fysioterapeut P02"])
    #expect(
      transcript.turns[1].text
        == "Vi mødes hver tirsdag med jobkonsulenten. Det giver et fælles billede.")
  }

  @Test("Whisper SubRip with speaker labels and a speaker map from the participants table")
  func whisper() throws {
    var diagnostics: [Diagnostic] = []
    let table = ParticipantTable(
      header: ["id", "group", "speakers"],
      rows: [(["whisper", "usual", "SPEAKER_00=interviewer, SPEAKER_01=citizen"], 2)],
      diagnostics: &diagnostics)
    let (transcript, warnings) = try read("whisper.srt", participants: table)
    #expect(warnings.isEmpty)
    #expect(transcript.turns.map(\.speaker) == ["SPEAKER_00", "SPEAKER_01"])
    #expect(transcript.turns.map(\.role) == ["interviewer", "citizen"])
    #expect(transcript.turns[1].text == "Det gik op og ned. Men jeg mestrer det bedre nu.")
    #expect(transcript.turns[1].end?.description == "00:00:10.000")
    #expect(transcript.attributes == ["group": .text("usual")])
  }

  @Test("Cues without a speaker are one turn each with speaker null")
  func noSpeaker() throws {
    let (transcript, _) = try read("nospeaker.srt")
    #expect(transcript.turns.map(\.speaker) == [nil, nil])
    #expect(transcript.turns.map(\.text) == ["Første replik.", "Anden replik over to linjer."])
    #expect(transcript.text == "Første replik.\nAnden replik over to linjer.\n")
  }

  @Test("Overlapping and backwards cue times are warnings")
  func backwards() throws {
    let (transcript, diagnostics) = try read("backwards.vtt")
    #expect(transcript.turns.count == 3)
    #expect(diagnostics.map(\.position?.line) == [6, 9, 9])
    #expect(diagnostics.allSatisfy { $0.severity == .warning })
    #expect(diagnostics[0].message.contains("before the previous cue ends"))
    #expect(diagnostics[1].message.contains("ends (00:00:01.000) before it starts"))
    #expect(diagnostics[2].message.contains("times go backwards"))
  }

  @Test("WebVTT without its header and SubRip with a broken timing line are errors")
  func malformed() throws {
    let header = #expect(throws: TranscriptError.self) { try read("noheader.vtt") }
    #expect(header?.position == SourcePosition(line: 1))
    #expect(header?.message.contains("WEBVTT") == true)
    let timing = #expect(throws: TranscriptError.self) { try read("badtiming.srt") }
    #expect(timing?.position == SourcePosition(line: 1))
  }
}

@Suite struct DocxTranscriptTests {
  @Test(
    "Paragraphs read as turns, rendered one turn a line; runs joined without spaces; deleted text left out"
  )
  func runs() throws {
    let (transcript, _) = try read("runs.docx")
    #expect(transcript.format == .docx)
    #expect(transcript.id == "runs")
    #expect(
      transcript.text == """
        I: Hvordan var mødet med jobkonsulenten?
        B: Det var rigtig godt, øh, trygt. Vi lavede en plan\tsammen.
        I: Og arbejdspladsen?
        B: Min chef kom til et møde.

        """)
    #expect(transcript.turns.map(\.speaker) == ["I", "B", "I", "B"])
    #expect(transcript.turns.map(\.firstLine) == [1, 2, 3, 4])
    #expect(transcript.turns[1].lastLine == 2)
    #expect(
      transcript.turns[1].text == "Det var rigtig godt, øh, trygt. Vi lavede en plan\tsammen.")
  }

  @Test("Entries written with data descriptors are read from the central directory")
  func dataDescriptors() throws {
    let (transcript, _) = try read("descriptors.docx")
    let (reference, _) = try read("runs.docx")
    #expect(transcript.text == reference.text)
  }

  @Test(
    "Broken Word files are refused without crashing",
    arguments: ["truncated.docx", "not-a-zip.docx", "bomb.docx", "empty.txt"])
  func broken(name: String) throws {
    let error = #expect(throws: TranscriptError.self) { try read(name, format: .docx) }
    #expect(error?.message.isEmpty == false)
  }

  @Test(
    "A document.xml with bytes that are not UTF-8 in a name or text is an error, not a crash",
    arguments: [
      ([0x3C, 0x77, 0x3A, 0xF0, 0x3E], "line 1, byte 4"),
      ([0x3C, 0x77, 0xDA, 0x62, 0x2F, 0x3E], "line 1, byte 3"),
      ([0x3C, 0x61, 0x3E, 0x0A, 0x3C, 0x62, 0x3E, 0xFF, 0x3C, 0x2F, 0x62, 0x3E], "line 2, byte 4"),
    ] as [([UInt8], String)])
  func invalidUTF8DocumentXML(xml: [UInt8], position: String) {
    let error = #expect(throws: TranscriptError.self) {
      try DocxReader.paragraphs(inDocumentXML: xml)
    }
    #expect(error?.message == "word/document.xml is not valid UTF-8 (\(position) of the line)")
  }

  @Test(
    "A document.xml cut off before its elements close is an error, not a shorter transcript",
    arguments: [
      #"<w:document xmlns:w="w"><w:body><w:p><w:t>I: hej</w:t></w:p>"#,
      "",
    ])
  func truncatedDocumentXML(xml: String) {
    let error = #expect(throws: TranscriptError.self) {
      try DocxReader.paragraphs(inDocumentXML: Array(xml.utf8))
    }
    #expect(error?.message.hasPrefix("word/document.xml is not well-formed XML") == true)
  }

  @Test("A complete document.xml gives its paragraphs")
  func completeDocumentXML() throws {
    let xml = #"<w:document xmlns:w="w"><w:body><w:p><w:t>I: hej</w:t></w:p></w:body></w:document>"#
    #expect(try DocxReader.paragraphs(inDocumentXML: Array(xml.utf8)) == ["I: hej"])
  }
}

@Suite struct SubtitleEncodingTests {
  @Test(
    "WebVTT and SubRip with a BOM, CRLF line endings and Windows-1252 read the same as clean UTF-8")
  func encodings() throws {
    let vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Borger>Det hænger sammen, øh.</v>\n"
    let srt = "1\n00:00:01,000 --> 00:00:02,000\n[SPEAKER_01]: Jeg får overskud på arbejdet.\n"
    for (text, format) in [(vtt, TranscriptFormat.vtt), (srt, .srt)] {
      var clean: [Diagnostic] = []
      let reference = try Transcript(
        parsing: Array(text.utf8), format: format, fallbackID: "X", diagnostics: &clean)
      let crlf = [0xEF, 0xBB, 0xBF] + Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
      var diagnostics: [Diagnostic] = []
      let withBOM = try Transcript(
        parsing: crlf, format: format, fallbackID: "X", diagnostics: &diagnostics)
      #expect(withBOM.text == reference.text)
      #expect(diagnostics.isEmpty)
      let latin1 = text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
      let windows = try Transcript(
        parsing: latin1, format: format, fallbackID: "X", diagnostics: &diagnostics)
      #expect(windows.text == reference.text)
      #expect(diagnostics.count == 1)
    }
  }
}
