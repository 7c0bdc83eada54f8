import Foundation
import Testing

@testable import QualKit

@Suite struct TranscriptRewritingTests {
  private static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// A sample transcript (`Transcripts/…`) or a fixture (under `Transcript/`).
  static func bytes(_ path: String) throws -> [UInt8] {
    if path.hasPrefix("Transcripts/") {
      return Array(try Data(contentsOf: root.appendingPathComponent(path)))
    }
    return try fixture("Transcript/\(path)")
  }

  static func parse(_ bytes: [UInt8], _ path: String) throws -> Transcript {
    var diagnostics: [Diagnostic] = []
    let url = URL(fileURLWithPath: path)
    return try Transcript(
      parsing: bytes, format: TranscriptFormat(pathExtension: url.pathExtension) ?? .text,
      fallbackID: url.deletingPathExtension().lastPathComponent, diagnostics: &diagnostics)
  }

  /// The transcript of `path`, the edit of the `occurrence`th `needle` by
  /// `replacement`, and the rewrite.
  private static func rewrite(
    _ path: String, _ needle: String, occurrence: Int = 0, with replacement: String
  )
    throws -> (
      before: Transcript, file: [UInt8],
      after: (transcript: Transcript, map: OffsetMap, file: [UInt8])
    )
  {
    let file = try bytes(path)
    let transcript = try parse(file, path)
    let range = scalarRange(of: needle, in: transcript.text, occurrence: occurrence)
    #expect(!range.isEmpty)
    let result = try transcript.applying(TextEdit([.init(range, with: replacement)]), toFile: file)
    return (transcript, file, result)
  }

