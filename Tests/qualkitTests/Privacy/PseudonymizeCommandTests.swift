import Foundation
import QualKit
import Testing

@testable import qualkit

/// `qualkit pseudonymize` on the bundled sample project, whose uncoded B04
/// (Word) and P01 (plain text) name invented people and a workplace and
/// hold a CPR-like number, a phone number and an e-mail address.
@Suite struct PseudonymizeCommandTests {
  /// The originals of the bundled project and the pseudonyms a first run
  /// with `Private/names.csv` gives them.
  static let bundledKey = """
    pseudonym,category,original,match
    [CPR 1],cpr,120372-1234,any
    [EMAIL 1],email,jk.tki2@jobcenter.eksempel.dk,any
    [PERSON 1],person,Mette,any
    [PERSON 1],person,Mette Sørensen,any
    [PERSON 2],person,Kirsten,any
    [PERSON 2],person,Kirsten Vang,any
    [PERSON 3],person,Ole Brandt,any
    [PERSON 4],person,Lars Kjeldsen,any
    [TELEFON 1],phone,23456789,any
    [ARBEJDSPLADS 1],workplace,Rosenhøj Plejecenter,any

    """

  /// Every original as written in the sample files.
  static let originals = [
    "Mette", "Kirsten", "Ole Brandt", "Lars Kjeldsen", "Rosenhøj", "120372-1234", "23 45 67 89",
    "jk.tki2@jobcenter.eksempel.dk",
  ]

  /// Every file of the project's folders, by path, with its bytes.
  static func files(in root: URL) throws -> [String: Data] {
    var result: [String: Data] = [:]
    let base = root.standardizedFileURL.path
    let enumerator = FileManager.default.enumerator(
      at: root, includingPropertiesForKeys: [.isRegularFileKey])
    while let url = enumerator?.nextObject() as? URL {
      guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else {
        continue
      }
      let path = String(url.standardizedFileURL.path.dropFirst(base.count + 1))
      result[path] = try Data(contentsOf: url)
    }
    return result
  }

  /// The codings of `path` in the project, each with the words its span
  /// covers in its transcript now, and whether its hash is that
  /// transcript's.
  static func codings(_ path: String, in session: SnapshotSession) throws -> [(
    coding: Coding, words: String, isCurrent: Bool
  )] {
    var diagnostics: [Diagnostic] = []
    let file = CodingFile(
      parsing: Array(try Data(contentsOf: session.root.appendingPathComponent(path))),
      diagnostics: &diagnostics)
    #expect(diagnostics.isEmpty, "\(path): \(diagnostics)")
    var transcripts: [String: Transcript] = [:]
    for name in try FileManager.default.contentsOfDirectory(
      atPath: session.root.appendingPathComponent("Transcripts").path)
    {
      let url = session.root.appendingPathComponent("Transcripts/\(name)")
      guard name != "participants.csv",
        let format = TranscriptFormat(pathExtension: url.pathExtension)
      else { continue }
      var found: [Diagnostic] = []
      let transcript = try Transcript(
        parsing: Array(try Data(contentsOf: url)), format: format,
        fallbackID: url.deletingPathExtension().lastPathComponent, diagnostics: &found)
      transcripts[transcript.id] = transcript
    }
    return try file.codings.map { coding in
      let transcript = try #require(transcripts[coding.transcript])
      return (
        coding, transcript.text(in: coding.span.range),
        coding.transcriptHash == transcript.contentHash
      )
    }
  }

