import Testing

@testable import QualKit

/// Subtitle files that are read, but not as their format says they are
/// written, are read with a warning rather than silently.
@Suite struct SubtitleTimingTests {
  private func read(_ text: String, _ format: TranscriptFormat) throws -> (Transcript, [String]) {
    var diagnostics: [Diagnostic] = []
    let transcript = try Transcript(
      parsing: Array(text.utf8), format: format, fallbackID: "T", diagnostics: &diagnostics)
    return (transcript, diagnostics.map(\.description))
  }

  @Test(
    "A cue time with one digit of seconds is read, with a warning naming it and how it was read")
  func looseTime() throws {
    let text =
      "WEBVTT\n\n00:00:1.000 --> 00:00:02.000\n<v I>Hello.\n\n"
      + "00:00:03.5 --> 00:00:04.000\n<v B>Hi.\n"
    let (transcript, warnings) = try read(text, .vtt)
    #expect(
      transcript.turns.map(\.start) == [
        Timestamp(milliseconds: 1000), Timestamp(milliseconds: 3500),
      ])
    #expect(
      warnings == [
        "3:1: warning: cue time '00:00:1.000' is not written HH:MM:SS.mmm; "
          + "read it as 00:00:01.000; 1 more cue time like it"
      ])
  }

  @Test("Well-written times give no warning: hours may be left out in WebVTT, or have more digits")
  func wellWritten() throws {
    for text in [
      "WEBVTT\n\n00:01.000 --> 00:02.000\nHello.\n",
      "WEBVTT\n\n100:00:01.000 --> 100:00:02.000\nHello.\n",
    ] {
      #expect(try read(text, .vtt).1.isEmpty)
    }
    #expect(try read("1\n00:00:01,000 --> 00:00:02,000\nHello.\n", .srt).1.isEmpty)
  }

  @Test("A SubRip cue numbered with a word is read, with one warning for all such cues")
  func cueNumber() throws {
    let text =
      "one\n00:00:01,000 --> 00:00:02,000\nI: Hello.\n\n"
      + "two\n00:00:03,000 --> 00:00:04,000\nB: Hi.\n"
    let (transcript, warnings) = try read(text, .srt)
    #expect(transcript.turns.count == 2)
    #expect(
      warnings == [
        "1:1: warning: cue number 'one' is not a number (SubRip numbers its cues 1, 2, 3, …); "
          + "read the cue; 1 more cue number like it"
      ])
    // WebVTT cue identifiers are any text.
    #expect(try read("WEBVTT\n\nintro\n00:00:01.000 --> 00:00:02.000\nHello.\n", .vtt).1.isEmpty)
  }
}
