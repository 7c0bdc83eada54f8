import Foundation
import Testing

@testable import QualKit

/// Reads a fixture of `Transcript/Layouts/` with its diagnostics.
func readLayout(
  _ name: String, participants: ParticipantTable? = nil
) throws -> (Transcript, [Diagnostic]) {
  var diagnostics: [Diagnostic] = []
  let url = URL(fileURLWithPath: name)
  let transcript = try Transcript(
    parsing: try fixture("Transcript/Layouts/\(name)"),
    format: TranscriptFormat(pathExtension: url.pathExtension) ?? .text,
    fallbackID: url.deletingPathExtension().lastPathComponent, participants: participants,
    diagnostics: &diagnostics)
  return (transcript, diagnostics)
}

/// Reads inline text as a transcript of `format`.
func readText(
  _ text: String, format: TranscriptFormat = .text
) throws -> (Transcript, [Diagnostic]) {
  var diagnostics: [Diagnostic] = []
  let transcript = try Transcript(
    parsing: Array(text.utf8), format: format, fallbackID: "T", diagnostics: &diagnostics)
  return (transcript, diagnostics)
}

/// Each turn as `speaker first-last`.
func summary(_ transcript: Transcript) -> [String] {
  transcript.turns.map { "\($0.speaker ?? "-") \($0.firstLine)-\($0.lastLine)" }
}

