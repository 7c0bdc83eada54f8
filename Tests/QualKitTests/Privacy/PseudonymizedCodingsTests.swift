import Foundation
import Testing

@testable import QualKit

/// Pseudonymising real transcripts with random "names" (words of their own
/// text) moves random codings so that every one still covers the same
/// words, the names in them replaced.
@Suite struct PseudonymizedCodingsTests {
  static let paths = [
    "Transcripts/B01.txt", "Transcripts/B02.vtt", "Transcripts/B03.srt", "Transcripts/B04.docx",
    "Transcripts/B05.txt", "Transcripts/P01.txt", "Transcripts/P02.vtt", "crlf-bom.txt",
    "windows1252.txt", "teams.vtt", "zoom.vtt", "whisper.srt",
  ]

  /// Words of the turns as scalar ranges.
  static func words(of transcript: Transcript) -> [Range<Int>] {
    let scalars = Array(transcript.text.unicodeScalars)
    var result: [Range<Int>] = []
    for turn in transcript.turns {
      var offset = turn.textRange.lowerBound
      while offset < turn.textRange.upperBound {
        guard NameMatcher.isWord(scalars[offset]) else {
          offset += 1
          continue
        }
        var end = offset
        while end < turn.textRange.upperBound && NameMatcher.isWord(scalars[end]) { end += 1 }
        result.append(offset..<end)
        offset = end
      }
    }
    return result
  }

  /// A key of some of the transcript's words (one pair of neighbours
  /// among them), and codings from a word's start to a later word's end.
  static func sample(_ transcript: Transcript, random: inout ScalarGenerator) -> (
    PseudonymKey, [Coding]
  ) {
    let words = Self.words(of: transcript)
    let text = Array(transcript.text.unicodeScalars)
    var entries: [PseudonymKey.Entry] = []
    var seen = Set<String>()
    for number in 1...6 {
      let index = random.next(words.count - 1)
      var range = words[index]
      if number == 1 && words[index + 1].lowerBound == range.upperBound + 1 {
        range = range.lowerBound..<words[index + 1].upperBound
      }
      let original = Pseudonymizer.text(text, range)
      guard seen.insert(PseudonymKey.identity(of: original)).inserted else { continue }
      entries.append(
        .init(pseudonym: "[PERSON \(number)]", category: .person, original: original))
    }
    var codings: [Coding] = []
    for _ in 0..<60 {
      let first = random.next(words.count)
      let last = min(words.count - 1, first + random.next(40))
      let range = words[first].lowerBound..<words[last].upperBound
      codings.append(
        Coding(
          transcript: transcript.id, code: "c\(codings.count)", coder: "anna",
          span: Span(range, in: transcript), text: transcript.text(in: range),
          transcriptHash: transcript.contentHash))
    }
    return (PseudonymKey(entries: entries), codings)
  }

  @Test("Every coding covers the same words after pseudonymising, the names in them replaced")
  func sameWords() throws {
    var random = ScalarGenerator(seed: 23)
    var moved = 0
    var grown = 0
    var replaced = 0
    for path in Self.paths {
      let file = try TranscriptRewritingTests.bytes(path)
      let transcript = try TranscriptRewritingTests.parse(file, path)
      for _ in 0..<3 {
        let (key, codings) = Self.sample(transcript, random: &random)
        let pseudonymizer = Pseudonymizer(key: key, detectors: [])
        let result = TranscriptPseudonymization(
          path: path, bytes: file, transcript: transcript, participants: nil,
          pseudonymizer: pseudonymizer)
        let change = try #require(result.change, "\(path): nothing changed")
        // The applied replacements: those not left, known by their position.
        let left = Set(result.occurrences.filter { $0.reason != nil }.map(\.position))
        let applied = pseudonymizer.replacements(in: transcript.text).filter {
          !left.contains(
            PseudonymOccurrence.position(of: $0.range.lowerBound, in: transcript.lines))
        }
        replaced += applied.count
        let edited = try pseudonymizer.edit(of: applied).applied(to: transcript.text).text
        #expect(change.transcript.text.hasSuffix(edited), "\(path): the text is not the edit's")
        let reread = try TranscriptRewritingTests.parse(
          try #require(result.bytes), result.newPath)
        #expect(reread.text == change.transcript.text, "\(path): the file reads otherwise")
        let realigned = CodingFilePseudonymization(
          path: "Codings/anna.jsonl", file: CodingFile(codings: codings),
          changes: [transcript.id: change], pseudonymizer: pseudonymizer, keepingQuotesOf: [])
        moved += realigned.moved
        grown += realigned.grown
        let written = try #require(realigned.bytes)
        var diagnostics: [Diagnostic] = []
        let after = CodingFile(parsing: written, diagnostics: &diagnostics)
        #expect(after.codings.count == codings.count)
        let byCode = Dictionary(uniqueKeysWithValues: after.codings.map { ($0.code, $0) })
        for old in codings {
          let new = try #require(byCode[old.code])
          let expected = Self.expectedText(of: old.span.range, in: transcript.text, applied)
          let actual = change.transcript.text(in: new.span.range)
          #expect(actual == expected, "\(path) \(old.code): \(old.span.range) → \(new.span.range)")
          #expect(new.text == actual)
          #expect(new.transcriptHash == change.transcript.contentHash)
          if result.newPath == path {
            #expect(
              (new.span.firstLine, new.span.lastLine) == (old.span.firstLine, old.span.lastLine))
          }
        }
      }
    }
    #expect(replaced > 100 && moved > 1_000 && grown > 0, "\(replaced) \(moved) \(grown)")
  }

  /// The text `range` of `text` should cover after `applied`: the range
  /// grown to any replaced name it cuts, each name in it replaced.
  static func expectedText(
    of range: Range<Int>, in text: String, _ applied: [Pseudonymizer.Replacement]
  ) -> String {
    var lower = range.lowerBound
    var upper = range.upperBound
    for replacement in applied {
      if replacement.range.contains(lower) && replacement.range.lowerBound < lower {
        lower = replacement.range.lowerBound
      }
      if replacement.range.lowerBound < upper && upper < replacement.range.upperBound {
        upper = replacement.range.upperBound
      }
    }
    let scalars = Array(text.unicodeScalars)
    var result = String.UnicodeScalarView()
    var offset = lower
    for replacement in applied
    where replacement.range.lowerBound >= lower && replacement.range.upperBound <= upper {
      result.append(contentsOf: scalars[offset..<replacement.range.lowerBound])
      result.append(contentsOf: replacement.pseudonym.unicodeScalars)
      offset = replacement.range.upperBound
    }
    result.append(contentsOf: scalars[offset..<upper])
    return String(result)
  }
}
