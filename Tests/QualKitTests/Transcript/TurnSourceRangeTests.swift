import Foundation
import Testing

@testable import QualKit

@Suite struct TurnSourceRangeTests {
  private static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The bytes of a sample transcript (Transcripts/) or a fixture.
  private static func bytes(_ path: String) throws -> [UInt8] {
    if path.hasPrefix("Transcripts/") {
      return Array(try Data(contentsOf: root.appendingPathComponent(path)))
    }
    return try fixture("Transcript/\(path)")
  }

  private static func transcript(_ bytes: [UInt8], format: TranscriptFormat) throws -> Transcript {
    var diagnostics: [Diagnostic] = []
    return try Transcript(
      parsing: bytes, format: format, fallbackID: "T", diagnostics: &diagnostics)
  }

  /// The scalars of `text` at `range`.
  private static func slice(_ text: String, _ range: Range<Int>) -> String {
    String(String.UnicodeScalarView(Array(text.unicodeScalars)[range]))
  }

  /// A subtitle piece as the parser reads it: lines trimmed and joined by
  /// spaces, markup removed, entities decoded.
  private static func cleaned(_ piece: String) -> String {
    let joined = piece.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.trimmingCharacters(in: " \t") }.joined(separator: " ")
    return SubtitleParser.stripTags(joined).trimmingCharacters(in: " \t")
  }

  @Test(
    "A subtitle turn's source ranges hold exactly what its cues say",
    arguments: [
      "Transcripts/B02.vtt", "Transcripts/B03.srt", "Transcripts/P02.vtt", "teams.vtt", "zoom.vtt",
      "whisper.srt", "nospeaker.srt", "backwards.vtt", "Layouts/youtube.vtt",
      "Layouts/zoom-names.vtt", "Layouts/entities.vtt", "Layouts/ass-tags.srt",
      "Layouts/whisperx.srt", "Layouts/descript.srt", "Layouts/unlabelled.vtt",
      "Layouts/lastfirst.vtt",
    ])
  func subtitles(path: String) throws {
    let bytes = try Self.bytes(path)
    let format = try #require(
      TranscriptFormat(pathExtension: URL(fileURLWithPath: path).pathExtension))
    let transcript = try Self.transcript(bytes, format: format)
    let source = try Transcript.sourceText(of: bytes, format: format)
    #expect(!transcript.turns.isEmpty)
    for turn in transcript.turns {
      let pieces = turn.sourceRanges.map { Self.slice(source, $0) }
      // A long turn is one cue a line.
      let separator = turn.firstLine == turn.lastLine ? " " : "\n"
      #expect(pieces.map(Self.cleaned).joined(separator: separator) == turn.text)
      for piece in pieces {
        // Neither the voice tag nor the speaker label, nor spaces around.
        #expect(!piece.hasPrefix("<v"))
        if let speaker = turn.speaker { #expect(!piece.hasPrefix(speaker + ":")) }
        #expect(piece.first?.isWhitespace == false && piece.last?.isWhitespace == false)
      }
      let ordered = zip(turn.sourceRanges, turn.sourceRanges.dropFirst()).allSatisfy {
        $0.upperBound <= $1.lowerBound
      }
      #expect(ordered)
    }
  }

  @Test("Markup, entities, several lines and several voices in one cue", arguments: [true, false])
  func markup(crlf: Bool) throws {
    var text = """
      WEBVTT

      1
      00:00:01.000 --> 00:00:04.000
      <v Anna Jensen>Hej &amp; <i>goddag</i>,
        jeg hedder Anna.</v>

      2
      00:00:04.000 --> 00:00:06.000
      <v Bo>Ja.<v Anna Jensen> Nej &lt;3

      3
      00:00:06.000 --> 00:00:08.000
      Bo: Måske.

      """
    if crlf { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
    let bytes = Array(text.utf8)
    let transcript = try Self.transcript(bytes, format: .vtt)
    let source = try Transcript.sourceText(of: bytes, format: .vtt)
    #expect(
      transcript.turns.map(\.text) == [
        "Hej & goddag, jeg hedder Anna.", "Ja.", "Nej <3", "Måske.",
      ])
    let pieces = transcript.turns.map { $0.sourceRanges.map { Self.slice(source, $0) } }
    #expect(
      pieces == [
        ["Hej &amp; <i>goddag</i>,\n  jeg hedder Anna."], ["Ja."], ["Nej &lt;3"], ["Måske."],
      ])
    // Through the source map, the ranges reach the file's own text.
    let file = try SourceText(decoding: bytes)
    let first = try #require(file.scalarMap.inverse.map(transcript.turns[0].sourceRanges[0]))
    let raw = Self.slice(file.text, first)
    #expect(raw == (crlf ? "Hej &amp; <i>goddag</i>,\r\n  jeg hedder Anna." : pieces[0][0]))
  }

  @Test(
    "A Word turn's source range is its paragraphs' text",
    arguments: [
      "Transcripts/B04.docx", "runs.docx", "Layouts/otter.docx", "Layouts/teams-new.docx",
      "Layouts/teams-old.docx", "Layouts/table.docx", "Layouts/unlabelled-long.docx",
    ])
  func docx(path: String) throws {
    let bytes = try Self.bytes(path)
    let transcript = try Self.transcript(bytes, format: .docx)
    let source = try Transcript.sourceText(of: bytes, format: .docx)
    #expect(!transcript.turns.isEmpty)
    for turn in transcript.turns {
      #expect(turn.sourceRanges.count == 1)
      let piece = Self.slice(source, turn.sourceRanges[0])
      if turn.firstLine == turn.lastLine {
        #expect(TurnRenderer.oneLine(piece) == turn.text)
      } else {
        // A long turn is one paragraph a line.
        let lines = piece.split(separator: "\n").map { $0.trimmingCharacters(in: " \t") }
        #expect(lines.filter { !$0.isEmpty }.joined(separator: "\n") == turn.text)
      }
      #expect(piece.contains(turn.text.prefix(20)))
    }
  }

  @Test("A plain-text turn's source range is its text range, and reaches the file through the map")
  func plainText() throws {
    for path in ["Transcripts/B01.txt", "crlf-bom.txt", "nfd.txt"] {
      let bytes = try Self.bytes(path)
      let transcript = try Self.transcript(bytes, format: .text)
      #expect(try Transcript.sourceText(of: bytes, format: .text) == transcript.text)
      let file = try SourceText(decoding: bytes)
      for turn in transcript.turns {
        #expect(turn.sourceRanges == [turn.textRange])
        let raw = try #require(file.scalarMap.inverse.map(turn.textRange))
        let text = Self.slice(file.text, raw).replacingOccurrences(of: "\r\n", with: "\n")
        #expect(
          text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(
            turn.text.unicodeScalars))
      }
    }
  }
}
