import Testing

@testable import qualkit

@Suite struct MainCommandTests {
  @Test("--version prints the version and exits 0")
  func version() {
    let result = run(["--version"])
    #expect(result.status == .success)
    #expect(result.output == "qualkit \(toolVersion)\n")
  }

  @Test("An unknown command is a usage error with a hint")
  func unknownCommand() {
    let result = run(["frobnicate"])
    #expect(result.status == .usage)
    #expect(result.error.hasPrefix("error: unknown command 'frobnicate'"))
    #expect(result.error.hasSuffix("See 'qualkit --help'.\n"))
  }
}
