import Foundation
import Testing

@testable import QualKit

/// Reads a fixture of `Transcript/Tools/` with its diagnostics.
private func readTool(_ name: String) throws -> (Transcript, [Diagnostic]) {
  var diagnostics: [Diagnostic] = []
  let url = URL(fileURLWithPath: name)
  let transcript = try Transcript(
    parsing: try fixture("Transcript/Tools/\(name)"),
    format: try #require(TranscriptFormat(pathExtension: url.pathExtension)),
    fallbackID: url.deletingPathExtension().lastPathComponent, diagnostics: &diagnostics)
  return (transcript, diagnostics)
}

/// Each turn as `speaker start-end`, times in seconds with milliseconds.
private func times(_ transcript: Transcript) -> [String] {
  transcript.turns.map {
    "\($0.speaker ?? "-") \($0.start?.description ?? "?")-\($0.end?.description ?? "?")"
  }
}

@Suite struct ToolExportTests {
  @Test("openai-whisper JSON: one untitled turn a segment, times from seconds, the language kept")
  func whisper() throws {
    let (transcript, diagnostics) = try readTool("whisper.json")
    #expect(diagnostics.isEmpty)
    #expect(transcript.format == .json)
    #expect(transcript.layout == .whisperJSON)
    #expect(transcript.turns.count == 4)
    #expect(transcript.speakers.isEmpty)
    #expect(transcript.turns[0].text == "Hvordan var det første møde med jobkonsulenten?")
    #expect(transcript.turns[3].text == "Og bagefter?")
    #expect(times(transcript)[1] == "- 00:00:04.100-00:00:05.000")
    #expect(times(transcript)[3] == "- 00:00:09.300-00:00:10.250")
    #expect(transcript.attributes["language"] == .text("da"))
    // The source range of a turn is its segment's text in the file.
    let source = try Transcript.sourceText(
      of: fixture("Transcript/Tools/whisper.json"), format: .json)
    let range = try #require(transcript.turns[1].sourceRanges.first)
    let scalars = Array(source.unicodeScalars)[range]
    #expect(String(String.UnicodeScalarView(scalars)) == " Det var trygt.")
  }

