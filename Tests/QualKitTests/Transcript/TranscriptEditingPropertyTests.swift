import Testing

@testable import QualKit

/// Random edits of real transcripts: names and odd text put over words,
/// parts of words and gaps, some of which the transcript must refuse.
struct RandomTranscriptEdits {
  static let replacements = [
    "P1", "Person 2", "X", "", "Å & Ø", "<b>", "a:b", "Bo:", " ", "😀", "e\u{301}", "Mia Hansen",
    "&amp;", "{\\i1}", "--> ", "[SPEAKER_09]:", "\t", "ü", "P1 ", " P1",
  ]

  var random: ScalarGenerator

  /// Up to four replacements inside (or at the edge of) the words of
  /// random lines of random turns, not overlapping.
  mutating func edit(of transcript: Transcript) -> TextEdit {
    var edit = TextEdit()
    let turns = transcript.turns.filter { !$0.textRange.isEmpty }
    guard !turns.isEmpty else { return edit }
    for _ in 0...random.next(4) {
      let turn = turns[random.next(turns.count)]
      let line = turn.firstLine + random.next(turn.lastLine - turn.firstLine + 1)
      guard let words = transcript.words(onLine: line, of: turn) else { continue }
      let range = pick(in: words, of: Array(transcript.text(in: words).unicodeScalars))
      let text = Self.replacements[random.next(Self.replacements.count)]
      let isFree = edit.replacements.allSatisfy {
        range.upperBound < $0.range.lowerBound || $0.range.upperBound < range.lowerBound
      }
      if isFree { edit.replace(range, with: text) }
    }
    return edit
  }

  /// A whole word or two most of the time; otherwise any range inside
  /// `words`, empty ones (insertions) included.
  private mutating func pick(in words: Range<Int>, of scalars: [Unicode.Scalar]) -> Range<Int> {
    if random.next(10) < 6 {
      let starts = scalars.indices.filter {
        scalars[$0].properties.isAlphabetic && ($0 == 0 || !scalars[$0 - 1].properties.isAlphabetic)
      }
      if let start = starts.isEmpty ? nil : starts[random.next(starts.count)] {
        var end = start
        var wordsLeft = 1 + random.next(2)
        while end < scalars.count && wordsLeft > 0 {
          end += 1
          if end == scalars.count || !scalars[end].properties.isAlphabetic {
            wordsLeft -= 1
            if wordsLeft > 0 {
              while end < scalars.count && !scalars[end].properties.isAlphabetic { end += 1 }
            }
          }
        }
        return (words.lowerBound + start)..<(words.lowerBound + end)
      }
    }
    let lower = random.next(words.count + 1)
    let upper = lower + random.next(words.count - lower + 1)
    return (words.lowerBound + lower)..<(words.lowerBound + upper)
  }
}

@Suite struct TranscriptEditingPropertyTests {
  static let paths = [
    "Transcripts/B01.txt", "Transcripts/B05.txt", "Transcripts/P01.txt", "Transcripts/B02.vtt",
    "Transcripts/B03.srt", "Transcripts/P02.vtt", "turns.txt", "crlf-bom.txt", "nfd.txt",
    "windows1252.txt", "teams.vtt", "zoom.vtt", "whisper.srt", "nospeaker.srt",
    "Layouts/interview-names.txt", "Layouts/markdown-names.md", "Layouts/markdown.md",
    "Layouts/oral-history.txt", "Layouts/otter-edited.md", "Layouts/otter.txt", "Layouts/rev.txt",
    "Layouts/teams-old.txt", "Layouts/trint.txt", "Layouts/cjk.txt", "Layouts/ass-tags.srt",
    "Layouts/descript.srt", "Layouts/entities.vtt", "Layouts/lastfirst.vtt",
    "Layouts/unlabelled.vtt", "Layouts/whisperx.srt", "Layouts/zoom-names.vtt",
  ]

  /// For every accepted edit: the new text read as plain text, and the new
  /// file read in its own format, give exactly the transcript the edit
  /// made (text, lines, turns with their ranges and source ranges, speakers,
  /// roles, times, attributes, layout, findings).
  @Test("Random edits of real transcripts read back as the transcripts they made")
  func readsBack() throws {
    var generator = RandomTranscriptEdits(random: ScalarGenerator(seed: 5))
    var cases = 0
    var rewritten = 0
    var refused: [TranscriptEditError.Kind: Int] = [:]
    for path in Self.paths {
      let file = try TranscriptRewritingTests.bytes(path)
      let transcript = try TranscriptRewritingTests.parse(file, path)
      for _ in 0..<35 {
        let edit = generator.edit(of: transcript)
        cases += 1
        let inText = try? transcript.applying(edit)
        if let inText, transcript.format == .text {
          #expect(
            try TranscriptRewritingTests.parse(Array(inText.transcript.text.utf8), path)
              == inText.transcript)
        }
        let result: (transcript: Transcript, map: OffsetMap, file: [UInt8])
        do throws(TranscriptEditError) {
          result = try transcript.applying(edit, toFile: file)
        } catch {
          refused[error.kind, default: 0] += 1
          #expect(error.position != nil || error.kind == .notRewritable)
          continue
        }
        rewritten += 1
        let reread = try TranscriptRewritingTests.parse(result.file, path)
        if reread != result.transcript {
          Issue.record("\(path): \(edit) reads back otherwise")
        }
        #expect(result.transcript.text == inText?.transcript.text)
        #expect(result.map == inText?.map)
        #expect(
          result.transcript.turns.map(\.textRange) == inText?.transcript.turns.map(\.textRange))
      }
    }
    #expect(cases == Self.paths.count * 35)
    // Enough edits go through, and every kind of refusal is met.
    #expect(rewritten * 3 > cases)
    #expect(
      Set(refused.keys).isSuperset(of: [
        .changesSpacing, .crossesCue, .notNormalized, .changesLineShape,
      ]))
  }
}
