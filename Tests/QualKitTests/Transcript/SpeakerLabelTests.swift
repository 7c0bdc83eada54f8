import Testing

@testable import QualKit

@Suite struct SpeakerLabelTests {
  @Test(
    "Names and numbered roles are name-like",
    arguments: [
      "Mary O'Neil", "Hans-Christian Ørsted", "Dr. Jensen", "Speaker 1", "Saurabh Swaroop’s iPad",
      "Ashlee Kupor (SL)", "Søren Bak (he/him)", "Dorflinger, Julia", "Ludwig van Beethoven",
      "Jens Peter Bach (observer)", "Unknown Speaker",
    ])
  func nameLike(label: String) {
    #expect(SpeakerLabel.isNameLike(label))
  }

  @Test(
    "Sentences and fragments are not",
    arguments: [
      "The short answer is", "Men altså", "jeg sagde", "Anna (griner", "A B C D E F G",
      "One, Two, Three", "(pause) Anna", "Anna ", "Det var 100 % sådan",
      String(repeating: "Abcdefghij ", count: 6) + "X",
    ])
  func notNameLike(label: String) {
    #expect(!SpeakerLabel.isNameLike(label))
  }

  @Test("Numbered roles and the default interviewer labels")
  func roles() {
    #expect(SpeakerLabel.isNumbered("Speaker 12") && SpeakerLabel.isNumbered("Deltager B"))
    #expect(!SpeakerLabel.isNumbered("Speaker one") && !SpeakerLabel.isNumbered("Anna 2"))
    for label in ["I", "INT", "Interviewer", "Interviewer 2", "INTERVIEWER 1", "Q"] {
      #expect(SpeakerLabel.isDefaultInterviewer(label))
    }
    #expect(!SpeakerLabel.isDefaultInterviewer("A") && !SpeakerLabel.isDefaultInterviewer("R"))
  }
}

@Suite struct SpeakerMapQuotingTests {
  @Test("A quoted label may hold commas, semicolons and '='")
  func quoted() {
    var problems: [String] = []
    let map = SpeakerMap(
      parsing:
        "\"Dorflinger, Julia\"=interviewer; “Madsen, Karen (AK)”=citizen, B=citizen, \"x=y\"=other",
      problems: &problems)
    #expect(problems.isEmpty)
    #expect(map.labels == ["Dorflinger, Julia", "Madsen, Karen (AK)", "B", "x=y"])
    #expect(map.role(for: "dorflinger, julia") == "interviewer")
    #expect(map.role(for: "Q") == "interviewer")
  }

  @Test("An unquoted 'Last, First' name is a problem that says how to quote it")
  func unquoted() {
    var problems: [String] = []
    let map = SpeakerMap(parsing: "Dorflinger, Julia=interviewer, B=citizen", problems: &problems)
    #expect(
      problems == [
        "speaker map entry 'Dorflinger' is not 'label=role' (a name with a comma is quoted: \"Dorflinger, Julia\"=interviewer)"
      ])
    #expect(map.labels == ["Julia", "B"])
  }
}