  @Test(
    "WhisperX JSON: consecutive segments of one speaker form a turn; a segment takes its words' speaker"
  )
  func whisperX() throws {
    let (transcript, diagnostics) = try readTool("whisperx.json")
    #expect(diagnostics.isEmpty)
    #expect(transcript.layout == .whisperXJSON)
    #expect(transcript.speakers == ["SPEAKER_01", "SPEAKER_00"])
    #expect(
      times(transcript) == [
        "SPEAKER_01 00:00:00.031-00:00:02.874", "SPEAKER_00 00:00:03.515-00:00:09.105",
        "SPEAKER_01 00:00:09.705-00:00:11.227",
      ])
    #expect(
      transcript.turns[1].text
        == "It felt safe, honestly. She was in the same room as the physio, 2 days a week.")
    #expect(transcript.text.hasPrefix("SPEAKER_01: How did the first meeting go?\n"))
  }

  @Test("A diarized segment list with role names: roles come from the labels")
  func diarized() throws {
    let (transcript, diagnostics) = try readTool("diarized.json")
    #expect(diagnostics.isEmpty)
    #expect(transcript.layout == .diarizedSegments)
    #expect(
      times(transcript) == [
        "Interviewer 00:00:01.520-00:00:04.900", "Participant 00:00:05.600-00:00:12.300",
        "Interviewer 00:00:12.900-00:00:14.050", "Participant 00:00:14.600-00:00:16.000",
      ])
    #expect(transcript.turns[0].role == "interviewer")
    #expect(transcript.turns.last?.text == "Yes, a lot.")
  }

  @Test(
    "noScribe HTML: a paragraph a turn, anchor times in milliseconds, the header as attributes, overlaps kept and noted"
  )
  func noScribeHTML() throws {
    let (transcript, diagnostics) = try readTool("noscribe.html")
    #expect(transcript.layout == .noScribe)
    #expect(transcript.speakers == ["S00", "S01", "S02"])
    #expect(
      times(transcript) == [
        "- 00:00:00.000-00:00:04.200", "S00 00:00:04.200-00:00:13.500",
        "S01 00:00:13.700-00:00:24.800", "S00 00:00:25.000-00:00:26.400",
        "S01 00:00:26.900-00:00:33.900", "S02 00:00:34.200-00:00:35.600",
        "S00 00:00:36.100-00:00:35.800",
      ])
    #expect(transcript.turns[0].text == "(4 seconds pause)")
    #expect(
      transcript.turns[2].text
        == "Ja, vi mødtes på arbejdspladsen & aftalte deltid. //S00: Godt.// Det havde jeg ikke turdet foreslå selv."
    )
    #expect(transcript.turns[6].text == "Tak for i dag.")
    #expect(!transcript.text.contains("[00:00"))
    #expect(transcript.attributes["title"] == .text("B07 opfølgning"))
    #expect(transcript.attributes["transcriber"] == .text("noScribe vers. 0.7"))
    #expect(transcript.attributes["audioFile"] == .text("./B07 opfølgning.mp3"))
    #expect(transcript.attributes["language"] == .text("Danish (da)"))
    #expect(transcript.attributes["speakerDetection"] == .text("auto"))
    #expect(
      transcript.findings.contains { $0.kind == .overlapsMarked && $0.message.hasPrefix("2 ") })
    // The last anchor ends before it starts, as noScribe 0.7 wrote one: a warning.
    #expect(
      diagnostics.map(\.message) == [
        "segment ends (00:00:35.800) before it starts (00:00:36.100)"
      ])
    #expect(diagnostics.first?.position?.line == 16)
  }

  @Test(
    "noScribe text: the header is attributes, S01: [hh:mm:ss] gives the start, //S02 is no speaker")
  func noScribeText() throws {
    let (transcript, diagnostics) = try readTool("noscribe.txt")
    #expect(diagnostics.isEmpty)
    #expect(transcript.layout == .noScribe)
    #expect(transcript.speakers == ["S00", "S01", "S02"])
    #expect(transcript.turns.count == 7)
    #expect(transcript.turns[0].speaker == nil)
    #expect(transcript.turns[0].text == "(4 seconds pause)")
    #expect(transcript.turns[1].start?.description == "00:00:04.000")
    #expect(
      transcript.turns[1].text
        == "Hvordan gik det med planen efter sidst? (..) Fik I talt med din leder?")
    #expect(transcript.turns[6].start?.description == "00:00:36.000")
    #expect(transcript.attributes["transcriber"] == .text("noScribe vers. 0.7"))
    #expect(transcript.attributes["markPause"] == .number(1, "1"))
    #expect(!transcript.turns.contains { $0.text.contains("Transcribed with") })
    #expect(transcript.findings.contains { $0.kind == .overlapsMarked && $0.line == 13 })
  }

  @Test("noScribe WebVTT: a cue whose voice is '//S02' has no speaker; the NOTE is attributes")
  func noScribeVTT() throws {
    let (transcript, diagnostics) = try readTool("noscribe.vtt")
    #expect(transcript.layout == .noScribe)
    #expect(transcript.speakers == ["S00", "S01", "S02"])
    #expect(!transcript.speakers.contains { $0.hasPrefix("//") })
    #expect(transcript.turns.count == 7)
    #expect(transcript.turns[4].speaker == nil)
    #expect(transcript.turns[4].text.hasPrefix("Ro. Jeg kunne"))
    #expect(transcript.attributes["title"] == .text("B07 opfølgning"))
    #expect(transcript.attributes["audioFile"] == .text("./B07 opfølgning.mp3"))
    #expect(
      diagnostics.map(\.message) == ["cue ends (00:00:35.800) before it starts (00:00:36.100)"])
  }

  @Test(
    "Word's Save as HTML in Windows-1252: bold labels before a tab or with a colon, no markup or entities in the text"
  )
  func wordHTML() throws {
    let (transcript, diagnostics) = try readTool("word.htm")
    #expect(diagnostics.map(\.message) == ["left out a <script> element; its code is not text"])
    #expect(diagnostics.first?.position == SourcePosition(line: 19, column: 1))
    #expect(transcript.format == .html)
    #expect(transcript.layout == .htmlBoldLabels)
    #expect(transcript.speakers == ["Interviewer", "Borger"])
    #expect(transcript.turns.count == 5)
    #expect(transcript.turns[0].text == "Interview B03, 12. marts 2024")
    #expect(
      transcript.turns[2].text
        == "Det var trygt. Hun sad lige ved siden af fysioterapeuten, så jeg kunne bare gå derind – uden aftale."
    )
    #expect(transcript.turns[4].text == "Vi skrev den sammen. “Din plan”, sagde hun & smilede.")
    #expect(transcript.attributes["title"] == .text("Interview B03"))
    #expect(!transcript.text.contains("<") && !transcript.text.contains("&amp;"))
    #expect(!transcript.text.contains("&nbsp;") && !transcript.text.contains("&#8211;"))
    #expect(!transcript.text.contains("not text"))
  }

  @Test(
    "A page of one paragraph a <p>: labels read as in plain text, entities decoded, <br> a new line"
  )
  func paragraphHTML() throws {
    let (transcript, diagnostics) = try readTool("paragraphs.html")
    #expect(diagnostics.isEmpty)
    #expect(transcript.speakers == ["I", "R"])
    #expect(transcript.turns.count == 5)
    #expect(transcript.turns[2].text == "In 1974. My father worked at the harbour – long shifts.")
    #expect(
      transcript.turns[4].text
        == "I learned Danish from Børnetimen on the radio. My brother learned it from football.")
  }

  @Test(
    "Oral History as Data CSV: a row a turn, times kept, entities decoded, MORE INFO an attribute, tags kept"
  )
  func oralHistoryCSV() throws {
    let (transcript, diagnostics) = try readTool("oral-history.csv")
    #expect(diagnostics.isEmpty)
    #expect(transcript.layout == .oralHistoryCSV)
    #expect(transcript.speakers == ["LK", "MS"])
    #expect(transcript.turns.count == 7)
    #expect(transcript.turns[0].start?.description == "00:00:00.000")
    #expect(
      transcript.turns[1].text
        == "Mette Sørensen. We are in my kitchen in Aarhus, on a rainy Tuesday.")
    #expect(
      transcript.turns[3].text
        == "In the autumn. The physiotherapist told me—she said \"you should talk to the job consultant\"."
    )
    // A row without a speaker keeps the speaker of the row before.
    #expect(transcript.turns[4].speaker == "MS")
    #expect(transcript.turns[4].start?.description == "00:02:15.000")
    #expect(
      transcript.turns[6].text
        == "Now I think it was the best thing that happened in the whole course.")
    #expect(
      transcript.attributes["moreInfo"]
        == .text("See the full interview at: https://example.org/interviews/ms.html"))
    #expect(!transcript.text.contains("MORE INFO"))
    #expect(
      transcript.turnTags == [
        TurnTags(turn: 2, tags: ["rehab"]), TurnTags(turn: 3, tags: ["rehab", "consultant"]),
        TurnTags(turn: 4, tags: ["trust"]), TurnTags(turn: 6, tags: ["trust", "outcome"]),
      ])
  }

  @Test("French labels: a space before the colon, digits in the label, a no-break space")
  func frenchLabels() throws {
    let (transcript, diagnostics) = try readTool("french.txt")
    #expect(diagnostics.isEmpty)
    #expect(transcript.speakers == ["Interviewer1", "Interviewé", "Interviewer 2"])
    #expect(transcript.turns.count == 7)
    #expect(transcript.turns[1].role == "interviewer")
    #expect(transcript.turns[3].role == "interviewer")
    #expect(transcript.turns[1].text == "Bonjour. Pouvez-vous vous présenter ?")
    #expect(transcript.turns[6].text == "On s'appelle, tout simplement.")
  }

  @Test(
    "Descript's inline timecodes set their line's time, start no turn and stay out of citation text"
  )
  func inlineTimecodes() throws {
    let (transcript, diagnostics) = try readTool("descript.md")
    #expect(diagnostics.isEmpty)
    #expect(transcript.layout == .inlineTimecodes)
    #expect(
      summary(transcript) == [
        "Anna Berg 1-1", "Jonas Lund 3-3", "Anna Berg 5-5", "Jonas Lund 7-9", "Anna Berg 11-11",
        "Jonas Lund 13-13",
      ])
    #expect(transcript.turns[4].start?.description == "00:21:05.000")
    #expect(transcript.turns[4].text == "An invitation to what?")
    #expect(transcript.timecodes.map(\.line) == [3, 9, 9, 11])
    #expect(transcript.time(ofLine: 9)?.description == "00:20:10.000")
    #expect(transcript.time(ofLine: 1) == nil)
    let turn = transcript.turns[1]
    #expect(
      transcript.citationText(in: turn.textRange)
        == "They were a blur, to be honest. I remember the ward, the smell of coffee. And then the letter from the municipality, which I did not open for a week."
    )
    // The file's own text is unchanged: line numbers and offsets are the file's.
    #expect(turn.text.contains("[00:19:00]"))
  }

  @Test("Teams .docx: a name with a suffix and a masked phone number are speakers, never text")
  func teamsDialIn() throws {
    let (transcript, _) = try readLayout("teams-dialin.docx")
    #expect(transcript.layout == .nameTimeHeaders)
    #expect(transcript.speakers == ["Kerry Jones on Country Lands", "+12*******65"])
    #expect(transcript.turns.count == 4)
    #expect(transcript.turns[1].text == "Yes, I am on the phone from the site office.")
    #expect(transcript.turns[3].start?.description == "00:00:21.000")
    #expect(transcript.turns[3].text == "The survey is finished; the report comes next week.")
    #expect(!transcript.turns.contains { $0.text.contains("Kerry") || $0.text.contains("+12") })
  }

  @Test("Masked phone numbers are speaker labels; other numbers are not")
  func maskedPhoneNumbers() {
    #expect(SpeakerLabel.isMaskedPhoneNumber("+12*******65"))
    #expect(SpeakerLabel.isMaskedPhoneNumber("+45 12 ** ** 78"))
    #expect(!SpeakerLabel.isMaskedPhoneNumber("2024"))
    #expect(!SpeakerLabel.isMaskedPhoneNumber("Anna"))
    #expect(!SpeakerLabel.isMaskedPhoneNumber("12:30"))
  }
}
