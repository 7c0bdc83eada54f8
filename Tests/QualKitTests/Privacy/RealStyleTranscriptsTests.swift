import Foundation
import Testing

@testable import QualKit

/// Pseudonymising transcripts laid out as the tools write them.
///
/// The layouts are those of `Fixtures/Transcript`: Teams' GUID cue ids and
/// voice tags, Zoom's `Name: text` cues, Whisper's `[SPEAKER_00]:` SubRip
/// and Otter's text export, with names in the words, in the labels and at
/// a cue's start. The names are invented.
@Suite struct RealStyleTranscriptsTests {
  /// Mette is one person, Kirsten Vang another (`Kirsten` is her too).
  static let names = """
    original,category,pseudonym
    Mette,person,
    Kirsten Vang,person,
    Kirsten,person,=Kirsten Vang

    """

  /// One layout: the file, what it becomes, and the originals left (each
  /// with its line in the transcript's text and the start of the reason).
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var path: String
    var file: String
    var expected: String
    var left: [String]
    var replaced: Int
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "Teams WebVTT: voice tags, a name at a cue's start, genitives, an entity",
      path: "teams.vtt",
      file: """
        WEBVTT

        5c8f1a3e-1b2c-4d5e-9f00-1a2b3c4d5e6f/11-0
        00:00:01.000 --> 00:00:04.500
        <v Sørensen, Mette>Hvordan var det at møde Kirsten Vang?</v>

        5c8f1a3e-1b2c-4d5e-9f00-1a2b3c4d5e6f/12-0
        00:00:05.000 --> 00:00:08.000
        <v Borger B02>Kirsten var god,</v>

        5c8f1a3e-1b2c-4d5e-9f00-1a2b3c4d5e6f/12-1
        00:00:08.000 --> 00:00:11.250
        <v Borger B02>og Mettes opkald &amp; Kirstens mail hjalp.</v>

        """,
      expected: """
        WEBVTT

        5c8f1a3e-1b2c-4d5e-9f00-1a2b3c4d5e6f/11-0
        00:00:01.000 --> 00:00:04.500
        <v Sørensen, Mette>Hvordan var det at møde [PERSON 2]?</v>

        5c8f1a3e-1b2c-4d5e-9f00-1a2b3c4d5e6f/12-0
        00:00:05.000 --> 00:00:08.000
        <v Borger B02>[PERSON 2] var god,</v>

        5c8f1a3e-1b2c-4d5e-9f00-1a2b3c4d5e6f/12-1
        00:00:08.000 --> 00:00:11.250
        <v Borger B02>og [PERSON 1]s opkald &amp; [PERSON 2]s mail hjalp.</v>

        """,
      left: ["Mette 1 outside the words of the turns"], replaced: 4),
    Case(
      name: "Zoom WebVTT: numbered cues, 'Name: text', a name right after a label",
      path: "zoom.vtt",
      file: """
        WEBVTT

        1
        00:00:01.200 --> 00:00:04.800
        Mary O'Neil: Kirsten, kan du høre mig?

        2
        00:00:05.100 --> 00:00:07.300
        Kirsten Vang: Ja. Mette sidder her også.

        """,
      expected: """
        WEBVTT

        1
        00:00:01.200 --> 00:00:04.800
        Mary O'Neil: [PERSON 2], kan du høre mig?

        2
        00:00:05.100 --> 00:00:07.300
        Kirsten Vang: Ja. [PERSON 1] sidder her også.

        """,
      left: ["Kirsten Vang 2 outside the words of the turns"], replaced: 2),
    Case(
      name: "Whisper SubRip: diarization labels; an unlabelled cue that starts with a name is left",
      path: "whisper.srt",
      file: """
        1
        00:00:01,000 --> 00:00:04,200
        [SPEAKER_00]: Hvordan gik det med Mette?

        2
        00:00:04,500 --> 00:00:08,000
        [SPEAKER_01]: Mette ringede. Det gjorde KIRSTEN VANG også.

        3
        00:00:08,000 --> 00:00:10,000
        Kirsten hjalp mig.

        """,
      expected: """
        1
        00:00:01,000 --> 00:00:04,200
        [SPEAKER_00]: Hvordan gik det med [PERSON 1]?

        2
        00:00:04,500 --> 00:00:08,000
        [SPEAKER_01]: [PERSON 1] ringede. Det gjorde [PERSON 2] også.

        3
        00:00:08,000 --> 00:00:10,000
        Kirsten hjalp mig.

        """,
      left: ["Kirsten 3 the edit would change what the cue's first words read as"], replaced: 3),
  ]

  @Test(
    "Names in the words are replaced in the file's own format; names in labels are left and listed",
    arguments: cases)
  func layout(_ example: Case) throws {
    var diagnostics: [Diagnostic] = []
    let list = try NameList(parsing: Array(Self.names.utf8), diagnostics: &diagnostics)
    let key = try PseudonymKey().merging(list).key
    let bytes = Array(example.file.utf8)
    let format = try #require(
      TranscriptFormat(pathExtension: URL(fileURLWithPath: example.path).pathExtension))
    let transcript = try Transcript(
      parsing: bytes, format: format, fallbackID: "X01", diagnostics: &diagnostics)
    let result = TranscriptPseudonymization(
      path: example.path, bytes: bytes, transcript: transcript, participants: nil,
      pseudonymizer: Pseudonymizer(key: key, detectors: [.cpr, .email, .phone]))
    #expect(result.newPath == example.path)
    let written = String(decoding: try #require(result.bytes), as: UTF8.self)
    #expect(written == example.expected)
    #expect(result.occurrences.filter { $0.reason == nil }.count == example.replaced)
    let left = result.occurrences.compactMap { occurrence in
      occurrence.reason.map { "\(occurrence.found) \(occurrence.position?.line ?? 0) \($0)" }
    }
    #expect(left.count == example.left.count)
    for (found, prefix) in zip(left, example.left) {
      #expect(found.hasPrefix(prefix), "\(found)")
    }
    // The new file reads back as the same turns: speakers, times, lines.
    let reread = try Transcript(
      parsing: Array(written.utf8), format: format, fallbackID: "X01", diagnostics: &diagnostics)
    let change = try #require(result.change)
    #expect(reread.text == change.transcript.text)
    #expect(reread.turns.map(\.speaker) == transcript.turns.map(\.speaker))
    #expect(reread.turns.map(\.start) == transcript.turns.map(\.start))
    #expect(reread.lines.lineCount == transcript.lines.lineCount)
  }

  @Test(
    "An Otter export: its title, speaker list and labels are left and listed, its words replaced")
  func otter() throws {
    let file = """
      Interview med Mette om TKI2

      SPEAKERS
      Lars Kristensen, Mette

      Lars Kristensen  00:04\u{20}\u{20}
      Tak fordi du ville være med, Mette.

      Mette  00:13\u{20}\u{20}
      Ja. Kirsten Vang fra jobcentret sad der bare.

      Transcribed by https://otter.ai

      """
    var diagnostics: [Diagnostic] = []
    let list = try NameList(parsing: Array(Self.names.utf8), diagnostics: &diagnostics)
    let key = try PseudonymKey().merging(list).key
    let transcript = try Transcript(
      parsing: Array(file.utf8), format: .text, fallbackID: "X01", diagnostics: &diagnostics)
    let result = TranscriptPseudonymization(
      path: "otter.txt", bytes: Array(file.utf8), transcript: transcript, participants: nil,
      pseudonymizer: Pseudonymizer(key: key, detectors: []))
    let written = String(decoding: try #require(result.bytes), as: UTF8.self)
    #expect(
      written
        == file.replacingOccurrences(of: "med, Mette.", with: "med, [PERSON 1].")
        .replacingOccurrences(of: "Ja. Kirsten Vang", with: "Ja. [PERSON 2]"))
    let left = result.occurrences.filter { $0.reason != nil }.map {
      "\($0.found) \($0.position?.line ?? 0)"
    }
    #expect(left == ["Mette 1", "Mette 4", "Mette 9"])
  }
}
