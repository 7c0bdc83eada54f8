import Foundation
import Testing

@testable import QualKit

@Suite struct SubtitleLayoutTests {
  @Test("YouTube's rolling captions: lines of one space are cue text, each line is read once")
  func youtube() throws {
    let (transcript, diagnostics) = try readLayout("youtube.vtt")
    #expect(diagnostics.isEmpty)
    #expect(transcript.layout == .rollingCaptions)
    #expect(
      transcript.turns.map(\.text) == [
        "så vil jeg fortælle", "om min rehabilitering", "og jobkonsulenten der hjalp",
      ])
    #expect(transcript.wordCount == 11)
    #expect(transcript.turns[1].start?.description == "00:00:02.360")
    #expect(transcript.findings.map(\.kind) == [.noSpeakers, .rollingCaptions])
  }

  @Test("A WebVTT cue holding a line of one space is not cut there")
  func whitespaceLine() throws {
    let vtt =
      "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n \nHej med dig.\n\n00:00:02.000 --> 00:00:03.000\nFarvel.\n \n"
    let (transcript, _) = try readText(vtt, format: .vtt)
    #expect(transcript.turns.map(\.text) == ["Hej med dig.", "Farvel."])
    // A line of spaces before a new cue still ends the cue.
    let (spaced, _) = try readText(
      "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nEt.\n  \n00:00:02.000 --> 00:00:03.000\nTo.\n",
      format: .vtt)
    #expect(spaced.turns.map(\.text) == ["Et.", "To."])
  }

  @Test("Zoom names with apostrophes, parentheses and an iPad are speakers; a sentence is not")
  func zoomNames() throws {
    let (transcript, _) = try readLayout("zoom-names.vtt")
    #expect(transcript.layout == .namePrefixes)
    #expect(
      transcript.speakers == [
        "Mary O'Neil", "Ashlee Kupor (SL)", "Søren Bak (he/him)", "Saurabh Swaroop’s iPad",
      ])
    #expect(transcript.turns.last?.text == "The short answer is: it worked.")
    let (unlabelled, _) = try readLayout("unlabelled.vtt")
    #expect(unlabelled.speakers.isEmpty)
    #expect(unlabelled.turns[1].text == "The short answer is: no.")
    #expect(unlabelled.turns[2].text == "Anna Jensen: det mener jeg ikke.")
    #expect(unlabelled.findings.map(\.kind) == [.noSpeakers, .labelNotTaken])
    #expect(unlabelled.findings[1].line == 9)
  }

  @Test("Numeric and named character references are decoded; invalid ones stay as written")
  func characterReferences() throws {
    let (transcript, _) = try readLayout("entities.vtt")
    #expect(
      transcript.turns.map(\.text) == [
        "Sí, la reunión fue útil & muy buena.", "Det var åbent og \"trygt\" … tror jeg.",
        "Gracias! &#0; &bogus; stays.",
      ])
    #expect(transcript.speakers == ["Ana María Pérez", "Bo Ærø"])
  }

  @Test("ASS/SSA override tags and font tags are removed from SubRip text")
  func assTags() throws {
    let (transcript, _) = try readLayout("ass-tags.srt")
    #expect(
      transcript.text == """
        SPEAKER_00: Hvordan gik trepartssamtalen?
        SPEAKER_01: Den gik godt, rigtig godt. Vi lavede en plan.

        """)
  }

  @Test("WhisperX labels with a confidence or a time before them name one speaker each")
  func whisperX() throws {
    let (transcript, _) = try readLayout("whisperx.srt")
    #expect(transcript.layout == .bracketLabels)
    #expect(transcript.speakers == ["SPEAKER_00", "SPEAKER_01"])
    #expect(
      transcript.turns.map(\.text) == [
        "Tak fordi du ville være med. Hvordan startede dit forløb?",
        "Med en blodprop, i oktober. Det kom helt bag på mig.", "[Music]", "Og så?",
      ])
  }

  @Test("A speaker named on a turn's first cue keeps the cues after it (Descript, podcasts)")
  func carriedOver() throws {
    let (transcript, _) = try readLayout("descript.srt")
    #expect(transcript.speakers == ["Anna Jensen", "Bo Nielsen"])
    #expect(transcript.turns.count == 4)
    #expect(
      transcript.turns[1].text
        == "Tak. Det er et emne, der ligger mig nært. Jeg var selv sygemeldt i et halvt år.")
    #expect(transcript.findings.contains { $0.kind == .speakerCarriedOver && $0.line == 5 })
    // Zoom names every cue: nothing is carried over to a cue without a name.
    let (zoom, _) = try readText(
      "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nAnna: Ja.\n\n00:00:02.000 --> 00:00:03.000\nAnna: Og så?\n\n00:00:03.000 --> 00:00:04.000\nBo: Nej.\n\n00:00:04.000 --> 00:00:05.000\n(latter)\n",
      format: .vtt)
    #expect(zoom.turns.map(\.speaker) == ["Anna", "Bo", nil])
  }

  @Test("Teams names written 'Last, First' get roles from quoted speaker-map entries")
  func lastFirst() throws {
    var diagnostics: [Diagnostic] = []
    let table = ParticipantTable(
      header: ["id", "speakers"],
      rows: [
        (
          [
            "lastfirst",
            "\"Dorflinger, Julia\"=interviewer, \"Madsen, Karen (Aarhus Kommune)\"=citizen",
          ], 2
        )
      ], diagnostics: &diagnostics)
    let (transcript, warnings) = try readLayout("lastfirst.vtt", participants: table)
    #expect(warnings.isEmpty)
    #expect(transcript.turns.map(\.role) == ["interviewer", "citizen", "interviewer"])
  }

  @Test("Overlapping cues (cross-talk) give one warning per file")
  func overlaps() throws {
    var vtt = "WEBVTT\n\n"
    for second in 0..<20 {
      vtt +=
        "00:00:\(String(format: "%02d", second)).000 --> 00:00:\(String(format: "%02d", second + 2)).000\n<v \(second % 2 == 0 ? "Anna" : "Bo")>Ja.\n\n"
    }
    let (transcript, diagnostics) = try readText(vtt, format: .vtt)
    #expect(transcript.turns.count == 20)
    #expect(
      diagnostics == [
        .warning(
          "cue starts (00:00:01.000) before the previous cue ends (00:00:02.000); 18 more cues overlap the one before",
          at: SourcePosition(line: 6))
      ])
    #expect(transcript.findings.contains { $0.kind == .overlappingCues && !$0.needsAttention })
  }

  @Test("A long run of one speaker's cues is rendered one cue a line; a short one stays one line")
  func longTurn() throws {
    var srt = ""
    for number in 1...30 {
      srt +=
        "\(number)\n00:00:\(String(format: "%02d", number)),000 --> 00:00:\(String(format: "%02d", number)),900\n[SPEAKER_01]: Det er sætning nummer \(number) i en lang fortælling om mit arbejdsliv.\n\n"
    }
    let (transcript, _) = try readText(
      "1\n00:00:00,000 --> 00:00:00,500\n[SPEAKER_00]: Fortæl.\n\n"
        + srt.replacingOccurrences(of: "\n1\n", with: "\n31\n"), format: .srt)
    #expect(transcript.turns.count == 2)
    let long = transcript.turns[1]
    #expect(long.firstLine == 2 && long.lastLine == 31)
    #expect(long.text.split(separator: "\n").count == 30)
    #expect(
      transcript.text.split(separator: "\n")[1].hasPrefix("SPEAKER_01: Det er sætning nummer 1 "))
    #expect(transcript.findings.contains { $0.kind == .longTurnSplit && $0.line == 2 })
    // Each line still cites its own cue.
    #expect(
      transcript.lines.line(containingScalarOffset: transcript.text.unicodeScalars.count - 5) == 31)
  }
}
