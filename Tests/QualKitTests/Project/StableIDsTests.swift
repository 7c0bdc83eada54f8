import Foundation
import Testing

@testable import QualKit

@Suite struct StableIDsTests {
  private let ids = StableIDs(projectName: "TKI2")

  /// The values Python's `uuid.uuid5` gives for the same names: the rule
  /// written in ``StableIDs`` is all another tool needs to reproduce them.
  @Test("Each GUID is the UUIDv5 of the documented name")
  func documentedNames() {
    #expect(StableIDs.qualKitNamespace.lowercasedString == "0bed3f49-60ab-5e54-bea1-17dad7aad87b")
    #expect(ids.project.lowercasedString == "ce1ac992-52ca-5ef6-bcec-196892339cf1")
    #expect(ids.code(id: "mastery").lowercasedString == "37b77b39-9b27-50a0-980f-079122c306b2")
    #expect(ids.transcript(id: "B01").lowercasedString == "ab624248-e5b3-54c9-aead-6c9dc57b8501")
    #expect(ids.user(name: "anna").lowercasedString == "cfb0d0ba-e086-5e13-b6dd-0492d301aae2")
    let coding = Coding(
      transcript: "B01", code: "mastery", coder: "anna",
      span: Span(firstLine: 12, lastLine: 14, start: 830, end: 1012))
    #expect(ids.coding(coding).lowercasedString == "6508316b-4b6c-5ed5-9311-22546611e2a7")
    #expect(
      ids.selection(transcript: "B01", span: coding.span).lowercasedString
        == "fb71a26b-7201-5c57-9046-b82636d45a96")
    #expect(ids.code(id: "a/b%c").lowercasedString == "eabdaa9b-97a7-5e4a-b44e-8bceb71c2938")
  }

  @Test("The same project gives the same GUIDs; another project other ones")
  func stableAcrossInstances() {
    let again = StableIDs(projectName: "TKI2")
    let other = StableIDs(projectName: "TTA")
    #expect(again.transcript(id: "B01") == ids.transcript(id: "B01"))
    #expect(other.transcript(id: "B01") != ids.transcript(id: "B01"))
    // Kinds and fields never run into each other.
    #expect(ids.code(id: "B01") != ids.transcript(id: "B01"))
    #expect(ids.code(id: "a/b") != ids.code(id: "a%2Fb"))
    let one = Coding(
      transcript: "a/b", code: "c", coder: "d",
      span: Span(firstLine: 1, lastLine: 1, start: 0, end: 1))
    let two = Coding(
      transcript: "a", code: "b/c", coder: "d",
      span: Span(firstLine: 1, lastLine: 1, start: 0, end: 1))
    #expect(ids.coding(one) != ids.coding(two))
  }

  @Test("What a coding's GUID hashes: offsets, code and coder, not status, memo or lines")
  func codingIdentity() {
    let coding = Coding(
      transcript: "B01", code: "mastery", coder: "anna",
      span: Span(firstLine: 2, lastLine: 2, start: 10, end: 20))
    var reviewed = coding
    reviewed.status = .rejected
    reviewed.memo = "a note"
    reviewed.text = "other text"
    reviewed.transcriptHash = "xxh64:0000000000000000"
    #expect(ids.coding(reviewed) == ids.coding(coding))
    var moved = coding
    moved.span.start = 11
    #expect(ids.coding(moved) != ids.coding(coding))
    var recoded = coding
    recoded.code = "readiness"
    #expect(ids.coding(recoded) != ids.coding(coding))
  }

  @Test(
    "A code's own guid is kept when it is a GUID",
    arguments: [
      ("088B08AC-D5CD-4ADB-8B71-B4F3459C177F", "088b08ac-d5cd-4adb-8b71-b4f3459c177f"),
      ("{2d2466f0-d77f-4f8c-bdf9-628966b6b74d}", "2d2466f0-d77f-4f8c-bdf9-628966b6b74d"),
      (" 3f2c1f4e-6a0b-4c55-9a57-1b2d7e8f9a10 ", "3f2c1f4e-6a0b-4c55-9a57-1b2d7e8f9a10"),
      ("c001", nil),
      ("3f2c1f4e-6a0b-4c55-9a57-1b2d7e8f9a1", nil),
      ("{3f2c1f4e-6a0b-4c55-9a57-1b2d7e8f9a10", nil),
    ] as [(String, String?)])
  func explicitGUID(given: String, expected: String?) {
    let code = Code(id: "x", label: "X", guid: given)
    let derived = ids.code(id: "x").lowercasedString
    #expect(ids.code(code).lowercasedString == expected ?? derived)
  }

  @Test("Codebook GUIDs: explicit kept, bad or repeated ones derived with a warning")
  func codebookGUIDs() {
    let codebook = Codebook(
      name: "TKI2",
      codes: [
        Code(
          id: "theme", label: "Theme", guid: "088B08AC-D5CD-4ADB-8B71-B4F3459C177F",
          children: [
            Code(id: "a", label: "A", guid: "088b08ac-d5cd-4adb-8b71-b4f3459c177f"),
            Code(id: "b", label: "B", guid: "c001"),
            Code(id: "c", label: "C"),
          ])
      ])
    let (guids, diagnostics) = ids.codeGUIDs(in: codebook)
    #expect(guids["theme"]?.lowercasedString == "088b08ac-d5cd-4adb-8b71-b4f3459c177f")
    #expect(guids["a"] == ids.code(id: "a"))
    #expect(guids["b"] == ids.code(id: "b"))
    #expect(guids["c"] == ids.code(id: "c"))
    #expect(Set(guids.values).count == 4)
    #expect(
      diagnostics.map(\.message) == [
        "code 'a' has the guid of code 'theme'; it gets its own, \(ids.code(id: "a").lowercasedString)",
        "code 'b': guid 'c001' is not a GUID (8-4-4-4-12 hex digits); using \(ids.code(id: "b").lowercasedString)",
      ])
  }
}
