import Testing

@testable import QualKit

@Suite struct IdentifierDetectorTests {
  static func values(_ text: String, _ detector: IdentifierDetector) -> [String] {
    detector.matches(in: Array(text.unicodeScalars)).map(\.value)
  }

  static func found(_ text: String, _ detector: IdentifierDetector) -> [String] {
    let scalars = Array(text.unicodeScalars)
    return detector.matches(in: scalars).map { Pseudonymizer.text(scalars, $0.range) }
  }

  @Test(
    "CPR numbers with a date that exists, with or without the hyphen",
    arguments: [
      ("mit nummer er 120372-1234.", ["120372-1234"]),
      ("cpr 1203721234", ["120372-1234"]),
      ("290200-1234 og 290201-1234", ["290200-1234"]),
      ("310499-1234 og 001299-1234 og 121399-1234", []),
      ("ref 12-120372-1234-5", []),
      ("x120372-1234 og 120372-12345", []),
    ])
  func cprNumbers(text: String, expected: [String]) {
    #expect(Self.values(text, .cpr) == expected)
  }

  @Test(
    "E-mail addresses, the trailing full stop left out",
    arguments: [
      ("skriv til Mette.Jensen@Aarhus.dk.", ["mette.jensen@aarhus.dk"]),
      ("a+b@x-y.example.com og c@d", ["a+b@x-y.example.com"]),
      ("@mette og mette@ og a@b.c", []),
    ])
  func emailAddresses(text: String, expected: [String]) {
    #expect(Self.values(text, .email) == expected)
  }

  @Test(
    "Danish phone numbers as people write them",
    arguments: [
      ("ring på 23 45 67 89 i dag", ["23 45 67 89"]),
      ("23456789, 2345 6789 og 23-45-67-89", ["23456789", "2345 6789", "23-45-67-89"]),
      (
        "+45 23 45 67 89 eller 0045 23456789 eller (+45) 2345 6789",
        ["+45 23 45 67 89", "0045 23456789", "(+45) 2345 6789"]
      ),
      ("12345678 og 01234567", []),
      ("fra 2019 2020 og den 20260312", []),
      ("23 45 67 89 10 og 234 56 789 og 2345678", []),
    ])
  func phoneNumbers(text: String, expected: [String]) {
    #expect(Self.found(text, .phone) == expected)
  }

  @Test("A phone number's value is its eight digits; detectors never overlap")
  func values() {
    #expect(Self.values("+45 23 45 67 89", .phone) == ["23456789"])
    let both = IdentifierDetector.matches(
      in: Array("120372-1234 og 23456789".unicodeScalars), detectors: [.cpr, .phone])
    #expect(both.map(\.detector) == [.cpr, .phone])
    #expect(IdentifierDetector.phone.value(of: " 23 45 67 89 ") == "23456789")
    #expect(IdentifierDetector.phone.value(of: "ring 23456789") == nil)
  }
}