  @Test("A plain-text file keeps its byte order mark and CRLF line ends; only the words change")
  func crlfAndMark() throws {
    let (_, file, after) = try Self.rewrite("crlf-bom.txt", "trepartssamtalen", with: "mødet")
    #expect(after.file.starts(with: [0xEF, 0xBB, 0xBF]))
    let old = String(decoding: file, as: UTF8.self)
    #expect(
      String(decoding: after.file, as: UTF8.self) == old.replacingAll("trepartssamtalen", "mødet"))
    #expect(try Self.parse(after.file, "crlf-bom.txt") == after.transcript)
  }

  @Test("A Windows-1252 file is written as UTF-8 and reads back the same")
  func windows1252() throws {
    let (_, _, after) = try Self.rewrite("windows1252.txt", "første", with: "ANDEN")
    #expect(UTF8Validation.isValid(after.file))
    #expect(try Self.parse(after.file, "windows1252.txt") == after.transcript)
    #expect(after.transcript.text.contains("Det var ANDEN gang"))
  }

  @Test("A decomposed (NFD) file keeps its decomposed letters outside the edit")
  func decomposed() throws {
    let file = try Self.bytes("nfd.txt")
    let transcript = try Self.parse(file, "nfd.txt")
    let range = scalarRange(of: "arbejde", in: transcript.text)
    let after = try transcript.applying(TextEdit([.init(range, with: "job")]), toFile: file)
    let old = String(decoding: file, as: UTF8.self)
    #expect(old.unicodeScalars.contains("\u{30A}"))
    #expect(
      String(decoding: after.file, as: UTF8.self).unicodeScalars.elementsEqual(
        old.replacingAll("arbejde", "job").unicodeScalars))
    #expect(try Self.parse(after.file, "nfd.txt") == after.transcript)
  }

  @Test("A WebVTT cue takes the new words escaped; the file reads back as the new transcript")
  func webVTT() throws {
    let (before, file, after) = try Self.rewrite(
      "Transcripts/B02.vtt", "Billedet", with: "Lyd & <billede>")
    let text = String(decoding: after.file, as: UTF8.self)
    #expect(
      text.contains("<v Borger B02>Lyd &amp; &lt;billede&gt; hakker lidt, men lyden er god.</v>"))
    let reread = try Self.parse(after.file, "Transcripts/B02.vtt")
    #expect(reread == after.transcript)
    #expect(reread.turns.map(\.sourceRanges) != before.turns.map(\.sourceRanges))
    // Only that cue's line changed.
    let oldLines = String(decoding: file, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false)
    let newLines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(oldLines.count == newLines.count)
    #expect(zip(oldLines, newLines).filter { $0 != $1 }.count == 1)
  }

  @Test("Character references in a replaced word go; those beside it stay")
  func entities() throws {
    let (_, _, after) = try Self.rewrite("Layouts/entities.vtt", "útil & muy", with: "muy")
    let text = String(decoding: after.file, as: UTF8.self)
    #expect(text.contains("<v Ana María Pérez>Sí, la reuni&#243;n fue muy buena.</v>"))
    #expect(try Self.parse(after.file, "Layouts/entities.vtt") == after.transcript)
  }

  @Test(
    "What a subtitle file cannot take is refused with a kind",
    arguments: [
      (
        "Transcripts/B02.vtt", "stille op. Vi taler", "stille op, vi taler",
        TranscriptEditError.Kind.crossesCue
      ),
      ("Layouts/ass-tags.srt", "gik trepartssamtalen", "gik mødet", .crossesCue),
      ("Layouts/unlabelled.vtt", "The short answer is", "Anna", .changesLineShape),
      ("Transcripts/B02.vtt", "stille op.", "stille op. ", .changesSpacing),
      ("Layouts/youtube.vtt", "om min", "om din", .notRewritable),
      ("Transcripts/B04.docx", "sukkersyge", "diabetes", .notRewritable),
    ])
  func refused(path: String, needle: String, replacement: String, kind: TranscriptEditError.Kind)
    throws
  {
    let file = try Self.bytes(path)
    let transcript = try Self.parse(file, path)
    let range = scalarRange(of: needle, in: transcript.text)
    #expect(!range.isEmpty)
    let error = #expect(throws: TranscriptEditError.self) {
      try transcript.applying(TextEdit([.init(range, with: replacement)]), toFile: file)
    }
    #expect(error?.kind == kind)
  }

  @Test("Bytes of another file are refused")
  func otherFile() throws {
    let transcript = try Self.parse(try Self.bytes("Transcripts/B01.txt"), "B01.txt")
    let range = scalarRange(of: "oktober", in: transcript.text)
    for other in ["Transcripts/B05.txt", "turns.txt"] {
      let error = #expect(throws: TranscriptEditError.self) {
        try transcript.applying(
          TextEdit([.init(range, with: "november")]), toFile: try Self.bytes(other))
      }
      #expect(error?.kind == .notRewritable)
    }
  }

  @Test(
    "A Word transcript written as plain text reads back with the same turns",
    arguments: [
      "Transcripts/B04.docx", "runs.docx", "Layouts/otter.docx", "Layouts/teams-new.docx",
      "Layouts/table.docx",
    ])
  func wordAsPlainText(path: String) throws {
    let transcript = try Self.parse(try Self.bytes(path), path)
    let file = transcript.plainTextFile()
    let reread = try Self.parse(file, "out.txt")
    let header = try #require(
      String(decoding: file, as: UTF8.self).components(separatedBy: "\n---\n").first)
    let shift = header.split(separator: "\n").count + 1
    #expect(reread.id == transcript.id)
    #expect(reread.text.hasSuffix(transcript.text))
    #expect(reread.turns.map(\.text) == transcript.turns.map(\.text))
    #expect(reread.turns.map(\.speaker) == transcript.turns.map(\.speaker))
    #expect(reread.turns.map(\.role) == transcript.turns.map(\.role))
    #expect(reread.turns.map { $0.firstLine - shift } == transcript.turns.map(\.firstLine))
    for (key, value) in transcript.attributes {
      #expect(reread.attributes[key] == value)
    }
  }
}