  @Test("Done when: the dry run lists, the run replaces, --check passes, codings keep their words")
  func bundledProject() throws {
    let session = try SnapshotSession()
    // Codings on the named passages (the sample's coders leave B04 and P01
    // uncoded): a memo with a name, a quote that starts with one, a
    // genitive, and a Word transcript's turn with a name and a number.
    session.run(
      "tag", "P01", "38", "continuous-collaboration", "--coder", "carl", "--quote",
      "Ole Brandt, efter et hold")
    session.run(
      "tag", "P01", "63", "management-support", "--coder", "carl", "--memo",
      "Lars Kjeldsen bakker op")
    session.run(
      "tag", "P01", "71", "management-support", "--coder", "carl", "--quote",
      "det er også Lars Kjeldsens fortjeneste")
    session.run("tag", "Transcripts/B04.docx", "18", "workplace-contact", "--coder", "carl")
    let before = try Self.files(in: session.root)
    let coded = try Self.codings("Codings/carl.jsonl", in: session)
    #expect(coded.count == 4)
    for (coding, words, isCurrent) in coded { #expect(coding.text == words && isCurrent) }

    // 1. The dry run lists every original with its file, line and column
    // and changes nothing.
    let dryRun = session.run(
      "pseudonymize", "--names", "Private/names.csv", "--key", "Private/tki2-key.csv",
      "--dry-run")
    #expect(dryRun.status == .success)
    let listed = dryRun.output.split(separator: "\n").filter { !$0.hasPrefix("Transcripts/tools/") }
    #expect(
      listed == [
        "Transcripts/B04.docx:4:41: Rosenhøj Plejecenter → [ARBEJDSPLADS 1]",
        "Transcripts/B04.docx:8:142: Mette Sørensen → [PERSON 1]",
        "Transcripts/B04.docx:18:19: Kirsten Vang → [PERSON 2]",
        "Transcripts/B04.docx:18:84: 23 45 67 89 → [TELEFON 1]",
        "Transcripts/B04.docx:24:123: Mette → [PERSON 1]",
        "Transcripts/B04.docx:28:32: Kirsten → [PERSON 2]",
        "Transcripts/B04.docx:30:275: 120372-1234 → [CPR 1]",
        "Transcripts/P01.txt:38:126: Ole Brandt → [PERSON 3]",
        "Transcripts/P01.txt:47:54: Rosenhøj Plejecenter → [ARBEJDSPLADS 1]",
        "Transcripts/P01.txt:63:98: Lars Kjeldsen → [PERSON 4]",
        "Transcripts/P01.txt:71:107: Lars Kjeldsen → [PERSON 4]",
        "Transcripts/P01.txt:71:160: jk.tki2@jobcenter.eksempel.dk → [EMAIL 1]",
        "Codings/carl.jsonl:4:1: memo: Lars Kjeldsen → [PERSON 4]",
        "dry run: 20 originals in 4 files would be replaced (2 transcripts); 4 codings would move with their words; the key would have 8 pseudonyms (10 new originals); nothing written",
      ])
    #expect(try Self.files(in: session.root) == before)

    // 2. The run replaces every original, the same one the same way in
    // every file, and writes the key with mode 0600.
    let run = session.run(
      "pseudonymize", "--names", "Private/names.csv", "--key", "Private/tki2-key.csv")
    #expect(run.status == .success, "\(run.error)")
    #expect(
      run.output.hasSuffix(
        "replaced 20 originals in 4 files (2 transcripts); 4 codings moved with their words; Private/tki2-key.csv: 8 pseudonyms (10 new originals)\n"
      ))
    #expect(
      run.error
        == "Transcripts/B04.docx: note: a Word transcript is not rewritten in place: it becomes Transcripts/B04.txt (plain text, its front matter from the attributes)\n"
    )
    #expect(try session.read("Private/tki2-key.csv") == Self.bundledKey)
    let mode = try FileManager.default.attributesOfItem(
      atPath: session.root.appendingPathComponent("Private/tki2-key.csv").path)[.posixPermissions]
    #expect((mode as? NSNumber)?.intValue == 0o600)
    let after = try Self.files(in: session.root)
    #expect(after["Transcripts/B04.docx"] == nil && after["Transcripts/B04.txt"] != nil)
    let p01 = try session.read("Transcripts/P01.txt")
    #expect(p01.contains("fysioterapeuten, [PERSON 3], efter et hold"))
    #expect(
      p01.contains(
        "og det er også [PERSON 4]s fortjeneste. Skriv endelig til mig på [EMAIL 1], hvis"))
    #expect(p01.contains("som vi gjorde hos [ARBEJDSPLADS 1] i foråret"))
    let b04 = try session.read("Transcripts/B04.txt")
    #expect(b04.contains("Min leder, [PERSON 2], har været god."))
    #expect(b04.contains("fra sit nummer, [TELEFON 1], og spurgte"))
    #expect(b04.contains("[CPR 1]"))
    // Line numbers stay: P01 has as many lines as before.
    let oldP01 = String(decoding: try #require(before["Transcripts/P01.txt"]), as: UTF8.self)
    #expect(
      p01.split(separator: "\n", omittingEmptySubsequences: false).count
        == oldP01.split(separator: "\n", omittingEmptySubsequences: false).count)
    // No original is left in any file of the data folders.
    for (path, data) in after where !path.hasPrefix("Private/") {
      let text = String(decoding: data, as: UTF8.self)
      for original in Self.originals {
        #expect(!text.contains(original), "\(path) still holds \(original)")
      }
    }
    // The sample coders' files, on transcripts without originals, keep
    // every byte.
    for path in ["Codings/anna.jsonl", "Codings/bo.jsonl", "Transcripts/B01.txt"] {
      #expect(after[path] == before[path], "\(path) changed")
    }

    // 3. Every coding still covers the same words, the names in them
    // replaced, and its quote and hash are its transcript's.
    let moved = try Self.codings("Codings/carl.jsonl", in: session)
    #expect(
      moved.map(\.words) == [
        "Ja. Min leder, [PERSON 2], har været god. Hun ringede tidligt fra sit nummer, [TELEFON 1], og spurgte, hvordan det gik. Og så holdt vi en rundbordssamtale med min tillidsrepræsentant og hende og en fra jobcentret. Det var min leder, der tog initiativ til det, ikke jobcentret. Der aftalte vi, at jeg kunne komme tilbage med nedsatte timer og sidde ned ved salatbaren, så jeg ikke står på foden hele dagen.",
        "[PERSON 3], efter et hold",
        "Meget. Uden opbakning fra ledelsen på begge sider var det ikke gået. Min leder i jobcentret, [PERSON 4], har givet mig lov til at bruge tiden herude, selvom det ikke passer ind i de normale måltal. Og lederen her i rehabiliteringen har sørget for, at jeg har et kontor og adgang til mødelokaler. Det lyder som små ting, men det er afgørende.",
        "det er også [PERSON 4]s fortjeneste",
      ])
    for (old, new) in zip(coded, moved) {
      #expect(new.coding.text == new.words && new.isCurrent)
      #expect(new.coding.code == old.coding.code)
      // P01 keeps its lines; B04 gains the front matter of its attributes.
      let shift = new.coding.transcript == "B04" ? 10 : 0
      #expect(new.coding.span.firstLine == old.coding.span.firstLine + shift)
    }
    #expect(moved.map(\.coding.memo) == [nil, nil, "[PERSON 4] bakker op", nil])

    // 4. --check finds nothing; a second run changes nothing.
    let checked = session.run("pseudonymize", "--check", "--key", "Private/tki2-key.csv")
    #expect(checked.status == .success)
    #expect(checked.output.hasSuffix("none found\n"))
    let again = session.run(
      "pseudonymize", "--names", "Private/names.csv", "--key", "Private/tki2-key.csv")
    #expect(again.status == .success)
    #expect(
      try Self.files(in: session.root).filter { !$0.key.hasPrefix("Transcripts/.") }
        == after.filter { !$0.key.hasPrefix("Transcripts/.") })
    expectSnapshot(session.text, named: "pseudonymize-sample.txt")
  }
}
