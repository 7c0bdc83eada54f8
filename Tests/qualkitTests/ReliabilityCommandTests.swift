import Foundation
import QualKit
import Testing

@testable import qualkit

@Suite struct ReliabilityCommandTests {
  private let fixtures = repositoryRoot.appendingPathComponent(
    "Tests/QualKitTests/Fixtures/Reliability")

  /// Writes `text` as `name` in a fresh folder and runs the tool there.
  private func run(csv text: String, name: String = "data.csv", _ arguments: [String]) throws
    -> ToolRun
  {
    let folder = try makeTemporaryDirectory()
    try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    return qualkitTests.run(["reliability", name] + arguments, in: folder)
  }

  @Test(
    "Krippendorff 2011's example is reproduced at all four levels",
    arguments: [
      ("nominal", "0.743"), ("ordinal", "0.815"), ("interval", "0.849"), ("ratio", "0.797"),
    ])
  func krippendorff2011(level: String, printed: String) {
    let path = fixtures.appendingPathComponent("krippendorff2011.csv").path
    let result = qualkitTests.run(["reliability", path, "--statistic", "alpha", "--level", level])
    #expect(result.status == .success)
    #expect(
      result.output
        == "Krippendorff's alpha (\(level)): \(printed)\nunits: 12, coders: 4, pairable values: 40\n"
    )
    #expect(result.error == "")
  }

  @Test(
    "Published kappa examples are reproduced from the command line",
    arguments: [
      ("fleiss-wikipedia.csv", ["--statistic", "fleiss"], "Fleiss' kappa: 0.210"),
      ("fleiss1971.csv", ["--statistic", "fleiss"], "Fleiss' kappa: 0.430"),
      ("wikipedia-cohen-a.csv", ["--statistic", "cohen"], "Cohen's kappa: 0.400"),
      (
        "cohen-sas.csv", ["--statistic", "cohen", "--weights", "linear"],
        "Cohen's kappa (linear weights): 0.470"
      ),
      (
        "anxiety.csv", ["--statistic", "cohen", "--weights", "quadratic"],
        "Cohen's kappa (quadratic weights): 0.252"
      ),
    ])
  func publishedKappa(file: String, options: [String], firstLine: String) {
    let path = fixtures.appendingPathComponent(file).path
    let result = qualkitTests.run(["reliability", path] + options)
    #expect(result.status == .success)
    #expect(result.output.split(separator: "\n").first.map(String.init) == firstLine)
  }

  @Test("JSON output has exactly the documented camelCase keys in order, in full precision")
  func jsonOutput() throws {
    let path = fixtures.appendingPathComponent("krippendorff2011.csv").path
    let result = qualkitTests.run(["reliability", path, "--format", "json"])
    #expect(result.status == .success)
    #expect(
      result.output
        == """
        {
          "statistic": "alpha",
          "level": "nominal",
          "value": 0.743421052631579,
          "units": 12,
          "coders": 4,
          "pairableValues": 40,
          "ci": null
        }

        """)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    #expect(object.count == 7)
  }

  @Test("A bootstrap interval is reproducible and brackets the value")
  func confidenceInterval() throws {
    let path = fixtures.appendingPathComponent("random-5coders.csv").path
    let arguments = ["reliability", path, "--ci", "0.95", "--format", "json", "--resamples", "200"]
    let first = qualkitTests.run(arguments)
    let second = qualkitTests.run(arguments)
    #expect(first.status == .success)
    #expect(first.output == second.output)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(first.output.utf8)) as? [String: Any])
    let value = try #require(object["value"] as? Double)
    let ci = try #require(object["ci"] as? [Double])
    #expect(ci.count == 2 && ci[0] < value && value < ci[1])
    let text = qualkitTests.run([
      "reliability", path, "--ci", "0.9", "--resamples", "200", "--seed", "5",
    ])
    #expect(text.output.contains("\n90% CI: ["))
    #expect(text.output.contains("(bootstrap over units, 200 resamples, seed 5)\n"))
  }

  @Test("All coders agreeing on one category: kappa undefined and explained, exit 0")
  func allAgreeOneCategory() throws {
    let result = try run(csv: "A,B\nyes,yes\nyes,yes\n", ["--statistic", "cohen"])
    #expect(result.status == .success)
    #expect(
      result.output == """
        Cohen's kappa: undefined (expected (chance) agreement is 1 because only one category \
        is in use, so Cohen's kappa cannot measure agreement beyond chance)
        units: 2, coders: 2, pairable values: 4

        """)
    let json = try run(csv: "A,B\nyes,yes\nyes,yes\n", ["--format", "json"])
    #expect(json.status == .success)
    #expect(json.output.contains("\"value\": null"))
    #expect(json.error.hasPrefix("data.csv: warning: every pairable value is the same"))
  }

  @Test("Values so large that their differences overflow: undefined and explained, never nan")
  func overflow() throws {
    let result = try run(
      csv: "A,B\n1e308,-1e308\n1,2\n", ["--statistic", "alpha", "--level", "interval"])
    #expect(result.status == .success)
    #expect(
      result.output == """
        Krippendorff's alpha (interval): undefined (the values are too large to compute with \
        (their differences overflow))
        units: 2, coders: 2, pairable values: 4

        """)
  }

  @Test("All coders agreeing on several categories: alpha and kappa are 1")
  func allAgreeSeveralCategories() throws {
    for statistic in ["alpha", "cohen", "fleiss"] {
      let result = try run(csv: "A,B\nyes,yes\nno,no\n", ["--statistic", statistic])
      #expect(result.status == .success)
      #expect(result.output.hasPrefix(result.output.prefix(while: { $0 != ":" }) + ": 1.000\n"))
    }
  }

  @Test(
    "Degenerate data give an undefined value with the reason, exit 0",
    arguments: [
      ("A,B\n", "there are no units", "units: 0, coders: 2, pairable values: 0"),
      ("A,B\nx,\ny,\n", "coder 'B' has no values", "units: 2, coders: 2, pairable values: 0"),
      (
        "A,B,C\nx,,\n,y,\n,,z\n", "fewer than 2 pairable values: no unit has values from 2 coders",
        "units: 3, coders: 3, pairable values: 0"
      ),
    ])
  func degenerate(text: String, reason: String, counts: String) throws {
    let result = try run(csv: text, [])
    #expect(result.status == .success)
    #expect(result.output == "Krippendorff's alpha (nominal): undefined (\(reason))\n\(counts)\n")
    let json = try run(csv: text, ["--format", "json"])
    #expect(json.output.contains("\"value\": null"))
    #expect(!json.output.contains("NaN") && !json.output.contains("nan"))
    #expect(json.error == "data.csv: warning: \(reason)\n")
  }

  @Test(
    "Invalid data exit 65 with path:line:column",
    arguments: [
      ("A,B\n1,2\n3\n", [String](), "data.csv:3:1: error: row has 1 field, but the header has 2"),
      (
        "A,B\n1,x\n", ["--level", "interval"],
        "data.csv:2:3: error: value 'x' is not a number (needed at interval level)"
      ),
      (
        "unit,A\n1,2\n", [],
        "data.csv:1:1: error: reliability data needs at least 2 coder columns, found 1"
      ),
      ("A,B,A\n1,2,3\n", [], "data.csv:1:5: error: duplicate coder name 'A'"),
      ("A,B\n1,\"2\n", [], "data.csv:2:3: error: unterminated quoted field"),
      ("", [], "data.csv: error: empty file: expected a header row of coder names"),
      (
        "A,B,C\n1,2,3\n", ["--statistic", "cohen"],
        "data.csv: error: Cohen's kappa needs exactly 2 coder columns, found 3 "
          + "(use '--statistic fleiss' or '--statistic alpha' for more)"
      ),
      (
        "A,B\nx,y\n", ["--categories", "x"],
        "data.csv:2:3: error: value 'y' is not one of the declared categories"
      ),
    ])
  func invalidData(text: String, options: [String], message: String) throws {
    let result = try run(csv: text, options)
    #expect(result.status == .dataError)
    #expect(result.error == message + "\n")
    #expect(result.output == "")
  }

  @Test("A missing file exits 66")
  func missingFile() throws {
    let result = qualkitTests.run(["reliability", "missing.csv"], in: try makeTemporaryDirectory())
    #expect(result.status == .noInput)
    #expect(result.error == "error: cannot read 'missing.csv': no such file\n")
  }

  @Test(
    "Bad options exit 64",
    arguments: [
      [String](), ["a.csv", "b.csv"], ["a.csv", "--statistic", "kappa"],
      ["a.csv", "--weights", "linear"], ["a.csv", "--ci", "1.5"],
      ["a.csv", "--statistic", "fleiss", "--level", "ordinal"], ["a.csv", "--seed", "-1"],
      ["a.csv", "--categories", "1,2,2"],
    ])
  func usageErrors(arguments: [String]) {
    let result = qualkitTests.run(["reliability"] + arguments)
    #expect(result.status == .usage)
    #expect(result.error.hasPrefix("error: "))
    #expect(result.error.hasSuffix("See 'qualkit --help'.\n"))
  }

  @Test("Ordinal alpha on text values needs --categories")
  func ordinalNeedsOrder() throws {
    let csv = "A,B\nlow,high\nmid,mid\nhigh,high\n"
    #expect(try run(csv: csv, ["--level", "ordinal"]).status == .usage)
    let result = try run(csv: csv, ["--level", "ordinal", "--categories", "low,mid,high"])
    #expect(result.status == .success)
  }

  @Test("Semicolon files, missing values and pairwise notes are handled")
  func semicolonsAndNotes() throws {
    let result = try run(csv: "unit;A;B\n1;a;a\n2;b;b\n3;a;\n4;a;b\n", ["--statistic", "cohen"])
    #expect(result.status == .success)
    #expect(result.output.hasSuffix("note: 1 unit with a missing value was left out\n"))
    #expect(result.output.contains("units: 4, coders: 2, pairable values: 6\n"))
  }

  @Test("A Windows-1252 file is read with a warning")
  func windows1252() throws {
    let folder = try makeTemporaryDirectory()
    // "Ann,Bo\nSø,Sø\nJa,Nej\n" in Windows-1252.
    let bytes: [UInt8] =
      Array("Ann,Bo\nS".utf8) + [0xF8] + Array(",S".utf8) + [0xF8]
      + Array("\nJa,Nej\n".utf8)
    try Data(bytes).write(to: folder.appendingPathComponent("old.csv"))
    let result = qualkitTests.run(["reliability", "old.csv", "--statistic", "percent"], in: folder)
    #expect(result.status == .success)
    #expect(
      result.error == "old.csv: warning: file is not valid UTF-8; it was read as Windows-1252\n")
    #expect(result.output.hasPrefix("Percent agreement: 0.500\n"))
  }

  @Test("--help shows usage, options and an example")
  func help() {
    let result = qualkitTests.run(["reliability", "--help"])
    #expect(result.status == .success)
    #expect(result.output.hasPrefix("OVERVIEW: "))
    #expect(result.output.contains("USAGE: qualkit reliability FILE.csv"))
    for option in ["--statistic", "--level", "--weights", "--categories", "--ci", "--format"] {
      #expect(result.output.contains(option))
    }
    #expect(result.output.contains("EXAMPLES:"))
  }

  @Test("A file over 1 MiB (mapped, read in halves) gives the full reader's value and errors")
  func largeFile() throws {
    var generator = SplitMix64(seed: 11)
    var text = "unit,A,B,C\n"
    for unit in 0..<70_000 {
      let values = (0..<3).map { _ in ["", "yes", "no", "maybe"][generator.index(below: 4)] }
      text += "u\(String(format: "%06d", unit)),\(values.joined(separator: ","))\n"
    }
    #expect(text.utf8.count > MappedFile.minimumSize)
    let table = try CSVReader().read(Array(text.utf8))
    let expected = Reliability.compute(.krippendorffAlpha, on: try ReliabilityData(csv: table))
    let result = try run(csv: text, ["--statistic", "alpha", "--format", "json"])
    #expect(result.status == .success, "\(result.error)")
    // Compared as printed: Foundation's JSON reader may round the last digit.
    let value = try #require(expected.value)
    #expect(result.output.contains("\"value\": \(value),"), "\(result.output)")
    // A ragged last row: the same line, column and exit code as a small file.
    let ragged = try run(csv: text + "u999999,yes\n", ["--statistic", "alpha"])
    #expect(ragged.status == .dataError)
    #expect(ragged.error.hasPrefix("data.csv:70002:"), "\(ragged.error)")
  }
}