@Suite struct TextLayoutTests {
  @Test("Otter .txt: headers start turns, the preamble becomes attributes, the footer is left out")
  func otter() throws {
    let (transcript, diagnostics) = try readLayout("otter.txt")
    #expect(diagnostics.isEmpty)
    #expect(transcript.layout == .nameTimeHeaders)
    #expect(
      summary(transcript) == [
        "Lars Kristensen 9-10", "Mette Sørensen 12-14", "Lars Kristensen 16-17",
        "Unknown Speaker 19-20", "Mette Sørensen 22-23",
      ])
    #expect(
      transcript.turns[1].text
        == "Ja. Det var i rehabiliteringen, og hun sad der bare, lige ved siden af fysioterapeuten.\nDet gjorde det meget nemmere at snakke om arbejdet."
    )
    #expect(transcript.turns[1].start?.description == "00:00:13.000")
    #expect(transcript.turns[4].start?.description == "01:02:07.000")
    #expect(transcript.attributes["title"] == .text("Interview med Mette Sørensen om TKI2"))
    #expect(
      transcript.attributes["keywords"] == .text("jobkonsulent, trepartssamtale, plan, arbejde"))
    #expect(transcript.attributes["speakerNames"] == .text("Lars Kristensen, Mette Sørensen"))
    #expect(!transcript.turns.contains { $0.text.contains("otter.ai") })
    #expect(
      transcript.findings.map(\.kind) == [.noInterviewer, .preamble, .droppedLines])
    #expect(transcript.findings[2].line == 25)
  }

  @Test("Rev and Trint: a time after the label, the text on the same or the next line")
  func timedLabels() throws {
    let (rev, _) = try readLayout("rev.txt")
    #expect(rev.layout == .timedLabels)
    #expect(
      summary(rev) == [
        "Lars Kristensen 1-2", "Mette Sørensen 4-5", "Lars Kristensen 7-7", "Mette Sørensen 9-10",
      ])
    #expect(rev.turns[2].text == "Og jobkonsulenten?")
    #expect(rev.turns[3].start?.description == "00:00:29.000")
    let (trint, _) = try readLayout("trint.txt")
    #expect(trint.layout == .timedLabels)
    #expect(trint.speakers == ["Speaker 1", "Speaker 2"])
    #expect(trint.turns[3].start?.description == "00:01:02.000")
    #expect(trint.turns[3].text == "It was the three of us. It felt like they had already talked.")
  }

  @Test("Markdown bold names without a colon: with a time, alone on a line, in parentheses")
  func boldNames() throws {
    let (transcript, _) = try readLayout("markdown-names.md")
    #expect(transcript.layout == .markdownLabels)
    #expect(
      summary(transcript) == ["Mette 1-2", "Jonas 4-5", "Mette 7-7", "Jonas 9-9", "Mette 11-11"])
    #expect(transcript.turns[1].start?.description == "00:00:17.000")
    #expect(transcript.turns[2].text == "Hvad hjalp dig mest?")
    #expect(transcript.turns[3].text == "Jobkonsulenten, helt klart.")
  }

  @Test("An Otter export edited by hand: bold names, one space before the time")
  func otterEdited() throws {
    let (transcript, _) = try readLayout("otter-edited.md")
    #expect(transcript.layout == .nameTimeHeaders)
    #expect(
      summary(transcript) == [
        "Mette 1-2", "Jonas 4-5", "Unknown Speaker 7-8", "Mette 10-11",
      ])
    // One space is not enough for a name that is not name-like, or among labels.
    let (labels, _) = try readText("I: Hvornår?\nB: Torsdag 10:30\nI: Og?\nTorsdag 10:30\n")
    #expect(labels.speakers == ["I", "B"])
  }

  @Test("The older Teams text layout: a time line, a name line, then the text; names with commas")
  func teamsCueBlocks() throws {
    let (transcript, _) = try readLayout("teams-old.txt")
    #expect(transcript.layout == .teamsCueBlocks)
    #expect(
      summary(transcript) == [
        "Kristensen, Lars 1-3", "Sørensen, Mette (Aarhus Kommune) 5-7",
        "Sørensen, Mette (Aarhus Kommune) 9-11", "Kristensen, Lars 13-15",
      ])
    #expect(transcript.turns[0].text == "Så er optagelsen i gang. Hører du mig fint?")
    #expect(transcript.turns[2].start?.description == "00:00:08.100")
    #expect(transcript.turns[2].end?.description == "00:00:15.300")
  }

  @Test("A quoted 'Last, First' speaker-map entry gives a Teams name its role")
  func lastFirstRoles() throws {
    let text = try #require(
      String(bytes: try fixture("Transcript/Layouts/teams-old.txt"), encoding: .utf8))
    let (transcript, diagnostics) = try readText(
      "---\nspeakers: \"Kristensen, Lars\"=interviewer; \"Sørensen, Mette (Aarhus Kommune)\"=citizen\n---\n"
        + text)
    #expect(diagnostics.isEmpty)
    #expect(transcript.turns.map(\.role) == ["interviewer", "citizen", "citizen", "interviewer"])
    #expect(!transcript.findings.contains { $0.kind == .noInterviewer })
  }

  @Test("Markdown bold labels, with and without a time inside the bold")
  func markdown() throws {
    let (transcript, _) = try readLayout("markdown.md")
    #expect(transcript.layout == .markdownLabels)
    #expect(
      summary(transcript) == [
        "- 1-1", "Interviewer 3-3", "Anne Holm 5-6", "Interviewer 8-8", "Anne Holm 10-10",
      ])
    #expect(transcript.turns[2].text.hasPrefix("It went well."))
    #expect(transcript.turns[3].start?.description == "00:02:10.000")
    #expect(transcript.turns[4].text == "We met every second week. It was adjusted as we went.")
    #expect(
      transcript.turns.map(\.role) == [
        nil, "interviewer", "participant", "interviewer", "participant",
      ])
  }

  @Test("An oral history: metadata lines become attributes, Q and A get roles, answers stay apart")
  func oralHistory() throws {
    let (transcript, _) = try readLayout("oral-history.txt")
    #expect(
      transcript.attributes["interviewee"] == .text("Mette Sørensen")
        && transcript.attributes["place"] == .text("Folkesundhed Midt, Aarhus")
        && transcript.attributes["date"] == .text("12 March 2024"))
    #expect(!transcript.speakers.contains("INTERVIEWEE") && !transcript.speakers.contains("DATE"))
    #expect(
      summary(transcript) == ["- 1-1", "Q 7-7", "A 8-8", "Q 9-9", "A 10-11", "Q 12-12", "A 13-13"])
    #expect(
      transcript.turns.compactMap(\.role) == [
        "interviewer", "participant", "interviewer", "participant", "interviewer", "participant",
      ])
    // `The short answer is:` is no speaker.
    #expect(transcript.turns[4].text.hasSuffix("The short answer is: I did not trust them."))
    #expect(transcript.findings.map(\.kind) == [.untitledText, .preamble])
  }

  @Test("Multi-word names with apostrophes, hyphens and parentheses are labels when they recur")
  func multiWordNames() throws {
    let (transcript, _) = try readLayout("interview-names.txt")
    #expect(
      transcript.speakers == [
        "Mary O'Neil", "Hans-Christian Ørsted", "Jens Peter Bach (observer)", "Speaker 3",
      ])
    #expect(transcript.turns.count == 9)
    #expect(transcript.turns[4].text == "Can I ask about the plan?")
  }

  @Test("A name-like label that starts one turn is text, and the check says so")
  func labelNotTaken() throws {
    let (transcript, _) = try readText(
      "I: Hvem var med?\nB: Min chef.\nAnne Marie Holm: det var hende.\nI: Og så?\nB: Så gik det.\n"
    )
    #expect(transcript.speakers == ["I", "B"])
    #expect(transcript.turns[1].lastLine == 3)
    let finding = try #require(transcript.findings.first { $0.kind == .labelNotTaken })
    #expect(finding.line == 3 && finding.message.hasPrefix("'Anne Marie Holm:'"))
    #expect(finding.needsAttention)
  }

  @Test("I/R and Interviewer/Respondent pairs get interviewer and participant roles")
  func rolePairs() throws {
    let (ir, _) = try readText("I: Hej.\nR: Hej.\nI: Hvordan går det?\nR: Godt.\n")
    #expect(ir.turns.map(\.role) == ["interviewer", "participant", "interviewer", "participant"])
    let (long, _) = try readText(
      "Interviewer: Hello.\nRespondent: Hi.\nInterviewer: How are you?\nRespondent: Fine.\n")
    #expect(long.turns.map(\.role) == ["interviewer", "participant", "interviewer", "participant"])
    let (numbered, _) = try readText("Interviewer 1: Hello.\nParticipant 2: Hi.\n")
    #expect(numbered.turns.map(\.role) == ["interviewer", "participant"])
  }

  @Test("Chinese and Japanese words are counted per character")
  func cjkWords() throws {
    let (transcript, _) = try readLayout("cjk.txt")
    #expect(transcript.turns.map { WordCount.count($0.text) } == [6, 5, 9, 7])
    #expect(transcript.wordCount == 27)
  }

  @Test("A transcript with no interviewer is a finding that needs attention")
  func noInterviewer() throws {
    let (transcript, _) = try readLayout("rev.txt")
    let finding = try #require(transcript.findings.first { $0.kind == .noInterviewer })
    #expect(finding.needsAttention)
    #expect(finding.message.contains("'Lars Kristensen', 'Mette Sørensen'"))
  }

  @Test("A line over 1,000 characters is a finding")
  func longLine() throws {
    let (transcript, _) = try readText(
      "I: Fortæl.\nB: " + String(repeating: "Det var en lang tid. ", count: 60) + "\n")
    let finding = try #require(transcript.findings.first { $0.kind == .longLine })
    #expect(finding.line == 2)
  }
}
