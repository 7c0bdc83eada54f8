import Foundation
import Testing

@testable import qualkit

/// `qualkit pseudonymize` on bad input: each problem of the issue gets a
/// clear message, the documented exit code, and no file changed by halves.
@Suite struct PseudonymizeBadInputTests {
  /// A project whose A01 names people (one of them also a Danish word)
  /// and whose A02 subtitles name one at a cue's start.
  static func project() throws -> TestProject {
    let project = try TestProject()
    try project.write(
      "Transcripts/A01.txt",
      """
      ---
      id: A01
      speakers: I=interviewer, B=citizen
      ---
      I: Hvor vil du bo, når du er rask?
      B: Bo og jeg vil bo tæt på Anne Marie og Anne.
      Annes mor hedder Rask til efternavn.

      """)
    try project.write(
      "Transcripts/A02.vtt",
      """
      WEBVTT

      00:00:01.000 --> 00:00:03.000
      <v Interviewer>Hvordan var trepartssamtalen med Anne Marie?</v>

      00:00:03.500 --> 00:00:06.000
      Anne var med.

      """)
    try project.write(
      "Transcripts/participants.csv", "id,group,speakers\nA02,usual,Interviewer=interviewer\n")
    return project
  }

  @Test("An empty names list is refused at its first line; nothing is written")
  func emptyNames() throws {
    let project = try Self.project()
    try project.write("names.csv", "")
    let result = project.run("pseudonymize", "--names", "names.csv", "--key", "key.csv")
    #expect(result.status == .dataError)
    #expect(
      result.error
        == "names.csv:1:1: error: the names list is empty (expected a header line and one row a name)\n"
    )
    #expect(result.output == "")
    #expect(
      !FileManager.default.fileExists(atPath: project.root.appendingPathComponent("key.csv").path))
  }

  @Test(
    "A malformed names list is refused with the line and column of each problem",
    arguments: [
      (
        "original,category\nBo,person\n\"Anne,person\n",
        ["names.csv:3:1: error: unterminated quoted field"]
      ),
      (
        "original,category\n,person\nAnne\n",
        [
          "names.csv:2:1: error: the row has no original (the text to replace)",
          "names.csv:3:1: error: 'Anne' has no category (expected one of person, place, workplace, institution, organisation, address, cpr, email, phone, other, or a word of your own)",
        ]
      ),
      (
        "original,category,pseudonym,match\nAnne,person,,often\n",
        [
          "names.csv:2:14: error: 'often' is not a match: expected 'any' (any case) or 'capitalised' (only where written with a capital)"
        ]
      ),
    ])
  func malformedNames(text: String, errors: [String]) throws {
    let project = try Self.project()
    try project.write("names.csv", text)
    let before = try project.read("Transcripts/A01.txt")
    let result = project.run("pseudonymize", "--names", "names.csv", "--key", "key.csv")
    #expect(result.status == .dataError)
    #expect(result.error == errors.map { $0 + "\n" }.joined())
    #expect(try project.read("Transcripts/A01.txt") == before)
  }

  @Test(
    "A name that is a Danish word is warned about and replaced only with its capital, unless forced"
  )
  func commonWords() throws {
    let project = try Self.project()
    try project.write("names.csv", "original,category\nBo,person\nRask,person\n")
    let result = project.run("pseudonymize", "A01", "--names", "names.csv", "--key", "key.csv")
    #expect(result.status == .success)
    #expect(
      result.error
        == """
        names.csv:2:1: warning: 'Bo' is also a Danish word ('bo'), so it is replaced only where it is written with a capital; write 'any' in the match column to replace it everywhere
        names.csv:3:1: warning: 'Rask' is also a Danish word ('rask'), so it is replaced only where it is written with a capital; write 'any' in the match column to replace it everywhere

        """)
    let text = try project.read("Transcripts/A01.txt")
    #expect(text.contains("I: Hvor vil du bo, når du er rask?\nB: [PERSON 1] og jeg vil bo tæt på"))
    #expect(text.contains("hedder [PERSON 2] til efternavn."))
    // Forced with 'any': the lowercase word goes too (the key keeps 'Bo').
    try project.write("forced.csv", "original,category,pseudonym,match\nBo,person,,any\n")
    let forced = project.run("pseudonymize", "A01", "--names", "forced.csv", "--key", "key.csv")
    #expect(forced.status == .success)
    #expect(forced.error == "")
    #expect(
      try project.read("Transcripts/A01.txt").contains("Hvor vil du [PERSON 1], når du er rask?"))
    #expect(try project.read("key.csv").contains("[PERSON 1],person,Bo,any\n"))
  }

  @Test("Overlapping originals: the longest wins (Anne Marie before Anne), genitives kept")
  func overlapping() throws {
    let project = try Self.project()
    try project.write("names.csv", "original,category\nAnne,person\nAnne Marie,person\n")
    let result = project.run("pseudonymize", "A01", "--names", "names.csv", "--key", "key.csv")
    #expect(result.status == .success)
    let text = try project.read("Transcripts/A01.txt")
    #expect(text.contains("tæt på [PERSON 2] og [PERSON 1].\n[PERSON 1]s mor"))
  }

  @Test("An existing key with other mappings is merged: no pseudonym changes or serves two people")
  func existingKey() throws {
    let project = try Self.project()
    try project.write(
      "private/key.csv",
      "pseudonym,category,original,match\n[PERSON 1],person,Anne,any\n[PERSON 2],person,Hans Holm,any\n"
    )
    try project.write(
      "names.csv", "original,category,pseudonym\nAnne Marie,person,\nAnne,person,\nBo,person,Ib\n")
    let result = project.run(
      "pseudonymize", "A01", "--names", "names.csv", "--key", "private/key.csv")
    #expect(result.status == .success)
    #expect(
      try project.read("private/key.csv")
        == "pseudonym,category,original,match\n[PERSON 1],person,Anne,any\n[PERSON 2],person,Hans Holm,any\n[PERSON 3],person,Anne Marie,any\nIb,person,Bo,capitalised\n"
    )
    #expect(
      try project.read("Transcripts/A01.txt").contains(
        "B: Ib og jeg vil bo tæt på [PERSON 3] og [PERSON 1]."))
    // A row that would give Anne another pseudonym, or give Hans Holm's to
    // someone else, is refused at its place; neither the key nor a file changes.
    try project.write(
      "names.csv", "original,category,pseudonym\nAnne,person,[PERSON 9]\nMette,person,[PERSON 2]\n")
    let key = try project.read("private/key.csv")
    let refused = project.run(
      "pseudonymize", "--names", "names.csv", "--key", "private/key.csv")
    #expect(refused.status == .dataError)
    #expect(
      refused.error
        == """
        names.csv:2:13: error: 'Anne' is '[PERSON 1]' in the key already; a pseudonym once given is kept (change the key by hand to rename it everywhere first)
        names.csv:3:14: error: the pseudonym '[PERSON 2]' is that of 'Hans Holm' in the key; to give 'Mette' the same one (the same person), write '=Hans Holm', else choose another

        """)
    #expect(try project.read("private/key.csv") == key)
  }

  @Test("The key must lie outside the data folders, and is required")
  func keyPlace() throws {
    let project = try Self.project()
    try project.write("names.csv", "original,category\nAnne,person\n")
    let inside = project.run(
      "pseudonymize", "--names", "names.csv", "--key", "Transcripts/key.csv")
    #expect(inside.status == .usage)
    #expect(
      inside.error.hasPrefix(
        "error: 'Transcripts/key.csv' lies inside 'Transcripts', which is shared with the data; keep the key, the names list and proposals apart (outside the project's data folders)\nusage: qualkit pseudonymize"
      ))
    let missing = project.run("pseudonymize", "--names", "names.csv")
    #expect(missing.status == .usage)
    #expect(missing.error.hasPrefix("error: pseudonymize needs --key FILE (the key file)\n"))
    let noList = project.run("pseudonymize", "--names", "nothere.csv", "--key", "key.csv")
    #expect(noList.status == .noInput)
    #expect(noList.error == "error: cannot read 'nothere.csv': no such file\n")
  }

  @Test(
    "A subtitle file is rewritten as itself; a name it cannot take is listed, exit 1, and --check finds it"
  )
  func subtitles() throws {
    let project = try Self.project()
    try project.write("names.csv", "original,category\nAnne Marie,person\nAnne,person\n")
    let result = project.run("pseudonymize", "A02", "--names", "names.csv", "--key", "key.csv")
    #expect(result.status == .failure)
    #expect(
      try project.read("Transcripts/A02.vtt")
        == "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Interviewer>Hvordan var trepartssamtalen med [PERSON 1]?</v>\n\n00:00:03.500 --> 00:00:06.000\nAnne var med.\n"
    )
    #expect(
      result.error
        == """
        Transcripts/A02.vtt:2:1: warning: 'Anne' left as it is: the edit would change what the cue's first words read as: a speaker label ('Name:' or '[Name]') before its text
        1 original left as it is (listed above); 'qualkit pseudonymize --check' reports it until changed by hand

        """)
    let check = project.run("pseudonymize", "--check", "Transcripts/A02.vtt", "--key", "key.csv")
    #expect(check.status == .failure)
    #expect(
      check.output.hasPrefix("Transcripts/A02.vtt:7:1: Anne (person, original of [PERSON 2])\n"))
  }
}
